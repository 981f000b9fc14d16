"""Sibling codes: a designator with the letters of a system the article already named, counted or after « type »,
is another model of the same range, of the same maker. Invented models."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED

_STORY = ("Le chantier naval Ocea a livré deux patrouilleurs du type ZQB 60 à la marine togolaise. "
          "Le Togo, qui avait reçu un navire de 30 mètres du type ZQB 80 en 2015, a aussi commandé deux ZQB 95 Mk II.")


def test_counted_or_typed_siblings_are_systems_of_the_same_maker() -> None:
    found = weapon_systems(_STORY, PUBLISHED)
    assert {"ZQB 60", "ZQB 80", "ZQB 95"} <= set(found)


@pytest.mark.parametrize("sentence", [
    "Le chantier naval Ocea a livré deux patrouilleurs du type ZQB 60 au Togo. La route RN 95 est fermée.",
    "Le chantier naval Ocea a livré deux patrouilleurs du type ZQB 60 à la marine togolaise. Il a vu deux ZQA-95.",
    "La marine togolaise a reçu deux patrouilleurs. Elle a aussi commandé deux ZQB 95 Mk II.",
])
def test_a_code_of_other_letters_or_with_no_sibling_is_no_system(sentence: str) -> None:
    assert not set(weapon_systems(sentence, PUBLISHED)) & {"RN 95", "ZQA-95", "ZQB 95"}


def test_a_sibling_code_neither_counted_nor_typed_is_no_system() -> None:
    sentence = "Le chantier naval Ocea a livré deux patrouilleurs du type ZQB 60. La norme ZQB 2020 a été revue."
    assert "ZQB 2020" not in weapon_systems(sentence, PUBLISHED)
