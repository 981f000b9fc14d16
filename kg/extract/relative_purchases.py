"""Purchases told in a relative clause whose goods stand outside it: « les patrouilleurs japonais sont les premiers
des six que X a achetés », « ces blindés turcs font partie des 40 que X a commandés »: the relative names only the
buyer; the one state whose demonym qualifies matériel in the sentence (« japonais », « turcs ») sells them."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.doc_words import children as kids
from kg.extract.supply_origins import qualifies_materiel
from kg.extract.syntax import Sentence
from kg.records import Entity

_RELATIVE = {"que", "qu'", "qu\u2019"}


def _bought_in_relative(trigger: Token) -> bool:
    """« que X a achetés »: the trigger is a verb whose object is a relative « que » before it, with no object of
    its own after it."""
    return trigger.pos_ in {"VERB", "X"} and any(c.lower_ in _RELATIVE and c.i < trigger.i for c in kids(trigger)) \
        and not any(c.dep_ == "obj" and c.i > trigger.i for c in kids(trigger))


def relative_origins(ctx: Context, sentence: Sentence, trigger: Token, buyers: list[Entity]) -> list[Entity]:
    """The one state other than the buyers whose demonym qualifies matériel in a sentence that tells a purchase in
    a relative clause (empty: no such clause, or no single such state)."""
    if not buyers or not _bought_in_relative(trigger):
        return []
    origins = {m.state.key: m.state for m in sentence.mentions if m.state is not None
               and m.start < trigger.i and qualifies_materiel(sentence, m)}
    own = {b.key for b in buyers}
    found = [s for k, s in origins.items() if k not in own]
    return found if len(found) == 1 and len(origins) == 1 else []
