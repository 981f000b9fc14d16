"""Talks told without a word of talks (issue 12, round 2): a trip two sides make together to sign, where it goes
being the venue. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED, Case, check, params

TALKS = [
    Case("trip-together-to-sign", "Le ministre chilien de la Défense et son homologue péruvien se sont rendus "
         "mardi à Sintra pour signer le contrat des hélicoptères.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, venues={"Sintra"}),
    Case("trip-together-lost-subject", "Pedro Rojas, ministre chilien de la Défense, et Luis Ortega, ministre de "
         "la Défense bolivien, se sont rendus hier sur le chantier naval à Tozeur, pour parapher l'accord.",
         "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Tozeur"}),
    Case("moved-together", "Le président indien et le premier ministre japonais se sont déplacés ensemble à "
         "Osaka.", "negotiation", {"participant": {"Inde", "Japon"}}, venues={"Osaka"}),
]


@pytest.mark.parametrize("case", params(TALKS))
def test_talks(case: Case) -> None:
    check(case)


def _talks(text: str) -> list[Fact]:
    return [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]


@pytest.mark.parametrize("sentence", [
    "Le ministre chilien s'est rendu à Sintra pour signer le contrat.",  # one side: a visit told otherwise
    "Le ministre chilien et son homologue péruvien se sont rendus à Sintra pour visiter le salon.",
    "Le Chili et le Pérou ont rendu hommage aux victimes à Lima.",
    "Les délégations chilienne et péruvienne se sont rendu compte de leurs erreurs.",
])
def test_no_trip_talks(sentence: str) -> None:
    assert _talks("Titre\n" + sentence) == []


def _venues(talks: list[Fact]) -> set[str]:
    return {e.label for f in talks for part in f.parts for e in part.get("place")}


@pytest.mark.parametrize("text", [
    "Le ministre chilien a signé dimanche à Sintra un accord avec le Pérou.\nCette visite intervient après des mois "
    "de tensions.",
    "Le président bolivien et son homologue péruvien ont paraphé à Tozeur un traité.\nCette visite était la "
    "première depuis dix ans.",
    "Le Chili et le Pérou ont conclu un accord à Lima.\nLes deux pays sont voisins.\nCette visite a duré deux "
    "jours.",
])
def test_this_visit_is_made_where_the_deal_just_told_was_signed(text: str) -> None:
    """« X a signé à Y un accord ... Cette visite ... »: the visit pointed back to is made where the signing was."""
    talks = _talks("Titre\n" + text)
    assert talks and _venues(talks) == {next(w for w in ("Sintra", "Tozeur", "Lima") if w in text)}


def test_this_visit_long_after_a_signing_has_no_venue() -> None:
    talks = _talks("Titre\nLe Chili et le Pérou ont conclu un accord à Lima.\nLes deux pays sont voisins.\n"
                   "Ils commercent beaucoup.\nLeur frontière est longue.\nCette visite a duré deux jours.")
    assert _venues(talks) == set()


@pytest.mark.parametrize(("text", "sides"), [
    ("En mai, la réception du roi Karim Ferhad par le président Pedro Rojas à Santiago a été l'occasion pour "
     "Santiago de « saluer le partenariat entre le Chili et le Maroc ».", {"Chili", "Maroc"}),
    ("La rencontre entre le roi Karim Ferhad et le président chilien à Santiago a été l'occasion de « renforcer "
     "les liens entre le Chili et le Maroc ».", {"Chili", "Maroc"}),
    ("L'entretien entre l'émir Tamar Selim et le président péruvien à Lima a été l'occasion de « souligner les "
     "liens entre le Pérou et le Qatar ».", {"Pérou", "Qatar"}),
    ("Le président Luis Ortega a reçu le sultan Idris Kamal à La Paz, un signe du rapprochement entre la Bolivie "
     "et Oman.", {"Bolivie", "Oman"}),
])
def test_a_monarch_of_no_known_state_stands_for_the_state_paired_with_the_other_side(
        text: str, sides: set[str]) -> None:
    talks = _talks("Titre\n" + text)
    assert [{e.label for e in f.get("participant")} for f in talks] == [sides]


@pytest.mark.parametrize("text", [
    "La réception du roi Ferhad par le président chilien à Santiago a porté sur la crise au Soudan.",
    "La réception du roi Ferhad par le président chilien a suivi la visite du Pérou et de la Bolivie.",
])
def test_a_monarch_facing_a_state_not_paired_with_the_other_side_is_no_state(text: str) -> None:
    """A state named alone, or a pair the other side is no part of, gives the person no state."""
    sides = [{e.label for e in f.get("participant")} for f in _talks("Titre\n" + text)]
    assert all(s <= {"Chili", "Ferhad", "roi Ferhad"} for s in sides), sides


@pytest.mark.parametrize(("text", "venue"), [
    ("En marge du salon de l'armement de Sintra, le ministre chilien a rencontré son homologue péruvien.", "Sintra"),
    ("Le ministre chilien a rencontré son homologue péruvien lors du salon aéronautique de Santiago.", "Santiago"),
    ("À l'occasion du forum de Tozeur, le président chilien a reçu le président bolivien.", "Tozeur"),
])
def test_talks_framed_by_an_event_are_held_in_the_town_it_is_named_by(text: str, venue: str) -> None:
    assert _venues(_talks("Titre\n" + text)) == {venue}


@pytest.mark.parametrize("text", [
    "Le ministre chilien a rencontré son homologue péruvien pour parler du salon de l'armement de Sintra.",
    "Le ministre chilien a rencontré son homologue péruvien et le directeur de l'usine de Tozeur.",
])
def test_an_event_talked_about_or_a_town_of_no_event_places_no_talks(text: str) -> None:
    assert _venues(_talks("Titre\n" + text)) == set()


def test_a_common_noun_after_an_event_is_no_town() -> None:
    talks = _talks("Titre\nLe président chilien a rencontré le président bolivien lors d'un sommet des chefs d'État "
                   "sud-américains.")
    assert _venues(talks) == set()


def _sides_and_venues(text: str) -> list[tuple[set[str], set[str]]]:
    return sides_and_venues(_talks(text))


@pytest.mark.parametrize("text", [
    "Le président chilien s'est rendu lundi à La Paz. À l'issue de leurs entretiens, les deux chefs d'État ont "
    "annoncé la réouverture de la frontière.",
    "Le ministre chilien des Affaires étrangères s'est rendu mardi à La Paz. Son hôte, le président bolivien, a "
    "salué le soutien de Santiago. Les deux hommes ont discuté de l'accès à la mer.",
])
def test_a_pair_after_a_trip_is_its_two_states_held_where_it_went(text: str) -> None:
    """No talks told before « les deux chefs d'État », « les deux hommes »: the two states the last sentences name,
    held in the city a sentence just before placed someone in."""
    assert _sides_and_venues("Titre\n" + text) == [({"Chili", "Bolivie"}, {"La Paz"})]


def test_a_pair_far_from_earlier_talks_is_the_trip_just_told() -> None:
    text = ("Titre\nLe président péruvien a rencontré son homologue équatorien à Quito. Les marchés ont réagi. "
            "Le cuivre a progressé. Le peso a reculé. Les exportations ont augmenté. Les importations ont baissé. "
            "La bourse a fermé. Le président chilien s'est rendu lundi à Caracas. À l'issue de leurs entretiens, "
            "les deux chefs d'État ont annoncé un plan commun.")
    assert ({"Chili", "Venezuela"}, {"Caracas"}) in _sides_and_venues(text)


def test_a_pronoun_has_talks_with_a_counterpart() -> None:
    """« Il a eu des entretiens avec son homologue »: the one the pronoun stands for is a side."""
    text = "Titre\nLe ministre chilien est à Lima depuis lundi. Il a eu des entretiens approfondis avec son " \
        "homologue péruvien."
    assert _sides_and_venues(text) == [({"Chili", "Pérou"}, {"Lima"})]


def test_the_place_of_an_issue_leaves_the_venue_told_before() -> None:
    """« ... de la guerre en Ukraine »: where the issue lies is no venue, and does not hide the city just told."""
    text = "Titre\nLe président chilien s'est rendu lundi à Lima. Il s'est entretenu avec le président péruvien " \
        "de la guerre en Ukraine."
    assert _sides_and_venues(text) == [({"Chili", "Pérou"}, {"Lima"})]


def test_talks_that_frame_what_was_considered_took_place() -> None:
    """« Au cours de leur entretien, les deux dirigeants ont évoqué ... »: the talks are a fact, the topic possible."""
    text = "Titre\nLe président chilien a rencontré jeudi le président péruvien. Au cours de leur entretien à " \
        "Lima, les deux dirigeants ont évoqué la sécurité maritime."
    talks = _talks(text)
    assert [f.modality.value for f in talks] == ["asserted"]
    assert {part.attr("venue_status") for f in talks for part in f.parts} == {"confirmed"}
