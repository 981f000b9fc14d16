"""A meeting of one's counterparts: « le ministre A a ouvert une réunion de ses homologues de B et de C », « ...,
inaugurant une réunion de ses homologues de l'organisation X »: the counterparts a possessive ties to the one who
opens, chairs or joins the meeting are its sides with that one's state (or the organisation they come from)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity

_POSSESSIVES = frozenset({"ses", "leurs"})
_SIDES = frozenset({gz.NAME, gz.DEMONYM, gz.ORGANISATION, gz.BODY, "ner-org"})  # an organisation unknown too


def counterparts_met(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The possessor's state and the states or organisations of « ses homologues » right after a noun of
    talks, or none unless both are known and differ."""
    peers = next((c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES), None)
    if trigger.pos_ != "NOUN" or peers is None or peers.lemma_.lower() not in word_list("counterpart-nouns.tsv") \
            or not any(d.dep_ == "det" and d.lower_ in _POSSESSIVES for d in peers.children):
        return []
    listed = [sentence.mention_at(t) for t in peers.subtree if t.i > peers.i]
    met = [ctx.actor(m) for m in listed if m is not None and m.how in _SIDES
           and mention_root(sentence, m).dep_ != "appos"]  # « l'Union X (UX) » is one
    owner = [e for t in _possessor(trigger) for e in _own(ctx, sentence, t, trigger)]
    sides = states(ctx, owner + met)
    owners = {s.key for s in states(ctx, owner) if s.cls == "State"}
    return sides if len(owners) == 1 and any(s.key not in owners for s in sides) else []


def _possessor(trigger: Token) -> list[Token]:
    """The one whose counterparts meet: the subject of the verb the meeting is object of (« A a ouvert une réunion
    de ses homologues »), of a participle's main verb (« a affirmé A, inaugurant une réunion de ... ») or the noun
    such a participle qualifies."""
    verb = trigger.head
    if trigger.dep_ != "obj" or verb.pos_ != "VERB":
        return []
    own = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
    if own or verb.dep_ not in {"advcl", "acl"}:
        return own
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]


def _own(ctx: Context, sentence: Sentence, possessor: Token, trigger: Token) -> list[Entity]:
    """The state of the possessor told outside the meeting's phrase (« le ministre A-ien, inaugurant une réunion
    de ses homologues de X »: not X), else the one it resolves to."""
    inside = {t.i for t in trigger.subtree}
    told = [sentence.mention_at(t) for t in possessor.subtree if t.i not in inside and t.i != possessor.i]
    found = [m.state for m in told if m is not None and m.how in {gz.NAME, gz.DEMONYM} and m.state is not None]
    return found[:1] or [e for e in ctx.resolve(sentence, possessor) if possessor.i not in inside]
