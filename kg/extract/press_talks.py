"""A press conference given with an official of another state (« lors de sa conférence de presse en compagnie du
Premier ministre X », « aux côtés du président Y », « une conférence de presse conjointe avec Z »): the two met,
talks between the speaker's state and the companion's; one that officials of two states give together (« A et son
homologue B ont donné une conférence de presse conjointe ») too. A press conference given alone is none."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.extract.talk_claim import talk_claim
from kg.kinds import Modality
from kg.records import Attribution, Claim, Entity

_BESIDE = {("compagnie", "en"), ("côté", "aux"), ("côté", "au"), ("côté", "à")}  # « en compagnie de X », « aux côtés »
_CLAUSES = {"acl", "acl:relcl", "ccomp", "advcl", "parataxis"}


def said_beside(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« X a annoncé l'accord à V au côté de son homologue Y », « a déclaré, aux côtés du président Z, »: the ones a
    verb of saying is told beside are met there (not what a clause hung on them says)."""
    if trigger.pos_ != "VERB":
        return []
    inside: set[int] = set()
    for word in (c for c in trigger.children if (c.lemma_.lower(), case_of(c)) in _BESIDE):
        cut = {t.i for d in word.subtree if d.dep_ in _CLAUSES for t in d.subtree}
        inside |= {t.i for t in word.subtree} - cut - {word.i}
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS and mention_root(sentence, m).i in inside]


def press_talks(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« sa conférence de presse en compagnie du ministre X »: talks between the speaker (the actor told last
    before it) and the companion, when they are of two states."""
    if not any(c.lemma_.lower() == "presse" and c.dep_ == "nmod" for c in trigger.children):
        return None
    companion = _companion(trigger)
    if companion is None:
        return _given_together(ctx, sentence, trigger, args, said)
    if not (ctx.titled(companion) or companion.pos_ == "PROPN" or
                                 companion.lemma_.lower() in word_list("counterpart-nouns.tsv")):
        return None  # « avec des journalistes » is no one met
    inside = {t.i for t in companion.subtree}
    met = [ctx.actor(m) for m in sentence.mentions if m.state is not None and mention_root(sentence, m).i in inside]
    before = [m for m in sentence.mentions if m.state is not None and m.end <= trigger.i]
    # « Lors de sa conférence de presse en compagnie de X, le ministre Y a ... »: the speaker told after it
    after = [m for m in sentence.mentions if m.state is not None and m.start > companion.right_edge.i]
    if not met or not (before or after):
        return None
    speaker: Entity = ctx.actor(max(before, key=lambda m: m.end) if before else after[0])
    sides = [speaker, met[0]]
    if len({s.key for s in states(ctx, sides)}) != 2:
        return None
    if said.modality == Modality.POSSIBLE and _framing(trigger):
        said = replace(said, modality=Modality.ASSERTED)  # « n'a pas confirmé, à l'occasion de sa conférence »
    return talk_claim(ctx, sentence, sides, args, said)


def _given_together(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                    said: Attribution) -> Claim | None:
    """« A et son homologue B ont tenu une conférence de presse à X »: the coordinated subject of the verb whose
    object the conference is names two states' officials, who met."""
    if trigger.dep_ != "obj":
        return None
    subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return None
    inside = {t.i for t in subject.subtree}
    sides = states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None
                         and mention_root(sentence, m).i in inside])
    return talk_claim(ctx, sentence, sides, args, said) if len({s.key for s in sides}) == 2 else None


def _framing(trigger: Token) -> bool:
    """« à l'occasion de sa conférence de presse », « lors de sa conférence »: the conference frames what the verb
    above tells, and took place whatever that verb's modality."""
    return trigger.head.lemma_.lower() == "occasion" or case_of(trigger) in {"lors de", "lors d'", "au cours de"}


def _companion(trigger: Token) -> Token | None:
    """The noun of the official the press conference is given with: « avec X », « en compagnie de X », « aux côtés
    de X » on it or right after it (the parser may hang those on the verb above)."""
    doc = trigger.doc
    after = trigger.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == ",":  # « lors d'une conférence de presse à X, avec Y »
        after += 1
    words = [c for c in trigger.children if c.i > trigger.i and c.dep_ != "punct"]
    # « une conférence de presse tenue conjointement à X avec Y »: on the participle that qualifies it
    words += [c for w in trigger.children if w.dep_ == "acl" and w.i > trigger.i for c in w.children if c.i > w.i]
    if after < len(doc):
        words.append(doc[after].head if doc[after].dep_ == "case" else doc[after])
    for word in words:
        if case_of(word) == "avec" and word.pos_ in {"NOUN", "PROPN"}:
            return word
        if (word.lemma_.lower(), case_of(word)) in _BESIDE:
            return next((c for c in word.children if c.dep_.startswith("nmod") and c.pos_ in {"NOUN", "PROPN"}),
                        None)
    return None
