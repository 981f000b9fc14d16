"""An invitation moves no scene (session 46): a place where someone is only invited to go (« une lettre l'invitant à
se rendre en X ») is no place told in between that ends the stay a sentence set before, so later talks with no venue
of their own are still held where the visitor is; a journey that is made there ends it. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED

# two sentences first, so that the visit is told after the lede (kg.extract.lede_places)
_VISIT = "Le ministre a présidé lundi une cérémonie. Il a inauguré une école. Karin Olsson a effectué une visite " \
    "officielle au Chili les 3 et 4 mars. Elle a visité un musée de la capitale. "
_TALKS = " Elle a salué la vitalité des échanges universitaires. La ministre suédoise des Affaires étrangères s'est " \
    "ensuite longuement entretenue avec son homologue chilien."


def test_an_invitation_to_go_elsewhere_leaves_the_visit_where_it_is() -> None:
    text = _VISIT + "Elle a remis une lettre du Premier ministre invitant le président chilien à se rendre " \
        "prochainement en Suède." + _TALKS
    assert talks_told(text, PUBLISHED) == talks_each(({"Suède", "Chili"}, {"Chili"}))


@pytest.mark.parametrize("between", [
    "Elle s'est ensuite rendue en Argentine.",  # a journey made: the visit has moved on
    "Elle a ensuite gagné Buenos Aires.",
])
def test_a_journey_made_in_between_still_ends_the_visit(between: str) -> None:
    assert talks_told(_VISIT + between + _TALKS, PUBLISHED) == talks_each(({"Suède", "Chili"}, set()))
