"""The states an article is about, and the default state of a post whose title and clause name none: news leaves
out the demonym of the side the story is told from, so such a post serves the state the article is clearly about.
The evidence goes from near to far: the states the sentence leaves to others (a visit's host, the other side of a
pair of posts), then the one state the article names clearly more than any other, then the only such state the
sentence itself names as an actor (« selon X, conseiller du gouvernement, Dacca négocie avec Pékin »); an article
about two states named about as often gets no guess."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.doc_words import sentence_at
from kg.extract.mentions import Mention
from kg.extract.named_actors import named_as_actor
from kg.extract.onward_trips import onward_destination
from kg.extract.rubric_states import CLEARLY_MORE, rubric_named
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity

NAMING = {gz.NAME, gz.CAPITAL, gz.DEMONYM}
_PARTNER_CASES = {"avec", "envers", "contre", "vers", "auprès", "face"}  # « négocie avec la Chine »: the other side


@dataclass(frozen=True)
class AboutState:
    """A state the article is about and how often it names it (by name, capital or demonym)."""

    state: Entity
    count: int


def article_states(paragraphs: list[list[Mention]], docs: Sequence[Doc] = (),
                   weapon_nouns: frozenset[str] = frozenset()) -> list[AboutState]:
    """The states the article names, most named first (by name, capital, demonym or body: « les autorités
    ivoiriennes »; the first named among equals); those it names twice or more are the ones it is about. A weapon's
    demonym (« des chars allemands ») tells where hardware comes from, a headline's rubric where news happened."""
    counts: dict[str, int] = {}
    states: dict[str, Entity] = {}
    for number, mentions in enumerate(paragraphs):
        doc = docs[number] if number < len(docs) else None
        for mention in mentions:
            if mention.state is None or mention.how not in NAMING | {gz.BODY} or (doc is not None and (
                    (mention.how == gz.DEMONYM and _of_weapon(doc[mention.start], weapon_nouns))
                    or onward_destination(doc, mention.start, sentence_at(doc, mention.start).start)
                    or rubric_named(doc, mention, number))):
                continue
            counts[mention.state.key] = counts.get(mention.state.key, 0) + 1
            states.setdefault(mention.state.key, mention.state)
    ranked = sorted(counts, key=lambda key: -counts[key])  # a stable sort keeps the first of equals first
    return [AboutState(states[key], counts[key]) for key in ranked]


def _of_weapon(token: Token, weapon_nouns: frozenset[str]) -> bool:
    """A demonym qualifying a weapon noun or its complement (« des hélicoptères d'attaque chinois »)."""
    if token.dep_ not in {"amod", "acl"}:  # « ces chars russes remplacent »: the parser may read an acl
        return False
    head = token.head
    if head.lemma_.lower() not in weapon_nouns and head.dep_ == "nmod" and head.pos_ == "NOUN":
        head = head.head
    return head.lemma_.lower() in weapon_nouns


def default_state(sentence: Sentence, about: list[AboutState], taken: set[str],
                  side: Entity | None = None, reporter: Token | None = None) -> Entity | None:
    """The state of a post the sentence names none for, among the states the article is about and the sentence
    does not give to others (`taken`, and the other side of an exchange it names: « a signé un accord avec
    l'Indonésie », « négocie avec Lima »; not « à Paris », « sa venue au Japon »: a place): the one clearly most
    named, else the only one the sentence names as an actor, else the headline's subject (`side`, the side it tells
    the story from) if one of the two most named and the sentence names it among other actors or names none. A
    holder who reports (`reporter`, their reporting verb) what another subject does with a state (« ils ont cessé
    d'exporter vers le Pays, affirme le ministre ») may well serve that state: it is not set aside."""
    others = {m.state.key for m in sentence.mentions if m.state is not None and m.how in NAMING | {gz.BODY} and
              ((_partner(sentence, m, to_noun=False) and not _reported_partner(sentence, m, reporter)) or
               onward_destination(sentence.doc, m.start, sentence.span.start))}  # « avant de partir pour X »
    left = [a for a in about if a.state.key not in taken | others]
    if not left:
        return None
    if len(left) == 1 or left[0].count >= CLEARLY_MORE * left[1].count:
        return left[0].state
    here = {m.state.key for m in sentence.mentions if m.state is not None and m.how in NAMING | {gz.BODY} and
            not _partner(sentence, m) and named_as_actor(sentence, m)}
    named = [a.state for a in left if a.state.key in here]
    # « A compte livrer des drones à l'armée de B, selon une lettre au ministre X »: both actors, told from A's side
    told_from = side is not None and side.key in {a.state.key for a in left[:2]}
    return named[0] if len(named) == 1 else side if told_from and (not named or side in named) else None


_CLAUSE_CLIMB = 3  # verbs up from a partner's clause to the one whose subject it shares (« ils ont cessé d'exporter »)


def _reported_partner(sentence: Sentence, mention: Mention, reporter: Token | None) -> bool:
    """A partner named in a clause the holder's reporting verb (`reporter`) reports, whose subject is another's
    (« ils avaient cessé d'exporter vers le Pays, affirme le ministre »): the partner of that subject only."""
    if reporter is None:
        return False
    verb = _named_head(sentence, mention).head
    for _ in range(_CLAUSE_CLIMB):
        if verb.i == reporter.i or verb.pos_ not in {"VERB", "AUX"}:
            return False
        if (subject := next((c for c in verb.children if c.dep_ in SUBJECTS), None)) is not None:
            # « il négocie avec le Pays, a dit le ministre »: he may be the holder
            return subject.lower_ not in {"il", "elle"} and reporter.i in {verb.head.i, *(c.i for c in verb.children)}
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _partner(sentence: Sentence, mention: Mention, to_noun: bool = True) -> bool:
    """A state named as the other side of an exchange (« avec la Chine », « envers la Géorgie ») or, `to_noun`,
    as the one a noun's help goes to (« le soutien à l'Ukraine », « les livraisons d'armes à Taïwan »)."""
    head = _named_head(sentence, mention)
    to_a_noun = to_noun and head.dep_ == "nmod" and head.head.pos_ == "NOUN"
    return any(c.dep_ == "case" and (c.lower_ in _PARTNER_CASES or (to_a_noun and c.lower_ in {"à", "au", "aux"}))
               for c in head.children)


def _named_head(sentence: Sentence, mention: Mention) -> Token:
    """The word a state's mention hangs on the sentence by (« la Chine », « le gouvernement chinois »)."""
    head = sentence.doc[mention.start]
    while head.dep_ in {"amod", "flat:name", "fixed"} and head.head.i != head.i:
        head = head.head
    return head
