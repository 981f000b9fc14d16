"""Clues to the state of a post whose title names none, each read from an explicit construction: the group of a
state's officials it is listed among (« les dirigeants laotiens, y compris le Premier ministre X »), the police the
article names with its state (« le commissaire de police X » and « la police mauricienne »), the official the holder
travels with (« il s'est rendu à Bakou avec le chef d'état-major X »), the one kingdom a monarch's sentence names.
Read by kg.extract.post_orgs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.companions import companion_side
from kg.extract.doc_words import morph_values
from kg.extract.force_states import force_state
from kg.extract.lexicon import word_list
from kg.extract.mentions import state_entity
from kg.extract.people import Title
from kg.extract.syntax import SUBJECTS, Sentence
from kg.gazetteer import Gazetteer
from kg.records import Entity
from kg.text import fold

_POLICE = {"police", "polices"}
# what opens a member of a group named before (« les dirigeants laotiens, y compris le Premier ministre X »)
_AMONG = (("y", "compris"), ("dont",), ("notamment",), ("en", "particulier"), ("parmi", "lesquels"),
          ("parmi", "lesquelles"))


def listed_among(sentence: Sentence, title: Title) -> Entity | None:
    """« les dirigeants vietnamiens, y compris le Premier ministre X », « des responsables du Pays, dont le ministre
    Y »: a title named as one of a group of officials (official-nouns.tsv, servant-nouns.tsv, in the plural) that a
    demonym or a state's name right after it gives a state serves that state."""
    doc, start, at = sentence.doc, sentence.span.start, title.start - 1
    if at > start and doc[at].lower_ in {"le", "la", "l'", "les"}:
        at -= 1
    phrase = next((p for p in _AMONG if at - len(p) + 1 > start and
                   tuple(t.lower_ for t in doc[at - len(p) + 1:at + 1]) == p), None)
    if phrase is None:
        return None
    at -= len(phrase) + (doc[at - len(phrase)].text == ",")
    named = sentence.mention_at(doc[at]) if at > start else None
    if named is None or named.state is None or named.end != at + 1 or named.how not in {gz.DEMONYM, gz.NAME}:
        return None
    before = named.start - 1 - (named.how == gz.NAME and doc[named.start - 1].lower_ in {"du", "de", "d'", "des"})
    if named.how == gz.NAME and before == named.start - 1:
        return None  # « les dirigeants Pays »: no group of the state's
    group = doc[before] if before >= start else None
    nouns = word_list("official-nouns.tsv") | word_list("servant-nouns.tsv")
    if group is None or group.lemma_.lower() not in nouns or "Plur" not in morph_values(group, "Number"):
        return None
    return named.state



def police_state(sentence: Sentence, title: Title, text: str, gaz: Gazetteer) -> Entity | None:
    """« le commissaire de police X », « l'adjoint au chef de la police, Y »: a police title that names no state
    serves the one state whose police the article (`text`) names (« la police mauricienne », « la police du Pays »)."""
    if not {fold(t.text) for t in sentence.doc[title.start:title.end]} & _POLICE:
        return None
    state = force_state(text, ["police"], gaz)
    return state_entity(gaz, state) if state is not None else None


def travelled_with(head: Token) -> Token | None:
    """« il s'est rendu à Bakou avec le chef d'état-major X », « le ministre est arrivé avec le général Y »: the
    subject of the verb of travelling (travel-verbs.tsv) whose complement « avec » is the title at `head`."""
    verb = head.head
    if not head.dep_.startswith("obl") or not any(c.dep_ == "case" and c.lower_ == "avec" for c in head.children) \
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("travel-verbs.tsv"):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def travel_side(sentence: Sentence, head: Token, titles: Sequence[Title],
                antecedent: Callable[[Sentence, Token], list[Entity]],
                as_state: Callable[[Entity], Entity]) -> Entity | None:
    """« il s'est rendu à Bakou avec le chef d'état-major X »: the state of the one the holder at `head` travels
    with (a noun's or name's own, else a pronoun's `antecedent`, a person's state by `as_state`)."""
    if (subject := travelled_with(head)) is None:
        return None
    if subject.pos_ != "PRON":
        return companion_side(sentence, subject, titles)
    found = antecedent(sentence, subject)
    state = as_state(found[0]) if found else None
    return state if state is not None and state.cls == "State" else None



def crown_named(sentence: Sentence, crowns: frozenset[str], visited: set[str]) -> Entity | None:
    """« Pays A envisage d'acheter ..., après une rencontre entre le roi X et Y à Londres »: the one state whose
    crown bears a monarch's title (`crowns`) that the sentence names by name and no one visits there (`visited`)."""
    found = {m.state.key: m.state for m in sentence.mentions if m.how == gz.NAME and m.state is not None and
             m.state.iri in crowns and m.state.key not in visited}
    return next(iter(found.values())) if len(found) == 1 else None
