"""Signings told with their place, which real pages showed as talks: two sides that sign together at a place
(« A et B ont signé un accord à X », « l'accord a été signé à X par A et B ») meet there, and a deal told before
that is then said signed at a place (« L'accord a été signé à X », « le contrat a été signé lors du salon Y à X »)
was signed there by its parties in person. A signing with no place, one side that signs « avec » the other, a place
that only says where the goods are built, and a signing still to come are no talks. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


SIGNED_TOGETHER = [
    ("Le Chili et l'Argentine ont signé mardi à Buenos Aires un accord de coopération militaire.",
     talks_each(({"Chili", "Argentine"}, {"Buenos Aires"}))),
    ("Les gouvernements kényan et éthiopien ont signé un accord de défense à Nairobi.",
     talks_each(({"Kenya", "Éthiopie"}, {"Nairobi"}))),
    ("Le mémorandum a été signé à Hanoï par le Vietnam et l'Inde.",
     talks_each(({"Vietnam", "Inde"}, {"Hanoï"}))),
]


@pytest.mark.parametrize(("text", "told"), SIGNED_TOGETHER)
def test_two_sides_that_sign_together_at_a_place_meet_there(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« A et B ont signé un accord à X », « l'accord a été signé à X par A et B »."""
    assert _told(text) == told


DEAL_SIGNED_AT = [
    ("La Pologne a commandé des chars à l'entreprise sud-coréenne Hyundai Rotem pour 3 milliards de dollars. "
     "Le contrat a été signé à Varsovie.",
     talks_each(({"Pologne", "Hyundai Rotem"}, {"Varsovie"}))),
    ("Le Maroc a signé un contrat avec l'entreprise américaine Lockheed Martin. "
     "Ce contrat a été signé lors du salon aéronautique à Marrakech.",
     talks_each(({"Maroc", "Lockheed Martin"}, {"Marrakech"}))),
]


@pytest.mark.parametrize(("text", "told"), DEAL_SIGNED_AT)
def test_a_deal_told_before_signed_at_a_place_is_signed_there_by_its_parties(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« ... L'accord a été signé à X », « le contrat a été signé lors du salon Y à X »."""
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "Le Chili et l'Argentine ont signé mardi un accord de coopération militaire.",
    "La Grèce a signé avec l'Égypte un accord de défense à Athènes.",
    "Le Japon et l'Australie ont signé un accord portant sur des sous-marins construits à Kobe.",
    "L'Espagne et le Maroc vont signer un accord de défense à Rabat la semaine prochaine.",
    "Le contrat a été signé à Varsovie.",
    "La Belgique et le Bénin ont signé un accord de prêt, de Bruxelles à Cotonou, de 20 millions d'euros.",
])
def test_a_signing_with_no_shared_place_is_no_talks(text: str) -> None:
    """No place, one side signing « avec » the other, the goods' place, a signing to come, no deal told before, the
    end of a way from one side to the other (« de A à B »)."""
    assert _told(text) == []
