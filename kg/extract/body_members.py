"""A body named only through its members (« les ministres des Affaires étrangères de l'Union X », « les membres de la
fédération patronale »): talks with them are talks with the states or firms that make it up, so the body itself is
no side of them; a body named by its head (« le secrétaire général de la Ligue »), by some of its staff (« des
membres de l'Alliance ») or by itself still is one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence, mention_root
from kg.records import Claim, Entity

_ALL = frozenset({"les", "ses", "leurs"})  # the members as a whole
_HOPS = 3  # « les ministres [de la Défense] [des pays] de l'Union »: the portfolio between the members and the body


def without_members(sentence: Sentence, trigger: Token,
                    found: Claim | tuple[Claim, ...] | None) -> Claim | tuple[Claim, ...] | None:
    """The claims of talks with no body as a side that the words of the talks name only through its members."""
    if isinstance(found, tuple):
        return tuple(_sides_kept(sentence, trigger, c) for c in found)
    return found if found is None else _sides_kept(sentence, trigger, found)


def _sides_kept(sentence: Sentence, trigger: Token, claim: Claim) -> Claim:
    sides = claim.fact.get("participant")
    kept = [s for s in sides if not members_only(sentence, trigger, s)]
    if len(kept) == len(sides):
        return claim
    fact = replace(claim.fact, roles=tuple((r, e) for r, e in claim.fact.roles if r != "participant"))
    return replace(claim, fact=fact.with_roles("participant", kept))


def members_only(sentence: Sentence, trigger: Token, side: Entity) -> bool:
    """Whether the body `side` is named in the words of the talks, each time as a complement of a plural noun of
    its members (« les ministres de X »; its mentions elsewhere in the sentence, as in a topic, do not count)."""
    if side.cls in {"State", "Person", "Company"}:  # « les dirigeants de la firme X » are its officers
        return False
    words = {t.i for t in trigger.subtree}
    if trigger.dep_ == "obj":  # « a eu une rencontre avec les membres de X »: the light verb's complements too
        words |= {t.i for c in trigger.head.children if c.dep_.startswith("obl") for t in c.subtree}
    mentions = [m for m in sentence.mentions if m.entity.key == side.key and m.start in words]
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
