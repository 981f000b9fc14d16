"""Talks: a visit, a trip or a tour « fait » by someone (« a fait le déplacement à X ») is made by the subject, as
one « effectué »; sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


VISITS_MADE = [
    ("Le président ivoirien a fait le déplacement à Accra mardi.",
     talks_each(({"Côte d'Ivoire", "Ghana"}, {"Accra"}))),
    ("Le président ivoirien a fait une visite de travail au Ghana mardi.",
     talks_each(({"Côte d'Ivoire", "Ghana"}, {"Ghana"}))),
    ("Le Premier ministre malaisien a également fait le voyage en Indonésie.",
     talks_each(({"Malaisie", "Indonésie"}, {"Indonésie"}))),
    ("Le ministre nigérien de la Défense a fait le déplacement à Bamako pour rencontrer son homologue malien.",
     talks_each(({"Niger", "Mali"}, {"Bamako"}))),
]


@pytest.mark.parametrize(("text", "told"), VISITS_MADE)
def test_a_visit_the_subject_makes_with_faire_is_talks_with_its_host(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« X a fait le déplacement à Y », « a fait une visite au Y »: the visitor's state talks with the host's (such
    visits were none, and the purpose's talks were placed in the state rather than the city gone to)."""
    assert _told(text) == told


def test_faire_with_another_object_makes_no_visit() -> None:
    """« La rencontre fait suite à une visite »: the visit is no object of « faire », the subject makes none."""
    assert _told("Le communiqué du ministère ghanéen fait suite à une visite.") == []
