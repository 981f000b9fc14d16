"""A designator after a long type phrase, or after a capitalised class word (« de Type X »), is a system.
Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies
from tests.test_weapons import weapons


def test_a_designator_after_a_long_type_phrase_is_a_system() -> None:
    text = "La Bolivie a reçu huit véhicules blindés de transport de troupes à chenilles de type KX-7 de la Chine."
    assert "KX-7" in weapons(text)


def test_a_designator_after_a_capitalised_class_word_is_a_system() -> None:
    assert "KX-7" in weapons("Le Ghana a reçu quatre véhicules blindés de Type KX-7 de la Chine.")
    assert supplies("Le Ghana a reçu quatre véhicules blindés de Type KX-7 de la Chine.") == {("chine", "ghana")}
