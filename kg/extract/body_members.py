"""A body named only through its members (« les ministres des Affaires étrangères de l'Union X », « les membres de la
fédération patronale »): talks with them are talks with the states or firms that make it up, so the body itself is
no side of them; a body named by its head (« le secrétaire général de la Ligue »), by some of its staff (« des
membres de l'Alliance ») or by itself still is one."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence, mention_root
from kg.records import Entity

_ALL = frozenset({"les", "ses", "leurs"})  # the members as a whole
_HOPS = 3  # « les ministres [de la Défense] [des pays] de l'Union »: the portfolio between the members and the body


def members_only(sentence: Sentence, side: Entity) -> bool:
    """Whether every mention of the body `side` in the sentence is a complement of a plural noun of members."""
    if side.cls in {"State", "Person"}:
        return False
    mentions = [m for m in sentence.mentions if m.entity.key == side.key]
    return bool(mentions) and all(_of_members(mention_root(sentence, m)) for m in mentions)


def _of_members(token: Token) -> bool:
    for _ in range(_HOPS):
        if token.dep_ not in {"nmod", "conj"} or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in word_list("member-nouns.tsv") and \
                "Plur" in morph_values(token, "Number"):  # « les ministres de X »; « des membres de X » are its staff
            return any(c.dep_ == "det" and c.lower_ in _ALL for c in token.children)
    return False
