"""The state of a host the sentence names by no state: « Le Président de la République, X, a reçu la ministre de
A », « le ministre de la Défense a reçu, à B, l'ambassadeur de A »: the host receives in his own state, the one of
the city named, else the one the article is about (a national paper names its own president by no state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity


def home_host(ctx: Context, sentence: Sentence, trigger: Token, explicit: list[Entity],
              places: list[Mention]) -> list[Entity]:
    """The host's state when the subject of a verb of receiving is a title or a person of no state and one state
    only is met; none otherwise."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_list("meeting-verbs.tsv"):
        return []
    met = [s for s in states(ctx, explicit) if s.cls == "State"]
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if len(met) != 1 or subject is None or not _stateless(ctx, sentence, subject):
        return []
    cities = [ctx.host_state(p.entity) for p in places if p.how in {gz.CITY, gz.CAPITAL}]
    home = next((c for c in cities if c is not None), None)
    if home is None and not any(p.how == gz.NAME for p in places):  # « au palais royal »: a seat of no known city
        home = ctx.lead_actor()
    return [home] if home is not None and home.cls == "State" and home.key != met[0].key else []


def _stateless(ctx: Context, sentence: Sentence, subject: Token) -> bool:
    """A title (« le ministre de la Défense », « le Président de la République, X, ») whose words name no state,
    no body and no one of a known state."""
    words = set(subject.subtree)
    inside = [m for m in sentence.mentions if sentence.doc[m.start] in words]
    if not ctx.titled(subject) or any(m.how not in {gz.PERSON} for m in inside):
        return False
    return all(ctx.as_state(m.entity).cls == "Person" for m in inside) and \
        not any(c.dep_ in SUBJECTS and c != subject for c in subject.head.children)
