"""Talks told by lines of a list (session 31): the audiences a host gave, listed as dash lines after a sentence
that ends on a colon (« Parmi les personnes reçues figuraient : »), each line's state or firm meeting the host's
state where the host was placed; a heading line keeps the list open, a clause closes it. And the guest of a passive
« reçu par » when a fronted clause opens the sentence and a participle sits in the guest's apposition. Sentences
written for the purpose."""

from __future__ import annotations

from tests.conftest import parties_and_places


def _found(article: str) -> list[tuple[set[str], set[str]]]:
    return parties_and_places(article, headline=None)


_AUDIENCES = ("Équateur : le ministre reçoit\n"
              "Le 3 mars, le ministre de la Défense, le général Pablo Soto, a donné plusieurs audiences à Quito, "
              "recevant des délégations étrangères.\n"
              "Parmi les personnes reçues figuraient :\n"
              "Visiteurs\n"
              "- L'ambassadeur du Danemark en Équateur, accompagné de son attaché de défense.\n"
              "- M. Lars Berg, directeur Amérique latine de la société Thales.\n"
              "Les échanges ont porté sur :\n"
              "- La coopération avec la Suède.\n")


def test_each_line_of_audiences_listed_is_talks_with_the_host_where_it_was() -> None:
    talks = _found(_AUDIENCES)
    assert ({"Équateur", "Danemark"}, {"Quito"}) in talks
    assert ({"Équateur", "Thales"}, {"Quito"}) in talks


def test_a_clause_ending_on_a_colon_without_meeting_lists_no_audiences() -> None:
    assert not any("Suède" in sides for sides, _ in _found(_AUDIENCES))


def test_a_guest_received_after_a_fronted_clause_is_a_side() -> None:
    talks = _found("Titre\nAprès avoir eu des entretiens avec des responsables péruviens, le ministre équatorien de "
                   "la Défense, M. Pablo Soto, en visite au Pérou à la tête d'une délégation composée d'officiers, "
                   "a été reçu hier au palais de Lima par le président Carlos Vega.")
    assert any(sides == {"Équateur", "Pérou"} for sides, _ in talks)
