"""People listed each with the title after their name, titles whose modifier follows the head, names in capitals
written surname first, a given name that shares the surname after it, places named after a noun's complements,
and the region a title names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.nlp import plain
from tests.test_posts import people, posts


def test_names_each_followed_by_their_title() -> None:
    """« A, la présidente du Pays, B, le premier ministre, C, le ministre » gives each title to the name before
    it, not to the one after it."""
    found = posts("La ministre a rencontré Maria Ostrova, la présidente de la Moldavie, Ion Petrescu, le premier "
                  "ministre, Dan Vulpe, le ministre de la Défense, et le général Andrei Cazacu, le chef d'état-major.")
    held = {(holder, post) for holder, post, _ in found}
    assert {("Maria Ostrova", "president"), ("Ion Petrescu", "prime-minister"),
            ("Dan Vulpe", "minister-of-defence"), ("Andrei Cazacu", "chief-of-defence-staff")} <= held
    assert ("Ion Petrescu", "president") not in held
    assert ("Dan Vulpe", "prime-minister") not in held


def test_title_then_name_then_verb_keeps_the_name_after() -> None:
    """« X, le ministre de la Défense, Y, a déclaré »: no title follows Y, so nothing changes for a lone pair."""
    held = {(h, p) for h, p, _ in posts("Selon l'agence, le ministre de la Défense, Paul Girard, a signé.")}
    assert held == {("Paul Girard", "minister-of-defence")}


@pytest.mark.parametrize("text", [
    "En visite à Lima, le secrétaire général délégué de l'ONU, Piet Hendriks, a salué la coopération.",
    "La secrétaire générale déléguée de l'ONU, Anna Hendriks, a salué la coopération.",
])
def test_delegate_after_the_head(text: str) -> None:
    """« secrétaire général délégué » is the deputy secretary-general."""
    assert {post for _, post, _ in posts(text)} == {"deputy-secretary-general"}


@pytest.mark.parametrize(("text", "expected"), [
    ("La réunion sera présidée par MBEKI NTOMBELA Sipho, ministre.", "présidée par Mbeki Ntombela Sipho, ministre."),
    ("par KOFFI DIALLO Jean, ministre", "par Koffi Diallo Jean, ministre"),
    ("parmi ses actionnaires, ACME Suisse, et", "parmi ses actionnaires, ACME Suisse, et"),
    ("le sommet de la CEDEAO Lundi, puis", "le sommet de la CEDEAO Lundi, puis"),
    ("Les FAR Samedi, et", "Les FAR Samedi, et"),
])
def test_surname_in_capitals_before_the_given_name(text: str, expected: str) -> None:
    assert plain(text).endswith(expected)


def test_surname_first_holds_the_post_after_it() -> None:
    found = posts("La réunion ministérielle sera co-présidée par MBEKI NTOMBELA Sipho, Vice-Premier ministre du "
                  "Lesotho, et Tumelo Mosia, ministre de la Défense du Botswana.")
    assert ("Mbeki Ntombela Sipho", "deputy-prime-minister", "Lesotho") in found


@pytest.mark.parametrize(("text", "named"), [
    ("Le général Omar Baraka a reçu le ministre. Les fils du général, Tarek et Samir Baraka, ont également pris "
     "part à la rencontre.", {"Omar Baraka", "Tarek Baraka", "Samir Baraka"}),
    ("Les neveux du roi, Karim et Nabil Alaoui, ont assisté à la cérémonie.", {"Karim Alaoui", "Nabil Alaoui"}),
])
def test_given_names_sharing_a_surname_after_a_family_tie(text: str, named: set[str]) -> None:
    assert people(text) == named
    assert posts(text) <= {("Omar Baraka", "general", None)}


def test_without_a_family_tie_a_lone_name_shares_no_surname() -> None:
    assert "Girard Durand" not in people("Le ministre Girard et Paul Durand ont discuté.")


def test_a_place_after_the_complements_of_a_field_noun() -> None:
    """« les champs de gaz et de pétrole de Nom Nom »: a field named after « de », past its noun's complements."""
    assert people("Le président avait visité les champs de gaz et de pétrole de Rosa Blanca.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président a rencontré le gouverneur de la province de Talcahuano, Mario Reyes.",
     ("Mario Reyes", "text-gouverneur-de-la-province-de-talcahuano", "province de Talcahuano")),
    ("Le ministre a reçu le gouverneur de la région de Kayes, Moussa Traoré.",
     ("Moussa Traoré", "text-gouverneur-de-la-region-de-kayes", "région de Kayes")),
])
def test_a_title_serves_the_region_it_names(text: str, expected: tuple[str, str, str]) -> None:
    assert posts(text) == {expected}
