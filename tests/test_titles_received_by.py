"""A title followed by a participle and its agent (« Le ministre X de la Défense reçu par Y à Z », a headline's
shape): Y is who receives, not who holds the title, so the talks keep their two sides (sentences written for these
tests); a participle of posting (« accrédité à », « nommé par décret ») still leads to the holder's name."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _facts(text: str, kind: str) -> list:
    return [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == kind]


def test_the_agent_of_a_participle_holds_no_title_before_it() -> None:
    text = ("Le ministre kényan de la Défense reçu par Yoweri Museveni à Kampala\n"
            "Le ministre kényan de la Défense Aden Duale a été reçu par le président ougandais Yoweri Museveni "
            "à Kampala.")
    posts = {(f.get("holder")[0].label, f.get("org")[0].label) for f in _facts(text, "post")}
    assert ("Yoweri Museveni", "Kenya") not in posts
    assert {"Kenya", "Ouganda"} in [{e.label for e in f.get("participant")} for f in _facts(text, "negotiation")]


def test_a_posting_participle_still_leads_to_the_holder() -> None:
    posts = {(f.get("holder")[0].label, f.get("org")[0].label) for f in _facts(
        "Titre\nLe ministre tchadien nommé par décret, Jean Dupont, a déclaré que la visite aurait lieu.", "post")}
    assert ("Jean Dupont", "Tchad") in posts


def test_a_guest_received_in_a_headline_holds_no_post_of_the_host_city() -> None:
    """« Le général X reçu à Lima par le ministre »: the guest's title names no state and Lima's is the host's; the
    state his post names in the lede is his, and the talks keep their two sides."""
    text = ("Le général Jorge Mendoza reçu à Lima par le ministre de la Défense\n\n"
            "Le général Jorge Mendoza, chef d'état-major de l'armée chilienne, a été reçu lundi à Lima par le ministre "
            "péruvien de la Défense, Pedro Ruiz.")
    posts = {(f.get("holder")[0].label, f.get("org")[0].label) for f in _facts(text, "post") if f.get("org")}
    assert ("Jorge Mendoza", "Pérou") not in posts
    assert {"Chili", "Pérou"} in [{e.label for e in f.get("participant")} for f in _facts(text, "negotiation")]
