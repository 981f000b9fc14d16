"""An English label of origin after a weapon noun (« le drone « Made in X » ») names no system; a name does."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_deals import PUBLISHED


def _weapons(text: str) -> set[str]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label for e in found if e.cls == "WeaponSystem"}


def test_a_label_of_origin_is_no_weapon_system() -> None:
    assert _weapons("Le groupe veut vendre son drone « Made in Ghana » à l'armée de l'air du Togo.") == set()
    assert _weapons("Le Ghana a commandé le drone Zorvak, conçu localement.") == {"Zorvak"}
