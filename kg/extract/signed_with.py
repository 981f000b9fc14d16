"""« X a conclu un contrat auprès de Y », « le contrat a été signé auprès de Y »: « auprès de » names the other side
of a deal as « avec » does; the parser makes « auprès » an adverb heading the name, hung on the signing verb."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import triggers
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root


def signed_with(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The actors (no person, no demonym) named « auprès de » the signing verb: the trigger itself, or the verb
    the deal noun is the object (or passive subject) of; directly or through the noun that describes them
    (« auprès du chantier Y »), or coordinated with one so named; the parser may hang « auprès » on the deal
    itself (« a conclu 90 millions d'euros de contrats auprès de Y »)."""
    verbs = {trigger}
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"obj", "nsubj:pass"}:
        verbs.add(trigger.head)
    deals = verbs | {c for v in verbs for c in v.children if c.dep_ in {"obj", "nsubj:pass"}}
    if any(_purchase(c) for d in deals for c in d.children):
        return []  # « un accord pour l'achat de W auprès de C »: C sells W; the deal binds the buyers
    out = []
    for mention in sentence.mentions:
        if mention.how not in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}:
            continue
        root = mention_root(sentence, mention)
        # « auprès de A et de B »: B coordinated with A is named « auprès » as well
        near = (root, root.head) if root.dep_ in {"amod", "nmod", "appos", "flat:name", "conj"} else (root,)
        if any(t.head != t and t.head.lower_ == "auprès" and t.head.head != t.head and
               (t.head.head in deals or _after_clause(sentence, trigger, t.head)) for t in near):
            out.append(mention)
    return out


def _after_clause(sentence: Sentence, trigger: Token, near: Token) -> bool:
    """« le montant des accords conclus par X auprès de Y »: the parser may hang the « auprès » that follows a
    participle's clause on a noun above it; only names (the parser's pieces of X) stand between them."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl" or not near.head.is_ancestor(trigger):
        return False
    between = sentence.doc[trigger.right_edge.i + 1:near.i]
    return near.i > trigger.i and all(any(m.start <= t.i < m.end for m in sentence.mentions) for t in between)


def _purchase(word: Token) -> bool:
    """« pour l'achat de », « pour l'acquisition de »: a noun of buying the deal is for."""
    return word.pos_ == "NOUN" and case_of(word) == "pour" and any(
        t.fact == "financing" and t.detail == "purchase" for t in triggers().get((word.lemma_.lower(), "NOUN"), []))
