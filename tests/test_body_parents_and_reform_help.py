"""A body a title names alone after the article named it with its organisation (« le Conseil X de l'Organisation »,
then « le président du Conseil X »): the post is the organisation's; and help to reform an institution (« aider X à
réformer ses services de sécurité ») is no military support (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.test_deals import supplies
from tests.test_posts import posts_text


def test_a_body_named_alone_serves_the_organisation_named_with_it_before() -> None:
    found = posts_text("Le Conseil consultatif de l'Union africaine s'est réuni à Lomé le 3 mars. Le général Paul "
                       "Durand, le président du Conseil consultatif, a reçu le ministre togolais de la Défense.")
    assert ("Paul Durand", "président du Conseil consultatif", "Union africaine") in found


def test_a_body_two_organisations_have_serves_neither() -> None:
    found = posts_text("Le Conseil consultatif de l'Union africaine et le Conseil consultatif de l'ONU se sont réunis "
                       "à Lomé. Le général Paul Durand, le président du Conseil consultatif, a reçu la délégation.")
    assert ("Paul Durand", "président du Conseil consultatif", "Union africaine") not in found
    assert ("Paul Durand", "président du Conseil consultatif", "ONU") not in found


@pytest.mark.parametrize("text", [
    pytest.param("Le bureau de l'ONU à Niamey, dont le rôle est d'aider le Niger à réformer et à moderniser ses "
                 "services de sécurité, a ouvert.", id="reform-a-sector"),
    pytest.param("La France aidera le Tchad à restructurer son ministère de la Défense.", id="restructure-a-ministry"),
])
def test_help_to_reform_an_institution_is_no_support(text: str) -> None:
    assert supplies(text) == set()


def test_help_to_modernise_systems_is_still_support() -> None:
    assert supplies("Le Japon aidera le Laos à moderniser ses hélicoptères.") == {("japon", "laos")}
