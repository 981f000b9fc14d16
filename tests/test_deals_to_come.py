"""Signings still to come and phrases that name no deal: « des conventions seront signées », « vont signer un
accord », « seront organisées des signatures d'accords », « la cérémonie de signature aura lieu » announce a deal,
possible, not made; « tomber d'accord », « être d'accord pour », « un terrain d'entente », « accords et désaccords »
name none. A deal signed, or reached (« se mettre d'accord »), stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize("text", [
    "Lors de la visite, des conventions seront signées entre la France et le Maroc.",
    "Le Brésil et le Chili vont signer un accord de coopération.",
    "La Norvège signera un contrat avec la Suède.",
    "Le Ghana et le Togo concluront un accord de sécurité.",
    "Au cours du séjour seront organisées des signatures d'accords entre le Sénégal et la Turquie.",
])
def test_a_signing_to_come_is_no_deal_made(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize("text", [
    "Objectif : trouver un terrain d'entente entre le Japon et la Corée du Sud.",
    "Le Chili et le Pérou ont passé en revue leurs accords et désaccords.",
    "La Chine est d'accord pour reprendre le dialogue avec l'Inde.",
])
def test_a_phrase_of_one_mind_is_no_deal(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Le Chili et le Pérou ont signé un accord de défense.", {"chili", "perou"}),
    ("La Norvège a signé un contrat avec la Suède, qui sera exécuté en 2026.", {"norvege", "suede"}),
    ("La signature de l'accord entre le Japon et l'Inde a eu lieu lundi.", {"japon", "inde"}),
])
def test_a_deal_signed_stays(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]
