"""Two posts told without names in one sentence, their holders named together in the next: « Le ministre
chilien de la Défense a reçu son homologue uruguayen. A et B ont signé ... »: A holds the
first post, B the second."""

from __future__ import annotations

from kg import gazetteer as gz
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
