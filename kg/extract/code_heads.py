"""Nouns that head a system's designator but never a name (ontology/lexicon/code-heads.tsv: « des camions à chenilles
ZX200 »): a code of letters and digits after one, over lowercase complements, is a system of its own; a capitalised
name after one is a maker's or a brand's (« des camions Zorvak »), no system."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import word_list
from kg.extract.weapon_nouns import noun_before


def code_noun_before(doc: Doc, start: int) -> Token | None:
    """The noun of code-heads.tsv a designator follows, over lowercase complements only; not over a participle
    (« un camion immatriculé ZX200 »: a registration, no system)."""
    noun = noun_before(doc, start, word_list("code-heads.tsv"))
    if noun is None or any("VerbForm=Part" in str(t.morph) for t in doc[noun.i + 1:start]):
        return None
    return noun
