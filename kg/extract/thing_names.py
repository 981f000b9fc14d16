"""Names the NER reads as people's that name a ship or a newspaper, told by how French writes a thing's name: after
a singular article (« le Prénom Nom a été livré »), after a system's code (« le P000 Prénom Nom »), after a naming
participle of the passive (« il sera baptisé Prénom Nom », « doit être nommé Prénom Nom »), after a medium's noun
(« selon le quotidien Nom Nom »), and in a list opened by a plural article before a name (« les Nom Nom (X), Prénom
Nom (Y) et Nom (Z) »: ships, a family, never people listed bare)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list

_SINGULAR = {"le", "la", "l'", "du", "au"}  # French puts no article before a person's name without a title
_NAMING_PASSIVE = "baptis"  # « baptisé X » names a thing whatever comes before; « nommé X » only after « être »


def thing_name(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """The NER's person span [start, end) names a thing (see the module)."""
    return start > 0 and (_after_article(doc, start, end, titles) or _after_code(doc, start) or
                          _given_name(doc, start) or _after_medium(doc, start))


def _titled(word: Token, titles: frozenset[str]) -> bool:
    return word.lower_ in titles or word.lower_ in word_list("honorifics.tsv") or \
        word.lower_ in word_list("military-ranks.tsv")


def _after_article(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """« le Prénom Nom a été livré »: two capitalised words after a lowercase singular article, no title among
    them (« le Cheikh Nom », « le Général Nom » are people)."""
    return end - start == 2 and doc[start - 1].text in _SINGULAR and not any(
        _titled(t, titles) for t in doc[start:end]) and all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end])


def _code(word: Token) -> bool:
    return any(c.isdigit() for c in word.text) and any(c.isupper() for c in word.text) and \
        not any(c.islower() for c in word.text)


def _after_code(doc: Doc, start: int) -> bool:
    """« le P000 Prénom Nom », « la vedette OPV 00 Prénom Nom »: a name right after a system's code, opened by an
    article or a lowercase noun (not « de la COP00 Prénom Nom »: whose head he is)."""
    at = start - 1
    if at > 0 and doc[at].is_digit and doc[at - 1].is_upper and doc[at - 1].is_alpha:  # « OPV 00 »
        at -= 1
    elif not _code(doc[at]):
        return False
    if at < 1:
        return False
    opener = doc[at - 1]
    return (opener.lower_ in _SINGULAR or (opener.pos_ == "NOUN" and opener.text.islower())) and \
        opener.lower_ not in {"de", "d'", "des"} and (at < 2 or doc[at - 2].lower_ not in DE_CASES)


def _given_name(doc: Doc, start: int) -> bool:
    """« il sera baptisé Prénom Nom », « le patrouilleur doit être nommé Nom II »: the name a thing is given; a
    person named so is the subject (« Prénom Nom a été nommé ministre »)."""
    word = doc[start - 1]
    if word.lower_ not in word_list("naming-words.tsv"):
        return False
    return word.lower_.startswith(_NAMING_PASSIVE) or (start > 1 and doc[start - 2].lemma_.lower() == "être")


def _after_medium(doc: Doc, start: int) -> bool:
    """« selon le quotidien Nom Nom », « écrit l'hebdomadaire Nom Nom »: a medium's noun right before the name."""
    word = doc[start - 1]
    media = word_list("medium-nouns.tsv")
    return start > 1 and word.text.islower() and doc[start - 2].lower_ in _SINGULAR | {"les"} and (
        word.lower_ in media or word.lemma_.lower() in media)


def listed_things(doc: Doc, spans: list[tuple[int, int]], things: set[tuple[int, int]],
                  titles: frozenset[str]) -> set[tuple[int, int]]:
    """The person spans of `spans` listed after a thing's name (one of `things`) or after a name a plural article
    opens (« les Nom Nom (X), Prénom Nom (Y) et Nom II (Z) »), each set off by a comma or « et »; not names listed
    after a plural title (« les Présidents Prénom Nom et Prénom Nom »)."""
    return {(start, end) for start, end in spans if _listed_after_thing(doc, start, {s for s, _ in things}, titles)}


def _listed_after_thing(doc: Doc, start: int, things: set[int], titles: frozenset[str]) -> bool:
    at = start - 1
    for _ in range(8):  # back over the names listed before, each with its parenthesis
        if at < 1 or doc[at].text not in {",", "et"}:
            return False
        at -= 1
        if doc[at].text == ")":
            while at > 0 and doc[at].text != "(":
                at -= 1
            at -= 1
        last = at
        while at >= 0 and doc[at].text[:1].isupper() and not doc[at].is_sent_start:
            if _titled(doc[at], titles) or doc[at].lower_[:-1] in titles:
                return False  # « les Présidents X et Y »: people a title names
            at -= 1
        if last == at:
            return False
        if at + 1 in things or doc[at].lower_ == "les":
            return True
    return False


def naming_scheme(doc: Doc, start: int) -> bool:
    """« (Nom selon la classification US) », « sa désignation américaine »: a state's name or demonym right after
    a naming scheme's noun (naming-systems.tsv), past « de », names the scheme, not the state."""
    before = start - 1
    if before >= 1 and doc[before].lower_ in DE_CASES:
        before -= 1
    schemes = word_list("naming-systems.tsv")
    return before >= 0 and (doc[before].lower_ in schemes or doc[before].lemma_.lower() in schemes)
