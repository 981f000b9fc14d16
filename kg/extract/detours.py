"""Stops on the way: « a fait un détour par X », « un crochet par X » is a visit to X by whoever makes it."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity


def detour_places(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The state or city a stop on the way goes through (« par X » hung on the stop, or on the verb that makes
    it)."""
    if trigger.lemma_.lower() not in word_list("detour-nouns.tsv"):
        return []
    heads = {trigger, trigger.head} if trigger.dep_ == "obj" else {trigger}
    return [m for m in sentence.mentions if m.how in {gz.NAME, gz.CITY, gz.CAPITAL} and (
        root := mention_root(sentence, m)).head in heads and case_of(root) == "par"]


def detour_makers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """Who makes the stop: the subject of its verb when an official or a named person, not a convoy."""
    return [e for c in trigger.head.children if c.dep_ in SUBJECTS and (ctx.titled(c) or (
        (m := sentence.mention_at(c)) is not None and m.how in {gz.PERSON, gz.NAME}))
            for e in ctx.resolve(sentence, c)]
