"""What a state hopes to do is not done (« X a bon espoir de vendre ... »), and a state hung on strikes (« des
frappes contre les rebelles au Mali ») is where they fall, not who is supported. Sentences and names written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def _facts(text: str, kind: str, first: str, second: str) -> dict[tuple[str, str], set[str]]:
    """The modalities of the facts of a kind, by (first side, second side)."""
    found: dict[tuple[str, str], set[str]] = {}
    for f in analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts:
        if f.kind == kind and f.get(first) and f.get(second):
            for a in f.get(first):
                for b in f.get(second):
                    found.setdefault((a.label, b.label), set()).add(f.modality.value)
    return found


def _stated(found: dict[tuple[str, str], set[str]], pair: tuple[str, str]) -> bool:
    return bool(found.get(pair, set()) & {"asserted", "reported"})


@pytest.mark.parametrize(("text", "pair"), [
    ("L'Espagne a bon espoir de vendre quatre frégates à l'Arabie saoudite, pour plus de 2 milliards d'euros.",
     ("Espagne", "Arabie saoudite")),
    ("La Corée du Sud a bon espoir de vendre des sous-marins au Canada, pour plus de 8 milliards de dollars.",
     ("Corée du Sud", "Canada")),
])
def test_a_sale_hoped_for_is_no_sale(text: str, pair: tuple[str, str]) -> None:
    assert not _stated(_facts(text, "support", "supporter", "recipient"), pair)
    assert not _stated(_facts(text, "financing", "recipient", "funder"), pair)


def test_a_sale_beside_a_hope_stays_a_sale() -> None:
    text = "La Pologne a acheté des obusiers K9 à la Corée du Sud, malgré l'espoir déçu de Paris."
    assert _stated(_facts(text, "support", "supporter", "recipient"), ("Corée du Sud", "Pologne"))


@pytest.mark.parametrize("text", [
    "Face à la menace, la France, alliée du Tchad, a mis en place une force régionale et conduit, parfois avec le "
    "soutien des États-Unis, des raids contre les jihadistes au Mali.",
])
def test_the_place_of_strikes_is_no_recipient(text: str) -> None:
    found = _facts(text, "support", "supporter", "recipient")
    assert not any(recipient == "Mali" for _supporter, recipient in found), found


def test_aid_given_to_a_state_stays_given() -> None:
    found = _facts("La France a accordé une aide militaire au Liban.", "support", "supporter", "recipient")
    assert _stated(found, ("France", "Liban")), found
