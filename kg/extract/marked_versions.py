"""Marked versions of a known system: « Zorvak Mark 3 », « Zorvak Mk II » — a name the reference data gives one
system (« Zorvak » of « hélicoptère Zorvak »), then « Mark » or « Mk » and a version's number — is that version, a
system of its own of the type and makers of the system it derives from, wherever it is written (after its noun or
alone in a list: « (Zorvak Mark 3 et 12 Kestrel) »). A name the reference data gives several systems, or none, is
left as it was read."""

from __future__ import annotations

import re

from rdflib import URIRef
from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import texts
from kg.extract.mentions import Mention, weapon_key
from kg.gazetteer import Gazetteer
from kg.namespaces import KG
from kg.records import Entity
from kg.text import fold

_MARKS = {"Mark", "Mk", "MK", "Mk."}
# what a version's name takes over: a system minted from it, an unknown person or organisation the NER read in it
_LOOSE = {gz.WEAPON, gz.PERSON, "ner-org", "ner-person"}
_NUMBER = re.compile(r"[0-9]{1,2}|I{1,3}|IV|VI{0,3}|IX|X")  # « Mark 3 », « Mk II »


def _marked_at(gaz: Gazetteer, words: tuple[str, ...], at: int) -> str | None:
    """The one reference system whose name is the word at `at`, when « Mark N » or « Mk N » follows it."""
    if at + 2 >= len(words) or not words[at][:1].isupper() or words[at + 1] not in _MARKS or \
            not _NUMBER.fullmatch(words[at + 2]):
        return None
    systems = gaz.systems_named.get(fold(words[at]), ())
    return systems[0] if len(systems) == 1 else None


def _version(gaz: Gazetteer, system: str, written: str) -> Entity:
    kind = gaz.graph.value(URIRef(system), KG.weaponType)
    return Entity(weapon_key(written), written, "WeaponSystem", kind=str(kind) if kind is not None else None,
                  makers=gaz.makers.get(system, ()) + gaz.builders.get(system, ()))


def _in_doc(gaz: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    words = texts(doc)
    kept = list(mentions)
    for at in range(len(words) - 2):
        system = _marked_at(gaz, words, at)
        if system is None:
            continue
        over = [m for m in kept if m.start < at + 3 and at < m.end]
        if any(m.entity.iri is not None or m.how not in _LOOSE for m in over):
            continue  # a reference system's, a place's or a known person's name read there: left as it was
        version = Mention(at, at + 3, _version(gaz, system, doc[at:at + 3].text), gz.WEAPON)
        kept = sorted([m for m in kept if m not in over] + [version], key=lambda m: m.start)
    return kept


def marked_versions(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, with the marked versions of known systems it names."""
    return [_in_doc(gaz, doc, mentions) for doc, mentions in zip(docs, found, strict=True)]
