"""A headline's present tense read as an adjective of the noun before it: « Le Pérou commande des obus à X » comes
out of the tagger as « Pérou » described by « commande », with the rest hung on « Pérou »; it is read back as the
verb, its subject, its object and its complements. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from tests.test_modality import fold

BODY = "\n\nLe pays renouvelle son parc de matériels."


def _agreements(title: str) -> list[set[str]]:
    found = analyse_text(title + BODY, dt.date(2025, 3, 1)).facts
    return [{fold(e.label) for e in f.get("party")} for f in found
            if f.kind == "agreement" and f.modality.value in {"asserted", "reported"}]


def test_a_headline_order_placed_with_a_maker_is_a_deal_with_it() -> None:
    assert _agreements("Le Pérou commande un lot important d'obus à Nexter") == [{"perou", "nexter"}]
    assert _agreements("La Lettonie commande des blindés à Patria") == [{"lettonie", "patria"}]


def test_a_headline_verb_of_no_trigger_tells_no_deal() -> None:
    assert _agreements("Le Pérou ferme ses ports à la Bolivie") == []
    assert _agreements("Le Pérou remercie Nexter pour ses obus") == []
