"""Talks framed by an event the article placed in a city sentences before (session 36): « Le sommet s'est ouvert à
X. [...] En marge du sommet, A a rencontré B » are held in X, however far back the event was placed; an event of
another time (« lors du prochain sommet »), another event (« le sommet du G7 » after the UA's) or a call is held
nowhere. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED

_FILLER = "Les dirigeants ont adopté une déclaration sur la sécurité alimentaire. Le texte appelle à davantage " \
    "d'investissements. "


@pytest.mark.parametrize(("text", "sides", "venue"), [
    ("Le sommet de l'Union africaine s'est ouvert dimanche à Addis-Abeba. " + _FILLER + "En marge du sommet, le "
     "président sénégalais a rencontré son homologue ghanéen.", {"Sénégal", "Ghana"}, "Addis-Abeba"),
    ("Les chefs d'État du G20 se retrouvent ce week-end pour un sommet tenu à Osaka. " + _FILLER + "Le deuxième "
     "jour du sommet, le Premier ministre indien s'est entretenu avec le président brésilien.",
     {"Inde", "Brésil"}, "Osaka"),
    ("Le forum économique oriental s'est tenu à Vladivostok du 5 au 7 septembre. " + _FILLER + "Lors du forum, le "
     "ministre mongol des Affaires étrangères a discuté avec son homologue japonais.", {"Mongolie", "Japon"},
     "Vladivostok"),
    ("L'Assemblée générale des Nations unies s'est ouverte mardi à New York. " + _FILLER + "En marge de "
     "l'Assemblée générale, le ministre égyptien des Affaires étrangères a rencontré son homologue éthiopien.",
     {"Égypte", "Éthiopie"}, "New York"),
    ("Le président argentin participe au sommet du Mercosur, tenu à Montevideo. " + _FILLER + "Le deuxième jour "
     "du sommet, il a entamé ses entretiens par une rencontre avec le président paraguayen.",
     {"Argentine", "Paraguay"}, "Montevideo"),
])
def test_talks_framed_by_an_event_placed_before(text: str, sides: set[str], venue: str) -> None:
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}))


@pytest.mark.parametrize("text", [
    "Le sommet s'est tenu à Lima en novembre. " + _FILLER + "Lors du prochain sommet, le président chilien "
    "rencontrera son homologue bolivien.",
    "Le sommet de l'Union africaine s'est ouvert dimanche à Addis-Abeba. " + _FILLER + "En marge du sommet du G7, "
    "le président sénégalais a rencontré son homologue ghanéen.",
    "Le sommet de l'Union africaine s'est ouvert dimanche à Addis-Abeba. " + _FILLER + "En marge du sommet, le "
    "président sénégalais s'est entretenu au téléphone avec son homologue ghanéen.",
])
def test_no_venue_from_another_event_or_for_a_call(text: str) -> None:
    assert all(not venues for _sides, venues in talks_told(text, PUBLISHED))


def test_those_met_one_after_the_other_by_no_one_named_met_no_one() -> None:
    assert talks_told("Il a ensuite discuté avec le président argentin pendant une heure, puis avec le président "
                      "chilien.", PUBLISHED) == []
