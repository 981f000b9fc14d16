"""What is civil though it looks like a state's or an army's: bodies a demonym only says the origin of, and
airliners.

Demonyms on bodies that are no state's: « la Fédération royale marocaine de football », « le club qatari »,
« la joueuse russe », « le quotidien algérien », « la compagnie saoudienne » tell where a federation, a club, a
player, a paper or an airline comes from; the state is named (the article is about it), but it does not act.
So do demonyms on sides that are no state's (« les rebelles syriens », « le mouvement chiite libanais »,
« l'opposition malaisienne »): the state does not arm, fund or meet through them.
A body so named with a capital (« la Fédération française de football ») is an organisation of its own, minted
from its name (a post's body: « le président de la Fédération française de football »); a common noun leaves
the demonym a mere origin. A state's own bodies and forces (« l'armée turque », « la délégation russe ») and its
firms (« le groupe italien X ») are not civil-bodies.tsv's nouns and keep acting for it; nor is a noun that is
part of the state's own name (« la Fédération russe »).

An article that names an aircraft or an airline with a civil qualifier (« des avions de ligne », « les appareils
commerciaux », « la compagnie aérienne », civil-aviation.tsv) speaks of airliners: its aircraft nouns open no
military context there, so an airline's or a state's order of airliners is no arms deal.

A publisher named like a person (« publié chez Prénom Nom », « aux éditions Prénom Nom », a book's credit
« « Titre » (trad. Prénom Nom, Prénom Nom) », where the name no credit word introduces is the publisher's) is
no person."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.doc_words import lemmas, tokens
from kg.extract.lexicon import civil_aviation, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import DE_CASES
from kg.gazetteer import Gazetteer
from kg.records import Entity
from kg.text import fold

ORIGIN = "origin"  # a demonym that names a state only as where a civil body comes from: no actor
# what introduces a person in a book's credit: its translator, illustrator, prefacer, editor
_CREDITS = {"trad", "traduit", "traduction", "ill", "illustré", "illustrations", "préf", "préface", "préfacé", "par",
            "dir", "adapté", "adaptation", "avec"}
_PUBLISHING = {"publier", "paraître", "éditer", "rééditer", "sortir", "traduire", "parution", "publication"}
_HOUSES = {"éditions", "édition", "editions"}


def _civil_noun(doc: Doc, mention: Mention) -> Token | None:
    """The civil noun a demonym qualifies, right before it past other adjectives (« la compagnie aérienne
    saoudienne », « la Fédération royale marocaine »)."""
    nouns = word_list("civil-bodies.tsv") | word_list("non-state-sides.tsv") | word_list("group-nouns.tsv")
    at = mention.start - 1
    while at >= 0 and mention.start - at <= 3:
        token = doc[at]
        if token.lower_ in nouns or token.lemma_.lower() in nouns:
            return token
        if not ((token.pos_ == "ADJ" or token.dep_ == "amod") and token.text.islower()):
            return None
        at -= 1
    return None


def _own_name(gaz: Gazetteer, noun: Token, mention: Mention) -> bool:
    """« la Fédération russe »: a noun that is part of the state's own name names the state."""
    return mention.state is not None and fold(noun.text) in gaz.name_words.get(mention.state.key, frozenset())


def _name_end(doc: Doc, end: int, taken: set[int]) -> int:
    """Where a body's name that a demonym ends or runs on goes to: « de football », « de tennis de table »."""
    while end + 1 < len(doc) and doc[end].lower_ in DE_CASES and end + 1 not in taken and \
            doc[end + 1].pos_ in {"NOUN", "PROPN"} and doc[end + 1].is_alpha:
        end += 2
    return end


def civil_origins(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions of a paragraph, a demonym on a civil body's noun made that body (capitalised: minted as an
    organisation) or a mere origin (a common noun)."""
    out: list[Mention] = []
    changed = False
    for mention in mentions:
        noun = _civil_noun(doc, mention) if mention.how == gz.DEMONYM else None
        if noun is None or _own_name(gaz, noun, mention):
            out.append(mention)
            continue
        changed = True
        taken = {i for m in mentions if m is not mention for i in range(m.start, m.end)}
        end = _name_end(doc, mention.end, taken)
        if noun.text[:1].isupper() and not noun.is_sent_start and not any(i in taken for i in range(noun.i, end)):
            text = re.sub(r"\s+", " ", doc[noun.i:end].text)
            out.append(Mention(noun.i, end, Entity("org:" + text, text, "Organisation"), "ner-org"))
        else:
            out.append(replace(mention, how=ORIGIN, state=None))
    return sorted(out, key=lambda m: m.start) if changed else mentions


def civil_named(entity: Entity) -> bool:
    """A body the reference data does not know, named by a civil body's noun (« Fédération allemande de handball »,
    « Université de X »)."""
    words = entity.label.split()
    return entity.iri is None and entity.cls != "State" and bool(words) and \
        words[0].lower() in word_list("civil-bodies.tsv")


def civil_aircraft(docs: Iterable[Doc]) -> frozenset[str]:
    """The aircraft nouns that open no military context in an article that speaks of airliners (none else)."""
    nouns, qualifiers = civil_aviation("aircraft"), civil_aviation("qualifier")
    civil = any(lemma in nouns and any(c.dep_ in {"amod", "nmod"} and c.lemma_.lower() in qualifiers
                                       for c in tokens(doc)[at].children)
                for doc in docs if not nouns.isdisjoint(lemmas(doc))  # most paragraphs name no aircraft
                for at, lemma in enumerate(lemmas(doc)))
    return nouns if civil else frozenset()


def _credited(doc: Doc, start: int) -> bool:
    """Whether a credit word introduces the name at `start` (« trad. Prénom Nom », « traduit par Prénom Nom »)."""
    at = start - 1
    while at >= 0 and start - at <= 3 and ((doc[at].is_punct and doc[at].text not in {"(", ","}) or
                                           doc[at].lower_ in {"de", "l'", "d'"}):
        at -= 1
    return at >= 0 and doc[at].lower_.rstrip(".") in _CREDITS


def _credit_item(doc: Doc, mention: Mention, people: set[int]) -> bool:
    """« « Titre » (Éditeur) », « de Prénom Nom (trad. X, Éditeur) »: a name that is a whole item of the bracket
    after a work's title or its author (or holding a credit word), which no credit word introduces."""
    before = doc[mention.start - 1] if mention.start else None
    after = doc[mention.end] if mention.end < len(doc) else None
    if before is None or after is None or before.text not in {"(", ","} or after.text not in {")", ","}:
        return False
    opening = next((i for i in range(mention.start - 1, max(mention.start - 12, -1), -1) if doc[i].text == "("), None)
    if opening is None or opening == 0 or any(doc[i].text == ")" for i in range(opening, mention.start)):
        return False
    inside = [t.lower_.rstrip(".") for t in doc[opening + 1:mention.start]]
    after_work = doc[opening - 1].text in {"»", '"', "\u201d"} or (opening - 1) in people
    return (after_work or any(w in _CREDITS for w in inside)) and not _credited(doc, mention.start)


def _published_by(doc: Doc, mention: Mention) -> bool:
    """« aux éditions Prénom Nom », « publié chez Prénom Nom »."""
    before = doc[mention.start - 1] if mention.start else None
    if before is None:
        return False
    if before.lower_ in _HOUSES:
        return True
    return before.lower_ == "chez" and any(t.lemma_.lower() in _PUBLISHING
                                          for t in doc[max(0, before.i - 6):before.i])


def without_publishers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a paragraph less the publishers its person names are."""
    people = {i for m in mentions if m.how == gz.PERSON for i in range(m.start, m.end)}
    return [m for m in mentions if m.how != gz.PERSON or not (
        _published_by(doc, m) or _credit_item(doc, m, people))]
