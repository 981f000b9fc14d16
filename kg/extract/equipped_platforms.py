"""The system a supply is for rather than what it moves: the platform its goods are to fit out (« des missiles
pour équiper ses W », « destinés à la flotte de W », « des pièces pour ses W », « destinés aux W »)."""

from __future__ import annotations

from functools import cache

from kg.extract.lexicon import table
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, case_of, mention_root

_NAME_DEPS = {"appos", "nmod", "flat:name", "amod"}  # a system's name after its kind noun (« ses avions W »)
_FOR = {"à", "au", "aux", "pour"}


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(lemma for lemma, of_kind in table("platform-words.tsv") if of_kind == kind)


def equipped(sentence: Sentence, weapon: Mention) -> bool:
    """Whether a named system is the platform the goods are for: the object of a verb of fitting out, the system of
    a fleet the goods go to, one's own systems the goods are « pour », or those they are « destinés à »."""
    token = mention_root(sentence, weapon)
    while token.dep_ == "conj" and token.head != token:  # « équiper ses W1 et ses W2 »
        token = token.head
    if token.dep_ in _NAME_DEPS and token.head.pos_ == "NOUN" and token.head.i < token.i and not case_of(token):
        token = token.head  # « ses avions W »: the kind noun carries the name's place in the clause
    head = token.head
    if token.dep_ == "obj" and head.lemma_.lower() in _words("fit"):
        return True
    if token.dep_ == "nmod" and head.lemma_.lower() in _words("fleet") and case_of(head) in _FOR:
        return True
    case = case_of(token)
    if case == "pour":
        return any(d.dep_ == "det" and "Poss=Yes" in str(d.morph) for d in token.children)
    return case in _FOR and head.lemma_.lower() == "destiner"
