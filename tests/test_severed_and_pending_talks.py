"""Talks as newsrooms tell them (sentences written for these tests): broken ties keep states off a summit, a lone
dateline city line, a visited pair, deals still « en négociation », a deal named again keeping its sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


SEVERED_IN_THE_BACKGROUND = [
    ("Le sommet des ministres du Golfe se tient à Doha malgré la crise, après la rupture des relations par le "
     "Koweït, Oman et l'Égypte avec le Qatar.", []),
    ("La réunion des ministres s'est tenue à Amman, un an après le blocus imposé par l'Égypte et la Jordanie à la "
     "Libye.", []),
]


@pytest.mark.parametrize(("text", "told"), SEVERED_IN_THE_BACKGROUND)
def test_states_that_broke_off_ties_are_no_sides_of_the_meeting(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« Le sommet se tient après la rupture des relations par A avec B »: A and B are no sides of the summit."""
    assert _told(text) == told


MEETING_WITH_ITS_SIDES = [
    ("Le sommet des ministres du Golfe se tient à Doha avec le Koweït, Oman et le Qatar.",
     talks_each(({"Koweït", "Oman", "Qatar"}, {"Doha"}))),
    ("Après la rupture de leurs relations l'an dernier, l'Égypte et la Jordanie ont tenu des pourparlers à Amman.",
     talks_each(({"Égypte", "Jordanie"}, {"Amman"}))),
]


@pytest.mark.parametrize(("text", "told"), MEETING_WITH_ITS_SIDES)
def test_sides_named_outside_a_severance_still_talk(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """The sides of the meeting itself, or named beside a severance, stay sides."""
    assert _told(text) == told


PLACE_ALONE_ABOVE_THE_LEDE = [
    ("Santiago\n\nLe ministre péruvien de la Défense a ouvert jeudi une réunion avec son homologue chilien.\n\n"
     "Les deux ministres ont parlé des frontières.",
     talks_each(({"Pérou", "Chili"}, {"Santiago"}))),
    ("Analyse\n\nLe ministre péruvien de la Défense a ouvert jeudi une réunion avec son homologue chilien.\n\n"
     "Les deux ministres ont parlé des frontières.",
     talks_each(({"Pérou", "Chili"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), PLACE_ALONE_ABOVE_THE_LEDE)
def test_a_city_alone_on_the_line_above_the_lede_is_its_dateline(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« Titre / Santiago / Le ministre ... »: a city alone between the title and the lede places talks told with no
    venue; a word that is no city places nothing."""
    assert _told(text) == told


def test_a_visit_told_by_the_two_countries_is_not_given_a_pair_that_leaves_the_host_out() -> None:
    """« Voisin de A, X a acheté des armes à B. ... s'est rendu en X. Cette visite ... entre les deux pays »: the pair
    named before (A, B) leaves the visited state out; it is not the visit's sides."""
    text = ("Voisin de la Turquie, Erevan a acheté pour un milliard de dollars d'armements à la Grèce.\n"
            "Le ministre Jean Durand s'est rendu mercredi en Arménie pour une visite de deux jours, a annoncé le "
            "ministère.\nCette visite a pour but de renforcer la coopération bilatérale entre les deux pays, selon la "
            "même source.")
    assert _told(text) == []


def test_a_visit_told_by_the_two_countries_keeps_the_visitor_and_the_host() -> None:
    """« Le ministre de A s'est rendu en B. Cette visite ... entre les deux pays »: A and B, in B."""
    text = ("Le ministre grec de la Défense s'est rendu mercredi en Arménie pour une visite de deux jours.\n"
            "Cette visite a pour but de renforcer la coopération bilatérale entre les deux pays, selon la même "
            "source.")
    assert _told(text) == talks_each(({"Grèce", "Arménie"}, {"Arménie"}))


DEAL_STILL_IN_TALKS = [
    ("Le traité entre le Pérou et l'Équateur est toujours en négociation.",
     talks_each(({"Pérou", "Équateur"}, set()))),
    ("Annoncé en mai, le contrat chilien d'achat de frégates britanniques est encore en cours de discussion.",
     talks_each(({"Chili", "Royaume-Uni"}, set()))),
    ("Le contrat entre le Pérou et l'Équateur n'est plus en négociation.", []),
    ("Le contrat d'achat de frégates par le Chili est en cours de négociation.", []),
    ("La frontière entre le Pérou et l'Équateur est en débat depuis un siècle.", []),
]


@pytest.mark.parametrize(("text", "told"), DEAL_STILL_IN_TALKS)
def test_a_deal_told_in_negotiation_is_talks_between_the_states_it_names(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« Le contrat entre A et B est toujours en négociation »: talks between A and B; a deal no longer negotiated,
    one naming a single state, or a subject that is no deal gives none."""
    assert _told(text) == told


def test_a_deal_named_again_with_its_sides_keeps_its_sum() -> None:
    """« A-B : le contrat toujours en discussion » then « le contrat A-ien ... pour N serait en négociation »: the deal
    the headline named takes the sides and the sum told with them."""
    text = ("Chili-Pérou : le contrat toujours en discussion\n\nAnnoncé en mai, le contrat chilien d'achat de frégates "
            "péruviennes pour 900 millions de dollars serait toujours en négociation.\nLes chantiers doivent encore "
            "être choisis.")
    deals = [f for f in analyse_text(text).facts if f.kind in {"agreement", "financing"}]
    assert [(f.kind, {e.label for _, e in f.roles}, [a.value for a in f.amounts]) for f in deals] == [
        ("agreement", {"Chili", "Pérou"}, [Decimal(900_000_000)])]
