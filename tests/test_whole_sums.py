"""« Le tout pour X », « ..., le tout d'une valeur de X », « Montant total : X »: the sum of the whole just told, or
of a worth heading its sentence, is the worth of the deal told just before (a handover's, which may be a gift,
prices none); a « tout » that sums up something else, a unit price or a programme's cost, prices nothing.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts
from tests.test_modality import fold


def _priced(text: str) -> set[tuple[frozenset[str], Decimal]]:
    return {(frozenset(fold(p.label) for p in f.get("party")), a.value)
            for f in facts(text, "agreement") for a in f.amounts}


@pytest.mark.parametrize(("text", "sides", "value"), [
    ("L'Égypte a commandé à l'Allemagne quatre frégates et leurs missiles. Le tout pour 2,3 milliards d'euros.",
     {"egypte", "allemagne"}, 2_300_000_000),
    ("Le Qatar a signé avec l'Italie un contrat pour sept navires de guerre. Le tout pour un montant de 5 milliards "
     "d'euros, selon le ministre.", {"qatar", "italie"}, 5_000_000_000),
    ("La Côte d'Ivoire a signé avec la France un contrat pour des blindés. Ce lot comprend dix véhicules et deux "
     "ambulances, le tout d'une valeur d'environ 30 millions d'euros.", {"cote d ivoire", "france"}, 30_000_000),
    ("La Roumanie a commandé à la Corée du Sud 54 obusiers K9. Montant total du contrat : 900 millions de dollars.",
     {"roumanie", "coree du sud"}, 900_000_000),
    ("Le Pérou a signé avec l'Espagne un contrat pour deux patrouilleurs. Coût : 250 millions d'euros, selon le "
     "ministère.", {"perou", "espagne"}, 250_000_000),
])
def test_the_sum_of_the_whole_is_the_worth_of_the_deal_told_just_before(text: str, sides: set[str],
                                                                         value: int) -> None:
    assert (frozenset(sides), Decimal(value)) in _priced(text)


@pytest.mark.parametrize("text", [
    # no deal told before
    "Le ministre a visité l'usine et le port de Toulon. Le tout pour 3 millions d'euros.",
    "Les États-Unis ont offert au Bénin un lot d'équipements militaires. Ce lot comprend dix pick-up et deux "
    "ambulances, le tout d'une valeur d'environ 3 millions de dollars.",
    # « le tout » sums up what its own sentence told, no matériel
    "Le Chili a acheté au Royaume-Uni deux frégates d'occasion. Le salon de Santiago a accueilli 500 exposants, le "
    "tout pour un coût de 3 millions de dollars.",
    # a worth heading its sentence, of something else than a deal
    "La Roumanie a commandé à la Corée du Sud 54 obusiers K9. Prix unitaire : 9 millions de dollars.",
    "La Roumanie a commandé à la Corée du Sud 54 obusiers K9. Coût du programme : 3 milliards de dollars.",
    # the sum comes before « le tout »
    "L'Inde a commandé des radars à Israël. Le budget de la défense atteint 50 milliards de roupies, le tout pour "
    "moderniser les armées.",
])
def test_a_whole_that_sums_up_no_deal_prices_none(text: str) -> None:
    assert not any(value for _, value in _priced(text))
