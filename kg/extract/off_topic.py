"""The off-topic guard: a sports page states no military or diplomatic fact.

A page about a match, a race or a tournament (many words of sport.tsv and sport-page-words.tsv, next to none of
military.tsv's)
names states, leaders and numbers, but its « délégations », « représentants », « homologues », « soutien » and
« accords » are its federations', clubs' and players': « les délégations des deux pays se sont retrouvées au
siège de la fédération », « le pilote a offert la victoire à son écurie ». Such a page keeps its mentions and the
posts of its people (a sports minister, a federation's president) but no support, agreement, negotiation nor
financing. A page that names armed forces or weapons as often as a fourth of its sport words (a military
championship, a defence minister at a match) is read as usual."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from kg.extract.doc_words import lemmas, lowers
from kg.extract.lexicon import word_list
from kg.records import Fact

# the fact kinds a sports page cannot state
_RELATIONS = {"support", "agreement", "negotiation", "financing"}
_MIN_SPORT = 4  # sport words a page needs to be read as a sports page
_MILITARY_SHARE = 4  # at most one military word for this many sport words


def sports_page(docs: Iterable[Doc]) -> bool:
    """Whether the paragraphs read are a sports page: enough sport words and few military ones."""
    sport = word_list("sport.tsv") | word_list("sport-page-words.tsv")
    military = word_list("military.tsv")
    docs = list(docs)
    words = [(lemma, lower) for doc in docs for lemma, lower in zip(lemmas(doc), lowers(doc), strict=True)]
    told = sum(bool({lemma, lower} & sport) for lemma, lower in words)  # « en finale » read as « final »
    armed = sum(lemma in military for lemma, _ in words)
    return told >= _MIN_SPORT and armed * _MILITARY_SHARE <= told


def guarded(docs: Iterable[Doc], facts: list[Fact]) -> list[Fact]:
    """The facts a page may state: on a sports page, none of its relations between states and bodies."""
    if not sports_page(docs):
        return facts
    return [f for f in facts if f.kind not in _RELATIONS]
