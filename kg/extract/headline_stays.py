"""The state a verbless line places its title's holder in (« Le président X aux Émirats », « Le ministre de la
Défense en Inde »): a headline of a visit, so that state is the one visited, not the holder's own."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import role_cases, word_list
from kg.extract.syntax import SUBJECTS, Sentence, mention_root

_PLACES = {gz.NAME, gz.CAPITAL, gz.CITY}


def verbless_stays(sentence: Sentence) -> set[str]:
    """The states of the places a line with no verb sets its head in (« à », « au », « aux », « en » + a state,
    its capital or one of its cities, hung on the line's head noun or name)."""
    if any(t.pos_ in {"VERB", "AUX"} for t in sentence.tokens):
        return set()
    root = sentence.span.root
    found: set[str] = set()
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in _PLACES:
            continue
        place = mention_root(sentence, mention)
        if place.head.i != root.i and place.head.head.i != root.i:  # the head, or the name in apposition to it
            continue
        if any(c.dep_ == "case" and c.lower_ in role_cases("host") for c in place.children):
            found.add(mention.state.key)
    return found


def not_served(sentence: Sentence, head: Token) -> set[str]:
    """The states a title's holder is placed in or addresses, so does not serve: a verbless line's stay, and
    addressed_states."""
    return verbless_stays(sentence) | addressed_states(sentence, head)


_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
_ADDRESSED = {"obj", "iobj", "obl:arg", "xcomp"}  # a name the parser calls xcomp is an object


def addressed_states(sentence: Sentence, head: Token) -> set[str]:
    """« Le ministre, X, a remercié Ankara », « X a rencontré à Bogota son homologue »: a state (or its capital, one
    of its cities) the verb whose subject the title is takes as its object, or the place where it meets a counterpart
    (« son homologue ») with no state of its own; the holder faces that state."""
    if head.dep_ not in SUBJECTS or head.head.pos_ != "VERB":
        return set()
    verb, nouns = head.head, word_list("counterpart-nouns.tsv")
    doc = sentence.doc
    meets = any(t.lemma_.lower() in nouns and doc[t.i - 1].lower_ in _POSSESSIVES
                for t in doc[verb.i + 1:sentence.span.end])
    found: set[str] = set()
    for child in verb.children:
        mention = sentence.mention_at(child)
        if mention is None or mention.state is None or mention.how not in _PLACES:
            continue
        if child.dep_ in _ADDRESSED or (meets and child.dep_.startswith("obl") and any(
                c.dep_ == "case" and c.lower_ in role_cases("host") for c in child.children)):
            found.add(mention.state.key)
    return found
