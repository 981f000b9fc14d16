"""Two posts told without names in one sentence, their holders named together in the next: « Le ministre
chilien de la Défense a reçu son homologue uruguayen. A et B ont signé ... »: A holds the
first post, B the second; and two names after a plural title « des deux pays », each of one state of the pair
named just before, in order."""

from __future__ import annotations

from itertools import pairwise

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence


def unnamed_pair(titles: list[Title], held: set[int]) -> tuple[Title, Title] | None:
    """The two titles of a sentence, when neither has a holder named beside it and each names its state."""
    if len(titles) != 2 or any(t.start in held or t.inner or t.org is None or t.org.state is None for t in titles):
        return None
    first, second = titles
    return (first, second) if first.org is not None and second.org is not None and \
        first.org.state != second.org.state else None


def opening_pair(sentence: Sentence) -> tuple[Mention, Mention] | None:
    """« A et B ont échangé »: two people named together as the subject that opens the sentence."""
    doc, start = sentence.doc, sentence.span.start
    first = sentence.mention_at(doc[start])
    if first is None or first.how != gz.PERSON or first.start != start or first.end + 1 >= sentence.span.end or \
            doc[first.end].lower_ != "et":
        return None
    second = sentence.mention_at(doc[first.end + 1])
    if second is None or second.how != gz.PERSON or second.start != first.end + 1 or \
            second.end >= sentence.span.end or doc[second.end].pos_ not in {"VERB", "AUX"}:
        return None
    return first, second


def named_pair(sentence: Sentence) -> tuple[Mention, Mention] | None:
    """« La Jordanie et l'Irak ont renforcé leur coopération »: two states named by name and joined by « et »."""
    doc = sentence.doc
    names = [m for m in sentence.mentions if m.how == gz.NAME and m.state is not None]
    for first, second in pairwise(names):
        between = [t.lower_ for t in doc[first.end:second.start]]
        if between[:1] == ["et"] and all(w in {"la", "le", "l'", "les"} for w in between[1:]) and \
                first.state != second.state:
            return first, second
    return None


def of_the_pair(sentence: Sentence, title: Title, holders: list[tuple[Mention, Mention | None]],
                pair: tuple[Mention, Mention] | None) -> list[tuple[Mention, Mention | None]]:
    """« Les ministres de la Défense des deux pays, X et Y, ont signé »: X holds the post in the first state of the
    pair named before, Y in the second."""
    if pair is None or len(holders) != 2 or any(org is not None for _, org in holders) or title.org is not None:
        return holders
    between = sentence.doc[title.end:holders[0][0].start]
    if not any(t.lower_ == "deux" for t in between) or \
            not any(t.lemma_.lower() in word_list("pair-nouns.tsv") | {"état"} for t in between):
        return holders
    return [(holder, state) for (holder, _), state in zip(holders, pair, strict=True)]

