"""The slot of a name after a title: past honorifics, military ranks written in several words, first names in
brackets and short appositions, then the name itself, even where the NER missed it, or a list of names."""

from __future__ import annotations

import re

from kg import gazetteer as gz
from kg.extract.dates import MONTHS
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.person_spans import past_style
from kg.extract.syntax import Sentence
from kg.records import Entity

_APPOSITION_REACH = 10


def _style_title(sentence: Sentence, at: int) -> bool:
    """A capitalised title of ontology/lexicon/style-titles.tsv with no article, right after a comma and right before
    a person's name (« , Ambassadeur X »)."""
    doc = sentence.doc
    if not sentence.span.start < at < sentence.span.end - 1 or doc[at - 1].text != "," or \
            not doc[at].text[:1].isupper() or doc[at].lower_ not in word_list("style-titles.tsv"):
        return False
    person = sentence.mention_at(doc[at + 1])
    return person is not None and person.how == gz.PERSON and person.start == at + 1


def past_honorifics(sentence: Sentence, at: int) -> int:
    """Past the styles, honorifics and ranks before a name (« Son Altesse Royale le Prince », « le vice-amiral »)."""
    base = sentence.span.start  # « le ministre de la Défense, Son Altesse Royale le Prince X »: past the style
    at = base + past_style(sentence.lower, at - base) if at < sentence.span.end else at
    at = past_rank(sentence, at)
    if _style_title(sentence, at):
        at += 1  # « le ministre des Affaires étrangères, Ambassadeur X »: a title worn as a style, X's post is before
    # « le chef d'état-major de la marine, le vice-amiral X »: a rank in one word stands before a name as a civility
    doc, honorifics = sentence.doc, word_list("honorifics.tsv") | word_list("military-ranks.tsv")
    while at + 1 < sentence.span.end and (doc[at].lower_ in honorifics or (
            doc[at].lower_ in {"le", "la", "l'"} and doc[at + 1].lower_ in honorifics) or (
            doc[at].text == "'" and doc[at - 1].lower_ in honorifics)):  # « Dato' Seri »
        person = sentence.mention_at(doc[at])
        if person is not None and person.how == gz.PERSON and person.start == at:
            break  # « Cheikh Jabir Al Sabah »: the honorific opens the name as the NER reads it
        at += 1
    return at


def chained_titles(sentence: Sentence, at: int) -> list[tuple[Mention, Mention | None]] | None:
    """« Ministre de la Marine et Haut-commandant de la Marine du Pérou, Amiral X »: a title joined by « et » to
    other capitalised titles the data does not know, then a comma, a rank and a name: X holds the title, of the
    state the chain names last."""
    doc, end = sentence.doc, min(at + _APPOSITION_REACH, sentence.span.end)
    if at + 1 >= end or doc[at].lower_ != "et" or not doc[at + 1].text[:1].isupper():
        return None  # « le ministre de la Défense et son épouse, X »: X is no minister
    state: Mention | None = None
    for look in range(at + 1, end):
        token = doc[look]
        if token.text == ",":
            people = people_list(sentence, past_honorifics(sentence, look + 1))
            return [(people[0], state)] if people and state is not None else None
        mention = sentence.mention_at(token)
        if (token.pos_ in {"VERB", "AUX"} and token.text.islower()) or (
                token.is_punct and token.text not in {"-", "'"}) or (mention is not None and mention.how == gz.PERSON):
            return None
        if mention is not None and mention.state is not None:
            state = mention
    return None


_INITIAL = re.compile(r"[A-Z]\.")  # « S. Nom »: a first name cut to its initial


def past_first_names(sentence: Sentence, at: int) -> int:
    """« le président (Prénom) Nom », « le ministre, S. Nom »: past first names in brackets or initials before the
    surname of a person the mentions hold without them."""
    doc, end = sentence.doc, min(at + 5, sentence.span.end - 1)
    initials = next((i for i in range(at, min(at + 3, end)) if not _INITIAL.fullmatch(doc[i].text)), at)
    if initials > at:
        person = sentence.mention_at(doc[initials])
        return initials if person is not None and person.how == gz.PERSON and person.start == initials else at
    if at >= end or doc[at].text != "(":
        return at
    close = next((i for i in range(at + 2, end) if doc[i].text == ")"), None)
    if close is None or not all(t.text[:1].isupper() and t.is_alpha for t in doc[at + 1:close]):
        return at
    person = sentence.mention_at(doc[close + 1])
    return close + 1 if person is not None and person.how == gz.PERSON and person.start == close + 1 else at


_RANK_REACH = 7  # « le général de brigade aérienne », « le vice-amiral d'escadre », « le colonel-général »
_QUALIFICATION = re.compile(r"(?:[A-Z]\.){2,}")  # « le colonel B.E.M. X »: a staff qualification's initials


def past_rank(sentence: Sentence, at: int) -> int:
    """Past a military rank written in several words (« le colonel-général », « le général de corps d'armée »,
    « le capitaine de vaisseau ») and the qualifications after it (« breveté d'état-major » in initials, « pilote »),
    when the name of its holder follows it; else `at` as it is."""
    doc, ranks = sentence.doc, word_list("military-ranks.tsv")
    start = at + 1 if at < sentence.span.end and doc[at].lower_ in {"le", "la", "l'"} else at
    if start >= sentence.span.end or doc[start].lower_ not in ranks:
        return at
    for look in range(start + 1, min(start + _RANK_REACH, sentence.span.end)):
        token = doc[look]
        person = sentence.mention_at(token)
        if person is not None:
            return look if person.how == gz.PERSON and person.start == look and look > start + 1 else at
        if not (token.text == "-" or token.lower_ in ranks or token.lower_ in {"de", "d'", "l'", "la"} or
                (token.pos_ in {"NOUN", "ADJ"} and token.text.islower()) or _QUALIFICATION.fullmatch(token.text)):
            return at
    return at


def past_apposition(sentence: Sentence, at: int) -> int | None:
    """Past a short phrase naming no one and asserting nothing, up to its closing comma (« chargé des relations
    avec le Parlement, », « porte-parole officiel, »)."""
    doc = sentence.doc
    if at >= sentence.span.end:
        return None  # « Monsieur l'Ambassadeur, »: the comma ends the sentence
    relative = doc[at].lower_ in {"qui", "dont"}  # « le ministre, qui s'exprimait devant les députés, X »
    for look in range(at, min(at + _APPOSITION_REACH + (4 if relative else 0), sentence.span.end)):
        token = doc[look]
        if token.text == ",":
            return look + 1 if look > at else None
        mention = sentence.mention_at(token)
        if (mention is not None and mention.how == gz.PERSON) or (not relative and (token.pos_ == "AUX" or (
                token.pos_ == "VERB" and "Part" not in morph_values(token, "VerbForm")))) or \
                (token.is_punct and token.text not in {"-", "'"}) or \
                (token.lower_ in {"et", "ou", "qui", "que"} and not (relative and look == at)):
            return None
    return None


_NAME_PARTICLES = {"abu", "abou", "ben", "bin", "bint", "ibn", "al", "el", "ould", "de", "da", "di", "del", "della",
                   "van", "von", "der", "den", "dos", "-"}


_PARTICLE_NAME = re.compile(r"^(?:al|el|ben|bin|abu|abou|ould)-[A-ZÀ-Ý]\w+$")


_OF = {"de", "d'", "du", "des"}


def name_slot(sentence: Sentence, at: int, glued: bool = False) -> Mention | None:
    """The appositive right after a title and its comma is a name even when the NER missed it (« le ministre
    syrien, Prénom Abu Nom, »): two to five capitalised words, none of them a known name, up to a comma or the
    end of the sentence; so are those `glued` to the title, up to a comma, a full stop or a verb (« le ministre
    de la Défense Prénom Nom di Lieu avait déclaré »)."""
    doc, end = sentence.doc, at
    if glued and (at >= sentence.span.end or doc[at].is_sent_start):
        return None
    while end < sentence.span.end and end - at < 7 and sentence.mention_at(doc[end]) is None and (
            (doc[end].text[:1].isupper() and doc[end].is_alpha) or doc[end].lower_ in _NAME_PARTICLES or
            _PARTICLE_NAME.match(doc[end].text) is not None or  # « al-Nouri », « el-Sayed »
            (end > at and doc[end - 1].text == "-" and doc[end].is_alpha) or
            (end > at and doc[end].text[:1] == "-" and doc[end].text[1:].isalpha())):  # « Son Jae-il »: a syllable
        end += 1
    words = [t for t in doc[at:end] if t.lower_ not in _NAME_PARTICLES]
    if not 2 <= len(words) <= 5 or doc[at].lower_ in _NAME_PARTICLES or doc[end - 1].lower_ in _NAME_PARTICLES:
        return None
    if any(t.lower_ in word_list("body-name-words.tsv") for t in words):
        return None  # « les Inspecteurs des Forces Royales Air »: the rest of a force's name, no one's
    after = _past_nickname(sentence, end)
    if after < sentence.span.end and doc[after].text not in {",", ".", ";", ":"} and not (glued and (
            doc[end].lower_ in {"et", "ainsi"} or (doc[end].pos_ in {"VERB", "AUX"} and doc[end].text.islower()) or
            _adjunct_after(sentence, at, end))):
        return None
    text = doc[at:end].text
    return Mention(at, end, Entity("person:" + " ".join(text.split()), text, "Person"), gz.PERSON)


def _adjunct_after(sentence: Sentence, at: int, end: int) -> bool:
    """« a déclaré au ministre Prénom Nom lors d'un entretien »: proper nouns alone, glued to a title, then a
    lowercase adverb or preposition that opens an adjunct (not « de »: « du Pays », the title's complement)."""
    doc = sentence.doc
    return doc[end].text.islower() and doc[end].pos_ in {"ADP", "ADV"} and doc[end].lower_ not in _OF and \
        all(t.pos_ == "PROPN" for t in doc[at:end] if t.text[:1].isupper())


def _past_nickname(sentence: Sentence, at: int) -> int:
    """« Prénom Nom « Surnom », »: past a nickname in quotation marks after a name (one to three capitalised
    words), else `at` as it is."""
    doc, end = sentence.doc, sentence.span.end
    if at + 2 >= end or doc[at].text not in {"«", '"', "“"}:
        return at
    close = next((i for i in range(at + 2, min(at + 5, end)) if doc[i].text in {"»", '"', "”"}), None)
    return close + 1 if close is not None and all(t.is_alpha and t.text[:1].isupper()
                                                  for t in doc[at + 1:close]) else at


def people_list(sentence: Sentence, at: int) -> list[Mention]:
    """« X », or « X et Y » / « X, Y et Z » starting at token `at` (« X (Pays), Y (Autre) »: past each one's state
    in brackets)."""
    doc = sentence.doc
    people: list[Mention] = []
    while at < sentence.span.end:
        mention = sentence.mention_at(doc[at])
        if mention is None or mention.how != gz.PERSON or mention.start != at:
            break
        people.append(mention)
        at = _past_bracketed_state(sentence, mention.end)
        if at < sentence.span.end and doc[at].lower_ in {"et", ","} and len(people) < 5:
            at += 1
            continue
        break
    return people


def counterpart_rank_name(sentence: Sentence, start: int, at: int) -> Mention | None:
    """« avec son homologue, le général X. »: a rank at `start` set off after a counterpart noun and its comma
    names the counterpart, and the one capitalised word right after it (at `at`, up to a comma or the end of the
    clause) is their surname, though the NER missed it; not a firm (« le général Motors » has no comma before it
    after a counterpart), a month, a place or any word the reference data names."""
    doc, end = sentence.doc, sentence.span.end
    if start < sentence.span.start + 3 or doc[start].lower_ not in word_list("military-ranks.tsv") or \
            doc[start - 1].lower_ not in {"le", "la", "l'"} or doc[start - 2].text != "," or \
            doc[start - 3].lower_ not in word_list("counterpart-nouns.tsv") or at >= end:
        return None
    word = doc[at]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()) or \
            sentence.mention_at(word) is not None or word.ent_type_ in {"LOC", "ORG", "MISC"} or \
            word.lower_ in MONTHS or (at + 1 < end and doc[at + 1].text not in {",", ".", ";", ":", ")"}):
        return None
    return Mention(at, at + 1, Entity("person:" + word.text, word.text, "Person"), gz.PERSON)


def _past_bracketed_state(sentence: Sentence, at: int) -> int:
    """Past « (Pays) » right after a name: a state alone in brackets; else `at` as it is."""
    state = _bracketed_state(sentence, at)
    return at if state is None else state.end + 1


def _bracketed_state(sentence: Sentence, at: int) -> Mention | None:
    """The state named alone in the brackets opening at `at`, or none."""
    doc, end = sentence.doc, sentence.span.end
    if at + 2 >= end or doc[at].text != "(":
        return None
    state = sentence.mention_at(doc[at + 1])
    if state is None or state.state is None or state.start != at + 1 or state.end >= end or \
            doc[state.end].text != ")":
        return None
    return state


def bracketed_states(sentence: Sentence, people: list[Mention], org: Mention | None) -> list[Mention | None]:
    """« les ambassadeurs X (Pays), Y (Autre) »: the state in brackets after each name, when the title names no
    state or body of its own and every name has one; else none."""
    states = [_bracketed_state(sentence, person.end) for person in people]
    return [] if org is not None or len(people) < 2 or None in states else list(states)
