"""The firm a word of making links to its system over a few words, and the systems a demonstrative takes up:
« développés conjointement par Y et Z », « produits sous licence par Y », « fabriqués en Inde par Y »,
« construits chez Y », « ces appareils sont en construction chez Y » (the systems the sentence before names).
The words of manner or place that may come between (making-manners.tsv) are data."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import table, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import THESE

_LINKS = {"par", "chez"}
_PLACE_CASES = {"en", "à", "au", "aux"}
_PARTICLES = {"du", "de", "des"}  # inside a place's name: « Corée du Sud »
_GAP = 4  # words of manner or place at most between the word of making and its link


def maker_link(doc: Doc, token: Token, stop: int) -> int | None:
    """The index of the « par » or « chez » after a word of making, past lowercase adverbs, words of manner
    (« sous licence », « en série ») and a capitalised place after « en » or « à » (« en Inde »)."""
    manners = word_list("making-manners.tsv")
    for i in range(token.i + 1, min(stop, token.i + _GAP + 2)):
        word = doc[i]
        if word.lower_ in _LINKS:
            return i
        lower = word.is_alpha and word.text.islower()
        # a place's words, once « en » or « à » opened it (any word passed before is one of these)
        place = i - 1 > token.i and (doc[i - 1].lower_ in _PLACE_CASES or doc[i - 1].text[:1].isupper()) and (
            word.text[:1].isupper() or (word.lower_ in _PARTICLES and doc[i - 1].text[:1].isupper()))
        if not ((lower and (word.pos_ == "ADV" or word.lower_ in manners)) or place or _in_name(doc, i)):
            return None
    return None


def _in_name(doc: Doc, i: int) -> bool:
    """« en Corée du Sud »: the capitalised word after a particle inside a place's name."""
    return i > 1 and doc[i].text[:1].isupper() and doc[i - 1].lower_ in _PARTICLES and doc[i - 2].text[:1].isupper()


def under_way(token: Token) -> bool:
    """« sont en construction », « est en cours de fabrication »: a work of making (making-works.tsv) as what a
    copula says of its subject."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in word_list("making-works.tsv") and \
        any(c.dep_ == "cop" for c in token.children)


def of_parts(noun: Token) -> bool:
    """« des pièces », « les moteurs »: a noun of a system's parts (component-nouns.tsv, the engines of
    part-nouns.tsv), whose maker is not the system's."""
    word = noun.lemma_.lower()
    return word in word_list("component-nouns.tsv") or any(row == (word, "engine") for row in table("part-nouns.tsv"))


def coordinated_firms(doc: Doc, first: Mention, inside: list[Mention]) -> list[Mention]:
    """« par Y et Z », « par Y, Z et W »: the companies coordinated after the first one."""
    firms = [first]
    at = first.end
    while at + 1 < len(doc) and doc[at].lower_ in {"et", ","}:
        after = next((m for m in inside if m.how == gz.COMPANY and m.start == at + 1), None)
        if after is None:
            break
        firms.append(after)
        at = after.end
    return firms


def joined_firms(doc: Doc, firm: Mention, inside: list[Mention]) -> list[Mention]:
    """« Y et Z ont développé », « Y, Z et W produisent »: the companies coordinated with a subject company, before it
    (where the parser takes only the last one for the subject) and after it, in the text's order."""
    before: list[Mention] = []
    at = firm.start
    while at > 1 and doc[at - 1].lower_ in {"et", ","}:
        previous = next((m for m in inside if m.how == gz.COMPANY and m.end == at - 1), None)
        if previous is None:
            break
        before.insert(0, previous)
        at = previous.start
    return before + coordinated_firms(doc, firm, inside)


def taken_up(token: Token, previous: list[Mention]) -> list[Mention]:
    """« ces appareils sont fabriqués par Y », « ces engins sont en construction chez Y »: the systems of the
    sentence before that a plural demonstrative subject of a weapon noun takes up."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN"]
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":  # « ces appareils, fabriqués par Y, ... »
        subjects.append(token.head)
    taking = any("Number=Plur" in str(s.morph) and s.lemma_.lower() in word_list("weapon-anaphors.tsv") and
                 any(c.dep_ == "det" and c.lower_ in THESE for c in s.children) for s in subjects)
    return previous if taking else []
