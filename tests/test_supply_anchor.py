"""A supply whose recipient the sentence leaves unsaid takes it from the transfers told before, but never from one
the article only hopes for or denies: a sale that may come (« pourrait vendre ») or that a state denies is no anchor
for the recipient of a delivery told as done. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}

# (cell, text, supplier, the recipient it must get or "" for none, recipients it must not get)
CELLS: list[tuple[str, str, str, str, set[str]]] = [
    ("possible sale between, the order before anchors", "Le Pérou a commandé douze hélicoptères Mi-171 à la Russie. "
     "Le Pérou pourrait aussi vendre de vieux blindés à la Bolivie. La première livraison de six avions K-8 chinois a "
     "eu lieu en mars.", "chine", "perou", {"bolivie"}),
    ("denied sale between, the purchase before anchors", "La Tanzanie a acheté vingt blindés à la Turquie. Le Kenya a "
     "démenti avoir livré des fusils à la Somalie. La livraison de quatre drones chinois Wing Loong a eu lieu "
     "lundi.", "chine", "tanzanie", {"somalie"}),
    ("only a possible sale before: no recipient", "Le Ghana pourrait vendre des vedettes au Togo. La livraison de "
     "six avions K-8 chinois a eu lieu en mars.", "chine", "", {"togo"}),
    ("a delivery told as done still anchors", "La Russie a livré deux hélicoptères Mi-35 au Mali. La livraison de "
     "quatre drones turcs a eu lieu en mai.", "turquie", "mali", set()),
]


@pytest.mark.parametrize(("cell", "text", "supplier", "recipient", "never"), CELLS, ids=[c[0] for c in CELLS])
def test_recipient_anchor(cell: str, text: str, supplier: str, recipient: str, never: set[str]) -> None:
    facts = [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
             if f.kind == "support" and f.modality.value in FACTUAL
             and supplier in {fold(s.label) for s in f.get("supporter")}]
    got = {fold(r.label) for f in facts for r in f.get("recipient")}
    assert not got & never, f"{cell}: {got}"
    assert (recipient in got) if recipient else True, f"{cell}: {got}"
