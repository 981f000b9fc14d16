"""Training told by the trainees: « des officiers X ont reçu une formation dans des écoles militaires en Y », « des
officiers X étudient à l'académie navale de Y »: the state that hosts the schools trains the trainees' state; « des
officiers X ont entamé leur stage de formation Z à Y »: the course's qualifier Z trains them, else its place Y."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity

_STUDYING = {"étudier"}  # « des officiers X étudient à l'académie de Y »
_TRAINING = "train"
_PLACE_CASES = {"à", "en", "au", "aux", "dans"}  # « à Y », « en Y »: where a course is held


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


def undertaken_course(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[list[Entity], list[Entity]] | None:
    """« des officiers X ont entamé (suivi) leur stage de formation Z à Y »: a training noun that is, or completes,
    the object of a verb of taking a course names its trainees in the verb's subject; the actor that qualifies the
    course bare (« formation Z »), or the organisation of its « de », gives it, else the state of the place it is
    held in (None: no such verb, or no trainee named)."""
    course = trigger
    while course.dep_ == "nmod" and course.head.pos_ == "NOUN" and case_of(course) in {"de", "d'"}:
        course = course.head
    verb = course.head
    if course.dep_ != "obj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("course-takers.tsv"):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    takers = states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in ACTOR_KINDS
                          and any(s.is_ancestor(r := mention_root(sentence, m)) or s == r for s in subjects)])
    if not takers:
        return None
    qualifiers = [m for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.DEMONYM, gz.PERSON}
                  and course.is_ancestor(r := mention_root(sentence, m))
                  and (not case_of(r) or (m.how == gz.ORGANISATION and case_of(r) in {"de", "d'"}))]
    places = [m for m in sentence.mentions if m.state is not None and m.how in {gz.NAME, gz.CAPITAL, gz.CITY}
              and (r := mention_root(sentence, m)).head in {verb, course} and case_of(r) in _PLACE_CASES]
    givers = [e for e in states(ctx, [ctx.actor(m) for m in qualifiers or places])
              if all(e.key != t.key for t in takers)]
    return givers, takers
