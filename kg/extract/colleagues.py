"""Posts told against another title of the same sentence: « le ministre des Finances X et sa collègue de la
Défense, Y » (a colleague holds the post the same head and their own complement name, in the same state), and
« côté russe, le ministre X et le général Y, côté turc, ... », « du côté du Pays, » (the titles after a side marker
serve its state)."""

from __future__ import annotations

from dataclasses import replace

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import RoleIndex, Title, Words, complement_role
from kg.extract.syntax import Sentence


def colleagues(sentence: Sentence, titles: list[Title], index: RoleIndex, words_of: Words) -> list[Title]:
    """« sa collègue de la Défense, Y » after « la ministre des Affaires étrangères X »: the head of the title
    named last before the colleague noun with the colleague's complement, in the state of that title."""
    tokens, nouns, found = sentence.tokens, word_list("colleague-nouns.tsv"), []
    for at, token in enumerate(tokens):
        before = [t for t in titles if t.end <= token.i]
        if sentence.lower[at] not in nouns or not before or not before[-1].role.complements:
            continue
        facing = before[-1]
        for head in facing.role.heads:
            role, end = complement_role(index, words_of, sentence.lower, words_of(head), at + 1, facing.role)
            if role is not None and end > at + 1:
                found.append(Title(token.i, tokens[end - 1].i + 1, role, facing.org, None))
                break
    return found


_OF = {"du", "de", "des", "d'"}


def share_marked_sides(sentence: Sentence, titles: list[Title]) -> list[Title]:
    """« côté indien, la ministre X et ..., côté américain, le secrétaire d'État Y », « du côté du Pays, l'agence
    indique que le conseiller Z »: a title that names no state serves the state of the side marker last before it in
    the sentence."""
    markers, doc = word_list("side-markers.tsv"), sentence.doc
    sides: list[Mention] = []
    for token in sentence.tokens:
        if token.lower_ not in markers or token.i + 1 >= sentence.span.end:
            continue
        at = token.i + 1
        if token.i > sentence.span.start and doc[token.i - 1].lower_ in _OF and doc[at].lower_ in _OF:
            at += 1 + (at + 2 < sentence.span.end and doc[at + 1].lower_ in {"la", "l'"})  # « du côté de la Nation, »
        side = sentence.mention_at(doc[at])
        if side is not None and side.start == at and side.how in {gz.DEMONYM, gz.NAME} and \
                side.state is not None and side.end < sentence.span.end and doc[side.end].text == ",":
            sides.append(side)
    if not sides:
        return titles
    out = []
    for title in titles:
        side = next((s for s in reversed(sides) if s.end <= title.start), None)
        if side is not None and title.org is None and title.of_person is None and not title.inner:
            title = replace(title, org=side)
        out.append(title)
    return out
