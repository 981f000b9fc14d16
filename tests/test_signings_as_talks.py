"""Signings in person as talks (session 46): officials of two sides who sign a text together meet where they sign
it (« signé par le ministre A et le PDG de B », « signé à X entre ... et ... », « a signé avec son homologue »,
« A et B ont signé par le biais de leurs ministres », signed « en présence de » leaders of two states); states that
sign, an ambassador who signs where he serves, a firm and its own state's minister, are no talks. Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


SIGNED = [
    ("Le protocole a été signé par le ministre de la Défense du Pérou, Luis Quispe, et le ministre chilien de la "
     "Défense, Jorge Araya, lors d'une cérémonie à Lima.", talks_each(({"Pérou", "Chili"}, {"Lima"}))),
    ("L'accord a été signé mardi à Nairobi entre le ministre kényan des Finances, Peter Otieno, et son homologue "
     "ougandais, Moses Okello.", talks_each(({"Kenya", "Ouganda"}, {"Nairobi"}))),
    ("Le Ghana et le Togo ont signé, lundi à Accra, par le biais de leurs ministres de l'Intérieur, l'accord "
     "portant création d'une commission mixte.", talks_each(({"Ghana", "Togo"}, {"Accra"}))),
    ("Un mémorandum d'accord a été signé le 3 mai à Ankara en présence du président turc et du président "
     "azerbaïdjanais.", talks_each(({"Turquie", "Azerbaïdjan"}, {"Ankara"}))),
]


@pytest.mark.parametrize(("text", "told"), SIGNED)
def test_officials_of_two_sides_who_sign_together_meet(text: str,
                                                      told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """Two signers in person, of two sides: talks held where they sign."""
    assert _told(text) == told


NOT_MET = [
    # states that sign may sign from afar
    "La Norvège et la Suède ont signé un accord de coopération en matière de défense.",
    # an ambassador signs where he serves
    "La déclaration d'intention a été signée par l'ambassadeur Paul Durand et le ministre malien des Finances, "
    "Moussa Traoré.",
    # a signer whose side the sentence leaves unsaid
    "Le contrat a été signé jeudi à Rome entre la ministre de la Défense, Giulia Rossi, et le PDG de Thales, "
    "Pierre Martin.",
    # one signer only
    "Le ministre kényan des Finances, Peter Otieno, a signé le décret mardi à Nairobi.",
    # a signing to come is no meeting yet
    "Le ministre kényan des Finances et son homologue ougandais n'ont pas signé l'accord.",
]


@pytest.mark.parametrize("text", NOT_MET)
def test_signings_that_are_no_meeting(text: str) -> None:
    """States signing, an envoy signing where posted, a lone signer, a signing denied: no talks."""
    assert _told(text) == []
