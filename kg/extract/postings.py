"""Where an envoy is posted: « l'ambassadeur de A en B », « le chargé d'affaires près l'ambassade de A à Ville », « le
consul de A au B, X, »: the state after « à », « au », « aux » or « en » in a diplomat's title or the words right
after it is the one the envoy serves in, the story's host, not the side the envoy speaks for."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity

_REACH = 12  # words of a title's complement (« près de l'ambassade des États-Unis d'Amérique en Pays »)
_POSTED_IN = frozenset({"à", "au", "aux", "en"})
_ENDS = frozenset({"s'", "se", "ne", "n'", "et", "ou"})
_PLACES = frozenset({gz.NAME, gz.CAPITAL, gz.CITY})


def posting_state(sentence: Sentence, title: Title) -> Entity | None:
    """The state a diplomat's title, or the words after it up to the clause's verb, a punctuation mark or another
    person, says the diplomat is posted in; None for other posts, or when it names the state they serve."""
    if title.role.iri not in gz.DIPLOMATS:
        return None
    doc = sentence.doc
    served = {m.state.key for m in (title.org, *title.orgs) if m is not None and m.state is not None}
    for at in range(title.start + 1, min(title.end + _REACH, sentence.span.end)):
        token = doc[at]
        if at >= title.end and (token.pos_ in {"VERB", "AUX"} or token.lower_ in _ENDS or
                                (token.is_punct and token.text not in {"-", "'"})):
            break
        mention = sentence.mention_at(token)
        if mention is None or mention.start != at:
            continue
        if mention.how == gz.PERSON:
            break
        if mention.how in _PLACES and doc[at - 1].lower_ in _POSTED_IN and (state := mention.state) is not None \
                and state.cls == "State" and state.key not in served:
            return state
    return None
