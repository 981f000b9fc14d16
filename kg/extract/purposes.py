"""What a sum is released for, told in a purpose clause (« débloque 500 millions pour reconstituer les stocks
taïwanais de missiles »): the state whose demonym qualifies what the clause acts on is the beneficiary, and a
weapon system named in it makes the sum one for arms."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, mention_root, predicate_of

_PURPOSE_MARKS = {"pour", "afin"}


def _purpose_clauses(trigger: Token) -> list[Token]:
    """The infinitives of purpose (« pour », « afin de ») under the trigger's predicate."""
    predicate = predicate_of(trigger)
    return [c for c in predicate.children if c.dep_ in {"advcl", "acl"} and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in _PURPOSE_MARKS for m in c.children)]


def purpose_beneficiaries(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« pour reconstituer les stocks israéliens », « afin de renforcer l'aviation grecque »: the demonym that
    qualifies the object of the purpose clause (not one that qualifies a weapon system: « remplacer ses chars
    soviétiques »)."""
    found = []
    for clause in _purpose_clauses(trigger):
        for thing in (c for c in clause.children if c.dep_ == "obj" and c.pos_ == "NOUN"):
            named = sentence.mention_at(thing)
            if named is not None and named.how == gz.WEAPON:
                continue
            found += [m for m in sentence.mentions if m.how == gz.DEMONYM and m.state is not None
                      and (root := mention_root(sentence, m)).head == thing and root.dep_ == "amod"]
    return found


def arms_purpose(sentence: Sentence, trigger: Token) -> bool:
    """A purpose clause that names a weapon system (« pour reconstituer les stocks de missiles W »)."""
    clauses = _purpose_clauses(trigger)
    return any(m.how == gz.WEAPON and any(c.is_ancestor(mention_root(sentence, m)) for c in clauses)
               for m in sentence.mentions)
