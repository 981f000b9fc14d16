"""Who builds a system, by the order, contract or purchase a sentence tells: « le KRI X a été commandé au
sud-coréen Y », « commandé au chantier Y », « des drones X, acquis auprès du fabricant Y », « ce patrouilleur est le
fruit d'un contrat signé avec le chantier Y »: a builder named as a party to the order is the maker of the
sentence's systems (or of the one system a demonstrative takes up); so is a known company an order is « of », for
the systems it is « for » (« une commande d'Y pour des hélicoptères X »)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.doc_words import lemma_of, lowers, tokens
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS, names_materiel
from kg.extract.syntax import THESE

QUALIFYING = {"ADJ", "X", "PROPN"}  # a demonym the tagger lacks (« le constructeur zambien Y »), lowercase


def minted(mention: Mention) -> bool:
    """A weapon system the reference data lacks, minted from the article."""
    return mention.how == gz.WEAPON and mention.entity.iri is None


_BUILDERS = {"chantier", "constructeur", "fabricant", "avionneur"}


def _builder(doc: Doc, company: Mention) -> bool:
    """A company named after a builder's noun and its lowercase adjectives (« le chantier naval turc Y »)."""
    i = company.start - 1
    while i >= 0 and company.start - i <= 3 and doc[i].pos_ in QUALIFYING and doc[i].text.islower():
        i -= 1
    return i >= 0 and doc[i].lower_ in _BUILDERS


def _named_ship(doc: Doc, system: Mention) -> bool:
    """A ship's or a ship class's own name: after a navy's vessel prefix or a ship noun (« le KRI X », « la corvette
    X », « deux patrouilleurs du type X », « des corvettes lance-missiles de type X »)."""
    at = system.start - 1
    if at > 0 and doc[at].lower_ in {"type", "classe"}:
        at -= 2 if doc[at - 1].lower_ == "la" else 1
        at -= 1 if at >= 0 and doc[at].lower_ in {"de", "du"} else 0
    before = doc[at] if at >= 0 else None
    if at < system.start - 1:  # « trois corvettes lance-missiles de type X »: over the noun's lowercase qualifiers
        while before is not None and not _ship_noun(before) and (before.text.islower() or before.text == "-") and \
                system.start - before.i <= 6 and before.i > 0:
            before = doc[before.i - 1]
    return doc[system.start].text in word_list("vessel-prefixes.tsv") or (before is not None and _ship_noun(before))


def _ship_noun(token: Token) -> bool:
    return token.lemma_.lower() in SHIP_NOUNS or token.lower_.rstrip("sx") in SHIP_NOUNS


def _ordered_at(doc: Doc, company: Mention) -> bool:
    """A company named after « à », « au » or « auprès de » and at most its lowercase demonym or kind (« au
    sud-coréen Y », « à Y »): the one an order is placed with."""
    i = company.start - 1
    while i >= 0 and company.start - i <= 2 and doc[i].text.islower() and doc[i].pos_ in {"ADJ", "NOUN"}:
        i -= 1
    return i >= 0 and (doc[i].lower_ in {"à", "au", "aux"} or (doc[i].lower_ == "de" and doc[i - 1].lower_ == "auprès"))


def _ordered_of(doc: Doc, company: Mention, orders: frozenset[str]) -> bool:
    """« une commande d'Y pour des hélicoptères X »: a company of the reference data as the « de » complement of an
    order's noun, the systems after « pour », is the one the order is placed with."""
    i = company.start - 1
    return company.entity.iri is not None and i > 0 and doc[i].lower_ in {"de", "d'", "d\u2019"} and \
        doc[i - 1].pos_ == "NOUN" and doc[i - 1].lemma_.lower() in orders and \
        company.end < len(doc) and doc[company.end].lower_ == "pour"


def _qualified(doc: Doc, company: Mention) -> bool:
    """A company's name right after a lowercase word that tells its home or trade (« le zambien Y »)."""
    before = doc[company.start - 1] if company.start > 0 else None
    return before is not None and before.text.islower() and before.pos_ in {"ADJ", "NOUN"}


def ordered_from(span: Span, mentions: list[Mention], earlier: list[Mention],
                 makeable: Callable[[Mention], bool] = minted) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs of a builder named as a party to the order, contract or purchase a sentence tells
    (« commandé au chantier Y », « acquis auprès du fabricant Y »), for the sentence's systems whose makers the article
    may give (`makeable`) or the one system named before that a demonstrative takes up (« ce patrouilleur est le
    fruit d'un contrat signé avec le chantier Y »)."""
    orders = word_list("builder-orders.tsv")
    if orders.isdisjoint(lowers(span.doc)[span.start:span.end]) and \
            not any(lemma_of(t) in orders for t in tokens(span.doc)[span.start:span.end]):
        return []
    inside = [m for m in mentions if span.start <= m.start < span.end]
    systems = [m for m in inside if makeable(m)]
    # a ship is built by the yard it is ordered from (« le KRI X a été commandé au sud-coréen Y »)
    ordered_ship = any(_named_ship(span.doc, m) for m in systems)
    # any system is made by the firm it is ordered from that the press introduces by its home or trade (« commandé
    # au zambien Y »), not by a bare name (« commandé à Y », a trading firm maybe)
    builders = [m for m in inside if m.how == gz.COMPANY and (
        _builder(span.doc, m) or (_ordered_at(span.doc, m) and (ordered_ship or _qualified(span.doc, m))))]
    ordered = [m for m in inside if m.how == gz.COMPANY and _ordered_of(span.doc, m, orders)]
    if ordered:  # « une commande d'Y pour des X »: Y makes the systems named after « pour »
        return [(s, ordered[0]) for s in systems if s.start > ordered[0].end] + \
            [(s, builders[0]) for s in systems if builders and s.start <= ordered[0].end]
    if builders and not systems and len({m.entity.key for m in earlier}) == 1 and any(
            t.lower_ in THESE and names_materiel(t.head) for t in span):
        systems = [earlier[-1]]
    return [(system, builders[0]) for system in systems] if builders else []
