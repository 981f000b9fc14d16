"""Companies named again by the first words of their name: « le groupe Zorvak Aero a livré ... les blindés fabriqués
par Zorvak ». The NER reads the short name as an organisation of its own; it is the company named before."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention

_MIN_LENGTH = 3  # « Al », « BAE »: too short a first word to stand for a firm alone


def _short_forms(doc: Doc, company: Mention) -> list[str]:
    """The first words of a company's name as the article spells it, shorter than the whole."""
    words = doc[company.start:company.end].text.split()
    if len(words[0]) < _MIN_LENGTH or not words[0][:1].isupper():
        return []
    return [" ".join(words[:size]) for size in range(1, len(words))]


def short_firm_names(docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a name the NER reads as an organisation that is the first words of a company of
    the reference data named before in the article read as that company."""
    named: dict[str, Mention] = {}
    out: list[list[Mention]] = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        for mention in mentions:
            short = named.get(doc[mention.start:mention.end].text) if mention.how == "ner-org" else None
            kept.append(mention if short is None else
                        replace(mention, entity=short.entity, how=gz.COMPANY, state=short.state))
            if mention.how == gz.COMPANY and mention.entity.iri is not None:
                for form in _short_forms(doc, mention):
                    named.setdefault(form, mention)
        out.append(kept)
    return out
