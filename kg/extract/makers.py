"""Who makes a weapon system the reference data lacks, as the article says it, of a company the reference data
knows: « X, fabriqué par Y », « le X conçu par Y », « le X du constructeur Y », « le X de Y », « Y, qui produit
le X », « Y produit le X », « le X (Y) », and « les missiles seront fabriqués par Y » after one system of that noun."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.records import Entity

_MAKING = {"fabriquer", "produire", "concevoir", "développer", "construire", "assembler"}
_MAKING_STEMS = ("fabriqu", "produi", "conç", "concev", "développ", "construi", "assembl")  # the lemma may be lost
# words between a system and its maker: « le X du groupe sud-coréen Y », « le X de la société Y »
_MAKER_NOUNS = {"constructeur", "industriel", "groupe", "société", "firme", "fabricant", "avionneur", "motoriste",
                "chantier", "entreprise", "concepteur", "l'", "la", "le", "les", "du", "de", "d'", "des"}


def _minted(mention: Mention) -> bool:
    return mention.how == gz.WEAPON and mention.entity.iri is None


def _company_after(mentions: list[Mention], start: int, limit: int = 5) -> Mention | None:
    return next((m for m in mentions if m.how == gz.COMPANY and start <= m.start < start + limit), None)


def _of_maker(doc: Doc, weapon: Mention, mentions: list[Mention]) -> Mention | None:
    """« le X du constructeur Y », « le X de Y », « le X du sud-coréen Y », « des hélicoptères X Falcon de la
    société Y » (past the model's name after its designator), « le X (Y) »."""
    i = weapon.end
    if i < len(doc) and doc[i].text == "(":  # « trois avions X (Y) »: the maker in brackets
        company = _company_after(mentions, i + 1, 1)
        return company if company is not None and company.end < len(doc) and doc[company.end].text == ")" else None
    while i < len(doc) and i - weapon.end < 2 and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and not any(m.start == i for m in mentions):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in {"de", "du", "d'"}:
        return None
    demonyms = {j for m in mentions if m.how == gz.DEMONYM for j in range(m.start, m.end)}
    while i < len(doc) and i - weapon.end < 5 and (doc[i].lower_ in _MAKER_NOUNS or i in demonyms):
        i += 1
    company = _company_after(mentions, i, 1)
    return company


def _relative(doc: Doc, company: Mention, verb: Token) -> bool:
    """« Y, qui produit », « Y qui fabrique »: whatever the parser makes of the relative clause."""
    words = [t.lower_ for t in doc[company.end:verb.i]]
    return words in (["qui"], [",", "qui"])


def _titled_subject(token: Token, verb: Token) -> bool:
    """A word of the name of a maker after the noun that is the verb's subject (« le constructeur Y produit »)."""
    head = token.head
    return token.dep_ in {"appos", "flat:name", "nmod"} and head.dep_ == "nsubj" and head.head == verb \
        and head.lemma_.lower() in _MAKER_NOUNS


def _made_by(span: Span, mentions: list[Mention], earlier: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs a sentence gives by a verb of making."""
    found: list[tuple[Mention, Mention]] = []
    inside = [m for m in mentions if span.start <= m.start < span.end]
    if not any(m.how == gz.COMPANY or _minted(m) for m in inside):
        return found  # each reading below needs a company or a minted system of the sentence
    for token in span:
        if token.lemma_.lower() not in _MAKING and not (
                token.pos_ == "VERB" and token.lower_.startswith(_MAKING_STEMS)):
            continue
        after = token.i + 1
        if after < span.end and span.doc[after].lower_ == "par" and "VerbForm=Part" in str(token.morph):
            company = _company_after(inside, after + 1)
            before = [m for m in inside if _minted(m) and m.end <= token.i]
            if company is not None and before:  # « X, fabriqué par Y »
                found.append((before[-1], company))
            elif company is not None and len({m.entity.key for m in earlier}) == 1 and any(
                    c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" for c in token.children):
                found.append((earlier[-1], company))  # « les missiles seront fabriqués par Y »: the one before
            continue
        subjects = [m for m in inside if (m.how == gz.COMPANY and m.end <= token.i and any(
            (span.doc[i].dep_ == "nsubj" and span.doc[i].head == token) or  # « Y, qui produit le X »
            _titled_subject(span.doc[i], token) or  # « le constructeur Y produit le X »
            (token.dep_ == "acl:relcl" and token.head.i == i and any(c.lower_ == "qui" for c in token.children))
            for i in range(m.start, m.end))) or _relative(span.doc, m, token)]
        systems = [m for m in inside if _minted(m) and m.start > token.i and token.is_ancestor(span.doc[m.start])]
        if subjects and systems and "VerbForm=Part" not in str(token.morph):  # « Y, qui produit le X »
            found.extend((s, subjects[0]) for s in systems)
    return found


def find_makers(docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a minted system given the makers the article names for it (anywhere)."""
    makers: dict[str, list[str]] = {}
    earlier: list[Mention] = []
    for doc, mentions in zip(docs, found, strict=True):
        for span in doc.sents:
            pairs = _made_by(span, mentions, earlier)
            for weapon in (m for m in mentions if _minted(m) and span.start <= m.start < span.end):
                company = _of_maker(doc, weapon, mentions)
                if company is not None:
                    pairs.append((weapon, company))
                earlier.append(weapon)
            for weapon, company in pairs:
                if company.entity.iri is not None:
                    makers.setdefault(weapon.entity.key, [])
                    if company.entity.iri not in makers[weapon.entity.key]:
                        makers[weapon.entity.key].append(company.entity.iri)
    if not makers:
        return found
    return [[_with_makers(m, makers) for m in mentions] for mentions in found]


def _with_makers(mention: Mention, makers: dict[str, list[str]]) -> Mention:
    known = makers.get(mention.entity.key)
    if not _minted(mention) or not known:
        return mention
    entity: Entity = replace(mention.entity, makers=tuple(known))
    return replace(mention, entity=entity)
