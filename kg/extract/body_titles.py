"""Titles read from a government body instead of a post: « le ministère de la Défense, X » for its minister, « un
responsable du ministère de la Défense, X » for an official of it."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.own_words import text_role
from kg.extract.people import RoleIndex, Title, Words, complement_role
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS, of_complement, read_demonyms

_COMMA_REACH = 7  # words of an official's title before the comma of the name after it

_MINISTRY = ("ministère", "ministere")


def ministry_titles(sentence: Sentence, index: RoleIndex, words_of: Words) -> list[Title]:
    """« le Ministère néo-zélandais de la Défense, X, a annoncé » (or with no comma before X): a ministry right
    before a person's name and its comma stands for its minister (a slip or a metonymy), whom that name is; not
    a ministry alone, nor one whose comma opens a clause (« Selon le ministère de la Défense, X et Y ont
    participé »)."""
    doc, tokens, found = sentence.doc, sentence.tokens, []
    minister = next((role for words, role, is_head in index.get("ministre", [])
                     if is_head and words == ("ministre",) and role.complements), None)
    said = lowers(doc)[sentence.span.start:sentence.span.end]
    for at, token in enumerate(tokens):
        if said[at] not in _MINISTRY or minister is None or at == 0 or said[at - 1] != "le":
            continue  # not « un porte-parole du ministère de la Défense, X »: X speaks for the ministry
        body = sentence.mention_at(token)
        org: Mention | None = None
        if body is not None and body.how == gz.BODY and body.start == token.i and body.state is not None:
            # « le ministère brésilien de la Défense », a body the data knows: its words past its demonym
            role, end = next(((r, e) for skip in (1, 2) for r, e in [complement_role(
                index, words_of, sentence.lower, ("ministre",), at + skip, minister)] if r is not None), (None, at))
            end, org = max(end, body.end - tokens[0].i), body
        else:
            end, org = read_demonyms(sentence, tokens, at + 1, None)
            role, end = complement_role(index, words_of, sentence.lower, ("ministre",), end, minister)
        if role is None or end >= len(tokens) - 1 or end == at + 1:
            continue
        end, org = read_demonyms(sentence, tokens, end, org)
        end, org, _ = of_complement(sentence, tokens, end, org, index)
        glued = 0 if end < len(tokens) and tokens[end].text != "," else 1  # « le ministère de X Prénom Nom, »
        person = sentence.mention_at(tokens[end + glued]) if end + glued < len(tokens) else None
        if person is not None and person.how == gz.PERSON and person.start == tokens[end + glued].i and \
                person.end < sentence.span.end and doc[person.end].text == ",":
            found.append(Title(token.i, tokens[end - 1].i + 1, role, org, None))
    return found


_OFFICIALS = {"responsable", "fonctionnaire", "officiel", "cadre"}


def official_titles(sentence: Sentence) -> list[Title]:
    """« un responsable du ministère de la Défense, X », « un haut fonctionnaire de la présidence, X »: an official
    of a state's body (state-bodies.tsv), named by an apposition, holds a post in the words of the title."""
    tokens, bodies, found = sentence.tokens, word_list("state-bodies.tsv"), []
    lowered = lowers(sentence.doc)[sentence.span.start:sentence.span.end]  # read once: every word is asked
    for at, lower in enumerate(lowered):
        if lower not in _OFFICIALS or at + 2 >= len(tokens) or lowered[at + 1] not in {"du", "de", "d'"}:
            continue
        token = tokens[at]
        body = at + 2 + (tokens[at + 2].lower_ in DETERMINERS)
        if body >= len(tokens) or tokens[body].lemma_.lower() not in bodies:
            continue
        comma = next((k for k in range(body + 1, min(body + _COMMA_REACH, len(tokens))) if tokens[k].is_punct), 0)
        person = sentence.mention_at(tokens[comma + 1]) if comma and comma + 1 < len(tokens) and \
            tokens[comma].text == "," else None
        if person is not None and person.how == gz.PERSON and person.start == tokens[comma + 1].i:
            found.append(Title(token.i, tokens[comma - 1].i + 1, text_role(tokens[at:comma]), None, None))
    return found
