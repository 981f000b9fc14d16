"""The holders of a title in its sentence (kg.extract.holders), or of the pair the sentence before named
(kg.extract.told_pairs), else of the title before it that it goes on; and whether a definite title without a name
speaks in its clause (its subject, or the one whose view the sentence gives)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.demonym_lists import demonym_list
from kg.extract.holders import apposition_end, holders_of
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import SUBJECTS, Sentence
from kg.extract.told_pairs import of_the_pair
from kg.records import Entity


def speaks(head: Token) -> bool:
    """The subject of its clause, or the one whose view a sentence gives (« Pour le ministre, ... », « selon le
    ministre »)."""
    return head.dep_ in SUBJECTS or (head.dep_.startswith("obl") and any(
        c.dep_ == "case" and (c.lower_ == "selon" or (c.lower_ == "pour" and c.i == c.sent.start))
        for c in head.children))  # not « une lettre pour le ministre »


def holders_here(sentence: Sentence, title: Title, pair: tuple[Mention, Mention] | None,
                  previous: tuple[Title, list[tuple[Mention, Mention | None]]] | None,
                  slots: tuple[Mention, ...], titled: frozenset[int] = frozenset()) \
        -> list[tuple[Mention, Mention | None]]:
    """The holders of a title (kg.extract.holders), or of the pair the sentence before named (told_pairs), else
    of the title before it that it goes on (_second_title)."""
    if previous is not None and _chained(sentence, title, previous[0]) and \
            (chained := _second_title(sentence, title, *previous)):
        return chained  # « X, ministre d'État, secrétaire général de Y, Z, ministre de ... »: X's, not Z's
    holders = of_the_pair(sentence, title, [held for held in holders_of(sentence, title, slots, titled)
                                            if not _past_a_kind(sentence, title, held[0])], pair)
    if holders:  # « les présidents letton X et estonien Y »: the names listed after the first, by their demonym
        return [*holders, *demonym_list(sentence, title, holders)]
    return holders if previous is None else _second_title(sentence, title, *previous)


def _past_a_kind(sentence: Sentence, title: Title, holder: Mention) -> bool:
    """« la première visite d'un chef d'État A dans le pays depuis le règne de X »: a title after an indefinite
    article names a kind of official; a name past a preposition after it is no holder of it."""
    doc = sentence.doc
    return title.start > sentence.span.start and doc[title.start - 1].lower_ in {"un", "une"} and \
        holder.start > title.end and doc[holder.start - 1].text != "," and \
        any(t.pos_ == "ADP" for t in doc[title.end:holder.start])  # not « d'un conseiller du ministre, X »


def _second_title(sentence: Sentence, title: Title, before: Title, holders: list[tuple[Mention, Mention | None]]) \
        -> list[tuple[Mention, Mention | None]]:
    """« X, prince héritier et Premier ministre », « X, ministre délégué auprès du ministre de Y et chef de Z »: a
    title joined by « et » to the title (and its complement) a name before it holds is that person's too; so is
    one right after the comma that ends that title's words, with no article (« X, ambassadeur extraordinaire,
    haut représentant de Pays »)."""
    doc = sentence.doc
    joined = doc[title.start - 1].lower_ == "et" and not any(  # past the before title's complement, if any
        t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[before.end:title.start - 1])
    chained = not joined and _chained(sentence, title, before)
    return [(holder, title.org) for holder, _ in holders if holder.end <= before.start] \
        if joined or chained else []


def _chained(sentence: Sentence, title: Title, before: Title) -> bool:
    """A title right after the comma that ends the words of the title before it, with no article."""
    return sentence.doc[title.start - 1].text == "," and apposition_end(sentence, before) == title.start - 1


_SUCCESSION = {"successeur", "successeure", "prédécesseur", "prédécesseure"}
_THEIR = {"son", "sa", "leur"}


def successors(sentence: Sentence, titles: list[Title], held: list[tuple[Title, Entity, Mention | None]]) \
        -> list[tuple[Title, Entity, Mention | None]]:
    """« du président X et de son successeur Y », « l'ex-président avait ... passé la main à son successeur Y »: the
    one named after « son successeur » (or « prédécesseur ») holds the post of the title told before it in the
    sentence (`held`: the posts given so far), in the state or body of that title's holder, when the sentence names
    them."""
    doc, found = sentence.doc, []
    for token in sentence.tokens:
        if token.lower_ not in _SUCCESSION or token.i == sentence.span.start or doc[token.i - 1].lower_ not in _THEIR:
            continue
        before = [title for title in titles if title.end <= token.i - 1]
        at = token.i + 1 + (token.i + 1 < sentence.span.end and doc[token.i + 1].text == ",")
        named = sentence.mention_at(doc[at]) if at < sentence.span.end else None
        if not before or named is None or named.how != gz.PERSON or named.start != at:
            continue
        holder = next((person for title, person, _ in held if title.start == before[-1].start), None)
        held_by = next((m for m in sentence.mentions if holder is not None and m.entity.key == holder.key), None)
        if held_by is not None:  # the predecessor's state (not « l'ex-président », whose seat rules a state out)
            found.append((replace(before[-1], of_person=held_by), named.entity, before[-1].org))
    return found
