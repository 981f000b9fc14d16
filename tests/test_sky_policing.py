"""Air policing as support: a state that polices another's sky, or on which another relies for its air policing or
the protection of its airspace, supports it (no system); a state policing its own sky, or a plan to rely on one,
gives no support. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deals import supplies


@pytest.mark.parametrize(("text", "pairs"), [
    ("La Lituanie s'appuie sur l'Allemagne et la Pologne pour assurer sa police aérienne.",
     {("allemagne", "lituanie"), ("pologne", "lituanie")}),
    ("L'Italie assure la police du ciel de la Slovénie depuis 2004.", {("italie", "slovenie")}),
    ("Le Luxembourg compte sur la Belgique pour protéger son espace aérien.", {("belgique", "luxembourg")}),
    ("Des chasseurs espagnols assurent la police aérienne de l'Estonie.", {("espagne", "estonie")}),
    ("Selon l'état-major, la Roumanie s'appuie actuellement sur le Canada pour opérer des missions de police "
     "aérienne.", {("canada", "roumanie")}),
])
def test_a_state_policing_another_s_sky_supports_it(text: str, pairs: set[tuple[str, str]]) -> None:
    assert supplies(text) == pairs


@pytest.mark.parametrize("text", [
    "La Suisse assure elle-même la police de son ciel.",
    "La Hongrie s'appuie sur ses Gripen pour assurer la police aérienne.",
    "La Slovaquie envisage de s'appuyer sur la Pologne pour sa police aérienne.",
    "En achetant ces avions, la Croatie pourra assurer la police de son ciel.",
])
def test_own_air_policing_or_a_plan_is_no_support(text: str) -> None:
    assert supplies(text) == set()
