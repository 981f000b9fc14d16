"""Talks told in other shapes: a state named by its official name with the article of its short name, a joint
commission whose session opened (not only was held), a meeting its subject avoided; talks told around a trip (a
meeting a clause of place says was held where the trip went, « ..., où s'est tenue une réunion », by a state's
official or by a body of an organisation); an organisation's official stands for no state the article names only as
a topic."""

from __future__ import annotations

from kg.kinds import Modality
from kg.pipeline import analyse_text


def _talks(text: str) -> list[tuple[Modality, frozenset[str]]]:
    return [(f.said.modality, frozenset(e.label for _, e in f.roles))
            for f in analyse_text(text).facts if f.kind == "negotiation"]


def test_official_name_with_article_names_the_state() -> None:
    found = _talks("La 5e session de la Commission mixte de défense entre la République du Ghana et la "
                   "République de la Gambie s'est ouverte lundi à Kumasi.")
    assert (Modality.ASSERTED, frozenset({"Ghana", "Gambie"})) in found


def test_an_avoided_meeting_is_no_talks() -> None:
    found = _talks("Le président ghanéen a soigneusement évité de rencontrer son homologue togolais à Accra.")
    assert all(modality != Modality.ASSERTED for modality, _ in found)


def test_second_met_after_ainsi_que_and_a_named_first() -> None:
    for other in ("du Danemark", "de la Slovénie"):
        found = _talks("Lors de sa visite à Lisbonne, le ministre ghanéen de la Défense, Kofi Mensah, a rencontré "
                       "plusieurs dirigeants. Mensah a précisé qu'il avait également rencontré le ministre portugais "
                       f"de la Défense, Rui Costa, ainsi que le Premier ministre {other}, Lars Hansen.")
        assert any(sides >= {"Ghana", other.split()[-1]} for _, sides in found), found


def test_a_meeting_held_where_a_minister_went_is_talks() -> None:
    found = _talks("Le ministre allemand de la Défense, Boris Pistorius, s'est rendu en Moldavie, où s'est tenue "
                   "une réunion de travail.")
    assert (Modality.ASSERTED, frozenset({"Allemagne", "Moldavie"})) in found


def test_a_body_of_an_organisation_meets_its_host() -> None:
    found = _talks("Le 3 mars, le Comité militaire de l'OTAN s'est rendu en Moldavie, où ont eu lieu une réunion "
                   "extraordinaire et la visite d'une école militaire.")
    assert (Modality.ASSERTED, frozenset({"OTAN", "Moldavie"})) in found


def test_a_concert_held_there_or_a_body_going_for_a_ceremony_is_none() -> None:
    assert not _talks("Le ministre allemand de la Défense, Boris Pistorius, s'est rendu en Moldavie, où a eu lieu "
                      "un concert.")
    assert not _talks("Le Comité militaire de l'OTAN s'est rendu en Moldavie pour une cérémonie.")


def test_an_organisation_official_stands_for_no_topic_state() -> None:
    found = _talks("Le secrétaire général adjoint de l'OTAN, Mircea Geoana, est arrivé lundi à Dakar. M. Geoana a eu "
                   "des entretiens avec Amadou Ba, le ministre sénégalais des Armées. M. Geoana a évoqué la crise "
                   "au Mali.")
    assert all("Mali" not in sides for _, sides in found), found
