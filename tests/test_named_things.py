"""Names that are no person's (sentences written for these tests): a name right after a group's noun names the
group; a name the quotation marks enclose whole, after no title, names a work or a nickname."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize("group", ["le mouvement rebelle Tigre Noir", "la milice armée Tigre Noir"])
def test_a_name_after_a_group_noun_is_the_group(group: str) -> None:
    found = people(f"Le Chili et le Pérou luttent contre {group}, selon le ministre Jorge Mamani.")
    assert "Tigre Noir" not in found
    assert "Jorge Mamani" in found


def test_a_name_quoted_whole_after_a_preposition_is_a_work() -> None:
    found = people("L'actrice Ana Rojas a été primée pour son rôle dans \"Maria Soto\" au festival de Lima.")
    assert "Maria Soto" not in found
    assert "Ana Rojas" in found


def test_a_quoted_name_after_a_title_is_still_a_person() -> None:
    assert "Maria Soto" in people("Le Pérou a reçu la ministre « Maria Soto » à Lima.")
