"""Reference systems the press names otherwise than the data: a known system's variant, a designator that extends a
known one by letters (« AIM-120D-3 » of « AIM-120 »), not by a serial; a reference system's bare name after a noun of
its type (« des missiles HOT ») or counted in a list of systems of its kind (« quatre Zorvak, un Kestrel »)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.listed_systems import label_nouns, listed_kind_heads
from kg.extract.mentions import Mention
from kg.extract.weapon_nouns import AND, CLASS_WORDS, is_head, lemma, noun_before, weapon_type
from kg.gazetteer import Gazetteer
from kg.records import Entity
from kg.text import fold

_SERIAL = re.compile(r"[0-9]{3}")  # three digits in a row past a known designator: a serial, no variant


def variant(gaz: Gazetteer, text: str) -> str | None:
    """The known system a designator extends by letters (« AIM-120D-3 », « F-16V »); not by digits (« F-150 »), nor
    by a letter and a serial number, an aircraft's call sign or registration (« ZX2T297 »); a joint designator
    written with spaces around its slash (« ZZ / QPS-5E ») is the one written without."""
    folded = fold(text).replace(" / ", "/")
    for form, iri in gaz.weapon_designators:
        rest = folded[len(form):]
        if folded.startswith(form) and rest and (rest[0].isalpha() or (rest[0] in "-/" and rest[1:2].isalpha())) \
                and not _SERIAL.search(rest):
            return iri
    return None


def serial(gaz: Gazetteer, text: str) -> bool:
    if not _SERIAL.search(text):
        return False
    folded = fold(text)
    return any(folded.startswith(form) and folded[len(form):len(form) + 1].isalpha() and
               _SERIAL.search(folded[len(form):]) for form, _iri in gaz.weapon_designators)


def known_after_noun(gaz: Gazetteer, doc: Doc, start: int, heads: frozenset[str],
                      before: Mention | None = None) -> Entity | None:
    """« 96 missiles anti-chars longue-portée HOT »: a reference system's bare name (« HOT » of « missile HOT »),
    which counts only after its noun, after a noun of its type over lowercase qualifiers (a class's name, « classe
    Zorvik », after its noun in the plural or its word: « des corvettes Zorvik »); or coordinated with a
    system named after its noun, whose noun it shares (« des hélicoptères Zorvak et Kestrel »); or with that noun
    in apposition right after it (« le Zorvak, hélicoptère de combat »)."""
    noun = noun_before(doc, start, heads)
    if noun is None and before is not None and doc[start - 1].lower_ in AND:
        noun = doc[before.start] if is_head(doc[before.start], heads) else noun_before(doc, before.start, heads)
    if noun is None and start + 2 < len(doc) and doc[start + 1].text == "," and doc[start + 2].pos_ == "NOUN":
        noun = doc[start + 2]  # « le X, véhicule blindé qu'a livré Y »: a noun of its type in apposition after it
    if noun is None or (start + 1 < len(doc) and doc[start + 1].text[:1].isupper()):
        return None
    written = {lemma(noun), noun.lower_.rstrip("sx")}
    classed = "Number=Plur" in str(noun.morph) or doc[start - 1].lower_ in CLASS_WORDS  # « des corvettes Zorvik »
    named = gaz.systems_named.get(fold(doc[start].text), ()) or gaz.classes_named.get(fold(doc[start].text), ()) \
        if classed else gaz.systems_named.get(fold(doc[start].text), ())
    fitting = [s for s in named if written & gaz.type_heads.get(gaz.weapon_kind.get(s, ""), frozenset())]
    if len(fitting) > 1 and (kind := weapon_type(gaz, noun, start)) is not None:
        # « des véhicules de combat d'infanterie Zorvak »: the noun's full type picks one of two vehicles so named
        fitting = [s for s in fitting if gaz.weapon_kind.get(s) == kind]
    return Entity(fitting[0], gaz.label.get(fitting[0], fitting[0]), "WeaponSystem", fitting[0]) \
        if len(fitting) == 1 else None


def known_in_list(gaz: Gazetteer, doc: Doc, start: int, weapons_at: dict[int, Mention]) -> Entity | None:
    """« quatre Zorvak, un Kestrel et un Ibis »: a reference system's bare name counted in a list of systems of its
    kind (kg/extract/listed_systems.py)."""
    if start + 1 < len(doc) and doc[start + 1].text[:1].isupper():
        return None
    listed = listed_kind_heads(gaz, doc, start, weapons_at)
    named = gaz.systems_named.get(fold(doc[start].text), ()) if listed else ()
    fitting = [s for s in named if listed & label_nouns(gaz, s, doc[start].text)]
    return Entity(fitting[0], gaz.label.get(fitting[0], fitting[0]), "WeaponSystem", fitting[0]) \
        if len(fitting) == 1 else None
