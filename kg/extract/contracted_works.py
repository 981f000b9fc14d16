"""Who makes a system, by the contract for making it a firm wins or is awarded: « Y a remporté un contrat de 50
millions pour la fabrication de six drones X », « Z a attribué à Y un contrat de développement et de production du
X », « le contrat confié à Y porte sur la construction de deux X ». The works of making (making-works.tsv), the
verbs of awarding (awarding-verbs.tsv) and the deal nouns are data; a contract for another work (maintenance,
modernisation) or for a system's parts names no maker."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.making_links import of_parts
from kg.extract.mentions import Mention
from kg.extract.ships import names_materiel

_REACH = 8  # words from a work of making to its system, and from the contract to that work
_CONTRACTS = {"contrat", "marché"}
_WINNING = {"remporter", "décrocher", "obtenir", "gagner", "emporter", "rafler", "signer"}
_BATCHES = {"achat", "lot", "série", "exemplaire", "unité", "tranche"}  # « pour un premier lot de X »
_SMALL = {"de", "du", "des", "d'", "d\u2019", "la", "le", "les", "l'", "l\u2019", "un", "une", "et", "pour",
          "portant", "sur"}
_TO = {"à", "au", "aux"}
_BEARING = {"porter", "concerner", "viser", "couvrir"}  # « le contrat porte sur la construction de »


def _passable(token: Token) -> bool:
    """A word between a work and its system, or a contract and its work: a small word, a number, an adjective or
    adverb, a noun of matériel or of a batch (never a noun of a system's parts)."""
    if token.lower_ in _SMALL or token.like_num or token.pos_ in {"ADJ", "ADV", "NUM", "DET"} or \
            token.lemma_.lower() in word_list("making-works.tsv"):  # « de développement et de production »
        return True
    return token.pos_ == "NOUN" and token.text.islower() and not of_parts(token) and (
        names_materiel(token) or token.lemma_.lower() in _BATCHES or token.lemma_.lower() in
        {"million", "milliard", "dollar", "euro"})


def _before(doc: Doc, start: int, floor: int, wanted: Callable[[Token], bool]) -> Token | None:
    """The nearest word before `start` that is `wanted`, over passable words only."""
    for i in range(start - 1, max(floor, start - _REACH) - 1, -1):
        if wanted(doc[i]):
            return doc[i]
        if not _passable(doc[i]):
            return None
    return None


def _firm_covering(firms: list[Mention], token: Token) -> Mention | None:
    return next((f for f in firms if f.start <= token.i < f.end), None)


def _awardee(doc: Doc, verb: Token, contract: Token, firms: list[Mention]) -> Mention | None:
    """The firm a verb of awarding gives the contract « à »: right after the verb or between it and the contract."""
    low, high = sorted((verb.i, contract.i))
    for firm in firms:
        after_verb = firm.start - 1 == verb.i + 1 or (low < firm.start <= high)
        if firm.start > 0 and doc[firm.start - 1].lower_ in _TO and after_verb:
            return firm
    return None


def _contractor(doc: Doc, contract: Token, firms: list[Mention]) -> Mention | None:
    """The firm that wins the contract (its verb's subject) or is awarded it (« à Y »)."""
    awarding = word_list("awarding-verbs.tsv")
    verb = contract.head
    if verb.lemma_.lower() in _WINNING and contract.dep_ == "obj":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _firm_covering(firms, subject) if subject is not None else None
    if verb.lemma_.lower() in awarding and contract.dep_ in {"obj", "nsubj:pass"}:
        return _awardee(doc, verb, contract, firms)
    for participle in contract.children:  # « le contrat confié à Y porte sur la production de X »
        if participle.dep_ == "acl" and participle.lemma_.lower() in awarding:
            return _awardee(doc, participle, contract, firms)
    return None


def _contract_of(doc: Doc, work: Token, floor: int) -> Token | None:
    """The contract noun a work of making is for: before it over passable words (« un contrat de 50 millions pour la
    fabrication »), or the subject of the verb the work completes (« le contrat ... porte sur la production »)."""
    found = _before(doc, work.i, floor, lambda t: t.lemma_.lower() in _CONTRACTS)
    verb = work.head
    if found is None and (verb.lemma_.lower() in _BEARING or verb.lower_.startswith(("porte", "concern"))):
        found = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _CONTRACTS), None)
    return found


def contracted_makers(span: Span, mentions: list[Mention],
                      makeable: Callable[[Mention], bool]) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs of the firms a sentence says win or are awarded a contract for making a system."""
    inside = [m for m in mentions if span.start <= m.start < span.end]
    firms = [m for m in inside if m.how == gz.COMPANY]
    if not firms or not any(t.lemma_.lower() in _CONTRACTS for t in span):
        return []
    works = word_list("making-works.tsv")
    found = []
    for system in (m for m in inside if makeable(m)):
        work = _before(span.doc, system.start, span.start, lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in works)
        contract = _contract_of(span.doc, work, span.start) if work is not None else None
        firm = _contractor(span.doc, contract, firms) if contract is not None else None
        if firm is not None:
            found.append((system, firm))
    return found
