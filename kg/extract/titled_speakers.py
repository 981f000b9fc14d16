"""The speaker of a first-person text: « Déclaration du ministre X à l'issue de ... », then « j'ai rencontré mon
homologue »: outside quotes, « je » in a text whose title opens with a noun of statements (statement-headlines.tsv)
is the person the title names first (« nous » is left alone: the speaker and those met, or the speaker's state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence
from kg.read import Article
from kg.records import Entity


def titled_speaker(article: Article, mentioned: list[Entity], sentence: Sentence, pronoun: Token) -> list[Entity]:
    """The person a statement's title names first, for a « je » outside quotes; else no one."""
    words = article.title.split()
    if pronoun.lower_ not in {"je", "j'"} or not words or words[0].lower() not in word_list("statement-headlines.tsv"):
        return []
    if [t.text for t in sentence.doc[sentence.span.start:pronoun.i] if t.text in {"«", "»"}][-1:] == ["«"]:
        return []  # quoted words: someone else's
    people = [e for e in mentioned if e.cls == "Person"]
    return people[:1] if people and people[0].label.split()[-1] in article.title else []
