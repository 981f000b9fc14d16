"""Who a report is said by, for kg.extract.modality: the speaker a reporting verb gives the floor to (speaker), the
words of a « selon X » complement (source_words), a reporting verb set off by a comma after what it reports (incise),
one that closes the sentence (closing_incise)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_scope import relative
from kg.extract.dates import WEEKDAYS
from kg.extract.doc_words import children as kids
from kg.extract.lexicon import modality_class
from kg.extract.syntax import SUBJECTS, ResolveFn, Sentence
from kg.records import Entity


def source_words(source: Token) -> str:
    """« selon la presse locale, des pourparlers ... »: the words of a « selon » complement, up to the comma that
    ends it (the parser may hang the clause's subject under the source's noun)."""
    words = []
    for token in source.subtree:
        if token.i > source.i and token.text in {",", ";", ":", "—", "("}:
            break
        if token.dep_ != "case":
            words.append(token.text)
    return " ".join(words)


def speaker(sentence: Sentence, verb: Token, resolve: ResolveFn) -> tuple[Entity | None, str | None]:
    """Who a reporting verb gives the floor to: a person named beside it first (« a annoncé le ministre
    finlandais, Ilkka Virtanen »), else its subject, else the inverted subject the parser calls an object
    (« a annoncé lundi le Pentagone »)."""
    inverted_first = sorted((c for c in kids(verb) if c.dep_ in {"appos", "nsubj", "obj"}),
                            key=lambda c: (c.i < verb.i, c.i))
    for child in inverted_first:
        for token in child.subtree:
            mention = sentence.mention_at(token)
            if mention is not None and mention.how == "person":
                return mention.entity, mention.span(sentence.doc).text
    subjects = [c for c in kids(verb) if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
    inverted = [_past_the_day(sentence, c) for c in kids(verb) if c.dep_ == "obj" and c.i > verb.i]
    for child in subjects + inverted:
        found = resolve(sentence, child)
        return (found[0] if found else None), " ".join(t.text for t in child.subtree)
    return None, None


def _past_the_day(sentence: Sentence, child: Token) -> Token:
    """« a annoncé lundi <firm> »: a day the parser reads as the inverted subject stands before it; the name right
    after the day is the one who speaks."""
    if child.lower_ not in WEEKDAYS or child.right_edge.i + 1 >= len(sentence.doc):
        return child
    after = sentence.doc[child.right_edge.i + 1]
    return after if sentence.mention_at(after) is not None else child


def incise(child: Token) -> bool:
    """« ..., affirment des responsables », « ..., a annoncé le Kremlin »: a reporting verb set off by a comma
    after what it reports, whatever the parser hung it on."""
    if child.dep_ not in {"parataxis", "advmod", "advcl", "conj", "dep"} or child.pos_ != "VERB":
        return False
    if modality_class(child.lemma_, child.pos_) != "report" or relative(child):  # « X, dont le prix n'est pas dit, »
        return False
    return any(t.text == "," for t in child.doc[max(child.left_edge.i - 1, 0):child.i])


def closing_incise(sentence: Sentence, trigger: Token) -> Token | None:
    """« X fournira une aide à Y, a indiqué Z. »: a reporting incise that closes the sentence after the trigger
    reports all that comes before it, whatever word of it the parser hung the incise on."""
    last = next((t for t in reversed(sentence.tokens) if not t.is_punct), None)
    if last is None:
        return None
    for token in sentence.tokens[max(0, trigger.i + 1 - sentence.span.start):]:
        if incise(token) and token.right_edge.i >= last.i and \
                not token.is_ancestor(trigger) and token.left_edge.i > trigger.i:
            return token
    return None
