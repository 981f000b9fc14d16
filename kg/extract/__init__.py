"""Parsed article -> mentions and facts, in three stages: claims (per sentence, kg.extract.claims), link
(mentions -> entities, kg.extract.link) and discourse (claims -> facts, kg.extract.discourse). spaCy objects stay
inside this package and kg.nlp; the discourse stage and the records it reads need no spaCy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.records import ArticleFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.reference_index import ReferenceIndex
    from kg.read import Article


def extract_article(article: Article, docs: Iterable[Doc], ref: ReferenceIndex) -> ArticleFacts:
    """What one article says: the entities it mentions and the facts it states, each with evidence."""
    from kg.extract.claims import ClaimReader
    from kg.extract.discourse import facts_of
    from kg.extract.doc_words import forget
    from kg.extract.lede_dateline import dateline_of
    from kg.extract.off_topic import guarded
    from kg.extract.same_firms import one_side_each

    docs = list(docs)
    reader = ClaimReader(article, ref)
    city = reader.linker.city_named(dateline_of(article))
    state = reader.linker.host_state(city) if city is not None else None
    try:
        told = list(reader.sentences(docs))  # the states the article pairs are known once all is read
        facts = facts_of(told, (city, state) if city is not None and state is not None else None,
                         ref.gaz.monarchies, reader.pairs, reader.lede)
        facts = one_side_each(ref.gaz.graph, guarded(docs, facts))
    finally:
        forget(docs)
    pending = {k: e for k, e in reader.linker.pending.items() if k not in reader.mentions}
    return ArticleFacts(article.id, reader.mentions, facts, pending)
