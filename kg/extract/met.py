"""The one met where the parser misplaces it: an object told after the place of the meeting, or a lone surname
the NER leaves out (kg.extract.arguments)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import ResolveFn, Sentence, case_of, mention_root


def met_after_place(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« X a rencontré à Lima le président Y », « ... à Lima Y et d'autres responsables »: the parser hangs the
    object told after the place on the place, as its apposition; a person so hung (no comma between) is met."""
    root = mention_root(sentence, mention)
    place = root.head
    return mention.how == gz.PERSON and trigger.pos_ == "VERB" and root.dep_ == "appos" and place.head == trigger \
        and place.dep_.startswith("obl") and case_of(place) in {"à", "au"} and sentence.mention_at(place) is not None \
        and not any(t.text == "," for t in sentence.doc[place.i:root.i])


def met_in_manner(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« X a reçu en audience Y », « ... jeudi en tête-à-tête Y »: the parser hangs the person told after a bare
    noun of manner (« en » and no article) on that noun, as its apposition; a person so hung (no comma between) is
    met, the verb having no object of its own."""
    root = mention_root(sentence, mention)
    manner = root.head
    return mention.how == gz.PERSON and trigger.pos_ == "VERB" and root.dep_ == "appos" and \
        manner.head == trigger and manner.dep_.startswith("obl") and manner.pos_ == "NOUN" and \
        case_of(manner) == "en" and not any(c.dep_ == "det" for c in manner.children) and \
        not any(t.text == "," for t in sentence.doc[manner.i:root.i]) and not any(
            c.dep_ == "obj" and not any(start <= c.i < end for start, end, _date in sentence.dates)
            for c in trigger.children)  # « a reçu ce jeudi en audience »: a date read as the object


def surname_met(sentence: Sentence, trigger: Token, resolve: ResolveFn) -> list[Mention]:
    """« X a rencontré Mabunda » after « le président Daniel Mabunda »: the object of a verb of meeting that is
    only the surname of someone named before, which the NER leaves out, is that person."""
    if trigger.pos_ != "VERB":
        return []
    return [Mention(t.i, t.i + 1, person, gz.PERSON) for t in trigger.children
            if t.dep_ == "obj" and t.pos_ == "PROPN" and sentence.mention_at(t) is None
            for person in resolve(sentence, t)[:1] if person.cls == "Person"]


_CLAUSE_LINKS = frozenset({"acl", "acl:relcl", "advcl", "obl", "obl:arg", "obl:mod", "obl:agent"})


def met_on_comma(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« X a reçu successivement, le 3 mai à son bureau, le représentant de A, ..., et l'ambassadeur de B »: the
    parser may hang the object told after a comma on that comma, or make it a conjunct of the verb; a noun so hung
    is the one met, and so are the actors of its phrase (not those of a clause or complement inside it:
    « accompagné de l'ambassadeur de C »); so is a noun it makes a conjunct of the place told before it
    (« ..., le 3 mai à son bureau, l'ambassadeur de A »)."""
    if trigger.pos_ != "VERB" or mention.how in {gz.CITY, gz.CAPITAL}:
        return False
    token = mention_root(sentence, mention)
    while token.head != token and token.dep_ not in _CLAUSE_LINKS:
        if token.head == trigger:  # or on the verb, as a conjunct of it, the verb having no object
            return token.dep_ == "conj" and token.pos_ == "NOUN" and token.i > trigger.i and (_ainsi_que(token) or (
                sentence.doc[token.left_edge.i].text == "," and not any(c.dep_ == "obj" for c in trigger.children)))
        if on_the_place(trigger, token) or _after_bare_name(trigger, token):
            return True
        comma = token.head
        if comma.is_punct and comma.head == trigger and comma.i < token.i and token.pos_ in {"NOUN", "PROPN"}:
            return True
        token = comma
    return False


def on_the_place(trigger: Token, token: Token) -> bool:
    """« a reçu, mardi à son cabinet, l'ambassadeur de A »: a noun after a comma that the parser makes a conjunct
    of the place of the meeting (a common noun hung on the verb), the verb having no object."""
    place = token.head
    return token.dep_ == "conj" and token.pos_ == "NOUN" and token.i > place.i and place.head == trigger and \
        place.dep_.startswith("obl") and place.pos_ == "NOUN" and case_of(place) in {"à", "au", "dans"} and \
        any(t.text == "," for t in trigger.doc[place.i:token.left_edge.i + 1]) and \
        not any(c.dep_ == "obj" for c in trigger.children)


def _after_bare_name(trigger: Token, token: Token) -> bool:
    """« a rencontré le ministre de A, Jean Dupont, ainsi que le Premier ministre de B »: the parser may hang the
    name in apposition to the object on the verb, with no preposition, and the second object as its conjunct; a
    common noun so joined to that bare name is met too."""
    name = token.head
    return token.dep_ == "conj" and token.pos_ == "NOUN" and token.i > name.i and name.pos_ == "PROPN" and \
        name.head == trigger and name.dep_ in {"obl:mod", "appos"} and not case_of(name) and \
        any(c.dep_ == "obj" and c.i < name.i for c in trigger.children)


def _ainsi_que(token: Token) -> bool:
    """« a rencontré le ministre de A, ..., ainsi que le Premier ministre de B »: a noun joined by « ainsi que »
    adds an object, even when the parser makes it a conjunct of the verb."""
    return any(c.dep_ == "cc" and c.lower_ == "ainsi" and any(f.lower_ == "que" for f in c.children)
               for c in token.children)
