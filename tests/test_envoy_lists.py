"""Posts in lists of envoys and officials (sentences written for these tests): a style before each name
(« S.E »), a qualifier between the title's head and complement (« désignés »), plural compounds
(« hauts-commissaires »), names each with their state in brackets, a title chained after another's comma, a post
named by another of its complements, and a title joined by « et » to another official's."""

from __future__ import annotations

from tests.conftest import post_states, posts_told

STORY = " La Pologne et la Lituanie ont signé un accord."


def test_each_envoy_of_a_list_with_styles_holds_the_post_of_their_own_state() -> None:
    found = post_states("Les ambassadeurs désignés de la Fédération de Russie, S.E Ivan Petrov, d'Israël, S.E "
                        "David Levy, et du Royaume de Belgique, S.E Luc Martin ont présenté leurs lettres de créance."
                        + STORY)
    assert found.get("Ivan Petrov") == "Russie"
    assert found.get("David Levy") == "Israël"
    assert found.get("Luc Martin") == "Belgique"


def test_plural_compound_titles_and_an_item_joined_without_comma() -> None:
    found = post_states("Les hauts-commissaires de l'Inde, Vijay Sharma et du Gabon, Paul Ndong ont été reçus." + STORY)
    assert found.get("Vijay Sharma") == "Inde"
    assert found.get("Paul Ndong") == "Gabon"


def test_names_with_their_state_in_brackets_each_hold_the_plural_title() -> None:
    found = post_states("Les ambassadeurs Ivan Petrov (Russie), David Levy (Israël) et Luc Martin (Belgique) ont "
                        "été reçus au ministère." + STORY)
    assert found == {"Ivan Petrov": "Russie", "David Levy": "Israël", "Luc Martin": "Belgique"}


def test_a_personal_representative_is_a_post() -> None:
    found = posts_told("Le représentant personnel du secrétaire général de l'ONU, Karl Weber, était présent." + STORY)
    assert any(p.holder == "Karl Weber" and p.tail == "personal-representative" for p in found)


def test_a_title_chained_after_another_is_the_name_before_s_not_the_name_after_s() -> None:
    found = posts_told("Le président était entouré de Jean Ekani, ministre d'Etat, secrétaire général de la "
                       "présidence, Paul Mbarga, ministre des Relations extérieures, et de ses conseillers." + STORY)
    ekani = {p.words or p.form or p.tail for p in found if p.holder == "Jean Ekani"}
    mbarga = {p.words or p.form or p.tail for p in found if p.holder == "Paul Mbarga"}
    assert "secrétaire général de la présidence" in ekani
    assert mbarga == {"ministre des Relations extérieures"}


def test_a_title_joined_to_another_official_s_serves_the_same_state() -> None:
    found = post_states("Le chef de la diplomatie lituanienne, Tomas Kairys, et le chef de la défense, Rimas "
                        "Petraitis, ont rencontré leurs homologues polonais à Varsovie.")
    assert found.get("Rimas Petraitis") == "Lituanie"


def test_two_sides_after_entre_are_not_joined() -> None:
    found = post_states("Le contrat a été signé entre le ministre de la Défense lituanien, Tomas Kairys, et le "
                        "ministre de la Défense, Jan Kowalski, à Varsovie. La Pologne et la Lituanie coopèrent.")
    assert found.get("Jan Kowalski") != "Lituanie"
