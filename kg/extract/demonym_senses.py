"""A demonym two states share (« congolais »: kg:sharedDemonym): it names the state the article names, by its name,
its capital or a city of it, when that is the other state and not the one the form usually names; the sentence's
own places speak first, then the whole article's. After a counterpart noun (« son homologue congolais ») in a sentence
whose only state is the usual one, named as a post's complement (« le président de la RDC »), it is the other state:
one's counterpart is never of one's own state."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import sentence_at
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention, state_entity
from kg.gazetteer import Gazetteer

_PLACING = {gz.NAME, gz.CAPITAL, gz.CITY}
_OF = {"de", "du", "des", "d'", "d\u2019"}


def _counterpart_of_own(doc: Doc, mention: Mention, mentions: list[Mention], others: tuple[str, ...]) -> str | None:
    """The other state of a shared demonym right after a counterpart noun, when the sentence's only other state is
    the one the form usually names, told as « de la RDC » (whose official the counterpart answers)."""
    if len(others) != 1 or mention.state is None or mention.start == 0 \
            or doc[mention.start - 1].lower_ not in word_list("counterpart-nouns.tsv"):
        return None
    sentence = sentence_at(doc, mention.start)
    states = [m for m in mentions if m is not mention and m.state is not None
              and sentence.start <= m.start < sentence.end]
    if not states or any(m.state is None or m.state.key != mention.state.key for m in states):
        return None
    told_of = any(m.how == gz.NAME and m.start > sentence.start and
                  (doc[m.start - 1].lower_ in _OF or (m.start - 1 > sentence.start and doc[m.start - 1].lower_ in
                   {"la", "l'", "l\u2019"} and doc[m.start - 2].lower_ == "de")) for m in states)
    return others[0] if told_of else None


def _placed(gaz: Gazetteer, mentions: list[Mention]) -> set[str]:
    """The states mentions name by name, capital or city, or by a leader the reference data knows in a post of
    theirs (« le président congolais » beside the name of Congo-Brazzaville's president)."""
    return {key for m in mentions if m.how in _PLACING
            and (key := m.state.key if m.state is not None else gaz.in_state.get(m.entity.key)) is not None} | {
        iri for m in mentions if m.how == gz.PERSON and (iri := _usual_state(gaz, m.entity.iri)) is not None}


def _usual_state(gaz: Gazetteer, person: str | None) -> str | None:
    """The key of the state a person of the reference data usually acts for (a state's key is its IRI)."""
    return gaz.usual_post_in.get(person) if person is not None else None


def shared_demonyms(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a shared demonym read as the state its context names (see the module doc)."""
    if not gaz.shared_demonyms:
        return found
    article = _placed(gaz, [m for mentions in found for m in mentions])
    out = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        for mention in mentions:
            others = gaz.shared_demonyms.get(doc[mention.start:mention.end].text.lower(), ())
            if mention.how == gz.DEMONYM and mention.state is not None and others:
                sentence = sentence_at(doc, mention.start)
                here = _placed(gaz, [m for m in mentions if sentence.start <= m.start < sentence.end])
                other = _counterpart_of_own(doc, mention, mentions, tuple(others))
                if other is not None and (state := state_entity(gaz, other)) is not None:
                    kept.append(replace(mention, entity=state, state=state))
                    continue
                candidates = [mention.state.key, *others]
                for places in (here, article):
                    named = [c for c in candidates if c in places]
                    if named:
                        if len(named) == 1 and named[0] != mention.state.key and \
                                (state := state_entity(gaz, named[0])) is not None:
                            mention = replace(mention, entity=state, state=state)
                        break
            kept.append(mention)
        out.append(kept)
    return out
