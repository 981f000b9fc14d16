"""The host's own officials a visitor meets: « Il a ensuite rencontré le Premier ministre X », « il s'est entretenu
avec le chef d'état-major des armées »: an official titled by a post of a state's government and given no state in
the sentence is the host's, where the visit goes (kg.extract.visits.counterpart_host); not one met at a summit, a
forum or a conference, which gathers officials of many states."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence

_MET = frozenset({"obj", "obl:arg", "obl", "obl:mod"})


@cache
def _gathering_words() -> frozenset[str]:
    """The events that bring officials of many states together (a summit, a forum, a conference): the events and
    meetings told, less the words of a visit itself."""
    return (word_list("event-nouns.tsv") | word_list("meeting-nouns.tsv")) - {"visite", "déplacement", "tournée"}


def host_official_met(sentence: Sentence, trigger: Token) -> bool:
    """Whether the one the talks verb meets is an official titled by a host-official noun (« le président X »,
    « le ministre de la Défense, X ») whose phrase names no state, body or place, in a paragraph that tells no
    gathering of many states up to here."""
    nouns = word_list("host-official-nouns.tsv")
    met = [c for c in trigger.children if c.dep_ in _MET and c.lemma_.lower() in nouns and not any(
        (m := sentence.mention_at(d)) is not None and m.how != gz.PERSON for d in c.subtree if d != c)]
    gathering = _gathering_words()
    return bool(met) and not any(t.lemma_.lower() in gathering for t in sentence.doc[:sentence.span.end])
