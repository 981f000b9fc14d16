"""A visit to « the country » (« le ministre X, en visite dans le pays », « en visite au pays »): the state visited is
the one other state the sentence names by its name than the visitor's, the visitor being the nearest actor told
before the visit."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.syntax import Sentence, case_of
from kg.records import Entity

_VISITS = {"visite", "venue", "séjour", "déplacement", "passage", "tournée"}


def country_visited(sentence: Sentence) -> list[Entity]:
    """The state « le pays » of a visit stands for: the sentence must name exactly one state beside the visitor's
    (« L'État A achète ... à l'État B, a annoncé le ministre de B, en visite dans le pays »: A)."""
    for token in sentence.tokens:
        if _the_country_of_a_visit(token):
            return _other_state(sentence, token.head)
    return []


def _the_country_of_a_visit(token: Token) -> bool:
    """« dans le pays », « au pays » hung on a noun of visit, with no complement of its own (« au pays des
    pharaons », « dans le pays voisin », « son pays » name no state the sentence told)."""
    if token.lower_ != "pays" or token.head.lemma_.lower() not in _VISITS or token.head.i == token.i:
        return False
    if case_of(token) not in {"dans", "au"}:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if dets not in ([], ["le"]) or (case_of(token) == "dans" and dets != ["le"]):
        return False
    return not any(c.dep_ in {"nmod", "amod", "acl", "acl:relcl", "appos"} for c in token.children)


def _other_state(sentence: Sentence, visit: Token) -> list[Entity]:
    before = [m for m in sentence.mentions if m.state is not None and m.end <= visit.i]
    if not before:
        return []
    visitor = max(before, key=lambda m: m.end).state
    assert visitor is not None
    # a state named by its name (« le Pérou », « l'Angola »), not by a demonym of someone's title
    others = {m.state.key: m.state for m in sentence.mentions if m.how == gz.NAME
              and m.state is not None and m.state.key != visitor.key and m.state.cls == "State"}
    return list(others.values()) if len(others) == 1 else []
