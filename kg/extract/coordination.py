"""Actors coordinated with a mention the parser hung elsewhere: « Oslo et Varsovie signent », « avec les
États-Unis et le Royaume-Uni »."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence


def coordinated_before(sentence: Sentence, mention: Mention) -> list[Mention]:
    """« Oslo et Varsovie signent », « Le Vietnam et l'Inde ont signé », « La Russie, la Chine et l'Iran ont »:
    actors coordinated before a subject, which headline parses often lose. Past the subject's article, only « et »
    joins (« Au Vietnam, l'Inde a signé »: a place set before the clause), or a comma when the subject's list goes on
    after it (« En outre, A, B et C ont signé ») and no preposition opens the name before."""
    doc, first = sentence.doc, sentence.span.start
    found: list[Mention] = []
    at = mention.start - 1
    listed = mention.end < sentence.span.end and doc[mention.end].lower_ == "et"  # « ..., B et C »: a list goes on
    while True:
        article = at > first and doc[at].pos_ == "DET"
        while at > first and doc[at].pos_ == "DET":
            at -= 1
        comma = not article or bool(found) or listed
        if not (at > first and doc[at].lower_ in ({"et", ","} if comma else {"et"})):
            break
        joined_by_comma = doc[at].lower_ == ","
        at -= 1
        while at >= first and doc[at].pos_ == "DET":
            at -= 1
        before = sentence.mention_at(doc[at]) if at >= first else None
        if before is None or before.how not in ACTOR_KINDS or _complement(sentence, before):
            break
        if article and not found and joined_by_comma and _preposition_before(sentence, before) is not None:
            break  # « Au Vietnam, l'Inde et la Russie ont signé »: a place set before the clause
        if joined_by_comma and _framing(sentence, before):
            break  # « Selon Moscou, Kiev reçoit », « Contrairement à A, B achète »: a frame set before the clause
        found.append(before)
        at = before.start - 1
    return found


def _framing(sentence: Sentence, mention: Mention) -> bool:
    """« Selon A, », « D'après A, », « Contrairement à A, »: a name a preposition other than « de » opens, set
    before the clause's subject with a comma, frames the clause (its source, a contrast); it is no co-subject."""
    preposition = _preposition_before(sentence, mention)
    if preposition is None or preposition.lower_ in _OF:
        return False
    # « à Rabat, A et B se sont entretenus »: a place where the clause happens, not a frame — unless an adverb heads
    # the « à » (« Contrairement à A, », « Conformément à A, »)
    before = sentence.doc[preposition.i - 1] if preposition.i > sentence.span.start else None
    return preposition.lower_ not in _SEATED or (before is not None and before.pos_ == "ADV")


def _complement(sentence: Sentence, mention: Mention) -> bool:
    """« l'ambassade de A à B, C a remis »: a name after « à / en » right after another name is the seat of a body of
    that one, not one more actor of a list; nor is one after the « de » of a sentence's opening word."""
    preposition = _preposition_before(sentence, mention)
    if preposition is None:
        return False
    doc, at = sentence.doc, preposition.i
    # « Voisin de A, B a acheté »: the complement of a word set before the subject at the sentence's opening
    seated = doc[at].lower_ in _SEATED and at - 1 >= sentence.span.start and \
        sentence.mention_at(doc[at - 1]) is not None  # « de A à B »: a body of A seated in B
    return seated or (doc[at].lower_ in _OF and at - 1 == sentence.span.start)


_SEATED = {"à", "au", "aux", "en"}
_OF = {"de", "d'", "d\u2019", "du", "des"}


def _preposition_before(sentence: Sentence, mention: Mention) -> Token | None:
    """The preposition that opens a name (« au Vietnam », « en France »), its article between, if any."""
    at = mention.start - 1
    while at >= sentence.span.start and sentence.doc[at].pos_ == "DET":
        at -= 1
    return sentence.doc[at] if at >= sentence.span.start and sentence.doc[at].pos_ == "ADP" else None


def coordinated_after(sentence: Sentence, mention: Mention) -> list[Mention]:
    """« avec les États-Unis et le Royaume-Uni »: actors coordinated after a partner or recipient, which the
    parser often hangs elsewhere."""
    doc = sentence.doc
    found: list[Mention] = []
    at = mention.end
    while at < sentence.span.end and doc[at].lower_ in {"et", ","}:
        at += 1
        while at < sentence.span.end and doc[at].pos_ == "DET":
            at += 1
        after = sentence.mention_at(doc[at]) if at < sentence.span.end else None
        if after is None or after.how not in ACTOR_KINDS or after.start != at:
            break
        found.append(after)
        at = after.end
    return found
