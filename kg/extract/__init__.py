"""Parsed article -> mentions and facts. spaCy objects stay inside this package and kg.nlp."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.read import Article
from kg.records import ArticleGraph


def extract_article(article: Article, docs: Iterable[Doc], gaz: Gazetteer) -> ArticleGraph:
    """What one article says: the entities it mentions and the facts it states, each with evidence."""
    from kg.extract.reader import Reader

    return Reader(article, gaz).read(docs)
