"""A plural title shared out by demonyms: « les ministres letton X, estonien Y et lituanien Z »: the first name
holds the post of the title's own demonym, each name after it that of the demonym right before it (a comma or
« et », a demonym, a name, in turn)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence

_LINKS = {",", "et"}


def demonym_list(sentence: Sentence, title: Title, holders: list[tuple[Mention, Mention | None]]) \
        -> list[tuple[Mention, Mention]]:
    """The names listed after the one holder of a plural title of one demonym, each with the demonym right before
    it; none unless every name of the list has its own demonym."""
    doc = sentence.doc
    head = doc[title.start]
    if len(holders) != 1 or title.org is None or title.org.how != gz.DEMONYM or \
            not head.lower_.endswith(("s", "x")) or "Number=Sing" in str(head.morph):
        return []
    at, found = holders[0][0].end, list[tuple[Mention, Mention]]()
    while at + 2 < sentence.span.end and doc[at].lower_ in _LINKS:
        last, demonym = doc[at].lower_ == "et", sentence.mention_at(doc[at + 1])
        if demonym is None or demonym.how != gz.DEMONYM or demonym.start != at + 1 or \
                demonym.end >= sentence.span.end:
            break
        person = sentence.mention_at(doc[demonym.end])
        if person is None or person.how != gz.PERSON or person.start != demonym.end:
            break
        found.append((person, demonym))
        at = person.end
        if last:
            break
    return found
