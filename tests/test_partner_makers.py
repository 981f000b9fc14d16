"""A contract a state signs « avec » another for systems that firms of several states make, the other's among them
and not the signer's, is a sale by the one signed with (kg.extract.signed_sales). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_deals import supplies


@pytest.mark.parametrize(("text", "sale"), [
    ("Le Qatar a signé un contrat avec le Royaume-Uni pour la livraison de 24 Eurofighter Typhoon.",
     ("royaume uni", "qatar")),
    ("Le gouvernement omanais a paraphé jeudi un contrat avec l'Italie, pour la livraison de 12 avions Eurofighter.",
     ("italie", "oman")),
])
def test_the_maker_state_signed_with_sells(text: str, sale: tuple[str, str]) -> None:
    assert supplies(text) == {sale}


@pytest.mark.parametrize("text", [
    "L'Italie a signé un contrat avec le Royaume-Uni pour 30 Eurofighter.",  # both make it
    "Le Koweït a signé un contrat avec l'Égypte pour des Eurofighter.",  # the one signed with makes none
    "L'Allemagne et l'Italie ont signé un contrat pour 30 Eurofighter.",  # no one signed with
])
def test_no_sale_when_the_one_signed_with_is_not_the_only_maker_side(text: str) -> None:
    assert supplies(text) == set()
