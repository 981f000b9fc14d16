"""Weapon systems spelled in English, as French news quotes them: a capitalised English name that ends in a noun of
one system (ontology/lexicon/english-weapon-heads.tsv), its initials in brackets right after it (« le Long Range
Anti-Ship Missile (LRASM) », « des frégates « Future Surface Combatant » [FSC] »): the name is a system, and so are its
initials, there and later in the article. A kind of system spelled so (english-weapon-kinds.tsv: « Offshore Patrol
Vessel (OPV) ») is none, nor is a name the reference data or the NER gives to someone else."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import texts
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention, replaced, weapon_key
from kg.records import Entity

_OPEN = {"(", "["}
_CLOSE_QUOTES = {"»", "\"", "”", "'"}
_LINKS = {"to", "of", "and", "-", "&"}  # « Surface to Air », « Multi-Mission »


def english_systems(doc: Doc, mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
    """The paragraph's mentions with the systems spelled in English added (the unknown organisations or lone names
    the NER read in them dropped)."""
    taken = {i for m in mentions if not _loose(m) for i in range(m.start, m.end)}
    found: list[Mention] = []
    words = texts(doc)  # every token is asked: its text read from the Doc's list, no Token made
    for at in range(2, len(doc) - 1):
        if words[at] not in _OPEN:
            continue
        initials = words[at + 1]
        if not (initials.isalpha() and initials.isupper() and 3 <= len(initials) <= 7):
            continue
        end = at - 1 if words[at - 1] in _CLOSE_QUOTES else at
        start = _name_start(doc, end)
        if start is None or any(i in taken for i in range(start, end)) or at + 1 in taken:
            continue
        name = doc[start:end].text
        if not _spelled_by(name, initials) or _kind(name):
            continue
        entity = minted.setdefault(weapon_key(name), Entity(weapon_key(name), name, "WeaponSystem"))
        minted.setdefault(weapon_key(initials), entity)
        found += [Mention(start, end, entity, gz.WEAPON), Mention(at + 1, at + 2, entity, gz.WEAPON)]
    return replaced(mentions, found)


def _loose(mention: Mention) -> bool:
    return mention.how == "ner-org" or (mention.how == gz.PERSON and mention.entity.iri is None)


def _name_start(doc: Doc, end: int) -> int | None:
    """Where a capitalised English name ending at `end` in a head noun of one system begins (two capitalised words
    at least, joined by spaces, hyphens, « to », « of », « and »)."""
    if end < 2 or doc[end - 1].text not in word_list("english-weapon-heads.tsv"):
        return None
    start, words = end - 1, 1
    while start > 0:
        before = doc[start - 1]
        if before.text[:1].isupper() and before.text.replace("-", "").isalpha() and not before.is_sent_start:
            start, words = start - 1, words + 1
        elif before.text in _LINKS and start > 1 and doc[start - 2].text[:1].isupper():
            start -= 1
        else:
            break
    while doc[start].text in _LINKS:
        start += 1
    return start if words >= 2 else None


def _spelled_by(name: str, initials: str) -> bool:
    """« Multi-Mission Surface Combatant » and « MMSC »: the capitalised words' first letters spell the initials,
    the first the same and at most one letter of the initials none of theirs (« AHRLAC » of « Advanced High
    Performance Reconnaissance Light Aircraft »)."""
    firsts = [w[0] for w in name.replace("-", " ").split() if w[:1].isupper()]
    return bool(firsts) and firsts[0] == initials[0] and len(set(initials) - set(firsts)) <= 1 and \
        abs(len(firsts) - len(initials)) <= 1


def _kind(name: str) -> bool:
    """« Offshore Patrol Vessel(s) »: a kind of system, not one."""
    kinds, folded = word_list("english-weapon-kinds.tsv"), name.lower()
    return folded in kinds or folded.rstrip("s") in kinds
