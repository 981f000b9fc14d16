"""« a reçu l'ancien président français X », « l'ex-ministre malien de la Défense »: the state of a post held
before names no side of today's talks (the one met no longer acts for it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import official_nouns, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, mention_root

_UP = 3  # « ministre [de la Défense [du Mali]] »: how far up the state may hang under the post


def former_title(title: Token) -> bool:
    """« l'ancien président », « l'ancienne ministre », « l'ex-président », « l'ex Premier ministre »."""
    doc = title.doc
    if title.lower_.startswith("ex-") or any(c.dep_ == "amod" and c.lower_ in word_list("former-marks.tsv")
                                               for c in title.children):
        return True
    at = title.i - 1
    while at >= 0 and doc[at].lower_ in {"premier", "première", "vice", "-"}:
        at -= 1  # « l'ancien Premier ministre »
    return at >= 0 and doc[at].lower_ in word_list("former-marks.tsv")


def former_side(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention is the state of a post its holder held before (« l'ancien président américain »)."""
    token = mention_root(sentence, mention)
    if mention.how == gz.PERSON:  # « l'ancien président américain X », « X, ancien président américain »
        titles = [token.head] + [c for c in token.children if c.dep_ in {"appos", "amod"}]
        at = mention.start - 1  # « l'ancien ministre portugais X », the name hung apart from its title
        while at > sentence.span.start and sentence.doc[at].pos_ == "ADJ" and \
                sentence.doc[at].lower_ not in word_list("former-marks.tsv"):
            at -= 1
        titles += [sentence.doc[at]] if at >= sentence.span.start else []
        return any(t.pos_ == "NOUN" and _official(sentence, t) and former_title(t) for t in titles)
    if mention.how not in {gz.DEMONYM, gz.NAME} or mention.state is None:
        return False
    for _ in range(_UP):
        if token.dep_ not in {"amod", "nmod"} or token.head == token:
            return False
        token = token.head
        if _official(sentence, token):
            return former_title(token)
    return False


def _official(sentence: Sentence, token: Token) -> bool:
    return sentence.span.start <= token.i < sentence.span.end and \
        sentence.lower[token.i - sentence.span.start] in official_nouns()
