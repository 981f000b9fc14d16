"""A declaration or a charter adopted by several states is a deal between them (« adopter » needs such a text: a
resolution or a law adopted is none); demonyms coordinated after a plural title (« les ministres estonien, letton
et lituanien ») each name a side, however the parser hangs the list. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements


def test_a_declaration_adopted_by_three_states_binds_them() -> None:
    text = "L'Estonie, la Lettonie et la Lituanie ont adopté une déclaration sur la sécurité de la Baltique."
    assert agreements(text) == [{"estonie", "lettonie", "lituanie"}]
    assert agreements("Le Chili et le Pérou ont adopté une charte de bon voisinage.") == [{"chili", "perou"}]


def test_a_resolution_or_a_law_adopted_is_no_deal() -> None:
    assert agreements("L'Estonie et la Lettonie ont adopté une résolution sur la Baltique.") == []
    assert agreements("Le Parlement estonien a adopté une loi sur la défense.") == []


def test_each_demonym_coordinated_after_a_plural_title_is_a_side() -> None:
    text = "Les ministres de la Défense estonien, letton et lituanien ont signé un accord."
    assert agreements(text) == [{"estonie", "lettonie", "lituanie"}]
    assert agreements("Les ministres estonien et letton ont signé un accord.") == [{"estonie", "lettonie"}]
