"""Weapon systems the reference data lacks, read from how the press names them:

- a known system's variant: a designator that extends a known one by letters (« AIM-120D-3 » of « AIM-120 »,
  « F-16V », « K2PL ») names that system (kg/extract/known_systems.py);
- a designator right after a weapon noun, with only lowercase complements between (« des obusiers K-9 »,
  « des missiles guidés de type AIM-9X », « véhicules blindés de ravitaillement ZT-40 », « véhicules de
  ravitaillement en munitions d'artillerie ZT-10 », an acronym and a number written apart « des patrouilleurs
  ZK 62 S », not a model year « ZRT 2024 »; kg/extract/designated_systems.py), or a capitalised name right after
  one (« le drone Zorvak Falcon II », « le chasseur Zorvak »): a system of its own, of the type its noun gives
  (reference weapon types, kg:genericNoun); a coordinated designator shares the noun (« des missiles X-1 et
  X-2 »); once named so, the article may name it again alone;
- a capitalised word and a model code counted or coordinated with a system, no noun before it (« quatre Zorvak
  T-12 », « des hélicoptères ZH-1 et Zorvak 60 »), a firm's name and a code of digits then capitals counted or
  after a weapon noun (« trois Zorvak 206H », its maker's model), a dotted designator (« ZX.250 »), a name right
  after a firm's with its initials in brackets (« Y Defence & Aerospace Zorvak Strike (ZS) »), the initials naming it
  too;
- a name spelled in English with its initials in brackets (kg/extract/english_systems.py).

A name the reference data or the NER already gives to a person, place, company or organisation stays theirs
(an unknown organisation the NER reads in a designator excepted). A ship's name is no system (« la frégate
Normandie »), unless the ship is handed over (kg/extract/ships.py); a class of ships is (« frégates de classe
Zorvak »)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.branded_systems import branded_systems, line_again
from kg.extract.counted_codes import JOINT_CODE, slashed_apart
from kg.extract.designated_systems import designated
from kg.extract.english_systems import english_systems
from kg.extract.firm_trades import after_firm_trade
from kg.extract.fitted_parts import fitted_part
from kg.extract.known_systems import known_after_noun, known_in_list
from kg.extract.lexicon import word_list
from kg.extract.maker_models import (
    DESIGNATOR,
    NUMBERED,
    counted_model,
    glued_words,
    maker_and_model,
    maker_and_name,
    maker_and_wheels,
    model_ending,
)
from kg.extract.mentions import Mention, replaced, weapon_heads, weapon_key
from kg.extract.person_spans import spelled_acronym
from kg.extract.ships import SHIP_NOUNS, handed_ships
from kg.extract.sibling_codes import sibling
from kg.extract.weapon_nicknames import nicknames_dropped
from kg.extract.weapon_nouns import (
    AND,
    CLASS_WORDS,
    ROMAN,
    is_head,
    lemma,
    made_name,
    model_year,
    name_end,
    named_by_it,
    noun_before,
    noun_calling,
    noun_right_before,
    typed_acronym,
    weapon_type,
)
from kg.extract.weapon_phrases import version_acronym
from kg.gazetteer import Gazetteer, french_demonyms
from kg.records import Entity

# an acronym, a number and maybe a letter or numeral, written apart: « patrouilleurs OPV 58 S », « avions ZX 300 »
_SPACED = re.compile(r"[A-Z]{2,5} [0-9]{1,4}(?: [A-Z]| II| III| IV)?")
_LINKS = {"de", "d'", "en", "à", "type", "classe"}  # « missiles de type X », « véhicules de ravitaillement en »
# a capitalised word after a weapon noun that goes on with these is no system's name: a hyphenated word, or an
# English label of origin (« le drone « Made in X » »)
_ON = {"-", "in"}
# « des drones Zorvakor-1K »: a longer word than DESIGNATOR's letters, a hyphen and a code that digits begin
_WORD_CODE = re.compile(r"[A-Z][a-z]{6,9}-[0-9][0-9A-Za-z]{0,3}")


def _type_number(doc: Doc, start: int, text: str, heads: frozenset[str]) -> bool:
    """« deux frégates du type 23 », « un sous-marin de classe 209 »: a bare number of two or three digits after
    « type » or « classe » and a weapon noun is the name of a class, with its word."""
    return text.isdigit() and 2 <= len(text) <= 3 and start > 1 and doc[start - 1].lower_ in CLASS_WORDS and \
        noun_before(doc, start - 1, heads) is not None


def minted_weapons(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions with the weapon systems named as the module docstring says added (and the
    unknown organisations or lone names the NER read in them dropped)."""
    heads = weapon_heads(gaz)
    minted: dict[str, Entity] = {}
    out: list[list[Mention]] = []
    ships: dict[str, Entity] = {}
    for doc, mentions in zip(docs, found, strict=True):
        named = english_systems(doc, _paragraph(gaz, doc, mentions, heads, minted), minted)
        out.append(nicknames_dropped(doc, handed_ships(gaz, doc, named, ships)))
    if minted:  # named again alone, in any paragraph
        out = [_again(doc, mentions, minted) for doc, mentions in zip(docs, out, strict=True)]
    return out


def _loose(mention: Mention) -> bool:
    """A mention a weapon's name may take over: an unknown organisation, or a lone unknown name."""
    return mention.how == "ner-org" or (mention.how == gz.PERSON and mention.entity.iri is None
                                        and " " not in mention.entity.label.strip())


def _ship_namesakes(gaz: Gazetteer, doc: Doc, mentions: list[Mention], heads: frozenset[str],
                    minted: dict[str, Entity]) -> list[Mention]:
    """« la frégate Z-31 P »: a reference system's designator after a ship noun, the system no ship (an aircraft
    namesake), names a ship of its own, with the letter or numeral glued after it; it takes nothing of the namesake
    (maker, type)."""
    found = []
    for mention in mentions:
        noun = noun_before(doc, mention.start, heads) if mention.how == gz.WEAPON and mention.entity.iri else None
        if noun is None or not (lemma(noun) in SHIP_NOUNS or noun.lower_.rstrip("sx") in SHIP_NOUNS) or \
                gaz.type_heads.get(gaz.weapon_kind.get(mention.entity.iri or "", ""), frozenset()) & SHIP_NOUNS:
            continue
        stop, glued = mention.end, doc[mention.end].text.rstrip(".") if mention.end < len(doc) else ""
        stop += 1 if glued in ROMAN or (len(glued) == 1 and glued.isupper()) else 0  # « N. »: a sentence's end
        name = doc[mention.start:stop].text.rstrip(".")
        entity = minted.setdefault(weapon_key(name), Entity(weapon_key(name), name, "WeaponSystem",
                                                            kind=weapon_type(gaz, noun, mention.start)))
        found.append(Mention(mention.start, stop, entity, gz.WEAPON))
    return replaced(mentions, found)


def _paragraph(gaz: Gazetteer, doc: Doc, mentions: list[Mention], heads: frozenset[str],
               minted: dict[str, Entity]) -> list[Mention]:
    mentions = _ship_namesakes(gaz, doc, mentions, heads, minted)
    mentions = replaced(mentions, branded_systems(gaz, doc, mentions, heads, minted))  # « des avions Zorvak »
    firm = {i for m in mentions if not _loose(m) and not _class_named_like_a_place(doc, m) and not made_name(doc, m)
            and not maker_and_wheels(doc, m) and not maker_and_model(doc, m, heads) for i in range(m.start, m.end)}
    makers = {m.start: m for m in mentions if m.how == gz.COMPANY and m.entity.iri}
    weapons_at = {m.end: m for m in mentions if m.how == gz.WEAPON}
    model_makers = {m.end for m in makers.values() if maker_and_model(doc, m, heads)}
    new: list[Mention] = []
    words = glued_words(doc)
    for at, (start, end, word) in enumerate(words):
        if not (word[:1].isupper() or word[:1].isdigit()):
            continue  # neither a name nor a designator, which digits begin (NUMBERED, _type_number): most words
        numbered = NUMBERED.fullmatch(word.rstrip(".")) is not None and start > 0 and (  # « de type 054A »
            is_head(doc[start - 1], heads) or start in model_makers or (  # « quatre Zorvak 206H »
                doc[start - 1].lower_ in CLASS_WORDS and noun_before(doc, start, heads) is not None))
        text = word.rstrip(".")  # « ... de type X-7B. »: the tokenizer may keep the full stop
        if _type_number(doc, start, text, heads):  # « frégates du type 23 »: the class is named with its word
            numbered, start, text = True, start - 1, f"{doc[start - 1].text} {text}"
        if not (word[:1].isupper() or numbered) or any(i in firm for i in range(start, end)):
            continue  # a designator and a name both begin with a capital, unless digits begin it after the noun
        spaced = _spaced(words, at)
        if spaced is not None and noun_before(doc, start, heads) is None and \
                sibling(doc, start, spaced[1], minted) is None:
            spaced = None
        if (spaced := spaced or slashed_apart(words, at)) is not None:  # « OPV 58 S », « trois AN / TPQ-53 »
            end, text = spaced
        coded = DESIGNATOR.fullmatch(text) or JOINT_CODE.fullmatch(text) or _WORD_CODE.fullmatch(text) or spaced \
            or numbered
        if coded and any(c.isdigit() for c in text):
            found = designated(gaz, doc, (start, end, text), heads, weapons_at, makers, minted)
        elif doc[start].is_alpha and start > 0:
            found = _named(gaz, doc, start, heads, weapons_at, makers, firm, minted)
        else:
            continue
        if found is not None:
            new.append(found)
            weapons_at[found.end] = found
            new.extend(_acronym_after(doc, found))
    return replaced(mentions, _dedup(new))


def _named(gaz: Gazetteer, doc: Doc, start: int, heads: frozenset[str], weapons_at: dict[int, Mention],
           makers: dict[int, Mention], firm: set[int], minted: dict[str, Entity]) -> Mention | None:
    """A capitalised name's system: a known one's bare name after its noun, or one of its own after a weapon noun or
    told as a model by its ending (« des Zorvak S/B », « le Zorvak II de Y »)."""
    if (known := known_after_noun(gaz, doc, start, heads, _before_and(doc, start, weapons_at))) is not None or \
            (known := known_in_list(gaz, doc, start, weapons_at)) is not None:
        return Mention(start, start + 1, known, gz.WEAPON)
    if fitted_part(doc, start) or _unaccented_demonym(doc[start].text) or after_firm_trade(doc, start):
        return None  # « le constructeur de drones X »: a firm, not drones named X
    maker = next((m for m in makers.values() if m.end == start and maker_and_name(gaz, doc, m, heads)), None)
    noun = noun_right_before(gaz, doc, start, heads) if maker is None else noun_before(doc, maker.start, heads)
    noun = noun or noun_calling(doc, start, heads)  # « un système de missiles appelé Zorvak »
    if noun is None and doc[start].text.isupper() and typed_acronym(doc, start, doc[start].text):
        noun = noun_before(doc, start, heads)  # « des véhicules légers tout terrain de type ZXTV »
    stop = name_end(doc, start, firm)
    if noun is not None and named_by_it(noun, doc[stop - 1]):
        return None  # « la Missile Defense Agency »: the first word of a body's name
    before = weapons_at.get(start - 1) if start > 1 and doc[start - 1].lower_ in AND else None
    counted = counted_model(gaz, doc, start, stop, before)
    if noun is None and not model_ending(doc, start, stop, makers) and not counted and \
            not _after_firm_with_acronym(doc, start, stop):
        return None
    stop += version_acronym(doc, start, stop)  # « Zorvak-RC »: a name and its version
    if stop == start or (stop < len(doc) and (doc[stop].text[:1].isupper() or doc[stop].text in _ON)) or \
            (noun is not None and _spelled_out(doc, noun, start, stop)):
        return None
    start = start if maker is None else maker.start  # the system is named with its maker's name
    name = doc[start:stop].text.rstrip(".")  # « ... des Zorvak C/D. »: the tokenizer may keep the full stop
    if stop - start == 1 and name.isupper() and not typed_acronym(doc, start, name):
        return None  # « un radar AESA », « le système GPS »: an acronym of a technique, not a system's name
    kind = weapon_type(gaz, noun, start) if noun is not None else before.entity.kind if before is not None else None
    made = (maker.entity.iri,) if maker is not None and maker.entity.iri else ()
    entity = minted.setdefault(weapon_key(name), Entity(weapon_key(name), name, "WeaponSystem", kind=kind,
                                                        makers=made))
    firm.update(range(start, stop))
    return Mention(start, stop, entity, gz.WEAPON)


def _unaccented_demonym(word: str) -> bool:
    """« des sous-marins Equatoriens »: a demonym opening with « é », written under its capital without its accent,
    qualifies the noun before it; it names no system."""
    return word[:1] == "E" and f"é{word[1:].lower()}" in french_demonyms()


def _acronym_after(doc: Doc, system: Mention) -> list[Mention]:
    """« le drone Zorvak Strike (ZS) »: the initials of a system's name in brackets right after it name it too."""
    return [Mention(system.end + 1, system.end + 2, system.entity, gz.WEAPON)] \
        if _initials_after(doc, system.start, system.end) else []


def _initials_after(doc: Doc, start: int, stop: int) -> bool:
    initials = "".join(t.text[0] for t in doc[start:stop])
    return stop - start >= 2 and stop + 2 < len(doc) and doc[stop].text == "(" and doc[stop + 1].text == initials \
        and doc[stop + 2].text == ")"


def _after_firm_with_acronym(doc: Doc, start: int, stop: int) -> bool:
    """« Y Defence & Aerospace Zorvak Strike (ZS) »: a name right after a firm's name, its initials in brackets after
    it, is that firm's system."""
    return start > 0 and doc[start - 1].lower_ in word_list("firm-name-ends.tsv") and _initials_after(doc, start, stop)


def _before_and(doc: Doc, start: int, weapons_at: dict[int, Mention]) -> Mention | None:
    """The system named right before a name, or before the « et » that joins them, over the count in brackets told
    after the first (« des blindés Zorvak (120) et Kestrel (30) »)."""
    at = start - 1
    if at >= 4 and doc[at].lower_ in AND and doc[at - 1].text == ")" and doc[at - 2].like_num and \
            doc[at - 3].text == "(":
        at -= 3
    return weapons_at.get(at)


def _spelled_out(doc: Doc, noun: Token, start: int, stop: int) -> bool:
    """« trois Véhicules Légers d'Appui », « des Véhicules Blindés de Combat »: a type spelled out with capitals,
    its noun capitalised inside the sentence, goes on with an adjective or a « de » complement; no system's name;
    nor are the words that spell out an acronym in brackets (« ABC [Alpha Bravo Charlie] »)."""
    if noun.is_sent_start or not noun.text[:1].isupper():
        return False
    if spelled_acronym(doc, noun.i, stop):
        return True
    goes_on = stop + 1 < len(doc) and doc[stop].lower_ in {"de", "d'"} and doc[stop + 1].text[:1].isupper()
    return goes_on or doc[start].pos_ == "ADJ"


def _class_named_like_a_place(doc: Doc, mention: Mention) -> bool:
    """« des frégates de type Zorvik », « des corvettes de la classe Zorvik »: a town's name right after « type » or
    « classe » names the class of ships, which navies name after towns (the noun before is checked by the caller)."""
    return mention.how in {gz.CITY, gz.CAPITAL} and mention.start > 0 and doc[mention.start - 1].lower_ in CLASS_WORDS


def _spaced(words: list[tuple[int, int, str]], at: int) -> tuple[int, str] | None:
    """A designator written in words apart (« OPV 58 S »): its end and text; a year (« BPC 2024 ») is none."""
    first = words[at][2]  # two to five capitals begin it: most words are no such start, tried without a join
    if not (2 <= len(first) <= 5 and first.isascii() and first.isalpha() and first.isupper()):
        return None
    for size in (3, 2):
        if at + size > len(words):
            continue
        text = " ".join(w for _s, _e, w in words[at:at + size]).rstrip(".")
        if _SPACED.fullmatch(text) and not model_year(words[at + 1][2]):
            return words[at + size - 1][1], text
    return None


def _dedup(new: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in new:
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return kept


def _again(doc: Doc, mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
    """A minted system named again without its noun (« les ZT-40 »)."""
    taken = {i for m in mentions for i in range(m.start, m.end) if not _loose(m) and not line_again(doc, m, minted)}
    new = []
    words = glued_words(doc)
    for at, (start, end, word) in enumerate(words):
        entity = minted.get(weapon_key(word.rstrip(".")))
        spaced = _spaced(words, at) or slashed_apart(words, at)
        if spaced is not None and weapon_key(spaced[1]) in minted:  # « les OPV 58 S », « les AN / TPQ-53 »
            end, entity = spaced[0], minted[weapon_key(spaced[1])]
        if entity is not None and not any(i in taken for i in range(start, end)):
            new.append(Mention(start, end, entity, gz.WEAPON))
    return replaced(mentions, new) if new else mentions
