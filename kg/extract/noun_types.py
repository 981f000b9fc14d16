"""A system's name after a weapon noun of another type: « des avions Hawk » are no Hawk missiles but the aircraft the
reference data lists as « BAE Hawk » or « Hawk T1 ». The noun written before a name picks, among the reference systems
that bear that name (as a form, or as the part of a form past its maker's name or before its model number), the one
system of a type the noun heads (an « avion » heads « avion d'entraînement »); a name of the noun's type, or of no
such system, stays as read."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.defined_weapons import defined_weapons
from kg.extract.kind_namesakes import kind_namesakes
from kg.extract.mentions import Mention, reference_entity, weapon_heads
from kg.extract.weapon_nouns import noun_before
from kg.extract.weapon_senses import without_airliners, without_civil_codes
from kg.extract.weapons import minted_weapons
from kg.gazetteer import Gazetteer
from kg.text import fold


def _head(word: str) -> str:
    return word.rstrip("sx") if word.endswith(("s", "x")) and not word.endswith("ss") else word


def _fits(gaz: Gazetteer, system: str, noun: str) -> bool:
    """Whether a noun (singular, lowercase) heads a generic noun of the system's type."""
    kind = gaz.weapon_kind.get(system)
    return kind is not None and noun in gaz.type_heads.get(kind, frozenset())


def _picked(gaz: Gazetteer, doc: Doc, mention: Mention, heads: frozenset[str]) -> str | None:
    """The reference system of the noun's type a weapon mention names, when it is another than the one read."""
    noun = noun_before(doc, mention.start, heads)
    if noun is None:
        return None
    written = {noun.lemma_.lower(), _head(noun.lower_)}
    if mention.entity.iri is not None and any(_fits(gaz, mention.entity.iri, w) for w in written):
        return None
    named = gaz.systems_named.get(fold(mention.span(doc).text), ())
    fitting = [s for s in named if s != mention.entity.iri and any(_fits(gaz, s, w) for w in written)]
    return fitting[0] if len(fitting) == 1 else None


def typed_by_noun(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a weapon's name after a noun of another type made the system of that type."""
    heads = weapon_heads(gaz)
    out = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        for mention in mentions:
            system = _picked(gaz, doc, mention, heads) if mention.how == gz.WEAPON else None
            kept.append(mention if system is None else
                        replace(mention, entity=reference_entity(gaz, system, gz.WEAPON)))
        out.append(kept)
    return out


def article_weapons(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions less the codes that name no system (kg/extract/weapon_senses.py), with the weapons
    the reference data lacks minted (and the reference names after a noun of another kind of platform,
    kg/extract/kind_namesakes.py), less airliners' models, then those a noun types."""
    minted = kind_namesakes(gaz, docs, minted_weapons(gaz, docs, without_civil_codes(gaz, docs, found)))
    return typed_by_noun(gaz, docs, defined_weapons(gaz, docs, without_airliners(gaz, docs, minted)))
