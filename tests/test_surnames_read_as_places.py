"""A lone surname the NER reads as a place or an organisation (sentences written for these tests): after a person
named in full earlier in the article, it is that person (« Lors de leur rencontre à Ville, Nom, ..., et B se sont
entretenus »); not a word the reference data knows as a place, not a surname never named in full, not a firm's
name after a trade noun."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def sentence_talks(text: str, words: str) -> list[frozenset[str]]:
    """The sides of each negotiation told by the sentence holding `words`."""
    facts = analyse_text("Titre\n" + text, published=dt.date(2024, 3, 8)).facts
    return [frozenset(e.label for e in f.get("participant")) for f in facts
            if f.kind == "negotiation" and any(words in ev.sentence for ev in f.evidence)]


def people_in(text: str, words: str) -> set[str]:
    """The people the facts of the sentence holding `words` name (holders, sides, sources)."""
    facts = analyse_text("Titre\n" + text, published=dt.date(2024, 3, 8)).facts
    return {e.label for f in facts if any(words in ev.sentence for ev in f.evidence)
            for _role, e in f.roles if e.cls == "Person"}


@pytest.mark.parametrize(("text", "words", "sides"), [
    pytest.param("La ministre malaisienne de la Défense Keiko Matsuyama est arrivée lundi au Maroc. Lors de leur "
                 "rencontre à Rabat, Matsuyama, arrivée la veille, et le ministre marocain de la Défense Ahmed "
                 "Bennani se sont entretenus de la coopération.", "arrivée la veille",
                 {"Malaisie", "Maroc"}, id="talk-after-town"),
    pytest.param("Le ministre japonais de la Défense Hiroshi Takayama est arrivé mardi en Égypte. Lors de leur "
                 "rencontre au Caire, Takayama, venu avec une délégation, et le ministre égyptien de la Défense "
                 "Karim Fahmy se sont entretenus de la sécurité maritime.", "venu avec une",
                 {"Japon", "Égypte"}, id="talk-other-names"),
])
def test_a_lone_surname_read_as_a_place_is_the_person_named_before(text: str, words: str, sides: set[str]) -> None:
    assert frozenset(sides) in sentence_talks(text, words)


@pytest.mark.parametrize(("text", "words"), [
    pytest.param("Le ministre bolivien de la Défense est arrivé lundi au Maroc. Lors de leur rencontre à Rabat, "
                 "Matsuyama, arrivée la veille, et le ministre marocain de la Défense Ahmed Bennani se sont "
                 "entretenus de la coopération.", "arrivée la veille", id="never-named-in-full"),
    pytest.param("Le ministre japonais de la Défense Hiroshi Takayama a visité lundi la société Takayama, "
                 "qui fabrique des radars.", "fabrique des radars", id="firm-after-trade-noun"),
])
def test_no_person_without_a_full_name_before_or_after_a_trade_noun(text: str, words: str) -> None:
    assert "Keiko Matsuyama" not in people_in(text, words)
    assert len(people_in(text, words) - {"Ahmed Bennani", "Hiroshi Takayama"}) == 0
