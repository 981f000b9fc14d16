"""Envoys named for a region and delegations listed around them (sentences written for these tests): a holder's name
right after a « pour la Région » complement, which the NER reads as one place with it; a region before a first name
is no part of the name; a deputy emir in a greeters' list; a delegation's list that goes on past such a complement
and repeats a post whose first holder named no state."""

from __future__ import annotations

from tests.conftest import post_states, posts

STORY = " Les deux pays ont signé un accord."


def test_a_name_right_after_a_region_complement_holds_the_envoy_post() -> None:
    found = post_states("Il a reçu l'envoyé spécial de l'ONU pour la Syrie Geir Halvorsen." + STORY)
    assert found.get("Geir Halvorsen") == "ONU"


def test_a_region_after_an_article_does_not_open_the_envoy_s_name() -> None:
    found = post_states("Le ministre a reçu le représentant spécial pour le Sahel Pierre Lemoine." + STORY)
    assert "Pierre Lemoine" in found
    assert not any("Sahel" in holder for holder in found)


def test_a_deputy_emir_opens_a_greeters_list_of_one_state() -> None:
    found = posts("Le roi a été salué par plusieurs personnalités du Koweït, notamment le Vice-émir du Koweït, Cheikh "
                  "Salem Ben Nasser, le ministre des Affaires étrangères, Cheikh Fahd Ben Ali, et l'ambassadeur du "
                  "Koweït à Rabat, Nasser Al Jaber." + STORY)
    assert ("Salem Ben Nasser", "deputy-emir", "Koweït") in found
    assert ("Fahd Ben Ali", "minister-of-foreign-affairs", "Koweït") in found


def test_a_delegation_list_goes_on_past_a_region_complement_and_a_repeated_post_without_state() -> None:
    found = post_states("La mission comprenait le sénateur républicain Paul Kessler, l'envoyée spéciale du Canada "
                        "pour l'Afrique Karen Whitfield, et la sénatrice Laura Benning." + STORY)
    assert found.get("Karen Whitfield") == "Canada"
    assert found.get("Laura Benning") == "Canada"


def test_a_post_repeated_after_one_naming_its_state_is_still_the_other_side() -> None:
    found = post_states("Le président russe Igor Vassiliev et le président Karim Benali ont parlé." + STORY)
    assert found.get("Igor Vassiliev") == "Russie"
    assert found.get("Karim Benali") != "Russie"
