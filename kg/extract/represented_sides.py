"""Deals signed before the sides' representatives: « il a été signé lors d'une cérémonie à laquelle ont assisté des
représentants des forces armées A-iennes et de Y », « signé en présence de représentants de A et de Y »: a deal
whose sides the sentence leaves unsaid, signed where representatives of two actors (a state, a firm) attend, is
between those two (a representative acts for the side it stands for, unlike a leader who only witnesses)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.lexicon import table
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.records import Entity

_REPRESENTATIVES = {"représentant", "délégué"}
_STEPS = 4  # « représentants » → « assisté » → « cérémonie » → « lors » → « signé »


def represented_sides(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The two actors whose representatives attend the signing the trigger tells, or none."""
    if trigger.pos_ != "VERB":
        return []
    for noun in sentence.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _REPRESENTATIVES or not _at_signing(noun, trigger):
            continue
        within = {t.i for t in noun.subtree}
        named = [m for m in sentence.mentions if m.how in ACTOR_KINDS - {"person"}
                 and mention_root(sentence, m).i in within and mention_root(sentence, m) != noun]
        sides = list({s.key: s for s in states(ctx, [ctx.actor(m) for m in named])}.values())
        return sides if len(sides) == 2 else []
    return []


def _at_signing(noun: Token, verb: Token) -> bool:
    """The representatives attend the signing: the subject or object of an attending verb on a noun (« une
    cérémonie ») the signing verb governs, or the complement of its « en présence de »."""
    head = noun.head
    attending = head.pos_ == "VERB" and head.lemma_.lower() in attending_verbs() and noun.dep_ in {"obj", "nsubj"}
    present = head.lemma_.lower() == "présence" and case_of(head) == "en" and noun.dep_ == "nmod"
    if not (attending or present):
        return False
    token = head
    for _ in range(_STEPS):
        if token == verb:
            return True
        if token.head == token:
            return False
        token = token.head
    return token == verb


def attending_verbs() -> frozenset[str]:
    """The verbs of attending-words.tsv (« une cérémonie à laquelle ont assisté des représentants de ... »)."""
    return frozenset(row[0] for row in table("attending-words.tsv") if row[1] == "verb")
