"""Deals only meant or drafted: « a l'intention de conclure un accord », « réunis pour ébaucher le texte d'un
accord », « un projet de traité », « l'élaboration (des paramètres) d'un traité » tell no deal made (possible); a
deal signed « dans l'intention de ... », or for « le projet de ... », or whose text « avait été rédigé » before,
stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize("text", [
    "« Le Togo a l'intention de conclure un accord de défense avec le Ghana », a indiqué le ministre.",
    "« Nous avons l'intention de signer un traité d'amitié avec la Bolivie », a déclaré le président péruvien.",
    "Les ministres chilien et argentin se sont réunis lundi à Santiago pour ébaucher le texte d'un accord de "
    "coopération navale entre le Chili et l'Argentine.",
    "Le Kenya et l'Ouganda ont rendu public un projet de traité de sécurité commune.",
    "Le ministre kényan a rencontré son homologue éthiopien pour discuter de la démarcation de la frontière et de "
    "l'élaboration des paramètres d'un traité de paix entre le Kenya et l'Éthiopie.",
    "Les juristes du Kenya et de l'Éthiopie ont entamé la rédaction d'un accord de pêche.",
])
def test_a_deal_meant_or_drafted_is_no_deal_made(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Le Togo a signé un accord de défense avec le Ghana dans l'intention de renforcer la sécurité de la "
     "frontière.", {"togo", "ghana"}),
    ("La Bolivie a signé un contrat avec le Pérou pour le projet de modernisation de ses hélicoptères.",
     {"bolivie", "perou"}),
    ("Le Pérou et la Bolivie ont signé mardi le traité, dont le texte avait été rédigé par des juristes.",
     {"perou", "bolivie"}),
    ("L'accord signé par la Grèce et Chypre concrétise le projet lancé en 2020.", {"grece", "chypre"}),
    ("La Grèce et Chypre ont signé mardi un accord de défense, fruit de deux ans d'élaboration.", {"grece", "chypre"}),
])
def test_a_deal_signed_with_an_aim_or_for_a_project_stays(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]
