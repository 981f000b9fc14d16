"""Long names of the Gulf, with their filiation (« bin », « bint », « Al »), and the title « Cheikh » before them
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize(("sentence", "person"), [
    ("Le protocole a été paraphé par Noura bint Saeed bin Rashid Al Kaabi, ministre de la Culture du Bahreïn.",
     "Noura bint Saeed bin Rashid Al Kaabi"),
    ("Selon Hessa bint Hamad Al Marri, le projet sera lancé en mars.", "Hessa bint Hamad Al Marri"),
])
def test_a_daughters_name_with_bint_is_one_person(sentence: str, person: str) -> None:
    """« bint » (daughter of) is a particle of the name like « bin », not a lowercase word that ends it."""
    assert person in people(sentence)
