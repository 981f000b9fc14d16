"""The state of a companion's post: « le président chilien, accompagné du ministre de l'Agriculture X », « le
vice-président du Pays a été accompagné d'une délégation de haut niveau, dont X, ministre de ... »: who goes with
an official (the agent of a verb of companion-verbs.tsv, or a member of the delegation that is) serves the state
of the one they go with, whatever state the visit is to."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity

_REACH = 5  # dependency steps from a title up to the verb of going with (title, name, « dont », delegation, verb)
_GOING_WITH = {"obl:agent", "obl", "obl:arg", "obl:mod", "obj"}
_NAMING = {gz.NAME, gz.DEMONYM}


def companion_state(sentence: Sentence, led: Token, titles: Sequence[Title]) -> Entity | None:
    """The state of the one an official goes with (`led`, companion_leader): the state that one's title (`titles`) or
    its demonym names."""
    return _state_of(sentence, led, titles)


def companion_leader(head: Token) -> Token | None:
    """The one an official at `head` goes with (the subject of « a été accompagné de », the noun « accompagné »
    hangs on); none when the official is the subject of the verb of going with."""
    token = head
    for _ in range(_REACH):
        verb = token.head
        if verb.i == token.i:
            return None
        if verb.lemma_.lower() in word_list("companion-verbs.tsv") and verb.pos_ in {"VERB", "ADJ"}:
            if token.dep_ not in _GOING_WITH:
                return None
            return next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb.dep_ != "acl" else verb.head
        token = verb
    return None


def _state_of(sentence: Sentence, noun: Token, titles: Sequence[Title]) -> Entity | None:
    """The state of the post whose title holds `noun`, or is next to the name at `noun` (« le président chilien »,
    « le président du Pays, X »), else of the one demonym or state name among its own words."""
    named = sentence.mention_at(noun)
    start, end = (named.start, named.end) if named is not None and named.how == gz.PERSON else (noun.i, noun.i + 1)
    for title in titles:  # « le président du Pays, X, accompagné », « X, président du Pays, accompagné »
        if title.org is not None and title.org.state is not None and (title.start <= noun.i < title.end or
                                                                      start - 2 < title.end <= start or
                                                                      end <= title.start < end + 2):
            return title.org.state
    states = {m.state.key: m.state for t in noun.subtree if noun.left_edge.i <= t.i <= noun.i + 2
              if (m := sentence.mention_at(t)) is not None and m.state is not None and m.how in _NAMING}
    return next(iter(states.values())) if len(states) == 1 else None


def companion_side(sentence: Sentence, noun: Token, titles: Sequence[Title]) -> Entity | None:
    """The state of the post whose title holds `noun` or is next to its name, else of its one demonym or state."""
    return _state_of(sentence, noun, titles)

