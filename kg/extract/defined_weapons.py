"""Systems an article defines: « les Zorvak Tundra sont des véhicules militaires légers », « les Kestrel sont des drones
armés ». A capitalised name the reference data lacks, the subject of « être » whose predicate is a weapon noun of the
reference's types (« des véhicules blindés ») or a weapon head qualified as military (« des véhicules militaires »),
names a weapon system, wherever the article names it (« un don de 28 Zorvak Tundra »); a singular predicate names one
thing (« le Borvik Tann est une frégate »: a ship, no system). A name of a state, a person or
an organisation the article knows is none; nor is a name told as civil goods (« des véhicules utilitaires »)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention, replaced, weapon_heads, weapon_key
from kg.extract.weapon_nouns import weapon_type
from kg.gazetteer import Gazetteer
from kg.records import Entity

_LOOSE = {gz.COMPANY, "ner-org", "ner-misc", gz.PERSON}  # what a system's name may be misread as (« Toyota »)
_NAME_DEPS = {"flat:name", "compound", "nmod", "amod", "appos"}
_PREDICATE_REACH = 4  # the words of the predicate a reference weapon noun may span (« véhicule blindé léger »)


def _predicate_kind(gaz: Gazetteer, noun: Token, heads: frozenset[str]) -> tuple[bool, str | None]:
    """Whether a predicate noun names weapons, and the reference type it names if any."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in heads or "Plur" not in noun.morph.get("Number", []):
        return False, None
    kind = weapon_type(gaz, noun, min(noun.i + _PREDICATE_REACH, len(noun.doc)))
    military = any(c.dep_ == "amod" and c.lemma_.lower() in word_list("military.tsv") for c in noun.children)
    return kind is not None or military, kind


def _name(subject: Token) -> tuple[int, int] | None:
    """The span of a capitalised name the subject token heads, its article aside (None: not such a name)."""
    words = sorted([subject, *(c for c in subject.children if c.dep_ in _NAME_DEPS and c.i > subject.i)],
                   key=lambda t: t.i)
    start, end = words[0].i, words[-1].i + 1
    tokens = subject.doc[start:end]
    if end - start != len(words) or not all(t.text[:1].isupper() and t.is_alpha for t in tokens):
        return None
    return start, end


def _defined(gaz: Gazetteer, doc: Doc, mentions: list[Mention], heads: frozenset[str]) -> dict[str, Entity]:
    """The systems one paragraph defines, by their name's key."""
    found: dict[str, Entity] = {}
    for cop in doc:
        if cop.dep_ != "cop" or cop.lemma_.lower() != "être":
            continue
        names_weapons, kind = _predicate_kind(gaz, cop.head, heads)
        subject = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
        span = _name(subject) if names_weapons and subject is not None else None
        if span is None or any(m.start < span[1] and span[0] < m.end and m.how not in _LOOSE for m in mentions):
            continue
        name = doc[span[0]:span[1]].text
        found[weapon_key(name)] = Entity(weapon_key(name), name, "WeaponSystem", kind=kind)
    return found


def _named(doc: Doc, mentions: list[Mention], systems: dict[str, Entity]) -> list[Mention]:
    """One paragraph's mentions with each defined system's name, wherever it stands, made that system."""
    new = []
    for start in range(len(doc)):
        for size in (3, 2, 1):
            entity = systems.get(weapon_key(doc[start:start + size].text)) if start + size <= len(doc) else None
            if entity is not None and all(t.text[:1].isupper() for t in doc[start:start + size]):
                new.append(Mention(start, start + size, entity, gz.WEAPON))
                break
    kept = [n for n in new if not any(m.start < n.end and n.start < m.end and m.how not in _LOOSE | {gz.WEAPON}
                                      for m in mentions)]
    return replaced(mentions, kept)


def defined_weapons(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, the systems the article defines by « être » named as weapons throughout."""
    heads = weapon_heads(gaz)
    systems: dict[str, Entity] = {}
    for doc, mentions in zip(docs, found, strict=True):
        systems.update(_defined(gaz, doc, mentions, heads))
    if not systems:
        return found
    return [_named(doc, mentions, systems) for doc, mentions in zip(docs, found, strict=True)]
