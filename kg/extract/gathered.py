"""Meetings told by the verb that gathers their members (« la réunion a regroupé les ministres de A, de B et de C »,
« le sommet a rassemblé, outre X, les présidents malien, nigérien et tchadien »), and the portfolio an official's
title may carry before the states it serves (« les ministres en charge des Affaires étrangères de A et de B »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import official_nouns, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence

_OBJECTS = frozenset({"obj", "obl:mod"})  # « a regroupé, outre X, les ministres »: the parser hangs them as obl:mod
_CLAUSE_ENDS = frozenset({"où", "qui", "que", ";", "."})
_STATE_CASES = frozenset({"de", "d'", "d\u2019", "du", "des"})  # a typographic apostrophe too


def gathered_members(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion a regroupé les ministres de A, de B et de C », « le sommet a rassemblé les présidents A et B »:
    the states (two at least) whose officials a meeting, subject of a verb of gathering, gathers; none for a body
    that gathers (« l'Alliance rassemble trente pays ») or for a meeting subject of any other verb."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECTS or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in word_list("gathering-verbs.tsv"):
        return []
    officials = official_nouns()
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # « outre X, les ministres de A »
    members = next((c for c in sorted(objects, key=lambda t: t.i) if c.lemma_.lower() in officials
                    and "Number=Plur" in str(c.morph) and not any(g.dep_ == "case" for g in c.children)), None)
    return [] if members is None else states_listed(sentence, members)


def states_listed(sentence: Sentence, members: Token) -> list[Mention]:
    """The states that the complements of a plural noun of officials list (« les ministres de A, du B et de C », « les
    présidents malien et nigérien », « les ministres en charge de la Défense de A et de B »), up to a verb, a clause,
    a place or a complement of another case; none unless two states at least."""
    doc = sentence.doc
    skip = portfolio_opening(sentence, members)
    found: list[Mention] = []
    for token in doc[members.i + 1:sentence.span.end]:
        mention = sentence.mention_at(token)  # « les présidents ghanéen et togolais »: a demonym read as a verb
        if token.i in skip:
            continue
        if mention is not None and mention.how in {gz.NAME, gz.DEMONYM} and mention.state is not None:
            found += [mention] if mention not in found else []
        elif token.pos_ in {"VERB", "AUX"} or token.lower_ in _CLAUSE_ENDS or (
                token.pos_ == "ADP" and token.lower_ not in _STATE_CASES):
            break
    return found if len({m.state.key for m in found if m.state is not None}) >= 2 else []


def portfolio_opening(sentence: Sentence, members: Token) -> frozenset[int]:
    """« les ministres en charge des Affaires étrangères », « les ministres chargés de la Défense »: the words that
    open the portfolio right after the title (« en charge », « chargés »), to be read through; none otherwise."""
    doc = sentence.doc
    for opening in word_list("portfolio-words.tsv"):
        words = opening.split()
        end = members.i + 1 + len(words)
        if end <= sentence.span.end and [t.lower_ for t in doc[members.i + 1:end]] == words:
            return frozenset(range(members.i + 1, end))
    return frozenset()


def attended_by(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion s'est tenue à X avec la participation des présidents de A, de B et de C », « le sommet, à
    l'invitation du ministre A, en présence de ses homologues B et C »: the states (two at least) of those a meeting
    is held with, at the invitation of or in the presence of; none for the topic or place of another complement."""
    anchor = trigger.head if trigger.dep_ in SUBJECTS and trigger.head.pos_ == "VERB" and \
        trigger.head.lemma_.lower() in word_list("held-verbs.tsv") else trigger
    if trigger.pos_ != "NOUN":
        return []
    marks = word_list("attendance-nouns.tsv")
    found: list[Mention] = []
    heads = list(anchor.children)
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]  # « à X, à l'invitation de A »: a list
    for noun in [c for c in heads if c.lemma_.lower() in marks and c.pos_ == "NOUN"]:
        for token in _complements(noun, marks):
            mention = sentence.mention_at(token)
            if mention is not None and mention.how in {gz.NAME, gz.DEMONYM} and mention.state is not None and \
                    mention not in found:
                found.append(mention)
    return found if len({m.state.key for m in found if m.state is not None}) >= 2 else []


def _complements(noun: Token, marks: frozenset[str]) -> list[Token]:
    """The words under a noun of attendance through complements of « de » (« des présidents de A et de B »),
    adjectives, appositions and lists, and through a further noun of attendance (« à l'invitation de A, avec la
    participation de B »); no complement of another case (« sur la crise au Soudan »)."""
    found: list[Token] = []
    todo = [noun]
    while todo:
        token = todo.pop()
        found.append(token)
        for child in token.children:
            cases = {g.lower_ for g in child.children if g.dep_ == "case"}
            if child.dep_ in _WALKED and (child.lemma_.lower() in marks or cases <= _STATE_CASES):
                todo.append(child)
    return found


_WALKED = frozenset({"nmod", "conj", "amod", "appos", "flat:name"})
