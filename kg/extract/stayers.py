"""Whose stay a sentence tells (kg.extract.scene_stays): the states of the subject the place is said of (« le ministre
algérien est à Sotchi », « la délégation malienne s'est rendue à Niamey »). Talks told next with no venue, one of
whose sides is such a state, are held there too, also when the city lies in a third state (a summit or a forum
abroad: kg.extract.scenes)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.infinitive_stays import speaker_of_stay
from kg.extract.mentions import Mention
from kg.extract.scene_stays import meets_at
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.records import Entity

_STAYERS = ("State", "Person")  # a person stands for the state the whole article gives them (kg.extract.scenes)


def stayers(sentence: Sentence, place: Mention, resolve: Callable[[Sentence, Token], list[Entity]]) -> frozenset[str]:
    """The keys of the states of the mentions inside the subject of the clause that places someone at `place`:
    of « être » when the place is its predicate, else of the verb of the meeting the place is said of (« il a tenu des
    discussions à Sotchi »), of « se trouver », never of a journey; else the states and the persons a subject stands
    for, or names (« il », « le ministre, X »: a person's state is known only once the whole article is read)."""
    root = mention_root(sentence, place)
    clause = root if any(c.lemma_.lower() == "être" and c.dep_ == "cop" for c in root.children) else \
        meets_at(root.head) or (root.head if root.head.lemma_.lower() == "trouver" else None)
    if clause is None:  # a journey (« il s'est rendu à V ») may be of another day than the talks told next
        return frozenset()
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS] or speaker_of_stay(clause)  # « honoré d'être à V »
    named = frozenset(m.state.key for m in sentence.mentions if m.state is not None and m is not place and
                      m.state.cls == "State" and any(mention_root(sentence, m) in s.subtree for s in subjects))
    if named:
        return named
    # « le ministre des Affaires étrangères, X, a tenu des discussions à V »: X, whose state the article gives later
    roots = [*subjects, *(root for m in sentence.mentions if m.entity.cls == "Person" and
                          any((root := mention_root(sentence, m)) in s.subtree for s in subjects))]
    return frozenset(e.key for r in roots for e in resolve(sentence, r) if e.cls in _STAYERS)
