"""Talks told in other shapes: a state named by its official name with the article of its short name, a joint
commission whose session opened (not only was held), a meeting its subject avoided."""

from __future__ import annotations

from kg.kinds import Modality
from kg.pipeline import analyse_text


def _talks(text: str) -> list[tuple[Modality, frozenset[str]]]:
    return [(f.said.modality, frozenset(e.label for _, e in f.roles))
            for f in analyse_text(text).facts if f.kind == "negotiation"]


def test_official_name_with_article_names_the_state() -> None:
    found = _talks("La 5e session de la Commission mixte de défense entre le Ghana et la République de la Zambie "
                   "s'est ouverte lundi à Kumasi.")
    assert (Modality.ASSERTED, frozenset({"Ghana", "Zambie"})) in found


def test_an_avoided_meeting_is_no_talks() -> None:
    found = _talks("Le président ghanéen a soigneusement évité de rencontrer son homologue togolais à Accra.")
    assert all(modality != Modality.ASSERTED for modality, _ in found)


def test_second_met_after_ainsi_que_and_a_named_first() -> None:
    for other in ("du Danemark", "de la Slovénie"):
        found = _talks("Lors de sa visite à Lisbonne, le ministre ghanéen de la Défense, Kofi Mensah, a rencontré "
                       "plusieurs dirigeants. Mensah a précisé qu'il avait également rencontré le ministre portugais "
                       f"de la Défense, Rui Costa, ainsi que le Premier ministre {other}, Lars Hansen.")
        assert any(sides >= {"Ghana", other.split()[-1]} for _, sides in found), found
