"""The sum of a deal told with one side or none (« X a annoncé la signature de contrats pour N », « X a passé une
commande de N »): a purchase of that worth, paid by the state that buys; a turnover, a
budget, a unit's price or a programme's cost is none. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED
from tests.test_modality import fold


def _purchases(text: str) -> set[tuple[str, str, Decimal]]:
    return {(fold(f.get("funder")[0].label) if f.get("funder") else "",
             fold(f.get("recipient")[0].label) if f.get("recipient") else "", a.value)
            for f in analyse_text(text, PUBLISHED).facts
            if f.kind == "financing" and f.modality.value in {"asserted", "reported"} for a in f.amounts}


@pytest.mark.parametrize(("text", "paid"), [
    ("La Hongrie a annoncé mardi la signature de nouveaux contrats militaires pour plus de 300 millions d'euros.",
     ("hongrie", "", Decimal("300e6"))),
    ("Selon le ministère, le Danemark a signé cette année des contrats d'armement pour 1,2 milliard de couronnes "
     "danoises.", ("danemark", "", Decimal("1.2e9"))),
    ("Le groupe Saab a signé un contrat de 120 millions de couronnes suédoises pour des missiles antichars.",
     ("", "", Decimal("120e6"))),
])
def test_a_deal_of_one_side_keeps_its_sum_as_a_purchase(text: str, paid: tuple[str, str, Decimal]) -> None:
    assert paid in _purchases(text)


@pytest.mark.parametrize("text", [
    "Le chiffre d'affaires de Thales a atteint 18 milliards d'euros l'an dernier.",
    "Le budget de la défense de la Lituanie atteindra 2 milliards d'euros.",
    "Chaque avion coûte 80 millions de dollars à la Grèce.",
    "Le programme de modernisation de l'armée chilienne coûtera 3 milliards de dollars.",
    "La Roumanie prévoit d'acheter des chars pour 1 milliard d'euros.",  # intended only
    "La compagnie ferroviaire a signé un contrat de 900 millions d'euros pour des rames de métro.",  # no arms
])
def test_no_deal_or_no_deal_done_gives_no_purchase(text: str) -> None:
    assert _purchases(text) == set()


def test_a_deal_of_two_sides_keeps_its_sum_on_the_agreement_only() -> None:
    text = "La Grèce a signé un contrat de 2 milliards d'euros avec la France pour trois frégates."
    assert _purchases(text) == set()
