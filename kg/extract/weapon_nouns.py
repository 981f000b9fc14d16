"""The weapon noun a system's name follows, as the press writes it: over lowercase complements before a designator
(« des missiles guidés de type X-1 »), right before a capitalised name or over its adjectives, « de type » or « de
classe » (« les frégates légères de classe Zorvak »); the reference weapon type that noun gives, and where such a
name ends."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract import doc_words
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.extract.weapon_phrases import past_reach
from kg.gazetteer import PERSON, Gazetteer

AND = {"et", "ou", ","}
# « 6x6 », « 4x4 »: the wheel formula of a vehicle, part of its model's name, never a system of its own
WHEELS = re.compile("[0-9]{1,2}[x\u00d7X][0-9]{1,2}")
_TIMES = {"x", "X", "\u00d7"}
_APPOSED = {"des", "un", "une", "le", "la", "les", "l'", "l\u2019"}  # « ZT-40, un obusier »
# « S/B », « C/D »: versions written with a slash, one system as written
SLASHED = re.compile(r"[A-Z0-9]{1,3}(?:/[A-Z0-9]{1,3})+")
CLASS_WORDS = {"type", "classe"}
_ACRONYM_LEAST = 3  # « de type L » names a class by its letter, « de type ZXTV » a system
_JOINED_CODE = re.compile(r"[A-Z]{1,4}[-.][0-9]{1,4}[A-Z0-9]{0,3}")
ELIDED = {"d'", "d\u2019", "l'", "l\u2019"}
ROMAN = {"I", "II", "III", "IV", "V", "VI"}
# individual ships bear people's and places' names, and vague nouns precede any name: a capitalised word
# after these nouns is no system
_NO_NAME_NOUNS = SHIP_NOUNS | {"appareil", "avion", "batterie", "arme", "unité", "cible", "engin"}
# the stems of participles of making (« fabriqués », « produites », « conçu »): the lemma may be lost
MAKING_STEMS = ("fabriqu", "produi", "conç", "concev", "développ", "construi", "assembl", "réalis")


def lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return lemma if lemma else token.lower_


def elided(token: Token) -> str:
    """A token's lemma, an elided article or preposition as written (« d' » of « avions d'entraînement »)."""
    return token.lower_ if token.lower_.endswith(("'", "\u2019")) else lemma(token)


def is_head(token: Token, heads: frozenset[str]) -> bool:
    return lemma(token) in heads or token.lower_ in heads or token.lower_.rstrip("sx") in heads


def noun_before(doc: Doc, start: int, heads: frozenset[str]) -> Token | None:
    """The weapon noun a designator follows, over lowercase complements only (« missiles guidés de moyenne
    portée de type X »)."""
    words = doc_words.tokens(doc)
    i, read = start - 1, 0
    while i >= 0 and read < 8:
        token = words[i]
        if is_head(token, heads):  # « véhicules blindés »: the noun the adjective follows
            return words[i - 1] if i > 0 and is_head(words[i - 1], heads) else token
        if (aside := _aside(words, i)) > 0:  # « patrouilleurs (OPV) de 51 m de classe X »
            i -= aside
            continue
        i, read = i - 1, read + 1
        if token.lower_ in ELIDED or (token.text == "-" and 0 <= i < start - 2 and words[i].is_lower and
                                       words[i + 2].is_lower):  # « missiles anti-chars longue-portée X »
            continue
        if not token.text.replace("-", "").isalpha() or not token.text.islower() or \
                "VerbForm=Fin" in str(token.morph) or token.lower_ in AND:
            return None
    return None


def _aside(words: tuple[Token, ...], at: int) -> int:
    """How many words end at `at` that stand aside between a weapon noun and its name: an acronym glossed in brackets
    (« (OPV) ») or a size after « de » (« de 51 m », « de 6 000 tonnes »); 0 for any other word."""
    if at >= 3 and words[at].text == ")" and words[at - 2].text == "(" and words[at - 1].text.isupper():
        return 3
    if at < 2 or words[at].lower_ not in word_list("size-units.tsv"):
        return 0
    first = at - 1
    while first > 0 and words[first].like_num:
        first -= 1
    return at - first if first < at - 1 and words[first].lower_ == "de" else 0


def noun_right_before(gaz: Gazetteer, doc: Doc, start: int, heads: frozenset[str]) -> Token | None:
    """The weapon noun a capitalised name follows right after it, or after its adjectives (« le chasseur Zorvak »,
    « drones de combat Zorvak Falcon », « drones armés X »); none for a ship's or a vague noun, unless the name is
    a class or a type (« frégates de classe Zorvak », « sous-marins de type Zorvak ») or a « Super » model (« avions
    d'entraînement Super Zorvak »), which no ship nor person bears."""
    words = doc_words.tokens(doc)  # `doc[i]` makes a Token object at each read
    quoted = 1 if start > 1 and words[start - 1].text in {"«", '"', "\u201c"} else 0  # « les chars « Zorvak » »
    if start > 1 and words[start - 1].text == ")":  # « des blindés (un sigle, son sens) Zorvak 2 »: a gloss between
        quoted = next((start - i for i in range(start - 2, max(-1, start - 13), -1) if words[i].text == "("), 0)
    end, classed = start - quoted, words[start].text in {"Super", "Type"}  # « frégates Type 053H3 »: a type designator
    if end > 1 and words[end - 1].lower_ in CLASS_WORDS:  # « de la classe », « du type », « classe »
        if (owner := _class_owner(words[end - 1], heads)) is not None:
            return owner
        end -= 1
        end -= 1 if words[end - 1].lower_ in {"la", "le"} else 0
        end -= 1 if words[end - 1].lower_ in {"de", "du", "d'"} else 0
        end -= 1 if end > 1 and words[end - 1].text == "(" else 0  # « les frégates (classe « X ») »
        classed = True
    end = past_reach(doc, end)  # « système surface-air à très courte portée Zorvak »
    named_at = end  # « les frégates légères de type Zorvak »: the adjectives before « de type »
    while end > 0 and named_at - end < 2 and words[end - 1].pos_ == "ADJ" and words[end - 1].text.islower():
        end -= 1
    # « systèmes de guerre électronique X »: a type noun whose own adjective ends it, else the noun before adjectives
    for last, size in [(named_at, size) for size in range(4, 1, -1) if named_at > end] + \
            [(end, size) for size in range(4, 0, -1)]:
        if last - size < 0:
            continue
        noun = words[last - size]
        text = " ".join(elided(t) for t in words[last - size:last]).replace("' ", "'")
        if text in gaz.weapon_nouns or (last == end and size == 1 and (is_head(noun, heads) or (
                classed and named_at == end and lemma(noun) in word_list("class-nouns.tsv")))):  # « unité du type X »
            vague = (lemma(noun) in _NO_NAME_NOUNS or noun.lower_.rstrip("sx") in _NO_NAME_NOUNS) and \
                (size == 1 or lemma(noun) in SHIP_NOUNS)  # « avions d'entraînement X » names a model
            return None if vague and not (classed or several(doc, noun, start) or _made_by(doc, start) or
                                          _coded(doc, noun, start)) else noun
    if classed and quoted == 1 and end > 0:  # « bateaux d'interception de type « Zorvak » »: over the complements
        return noun_before(doc, end, heads)
    return noun_before(doc, start, heads) if words[start].text == "Super" else None  # « avions d'entraînement »


def noun_calling(doc: Doc, start: int, heads: frozenset[str]) -> Token | None:
    """« un système de missiles de moyenne portée appelé Zorvak »: the weapon noun a naming participle
    (naming-words.tsv) right before a capitalised name follows, over lowercase complements; none for a ship's
    noun, whose own name is no system (kg/extract/ships.py)."""
    if start < 2 or doc[start - 1].lower_ not in word_list("naming-words.tsv"):
        return None
    noun = noun_before(doc, start - 1, heads)
    return None if noun is None or lemma(noun) in SHIP_NOUNS or noun.lower_.rstrip("sx") in SHIP_NOUNS else noun


def _coded(doc: Doc, noun: Token, start: int) -> bool:
    """« trois avions Zorvak ZA-62 »: a name after a vague noun of aircraft that ends in a model code (letters
    and digits) names a model, not an airline nor a ship."""
    if lemma(noun) in SHIP_NOUNS or noun.lower_.rstrip("sx") in SHIP_NOUNS:
        return False
    end = name_end(doc, start, set())
    last = doc[end - 1].text
    return end > start + 1 and any(c.isdigit() for c in last) and any(c.isalpha() for c in last)


def _made_by(doc: Doc, start: int) -> bool:
    """« des engins Zorvak produits par Y », « les avions Zorvak, conçus par Y »: a name after a vague noun that a
    participle of making ties to its maker names a model; a ship, its own name, stays no system."""
    if lemma(doc[start - 1]) in SHIP_NOUNS or doc[start - 1].lower_.rstrip("sx") in SHIP_NOUNS:
        return False
    return made_after(doc, name_end(doc, start, set()))


def made_name(doc: Doc, mention: Mention) -> bool:
    """« des engins Zorvak Kaplan produits par Y »: an unknown person's name told made by a firm is a model's."""
    return mention.how == PERSON and mention.entity.iri is None and made_after(doc, mention.end)


def made_after(doc: Doc, at: int) -> bool:
    """A participle of making and its maker right after a name (« Zorvak, également produits par Y »)."""
    at += 1 if at < len(doc) and doc[at].text == "," else 0
    at += 1 if at < len(doc) and doc[at].pos_ == "ADV" else 0  # « également produits par »
    return at + 2 < len(doc) and doc[at].lower_.startswith(MAKING_STEMS) and "VerbForm=Part" in str(doc[at].morph) \
        and doc[at + 1].lower_ == "par" and doc[at + 2].text[:1].isupper()


def _class_owner(word: Token, heads: frozenset[str]) -> Token | None:
    """« deux frégates, appartenant à la classe X »: the weapon noun a class word is told of further off, over a
    participle (the parser hangs the class on it); « les véhicules livrés sont de type X »: the subject of the class
    word a copula makes the predicate."""
    if any(c.dep_ == "cop" for c in word.children):
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and is_head(subject, heads) else None
    verb = word.head
    if word.dep_ not in {"obl", "obl:arg", "obl:mod"} or verb.pos_ != "VERB" or verb.dep_ != "acl" or \
            "VerbForm=Part" not in str(verb.morph):
        return None
    return verb.head if is_head(verb.head, heads) else None


def several(doc: Doc, noun: Token, start: int) -> bool:
    """« deux patrouilleurs Zorvak »: ships in the plural under one name are of one class; not names coordinated,
    each a ship's own (« les frégates Zorvak et Kestrel »). (Aircraft in the plural may be an airline's.)"""
    if "Number=Plur" not in str(noun.morph) or not (lemma(noun) in SHIP_NOUNS or
                                                     noun.lower_.rstrip("sx") in SHIP_NOUNS):
        return False
    stop = name_end(doc, start, set())
    return not (stop + 1 < len(doc) and doc[stop].lower_ in AND and doc[stop + 1].text[:1].isupper())


def weapon_type(gaz: Gazetteer, noun: Token, end: int) -> str | None:
    """The reference weapon type of the longest weapon noun from `noun` on (« missiles antichars » ->
    missile antichar, « drones de combat » -> drone de combat)."""
    words = [elided(t) for t in noun.doc[noun.i:end]]
    for size in range(len(words), 0, -1):
        text = " ".join(words[:size]).replace("' ", "'")
        if text in gaz.weapon_nouns:
            return None if text in gaz.shared_weapon_nouns else gaz.weapon_nouns[text]
    return None


def name_end(doc: Doc, start: int, taken: set[int]) -> int:
    """The end of a capitalised name (« Zorvak Falcon II », « Type 053H3 », « Zorvak 8x8 », « Zorvak S/B »):
    capitalised words, roman numerals, numbers, designators of digits and letters, a wheel formula, versions
    written with a slash."""
    end = start
    while end < len(doc) and end not in taken and end - start < 4 and (
            (doc[end].is_alpha and doc[end].text[:1].isupper()) or doc[end].text in ROMAN or
            (end > start and (doc[end].like_num or _glued_designator(doc[end].text) or
                              WHEELS.fullmatch(doc[end].text) or SLASHED.fullmatch(doc[end].text)) and
             not model_year(doc[end].text))):
        end += 1
    if end > start + 1 and end + 1 < len(doc) and doc[end - 1].like_num and doc[end].text in _TIMES and \
            doc[end + 1].like_num:  # « Zorvak 6 x 6 »: a wheel formula written with spaces
        end += 2
    if end > start + 1 and end < len(doc) and doc[end].text == "/":  # « Zorvak S/B »: the tokenizer cuts the slash
        end = max(end, slashed(doc, end - 1))
    return end


def slashed(doc: Doc, start: int) -> int:
    """The end of versions written with a slash from `start` (« S/B », « C/D/E »), or `start` if none is."""
    end = start + 1
    while end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and len(doc[end + 1].text) <= 3:
        end += 2
    return end if end > start + 1 and SLASHED.fullmatch(doc[start:end].text.rstrip(".")) else start


def _glued_designator(text: str) -> bool:
    """« 053H3 », « 4B »: digits with capital letters, as a model designator (not « 3e », « 12h »); or capitals
    joined to digits by a hyphen or a dot (« T-12 », « ZT.40 »)."""
    return (text.isalnum() and text[:1].isdigit() and any(c.isupper() for c in text)) or \
        _JOINED_CODE.fullmatch(text) is not None


def model_year(text: str) -> bool:
    """« les blindés ZRT 2024 »: a model year follows a name, it is no part of it."""
    return len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))


def apposed_noun(doc: Doc, end: int, heads: frozenset[str]) -> Token | None:
    """« ces ZT-40, des véhicules de reconnaissance », « le ZT-40, un obusier automoteur »: a designator with a weapon
    noun in apposition right after it names a system; the noun."""
    at = end + 1
    if end >= len(doc) or doc[end].text != "," or at >= len(doc):
        return None
    at += 1 if doc[at].lower_ in _APPOSED and at + 1 < len(doc) else 0
    return doc[at] if doc[at].pos_ == "NOUN" and doc[at].text.islower() and is_head(doc[at], heads) else None


def named_by_it(noun: Token, last: Token) -> bool:
    """« la Missile Defense Agency », « le Drone Test Center »: a weapon noun written with a capital inside a
    sentence, before a name that ends in a body's last word, is the first word of that body's name, not the noun a
    system's name follows (« des Drones Zorvak » still names one)."""
    return noun.text[:1].isupper() and not noun.is_sent_start and \
        last.lower_ in word_list("institution-name-ends.tsv")


def typed_acronym(doc: Doc, start: int, name: str) -> bool:
    """« des véhicules de type ZXTV »: an acronym given as the type of a noun of systems names a system, unless it
    names a class of systems or a technique (« des drones de type MALE », « un radar de type AESA »); so does one of
    four letters or more right after the noun in the plural or its plural qualifier (« des missiles antichars
    ZXTVA »), which no technique of one system follows."""
    if start < 2 or name in word_list("category-acronyms.tsv"):
        return False
    before = doc[start - 1]
    return (before.lower_ == "type" and len(name) >= _ACRONYM_LEAST) or (
        len(name) > _ACRONYM_LEAST and before.is_lower and "Number=Plur" in str(before.morph))
