"""« Le contrat entre A et B est toujours en négociation », « le contrat A-ien d'achat d'armes B-iennes serait en
cours de discussion »: a deal whose state a noun of talks gives, through a copula, is still being negotiated; the
states named in it (by name, demonym or capital) are the sides of those talks."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import children as kids
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, case_of, mention_root

_STATE_KINDS = {gz.NAME, gz.DEMONYM, gz.CAPITAL}


def deal_in_talks(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The states named in the deal that is the subject of « être en <talks> » (« en cours de <talks> »)."""
    if trigger.pos_ != "NOUN":
        return []
    state = trigger
    if trigger.dep_ == "nmod" and trigger.head.lemma_.lower() == "cours" and case_of(trigger) in DE_CASES:
        state = trigger.head  # « en cours de négociation »
    if case_of(state) != "en" or not any(c.dep_ == "cop" for c in kids(state)):
        return []
    deal = next((c for c in kids(state) if c.dep_ in {"nsubj", "nsubj:pass"}), None) or _lost_subject(sentence, state)
    if deal is None or deal.pos_ != "NOUN" or deal.lemma_.lower() not in word_list("deals-in-talks.tsv"):
        return []
    return [m for m in sentence.mentions if m.how in _STATE_KINDS and deal.is_ancestor(mention_root(sentence, m))]


def _lost_subject(sentence: Sentence, state: Token) -> Token | None:
    """« Signé en mai, le contrat ... est en négociation »: the parser, misled by the participle that opens the
    sentence, gives the copula's noun no subject; the subject is the last bare deal noun before the copula, with no
    verb between."""
    copula = next(c for c in kids(state) if c.dep_ == "cop")
    for token in reversed(sentence.doc[sentence.span.start:copula.i]):
        if token.pos_ in {"VERB", "AUX"}:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in word_list("deals-in-talks.tsv") and not case_of(token):
            return token
    return None
