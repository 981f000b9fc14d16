"""The state an article is told from when no dateline says so: national press, state agencies and ministries'
communiqués title their own officials with no state (« le ministre de la Défense, X, a reçu l'ambassadeur de
A »), and every foreign one with theirs (« l'ambassadeur de A », « le ministre B-ien »). The home is then the one
state the article names that qualifies none of its titles, once other states qualify some, if named twice as an
actor (not as a place: « la crise en H ») or together with one that does (« les relations entre A et H »,
kg.extract.paired); a state named only as a trip's destination (kg.extract.post_states.article_states leaves
those out) is no home; two such states, none. A newsroom that names both sides' states (« le président A-ien a
reçu le ministre B-ien ») may name a third less than either: a bystander (« les liens entre B et C »), no home."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.post_states import AboutState
from kg.records import Entity

_OF = {"de", "d'", "du", "des", "d\u2019"}
_NAMING = {gz.NAME, gz.DEMONYM, gz.CAPITAL, gz.BODY}
_AT = {"en", "à", "au", "aux", "dans", "vers", "depuis"}
_REACH = 2  # « le ministre de la Défense de A »: the title a noun up


def article_home(paragraphs: list[list[Mention]], docs: Sequence[Doc], named: list[AboutState],
                 pairs: Sequence[tuple[Entity, Entity]], titles: frozenset[str]) -> Entity | None:
    """The article's home state (see the module's doc), or none. `titles`: the words of posts' title heads."""
    words = titles | word_list("counterpart-nouns.tsv")
    qualified: set[str] = set()
    told: Counter[str] = Counter()  # how often each state is named other than as a place
    for mentions, doc in zip(paragraphs, docs, strict=False):
        qualified |= {m.state.key for m in mentions if m.state is not None and m.how in {gz.NAME, gz.DEMONYM}
                      and _qualifies(doc, m, words)}
        told.update(m.state.key for m in mentions if m.state is not None and m.how in _NAMING and not _placed(doc, m))
    if not qualified:
        return None
    left = [a.state for a in named if a.state.cls == "State" and a.state.key not in qualified]
    if len(left) != 1:
        return None
    home = left[0]
    if len(qualified) >= 2 and told[home.key] < min(told[key] for key in qualified):
        return None  # « le président A-ien a reçu le ministre B-ien ... avec C »: a newsroom told both sides' states
    partners = {b.key for a, b in pairs if a.key == home.key} | {a.key for a, b in pairs if b.key == home.key}
    return home if told[home.key] >= 2 or partners & qualified else None


def _placed(doc: Doc, mention: Mention) -> bool:
    """A state named as a place (« la crise en A », « au A », « à B », its capital), not as an actor."""
    root = _root(doc, mention)
    return any(c.dep_ == "case" and c.lower_ in _AT for c in root.children)


def _root(doc: Doc, mention: Mention) -> Token:
    root = doc[mention.start]
    while root.head.i != root.i and mention.start <= root.head.i < mention.end:
        root = root.head
    return root


def _qualifies(doc: Doc, mention: Mention, words: frozenset[str]) -> bool:
    """A state named as whose a title is: « l'ambassadeur de A », « le ministre A-ien », « le ministre des
    Affaires étrangères de A », « son homologue A-ien »; not « l'ambassadeur de A en H » (H: where they serve)."""
    root = _root(doc, mention)
    if mention.how == gz.NAME and not any(c.dep_ == "case" and c.lower_ in _OF for c in root.children):
        return False
    head: Token = root
    for _ in range(_REACH):
        if head.head.i == head.i or head.dep_ not in {"amod", "nmod", "acl", "appos", "flat:name"}:
            return False
        head = head.head
        if head.lower_ in words or head.lemma_.lower() in words:
            return True
        if head.pos_ not in {"NOUN", "PROPN"}:
            return False
    return False
