"""A state named as the scheme a system is called in (« selon la classification US », « sa désignation russe »)
is no party of a supply (sentences written for these tests); a state the system is delivered to still is."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _supplies(text: str) -> set[tuple[str, str]]:
    return {(s.label, r.label) for f in analyse_text("Titre\n" + text, published=PUBLISHED).facts
            if f.kind == "support" for s in f.get("supporter") for r in f.get("recipient")}


def test_a_naming_scheme_state_is_no_recipient() -> None:
    found = _supplies("La Chine va vendre des drones Wing Loong au Pakistan. Le Wing Loong (Faucon selon la "
                      "classification US) est doté de missiles.")
    assert ("Chine", "États-Unis") not in found
    assert ("Chine", "Pakistan") in found


def test_a_state_delivered_to_still_is() -> None:
    found = _supplies("La Chine va vendre des drones Wing Loong au Pakistan. Le Wing Loong sera aussi livré à "
                      "l'Égypte.")
    assert ("Chine", "Égypte") in found
