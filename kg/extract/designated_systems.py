"""A designator's weapon system (« des obusiers K-9 », « des missiles X-1 et X-2 », « dix VN-4 », « le ZT-40 de Y »):
a known system's variant, or one of its own, of the type its noun gives; for kg.extract.weapons."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.code_heads import code_noun_before
from kg.extract.counted_codes import counted_code
from kg.extract.fitted_parts import fitted_part
from kg.extract.known_systems import serial, variant
from kg.extract.lexicon import triggers
from kg.extract.maker_models import maker_and_model, maker_told
from kg.extract.mentions import Mention, weapon_key
from kg.extract.sibling_codes import sibling
from kg.extract.weapon_nouns import AND, apposed_noun, noun_before, weapon_type
from kg.gazetteer import Gazetteer
from kg.records import Entity

_COUNTED = {"premiers", "premières", "derniers", "dernières", "nouveaux", "nouvelles", "premier", "première"}


def designated(gaz: Gazetteer, doc: Doc, word: tuple[int, int, str], heads: frozenset[str],
                weapons_at: dict[int, Mention], makers: dict[int, Mention],
                minted: dict[str, Entity]) -> Mention | None:
    """A designator's system: a known one's variant, or one of its own after a weapon noun, coordinated with a system
    (« des missiles X-1 et X-2 »), counted as supplied, or told with its maker (« le ZT-40 de Y »)."""
    start, end, text = word
    iri = variant(gaz, text)
    if iri is None and serial(gaz, text):
        return None  # « l'appareil suivi ZX2T297 »: a known system's call sign or registration, no system of its own
    if iri is not None:
        return Mention(start, end, Entity(iri, gaz.label.get(iri, iri), "WeaponSystem", iri), gz.WEAPON)
    if fitted_part(doc, start):
        return None  # « des avions équipés du X-6 de Y », « un moteur Z-12 »: a part, no system
    noun = noun_before(doc, start, heads) or code_noun_before(doc, start)  # « des camions ZX200 »
    before = weapons_at.get(start - 1)
    maker = next((m for m in makers.values() if m.end == start and maker_and_model(doc, m, heads)), None)
    if maker is not None:  # « des véhicules blindés Zorvak ZT-40 »: the system is named with its maker's name
        noun, start, text = noun_before(doc, maker.start, heads), maker.start, f"{doc[maker.start:start].text} {text}"
    if noun is None and (apposed := apposed_noun(doc, end, heads)) is not None:
        noun, noun_type = apposed, weapon_type(gaz, apposed, min(apposed.i + 4, len(doc)))
    elif noun is not None:
        noun_type = weapon_type(gaz, noun, start)
    elif before is not None and doc[start - 1].lower_ in AND:  # « des missiles X-1 et X-2 »
        noun_type = before.entity.kind
    elif (after := _listed_before(doc, end, weapons_at)) is not None:  # « quelques ZT-61, BRDM-2 et VAB »
        noun_type = after.entity.kind
    elif maker is not None or _counted_supply(doc, start) or maker_told(doc, end, makers) or \
            counted_code(doc, start, text):
        noun_type = None
    elif (range_of := sibling(doc, start, text, minted)) is not None:  # « deux ZQB 90 » beside « ZQB 60 »
        noun_type = range_of.kind
    else:
        return None
    made = (maker.entity.iri,) if maker is not None and maker.entity.iri else ()
    entity = minted.setdefault(weapon_key(text), Entity(weapon_key(text), text, "WeaponSystem", kind=noun_type,
                                                        makers=made))
    return Mention(start, end, entity, gz.WEAPON)


def _listed_before(doc: Doc, end: int, weapons_at: dict[int, Mention]) -> Mention | None:
    """The system a designator is listed right before, over a comma or « et » (« quelques ZT-61, BRDM-2 et VAB »):
    a code in a list of systems names one too."""
    if end + 1 >= len(doc) or (doc[end].text != "," and doc[end].lower_ not in AND):
        return None
    return next((m for m in weapons_at.values() if m.start == end + 1 and m.how == gz.WEAPON), None)


def _counted_supply(doc: Doc, start: int) -> bool:
    """« la Chine a livré dix VN-4 au Venezuela », « a reçu ses premiers ZX-9 »: a designator counted or told as
    the first or new ones, as what a supply verb moves, names a system with no type noun."""
    if start == 0 or not (doc[start - 1].like_num or doc[start - 1].lower_ in _COUNTED):
        return False
    verb = doc[start].head
    return doc[start].dep_ in {"obj", "nsubj:pass"} and verb.pos_ in {"VERB", "AUX"} and any(
        t.fact == "support" for t in triggers().get((verb.lemma_.lower(), "VERB"), []))
