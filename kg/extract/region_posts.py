"""The region a post serves when its title names it in its complement (« le gouverneur de la province de X »,
« le préfet de la région de Y »): a region the reference data lacks, minted with its noun and name, so the post
has a body to serve when the title names no state."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity

_ARTICLES = {"la", "le", "l'"}
_OF = {"de", "d'", "du"}


def with_region(sentence: Sentence, title: Title) -> Title:
    """The title, serving the region its own words end on (a region noun after « de la », then « de » and a
    capitalised name) when it names no state or body; else as it was."""
    if title.org is not None or title.of_person is not None:
        return title
    doc, nouns = sentence.doc, word_list("region-nouns.tsv")
    for at in range(title.start + 2, title.end - 2):
        if doc[at].lower_ in nouns and doc[at - 1].lower_ in _ARTICLES and doc[at - 2].lower_ in _OF and \
                doc[at + 1].lower_ in _OF and doc[at + 2].text[:1].isupper():
            end = at + 2
            while end < title.end and (doc[end].text[:1].isupper() or doc[end].text == "-"):
                end += 1
            text = doc[at:end].text
            entity = Entity("org:" + re.sub(r"\s+", " ", text), text, "Organisation")
            return replace(title, org=Mention(at, end, entity, "ner-org"))
    return title
