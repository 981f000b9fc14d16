"""« le Congo », « Congo-Gabon : ... »: the bare name is the Republic of the Congo's; the other Congo is named by
« RDC », « RD Congo » or its full name. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _talk_sides(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in analyse_text(text, published=PUBLISHED).facts
            if f.kind == "negotiation"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Le Gabon et le Congo ont tenu des consultations à Libreville sur la sécurité des frontières.",
     {"Gabon", "République du Congo"}),
    ("Congo-Angola : les deux chefs d'État se sont entretenus à Luanda.\n\nIls ont parlé de sécurité.",
     {"Angola", "République du Congo"}),
    ("Le ministre du Congo a rencontré à Kinshasa son homologue de la RDC.",
     {"République démocratique du Congo", "République du Congo"}),
])
def test_bare_congo(text: str, sides: set[str]) -> None:
    assert sides in _talk_sides(text)


@pytest.mark.parametrize("text", [
    "Le président de la République démocratique du Congo a reçu le ministre angolais à Kinshasa.",
    "Le ministre de la RD Congo a rencontré son homologue angolais à Luanda.",
])
def test_the_other_congo_untouched(text: str) -> None:
    assert all("République du Congo" not in s for s in _talk_sides(text))
    assert any("République démocratique du Congo" in s for s in _talk_sides(text))
