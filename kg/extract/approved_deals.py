"""Deals cleared: « le département d'État a approuvé la vente potentielle de W à X pour N », « la vente éventuelle
... a été autorisée »: a deal noun told as only possible by its own adjective, that a verb of clearing told as done
takes, is the deal cleared; the approval is the fact. Words: ontology/lexicon/approved-deals.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import modality_class, word_list
from kg.extract.modality import is_conditional, is_negated

_CLEARED = {"obj", "nsubj:pass"}  # how a verb of clearing holds the deal


def cleared(trigger: Token) -> bool:
    """The deal noun is possible only by its own adjective (« potentielle ») and a main verb of clearing, in the
    indicative, not negated and not in the future, takes it."""
    verb = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ in _CLEARED and verb.pos_ == "VERB" and verb.dep_ == "ROOT" \
        and verb.lemma_.lower() in word_list("approved-deals.tsv") and _done(verb) \
        and any(c.dep_ == "amod" and modality_class(c.lemma_, c.pos_) == "consider" for c in trigger.children)


def _done(verb: Token) -> bool:
    """Told as done: neither negated, nor in the conditional or the future (the verb or its auxiliaries)."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return not is_negated(verb) and not any(is_conditional(t) or "Tense=Fut" in str(t.morph) for t in forms)
