"""The state of posts met in a list (sentences written for these tests): an acting minister's « par intérim » and an
« enfin » keep the list whole; an envoy's state is not passed to the host's officials listed after them; a counterpart
listed after a title the subject meets mirrors the subject's post in that title's state; « du côté du Pays, »
marks a side; a speaker's state is not read inside a quotation in straight quotes."""

from __future__ import annotations

from tests.conftest import post_states, posts


def test_an_acting_minister_and_enfin_keep_the_list_of_one_state() -> None:
    found = post_states("Le ministre français des Armées est arrivé à Bamako. Il devrait s'entretenir avec le "
                        "ministre malien de la Défense par intérim, Amadou Diallo, ainsi que le ministre des Affaires "
                        "étrangères Moussa Traoré et enfin le président Ibrahim Keita.")
    assert (found.get("Moussa Traoré"), found.get("Ibrahim Keita")) == ("Mali", "Mali")


def test_an_ambassadors_state_is_not_the_hosts_ministers() -> None:
    found = post_states("Le ministre est accueilli à l'aéroport par l'ambassadeur de France, Jean Dupont, le "
                        "ministre des forces armées, Amadou Sow, et le colonel Pierre Martin.")
    assert found.get("Jean Dupont") == "France"
    assert found.get("Amadou Sow") != "France"


def test_a_counterpart_met_beside_a_president_mirrors_the_subjects_post() -> None:
    found = posts("Durant son séjour, le ministre français des Armées rencontrera le président indien Narendra Modi "
                  "et son homologue Rajnath Singh.")
    assert ("Rajnath Singh", "minister-of-defence", "Inde") in found
    assert not any(holder == "Rajnath Singh" and tail == "president" for holder, tail, _ in found)


def test_the_side_after_du_cote_du_pays_holds_the_posts_told_after_it() -> None:
    found = post_states("Le roi est arrivé à Abou Dhabi. Du côté du Maroc, l'agence indique que le conseiller du roi, "
                        "Ali Benali, a pris part à la rencontre.")
    assert found.get("Ali Benali") == "Maroc"


def test_a_speaker_is_not_of_the_state_his_straight_quotation_names() -> None:
    found = post_states('"Une délégation militaire française a effectué sa première visite en Irak depuis vingt ans", '
                        "a déclaré le général Ahmed al-Rikabi.")
    assert found.get("Ahmed al-Rikabi") != "France"
