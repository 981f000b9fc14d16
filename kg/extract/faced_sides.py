"""The side a person faces: « A et son homologue grec », « A a reçu son homologue turc »: the counterpart's demonym
names the other side, so A is not of that state. Read by kg.extract.posts: a title naming that state without a name
(« le ministre grec a estimé ») is not A's."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence
from kg.extract.title_complements import read_demonyms
from kg.records import Entity
from kg.text import fold

_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def faced_sides(sentence: Sentence) -> frozenset[tuple[str, str]]:
    """(surname, state) for each possessed counterpart noun a demonym or a state's body qualifies (« son homologue
    grec »): the person named last before it in the sentence faces that state."""
    tokens, nouns = sentence.tokens, word_list("counterpart-nouns.tsv")
    words = lowers(sentence.doc)[sentence.span.start:sentence.span.end]
    found: set[tuple[str, str]] = set()
    for at, token in enumerate(tokens if not nouns.isdisjoint(words) else ()):  # most sentences have no such noun
        if words[at] not in nouns or at == 0 or words[at - 1] not in _POSSESSIVES:
            continue
        _end, org = read_demonyms(sentence, tokens, at + 1, None)
        facing = _facing(sentence, token)
        if org is not None and org.state is not None and facing is not None:
            found.add((facing, org.state.key))
    return frozenset(found)


def _facing(sentence: Sentence, noun: Token) -> str | None:
    """The surname of the person named last before the counterpart noun: a person the NER read, else a proper noun
    it did not read as anything (a headline's bare surname, « Lorient : Nom et son homologue »)."""
    doc = sentence.doc
    for at in range(noun.i - 2, sentence.span.start - 1, -1):
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how == gz.PERSON:
            return surname(mention.entity.label)
        if mention is None and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
            return surname(doc[at].text)
    return None


def surname(label: str) -> str:
    """The last word of a person's name, folded: how a person named in full and by surname alone are matched."""
    return fold(label.split()[-1]) if label.split() else ""


def faces(faced: frozenset[tuple[str, str]], person: Entity, state: Entity) -> bool:
    """Whether the article had `person` face a counterpart of `state` (faced_sides)."""
    return (surname(person.label), state.key) in faced
