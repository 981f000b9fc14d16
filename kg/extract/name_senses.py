"""Matches of a reference name that name something else: a club named after its town, a region named like a
city, an acronym spelling a place, a narrower body, a part of a longer name; and a weapon's form that its noun
begins (kg/extract/mentions.py asks)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import morph_values
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import table, word_list

# « l'AS Andorre », « le FC Nantes », « le Stade de Reims »: a club named after its town names no state nor city
_CLUB_WORDS = {"as", "fc", "ac", "ogc", "rc", "sc", "us", "sco", "ssc", "osc", "aj", "estac", "losc", "cf", "stade",
               "olympique", "racing", "sporting", "real", "atlético", "dynamo", "inter"}
# « la province de Santiago », « la province de Cordoue »: a region named like a city is not that city
_REGION_WORDS = {"état", "province", "région", "territoire", "comté", "district"}
# « le protocole de Minsk », « les accords d'Oslo »: a text named after the city it was signed in tells nothing of
# that city's state
_TEXT_WORDS = {"accord", "accords", "protocole", "protocoles", "traité", "processus", "format", "pacte", "charte"}
# « le groupe de Minsk », « la Conférence de Bruxelles »: a forum named after a city (the conference only when its
# name is written capitalised, as a named event) tells nothing of that city's state
_FORUM_WORDS = {"groupe"}
_NAMED_FORUM_WORDS = {"conférence"}


def not_the_place(doc: Doc, start: int, end: int, city: bool, capitalised: frozenset[str]) -> bool:
    """A place's name that only names a club, a geographic feature, a city's name a region of the same name, or an
    acronym."""
    if _acronym_after_noun(doc, start, end, capitalised) or of_a_feature(doc, start):
        return True
    before = start - 1
    if before >= 0 and doc[before].text[:1].isupper() and doc[before].lower_ in _CLUB_WORDS:
        return True
    if before >= 1 and doc[before].lower_ in {"de", "d'"}:
        word = doc[before - 1]
        return (word.text[:1].isupper() and word.lower_ in _CLUB_WORDS) or \
            (city and (word.lower_ in _REGION_WORDS or word.lower_ in _TEXT_WORDS or _a_forum(word.text)))
    return city and before >= 1 and doc[before].lower_ == "à" and _text_concluded(doc, before - 1)


def _a_forum(word: str) -> bool:
    """« groupe », « Conférence » (capitalised): a forum's noun before « de » and a city."""
    return word.lower() in _FORUM_WORDS or (word[:1].isupper() and word.lower() in _NAMED_FORUM_WORDS)


_TEXT_REACH = 8  # words before a participle where the text it tells of may be named


def _text_concluded(doc: Doc, at: int) -> bool:
    """« l'accord sur le dossier nucléaire obtenu à X », « le traité signé à X »: a participle after a text's noun
    (with no verb nor punctuation between) tells where the text was concluded, as « l'accord de X » does: that
    city stands for no state of the story."""
    participle = doc[at]
    if participle.pos_ not in {"VERB", "ADJ"} or "Part" not in morph_values(participle, "VerbForm"):
        return False
    for word in reversed(doc[max(0, at - _TEXT_REACH):at]):
        if word.is_punct or (word.pos_ in {"VERB", "AUX"} and "Part" not in morph_values(word, "VerbForm")):
            return False
        if word.lower_ in _TEXT_WORDS:
            return True
    return False


def of_a_feature(doc: Doc, start: int) -> bool:
    """« le golfe de X », « la mer d'X », « le golfe du X », « le lac X », « l'océan Indien »: a name or a demonym in
    a sea's, a gulf's, a lake's or a river's name (feature-nouns.tsv) names the feature, not the state."""
    features = word_list("feature-nouns.tsv")
    before = start - 1
    if before >= 1 and doc[before].lower_ in DE_CASES:
        before -= 1
    return before >= 0 and doc[before].lower_ in features


def a_language(doc: Doc, start: int, end: int) -> bool:
    """« en français », « traduit en russe »: a demonym after « en » names a language, not a state."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "en" and doc[start].text.islower()


def an_idiom(doc: Doc, start: int, end: int) -> bool:
    """« aux calendes grecques », « la roulette russe »: a demonym in a set phrase after its noun (demonym-idioms.tsv)
    names no state."""
    return end - start == 1 and start > 0 and doc[start].text.islower() and \
        (doc[start - 1].lower_, doc[start].lower_) in _demonym_idioms()


@cache
def _demonym_idioms() -> frozenset[tuple[str, str]]:
    return frozenset((noun, demonym) for noun, demonym in table("demonym-idioms.tsv"))


def acronym_not_in_capitals(text: str, capitalised: frozenset[str]) -> bool:
    """« la compagnie Cia Docas »: a body's name known only as an acronym in capitals (« CIA ») is not that body
    where the word is written otherwise (a firm's abbreviated « Cia »): bodies match whatever the case, as « le
    département d'État » is written lowercase too, but an acronym keeps its capitals."""
    return len(text) > 1 and " " not in text and not text.isupper() and text.upper() in capitalised


def _acronym_after_noun(doc: Doc, start: int, end: int, capitalised: frozenset[str]) -> bool:
    """A word in capitals right after a common noun is an acronym qualifying it (« des drones MALE », medium
    altitude long endurance), not the place it spells, unless the place is written so (« les forces RDC »)."""
    word = doc[start]
    return end - start == 1 and len(word.text) > 1 and word.text.isupper() and word.text not in capitalised and \
        start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text.islower()


def narrowed(doc: Doc, end: int, demonyms: dict[int, str | None], state: str | None,
             matches: list[tuple[int, int, str, str]]) -> bool:
    """A body's name in common words that goes on with an adjective of its own (« nationale »), or with the
    demonym or the name (`matches`) of another state than the one it stands for, names another, narrower body (not
    « le Hezbollah libanais », « le Conseil de sécurité réuni lundi »)."""
    if of_another_state(doc, end, {m[0]: m[2] for m in matches if m[3] == gz.NAME}, state):
        return True  # « le Conseil de sécurité d'Arménie »: a name an international body bears too
    if demonyms.get(end, state) not in {state, None}:
        return True  # « la Marine Nationale colombienne », « le Conseil de sécurité arménien »
    after = doc[end] if end < len(doc) else None
    if after is None or after.pos_ != "ADJ" or not after.text.islower() or not doc[end - 1].text.islower() or \
            "Part" in morph_values(after, "VerbForm"):
        return False
    return end not in demonyms or demonyms[end] != state


def of_another_state(doc: Doc, end: int, names: dict[int, str], state: str | None) -> bool:
    """A body's name in common words that goes on with the name of another state than the one it stands for
    (« la présidence de la République du Gabon »): that state's own body."""
    at = end
    if at < len(doc) and doc[at].lower_.replace("\u2019", "'") in DE_CASES:
        at += 1
        if at < len(doc) and doc[at].lower_ in {"la", "l'"}:
            at += 1
    return at > end and not doc[end - 1].text.isupper() and names.get(at, state) != state


_COMPASS = {"sud", "nord", "latino", "méso", "centre"}


def of_a_region(doc: Doc, start: int, state_label: str) -> bool:
    """« les pays sud américains », « latino américain »: a demonym written apart after a compass word that its
    state's name lacks (not « sud coréen ») names the people of a continent's part, not of the state."""
    return start > 0 and doc[start - 1].lower_ in _COMPASS and doc[start - 1].lower_ not in state_label.lower()


def inside_compound(doc: Doc, start: int, end: int, names: set[tuple[int, int]]) -> bool:
    """A name glued by a hyphen to another capitalised word is part of a longer name (« le stade Santiago-X »),
    unless that word begins or ends another state's name (`names`, spans): « la coopération A-B-C », « les
    pourparlers A-B » join states."""
    after = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text[:1].isupper() and \
        not any(s == end + 1 for s, _ in names)
    before = start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text[:1].isupper() and \
        not any(e == start - 1 for _, e in names)
    return after or before


def compound_of_states(doc: Doc, start: int, combining: frozenset[str]) -> tuple[int, int] | None:
    """The span of « algéro - tunisienne » when the demonym at `start` is one of its two parts, else None."""
    if start + 2 < len(doc) and doc[start].lower_ in combining and doc[start + 1].text == "-":
        return start, start + 3
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in combining:
        return start - 2, start + 1
    return None


def of_a_product(doc: Doc, start: int, end: int, product_nouns: frozenset[str]) -> bool:
    """A compound of two states that qualifies a system or a firm made by both (« le consortium franco-italien X »,
    « des avions sino-pakistanais X-1 »): a maker's origin, told before a name or after such a noun, no side."""
    after = doc[end] if end < len(doc) else None
    named = after is not None and (after.text[:1].isupper() or after.text[:1].isdigit())
    return named or (start > 0 and doc[start - 1].lemma_.lower() in product_nouns)


def noun_first(text: str, nouns: frozenset[str]) -> bool:
    """« missile Mistral », « lance-roquettes RPG-7 »: a system's form written after its lowercase noun, the name
    capitalised, whatever the case of the system's label."""
    words = text.split()
    return len(words) > 1 and words[0].islower() and (words[0] in nouns or words[0].rstrip("sx") in nouns) and \
        (words[-1][:1].isupper() or words[-1][:1].isdigit())


_LOWER_DESIGNATOR = re.compile(r"[a-z]{1,3}-\d{2,4}[a-z]?")


def written_lowercase(doc: Doc, start: int, text: str, nouns: frozenset[str]) -> bool:
    """« des systèmes stinger », « des avions d'attaque m-346 »: a system's name written all lowercase is the
    system's still right after its weapon noun, or when it is a designator (letters, a hyphen, digits)."""
    if not text.islower():
        return False
    if _LOWER_DESIGNATOR.fullmatch(text):
        return True
    before = doc[start - 1].lower_ if start else ""
    return " " not in text and (before in nouns or before.rstrip("sx") in nouns)
