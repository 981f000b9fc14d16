"""A title right after a name whose comma the text leaves out (« Prénom Nom ministre de la Défense de Pays a
déclaré », « du général X commandant de la mission Y et du colonel Z »): the name's apposition, its complement read
up to the clause's verb."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.post_verbs import post_frame
from kg.extract.syntax import Sentence

_REACH = 12  # tokens of a title's complement (« chargé d'affaires près l'ambassade de Pays en Pays »)
_REFERENCE_KINDS = {gz.NAME, gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org"}
_POSTED_IN = {"à", "au", "aux", "en"}
_ENDS = {"s'", "se", "ne", "n'", "et", "ou"}
_APPOINTED = "object"  # the post-frames.tsv frame of a verb that gives its object the title after it


def unmarked_apposition(sentence: Sentence, title: Title) -> Mention | None:
    """« Prénom Nom ministre de la Défense a déclaré »: a title in lower case right after a name, its comma left
    out, is that name's apposition (not « X et ministre », nor a name the title's words run into, nor the object of an
    appointing verb: « va nommer X ministre »)."""
    doc = sentence.doc
    if title.start <= sentence.span.start or not doc[title.start].text[:1].islower() or title.inner:
        return None
    mention = sentence.mention_at(doc[title.start - 1])
    if mention is None or mention.how != gz.PERSON or mention.end != title.start or \
            not doc[title.start - 1].text[:1].isupper():
        return None
    if mention.start > sentence.span.start and doc[mention.start - 1].pos_ in {"VERB", "AUX"} and \
            (frame := post_frame(doc[mention.start - 1])) is not None and frame[0] == _APPOINTED:
        return None  # « a nommé X ministre »: the appointment's title, read with its modality (kg.extract.appointments)
    return mention


def unmarked_holder(sentence: Sentence, title: Title, people: list[Mention], crossed: bool) -> Mention | None:
    """The name a title follows with no comma, when no name comes right after the title or its comma (« du
    général X commandant de la mission Y et du colonel Z »: X holds it, not Z its complement runs on to)."""
    if people and (crossed or people[0].start <= title.end):
        return None  # « X ministre Y », « X ministre de l'Intérieur, Y, »: the name after the title holds it
    return unmarked_apposition(sentence, title)


def complement_to_verb(sentence: Sentence, title: Title) -> Mention | None:
    """The state or body the words after a title name up to the clause's verb or punctuation (« chargé d'affaires
    près l'ambassade de Pays à Ville a déclaré »: Pays; where the post is held only when nothing else is named)."""
    doc, found = sentence.doc, list[Mention]()
    for at in range(title.end, min(title.end + _REACH, sentence.span.end)):
        token = doc[at]
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and token.text not in {"-", "'"}) or \
                token.lower_ in _ENDS:
            break
        mention = sentence.mention_at(token)
        if mention is not None and mention.how == gz.PERSON:
            break
        if mention is not None and mention.how in _REFERENCE_KINDS and mention.start == at:
            found.append(mention)
    found = [m for m in found if doc[m.start - 1].lower_ not in _POSTED_IN] or found
    return found[-1] if found else None
