"""Training told by the trainees: « des officiers X ont reçu une formation dans des écoles militaires en Y », « des
officiers X étudient à l'académie navale de Y »: the state that hosts the schools trains the trainees' state."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import Sentence, mention_root
from kg.records import Entity

_STUDYING = {"étudier"}  # « des officiers X étudient à l'académie de Y »
_TRAINING = "train"


def schooled(trigger: Token) -> bool:
    """A verb of receiving whose object is a training noun (« ont reçu une formation »), or a verb of studying."""
    if trigger.pos_ != "VERB":
        return False
    return trigger.lemma_.lower() in _STUDYING or any(
        c.dep_ == "obj" and any(t.fact == "support" and t.detail == _TRAINING
                                for t in triggers().get((c.lemma_.lower(), "NOUN"), []))
        for c in trigger.children)


def school_hosts(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The states named in the phrase of a school the trainees' clause places them in (« dans des écoles en Y », « à
    l'académie de Y »)."""
    if not schooled(trigger):
        return []
    schools = [c for c in trigger.children if c.dep_.startswith("obl")
               and c.lemma_.lower() in word_list("school-nouns.tsv")]
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None
                        and m.how in {gz.NAME, gz.CAPITAL, gz.DEMONYM}
                        and any(s.is_ancestor(mention_root(sentence, m)) for s in schools)])
