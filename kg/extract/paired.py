"""The states an article pairs (« L'Espagne et la Grèce sont des pays amis », « entre le Chili et le Pérou »), in
its headline, its quotes or any sentence: two state names coordinated, or the two parts of a compound adjective
(« les relations hispano-grecques »). A visitor abroad whose state no title or
demonym tells acts for the one state the article pairs with the host (visitor_side)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import triggers
from kg.extract.mentions import Mention
from kg.records import Entity

_LINKS = {"le", "la", "l'", "les", "de", "du", "des", "d'"}  # « A et de l'B »: words that may come between


def _told_together(doc: Doc, first: Mention, second: Mention) -> bool:
    """« A et B », « A et l'B », « de A et de B »: the words between two names are one « et » and articles (the
    parser does not always coordinate them)."""
    between = [t.lower_ for t in doc[first.end:second.start]]
    return between.count("et") == 1 and all(w == "et" or w in _LINKS for w in between)


def _compounded(doc: Doc, first: Mention, second: Mention) -> bool:
    """« franco-péruvien »: two demonyms joined by a hyphen (the tokenizer splits the compound, kg.nlp)."""
    return first.how == second.how == gz.DEMONYM and [t.text for t in doc[first.end:second.start]] == ["-"]


def article_pairs(paragraphs: list[list[Mention]], docs: Sequence[Doc]) -> list[tuple[Entity, Entity]]:
    """The pairs of states the article names together by name (« A et B ») or in one compound adjective (« les
    liens franco-péruviens »), in the order told."""
    pairs: list[tuple[Entity, Entity]] = []
    for mentions, doc in zip(paragraphs, docs, strict=False):
        named = sorted(((m, m.state) for m in mentions if m.how in {gz.NAME, gz.DEMONYM} and m.state is not None
                        and m.state.cls == "State"), key=lambda n: n[0].start)
        pairs += [(a, b) for (first, a), (second, b) in pairwise(named) if a.key != b.key and (
            _compounded(doc, first, second) or (first.how == second.how == gz.NAME
                                                and _told_together(doc, first, second)))]
    return pairs


def paired_with(pairs: list[tuple[Entity, Entity]], state: Entity) -> Entity | None:
    """The one state the article pairs with `state` (none when it pairs it with several)."""
    others = {b.key: b for a, b in pairs if a.key == state.key} | {a.key: a for a, b in pairs if b.key == state.key}
    return next(iter(others.values())) if len(others) == 1 else None


def visitor_side(sides: list[Entity], visited: list[Entity],
                 paired: Callable[[Entity], Entity | None]) -> list[Entity]:
    """« X, en visite officielle en Grèce, a rencontré son homologue grec » with « L'Espagne et la Grèce ... » told
    elsewhere: a person of no known state facing the one state they visit, or whose city the talks are held in
    (« À Athènes, X s'est entretenu avec ... »), acts for the state the article pairs with it (`paired`); other
    sides stay."""
    people = [s for s in sides if s.cls == "Person"]
    known = [s for s in sides if s.cls == "State"]
    if len(people) != 1 or len(known) != 1 or [v.key for v in visited] != [known[0].key]:
        return sides
    other = paired(known[0])
    return [*known, other] if other is not None else sides


def next_stop(root: Token) -> bool:
    """« ..., première étape de sa tournée avant de se rendre en Bolivie »: the place (its root token) a trip told
    as coming after the one told goes to; that state is not where the story stands (no pair of the talks)."""
    goes = root.head
    return goes.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in {"avant", "puis"} for c in goes.children) \
        and any(e.detail == "trip" for e in triggers().get((goes.lemma_.lower(), "VERB"), []))
