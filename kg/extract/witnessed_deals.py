"""Deals signed before witnesses: « un accord a été signé en présence des présidents A-ien et B-ien », « signature
d'un mémorandum en présence du ministre de A et de son homologue de B »: a deal whose sides the sentence leaves
unsaid, signed in the presence of officials of two states, is between those two states (leaders attend the deals
their states make). Officials of one state, or of three, tell no sides; nor does a place named there; nor do they
when the deal names sides of its own the reference data does not know (« entre les rebelles et le gouvernement »).
Words: ontology/lexicon/witness-nouns.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.records import Entity

_HELD = {"nsubj:pass", "obj", "nsubj"}  # how the verb of signing holds the deal noun
_OWN_SIDES = {"entre", "avec", "par"}  # the signers or partners of the deal, if unknown ones
_PLACE_CASES = {"à", "au", "aux", "en", "dans"}  # « ..., ambassadeur de A au B »: where, not who


def witnessed_sides(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The two states of the officials the « en présence de » of the signing names (its verb's, or the deal noun's
    own), or none."""
    anchors = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in _HELD and trigger.head.pos_ == "VERB":
        anchors.append(trigger.head)
    if any(case_of(c) in _OWN_SIDES for a in anchors for c in a.children):
        return []  # « un accord entre les rebelles et le gouvernement », « signé par X »: sides told, if unknown
    marks = word_list("witness-nouns.tsv")
    for noun in sentence.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in marks or case_of(noun) != "en" or \
                not any(_hung_on(noun, anchor) for anchor in anchors):
            continue
        sides = _witnesses(ctx, sentence, noun, {t.i for t in noun.subtree})
        if len(sides) != 2 and noun.i > trigger.i:  # the parser may hang the names after it elsewhere
            sides = _witnesses(ctx, sentence, noun, _run_after(sentence, noun))
        return sides if len(sides) == 2 and all(s.cls == "State" for s in sides) else []
    return []


def _witnesses(ctx: Context, sentence: Sentence, noun: Token, within: set[int]) -> list[Entity]:
    named = [m for m in sentence.mentions if m.how in ACTOR_KINDS
             and (root := mention_root(sentence, m)).i in within and root != noun
             and case_of(root) not in _PLACE_CASES]
    return states(ctx, [ctx.actor(m) for m in named])


def _run_after(sentence: Sentence, noun: Token) -> set[int]:
    """« signés en présence des présidents A-ien X et B-ien Y. »: the words from « présence » to the end of the
    sentence, when no verb comes between (the names a broken parse hangs on the verb are still the witnesses)."""
    run = set()
    for token in sentence.doc[noun.i:sentence.span.end]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {";", ":", "«", "("}:
            return set()
        run.add(token.i)
    return run


def _hung_on(noun: Token, anchor: Token) -> bool:
    """« en présence de » hung on the signing, or on a complement of it (« signé le 3 mai à X en présence de »: the
    parser may hang it on the place or the date), with no other verb or clause between."""
    token = noun
    while token.head != token and token != anchor:
        token = token.head
        if token != anchor and token.pos_ not in {"NOUN", "PROPN", "NUM"}:
            return False
    return token == anchor
