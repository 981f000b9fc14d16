"""The client of a contract won for work on systems it already holds (« X a obtenu un contrat pour moderniser les
frégates de la marine Y », « ... pour l'entretien des hélicoptères en service dans l'armée de l'air Y »): the one
state that holds the systems. The works are data (ontology/lexicon/serviced-works.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.records import Entity

_HELD_CASES = DE_CASES | {"dans"}  # « les frégates de la marine Y », « en service dans l'armée Y »


def serviced_owner(ctx: Context, sentence: Sentence, trigger: Token, winners: list[Entity]) -> list[Entity]:
    """The one state whose systems the work a contract is won for is done on (a purpose clause « pour moderniser
    ... », or a work noun « pour la rénovation de ... », « d'entretien de ... » on the deal or its verb); its own
    systems (« ses frégates ») or a state's goods told by a demonym on them (« des hélicoptères américains »: where
    they come from) name no client."""
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else [trigger]
    works = [c for h in holders for c in h.children if c.lemma_.lower() in word_list("serviced-works.tsv") and (
        any(m.dep_ == "mark" and m.lower_ in {"pour", "afin"} for m in c.children) if c.pos_ == "VERB"
        else c.pos_ == "NOUN" and (case_of(c) == "pour" or (h == trigger and case_of(c) in DE_CASES)))]
    if not works:
        return []
    owners = [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
              and any(w.is_ancestor(root := mention_root(sentence, m)) for w in works)
              and (_force_of(root, works) or (not (root.dep_ == "amod" and _serviced(root.head, works))
                   and case_of(_stood_for(root.head if root.dep_ == "amod" else root)) in _HELD_CASES))]
    found = [s for s in states(ctx, owners) if s.cls == "State" and s.key not in {w.key for w in winners}]
    return found if len({s.key for s in found}) == 1 else []


def _stood_for(token: Token) -> Token:
    """« de la marine Y », « au profit de l'armée de Y »: the noun that carries the case of the holder, past the
    nouns that stand for it."""
    while case_of(token) in DE_CASES and token.head.lemma_.lower() in word_list("stand-in-nouns.tsv"):
        token = token.head
    return token


def _force_of(root: Token, works: list[Token]) -> bool:
    """« moderniser l'artillerie indienne »: a demonym on the force (armed-recipients.tsv) the work is done on
    names whose it is, not where its systems come from."""
    return root.dep_ == "amod" and _serviced(root.head, works) and \
        root.head.lemma_.lower() in word_list("armed-recipients.tsv")


def _serviced(token: Token, works: list[Token]) -> bool:
    """The systems a work is done on: the object of its verb, or its noun's « de » complement."""
    return token.head in works and (token.dep_ == "obj" or case_of(token) in DE_CASES)
