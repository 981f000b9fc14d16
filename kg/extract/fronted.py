"""Subjects the parser hangs on a fronted phrase. In « À son arrivée à X, le ministre de la Défense, Y, s'est rendu
au Parlement », fr_core_news_md often reads the title and the name set off by commas as appositions of « arrivée »
and leaves the main verb without a subject, so the talks it tells have no side. A person (a title or a name) set
off by commas right before a main verb that has no subject, after a phrase the sentence opens with (« À son
arrivée à X, », « Lors de sa visite, », « Au cours de l'entretien, »), is that verb's subject; a name after the
title is the title's apposition."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import hang
from kg.extract.syntax import SUBJECTS, Sentence

_HUNG = frozenset({"appos", "conj", "nmod"})


def _person(token: Token, titles: frozenset[str]) -> bool:
    """A title (« le ministre ») or a person's name."""
    return token.lemma_.lower() in titles or token.lower_ in titles or \
        (token.pos_ == "PROPN" and token.ent_type_ == "PER")


def _next_to_verb(token: Token, verb: Token) -> bool:
    """Whether only a comma and the verb's own clitics and auxiliaries stand between the phrase and the verb."""
    between = token.doc[token.right_edge.i + 1:verb.i]
    return len(between) >= 1 and between[0].text == "," and all(
        (t.head == verb and t.dep_.startswith(("aux", "expl", "advmod"))) or t.dep_ == "punct" for t in between[1:])


def _hung_persons(fronted: Token, verb: Token, titles: frozenset[str]) -> list[Token]:
    """The persons hung on the fronted phrase, each set off by a comma, the last one right before the verb."""
    doc = fronted.doc
    hung = [c for c in fronted.children if c.dep_ in _HUNG and c.i > fronted.i and c.i < verb.i
            and c.left_edge.i > 0 and (doc[c.left_edge.i - 1].text == "," or doc[c.left_edge.i].text == ",")]
    if not hung or not _person(hung[0], titles) or not _next_to_verb(hung[-1], verb):
        return []
    return hung


def fronted_subject(sentence: Sentence, titles: frozenset[str]) -> None:
    """Gives a main verb without a subject the person hung on the phrase it opens with (see the module)."""
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        fronted = next((c for c in verb.children if c.dep_.startswith(("obl", "advcl")) and c.i < verb.i
                        and c.left_edge.i == sentence.span.start and c.left_edge.pos_ == "ADP"), None)
        if fronted is None or not (hung := _hung_persons(fronted, verb, titles)):
            continue
        subject = hung[0]
        hang(subject, verb)
        subject.dep_ = "nsubj"
        for other in hung[1:]:
            hang(other, subject)
            other.dep_ = "appos"
        return
