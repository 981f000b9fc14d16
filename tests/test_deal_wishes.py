"""A side « désireux (soucieux) de » building a partnership or signing a deal only wishes it: no agreement is told;
the same adjective on a side that signs leaves the deal told. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deal_parties as _deals


def test_a_partnership_a_side_is_eager_to_build_is_no_deal() -> None:
    assert _deals("Visite à Erevan\nLe ministre a rappelé que la Géorgie est désireuse de construire des partenariats "
                  "solides avec la Grèce.") == []


def test_a_contract_a_side_is_keen_to_sign_is_no_deal() -> None:
    assert _deals("Marine\nLe Pérou est soucieux de signer un contrat avec l'Espagne avant la fin de l'année.") == []


def test_an_eager_side_that_signs_tells_the_deal() -> None:
    deals = _deals("Marine\nLe Pérou, désireux de moderniser sa flotte, a signé un contrat avec l'Espagne.")
    assert frozenset({"Pérou", "Espagne"}) in deals
