"""Words an editor adds in square brackets read as in parentheses (the rest of the contracts between a state and a
maker: tests/test_maker_contracts.py)."""

from __future__ import annotations

from tests.test_deals import agreements


def test_words_in_square_brackets_read_as_in_parentheses() -> None:
    text = ("Le journal Expresso a révélé que le Portugal venait de commander huit chars [lourds] Leopard 2A8 auprès "
            "du groupe KNDS, dans le cadre d'un accord entre gouvernements.")
    assert agreements(text) == [{"knds", "portugal"}]
