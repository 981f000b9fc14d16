"""Whom a supply with no recipient of its own goes to: the state a verbless headline says the goods are for
(« Des W pour X », « Des blindés pour l'armée X »), for a gift or a sale; and the armed force an equipping participle
qualifies (« les forces X, formées et équipées par Y »). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def supplies(text: str) -> set[tuple[str, str]]:
    found = analyse_text(text, PUBLISHED).facts
    return {(fold(s.label), fold(r.label)) for f in found if f.kind == "support"
            and f.modality.value in {"asserted", "reported"} for s in f.get("supporter") for r in f.get("recipient")}


def test_a_handover_goes_where_the_headline_says() -> None:
    text = ("Des navires pour Maurice\n"
            "La marine indienne a remis deux patrouilleurs et un hélicoptère Chetak, a indiqué le ministère.")
    assert supplies(text) == {("inde", "maurice")}


def test_a_sale_goes_where_the_headline_says() -> None:
    text = ("Des blindés pour l'armée ghanéenne\n"
            "La Turquie a vendu quarante véhicules blindés Cobra II, fabriqués par Otokar.")
    assert supplies(text) == {("turquie", "ghana")}


def test_a_headline_with_a_verb_gives_nothing() -> None:
    text = ("La Turquie cherche des clients pour le Ghana\n"
            "La Turquie a vendu quarante véhicules blindés Cobra II, fabriqués par Otokar.")
    assert ("turquie", "ghana") not in supplies(text)
