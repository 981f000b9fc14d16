"""A purchase told as background of the subject (« X, exclu du programme après l'achat de ..., ne recevra pas »):
it is a fact, the main verb's negation or exclusion is not about it. Sentences and names written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def _sales(text: str) -> dict[tuple[str, str], set[str]]:
    """The modalities of the supports told, by (supporter, recipient)."""
    found: dict[tuple[str, str], set[str]] = {}
    for f in analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts:
        if f.kind == "support" and f.get("supporter") and f.get("recipient"):
            found.setdefault((f.get("supporter")[0].label, f.get("recipient")[0].label), set()).add(f.modality.value)
    return found


@pytest.mark.parametrize("text", [
    "Le Caire, exclu du programme en 2020 après l'achat de chasseurs russes Su-35, ne recevra pas d'avions.",
    "L'Égypte, sanctionnée en 2021 après l'achat d'avions russes Su-35, ne recevra pas de chasseurs.",
    # another state leads the article: the buyer is the one the phrase describes
    "La Grèce a signé un accord avec la France. Le Caire, exclu du programme en 2020 après l'achat de chasseurs "
    "russes Su-35, ne recevra pas d'avions américains.",
])
def test_a_purchase_describing_the_subject_is_asserted(text: str) -> None:
    assert "asserted" in _sales(text).get(("Russie", "Égypte"), set()), _sales(text)


@pytest.mark.parametrize("text", [
    "Le Caire a exclu l'achat de chasseurs russes Su-35.",
    "L'Égypte n'a pas acheté d'avions russes Su-35.",
    "L'Égypte, qui voulait des avions américains, n'a pas acheté d'avions russes Su-35.",
])
def test_a_purchase_the_main_verb_excludes_or_negates_stays_denied(text: str) -> None:
    assert _sales(text).get(("Russie", "Égypte")) == {"denied"}, _sales(text)
