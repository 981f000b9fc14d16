"""The one who holds talks told as a circumstance of what they say or do: « X a insisté, lors d'un entretien avec
Y, sur ... », « X a plaidé en visioconférence avec Y pour ... », « X a souligné ... au cours d'une rencontre avec
Y »: the subject of the verb the talks noun qualifies, told before it, is the other side of the partner « avec »
(the fronted frame, « Lors d'un entretien avec Y, X a ... », is kg.extract.framed_owner's)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.records import Entity


def _verb_qualified(sentence: Sentence, trigger: Token) -> Token | None:
    """The verb a talks noun is an adverbial of, straight (« en visioconférence »), under a frame word (« lors d'un
    entretien ») or under the date the parser hangs it on (« a plaidé jeudi par visioconférence »); straight, only
    with its preposition."""
    step = trigger
    if step.dep_ == "nmod" and step.head.i == step.i - 2 and \
            any(start <= step.head.i < end for start, end, _date in sentence.dates):
        step = step.head  # a date the parser reads as the verb's object (« a défendu jeudi »)
        return step.head if step.dep_.startswith(("obl", "obj")) and step.head.pos_ == "VERB" else None
    if step.dep_.startswith("obl") and step.head.pos_ == "ADV" and step.head.dep_ == "advmod" and \
            step.head.lower_ in _FRAME_WORDS:
        step = step.head
    if not step.dep_.startswith(("obl", "advmod")) or step.head.pos_ != "VERB" or step.head.i > trigger.i:
        return None
    if step is trigger and not any(c.dep_ == "case" for c in trigger.children):
        return None  # talks the verb is about (« a salué les entretiens de X avec Y »), no circumstance of it
    return step.head


_FRAME_WORDS = frozenset({"lors"})  # an adverb the parser hangs a frame of time on (« lors d'un entretien »)


def clause_owner(ctx: Context, sentence: Sentence, trigger: Token, partners: list[Mention]) -> list[Entity]:
    """The subject, told before the talks noun, of the verb the noun qualifies, when a state's side is met « avec »
    and the subject stands for another side; none for a partner that is no state's (« avec la presse »)."""
    if trigger.pos_ != "NOUN" or not partners or (verb := _verb_qualified(sentence, trigger)) is None:
        return []
    met = [ctx.as_state(ctx.actor(p)) for p in partners]
    if not all(m.cls == "State" for m in met):
        return []
    taken = {m.key for m in met} | {ctx.actor(p).key for p in partners}
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < trigger.i]
    found = [e for s in subjects for e in ctx.resolve(sentence, s)]
    return [e for e in found if e.key not in taken and ctx.as_state(e).key not in taken
            and e.label.lower() not in word_list("counterpart-nouns.tsv")][:1]
