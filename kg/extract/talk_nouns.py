"""The nouns that name talks or a meeting (« les pourparlers », « la réunion »), and with them the nouns of their
sides: read by the builders of talks and their venues (kg.extract.venues), each list built once."""

from __future__ import annotations

from functools import cache

from kg.extract.lexicon import triggers, word_list


@cache
def meeting_nouns() -> frozenset[str]:
    """Nouns that name talks or a meeting themselves (not their sides): « les pourparlers », « la réunion »; not a
    ceremony, which is talks only when officials of two states attend it (kg/extract/handed_talks.py)."""
    talk = {lemma for (lemma, pos), entries in triggers().items()
            if pos == "NOUN" and any(e.fact == "negotiation" and e.detail != "ceremony" for e in entries)}
    return frozenset(talk | word_list("meeting-nouns.tsv"))


@cache
def talk_nouns() -> frozenset[str]:
    """Nouns that name talks, a meeting or its sides: what a host of talks hosts (built once, not per trigger)."""
    return meeting_nouns() | word_list("side-nouns.tsv") | word_list("pair-nouns.tsv") | word_list(
        "counterpart-nouns.tsv")
