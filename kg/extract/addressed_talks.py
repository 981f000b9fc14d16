"""Talks told by what one official says to another during them: « X a indiqué au président Y lors d'un entretien
à Z que ... », « X a assuré au Premier ministre Y, au cours d'une rencontre, que ... »: a noun of talks under a frame
of time (talk-frames.tsv), with no partner of its own, is held by the verb's subject and the official it addresses."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, SUBJECTS, Sentence, case_of, mention_root

_ADDRESSED = frozenset({"à", "au", "aux"})
_OWN_SIDES = frozenset({"avec", "entre", *DE_CASES})  # « lors de son entretien avec X », « de la réunion du conseil »


def addressed_in_talks(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """The official a speaker addresses, when the talks noun hangs (through « lors », « au cours ») on the verb
    that addresses them and the verb has a subject; none otherwise."""
    if trigger.pos_ != "NOUN" or any(c.dep_ == "nmod" and case_of(c) in _OWN_SIDES for c in trigger.children):
        return []
    verb = trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head
    frame = trigger.head if verb != trigger.head else trigger
    opening = " ".join(t.lower_ for t in sentence.doc[frame.left_edge.i:trigger.i]).replace("\u2019", "'")
    if verb.pos_ != "VERB" or verb.i > trigger.i or not any(c.dep_ in SUBJECTS for c in verb.children) or \
            not any(opening.startswith(f) for f in word_list("talk-frames.tsv")):
        return []
    addressed = {t.i for c in verb.children if c.i < trigger.i and c.dep_ in {"iobj", "obl:arg", "obl"}
                 and case_of(c) in _ADDRESSED and _official(ctx, sentence, c) for t in c.subtree}
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS and mention_root(sentence, m).i in addressed]


def _official(ctx: Context, sentence: Sentence, token: Token) -> bool:
    """A title (« au président tunisien »), a counterpart (« à son homologue »), or a person named."""
    return ctx.titled(token) or token.lemma_.lower() in word_list("counterpart-nouns.tsv") or (
        (mention := sentence.mention_at(token)) is not None and mention.how == gz.PERSON)
