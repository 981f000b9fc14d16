"""Goods told as joining others (« X enverra à Y trois radars, qui s'ajouteront aux deux radars fournis par Z »):
what the others join goes to the same recipient, so the supply of the others (by Z) goes to Y too."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.lexicon import role_cases
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity

_JOINING = {"ajouter", "rejoindre"}  # « s'ajouter aux W », « rejoindre les W »
_TO = {"à", "au", "aux"}
_STEPS = 4  # heads climbed from the noun a relative hangs on to the supply of the goods it takes up


def _joined(goods: Token) -> bool:
    """The goods a verb of joining joins: « s'ajouteront aux W » (an « à » complement), « rejoindront les W »."""
    verb = goods.head
    if verb.lemma_.lower() not in _JOINING:
        return False
    return case_of(goods) in _TO if verb.lemma_.lower() == "ajouter" else goods.dep_ == "obj"


def joined_recipients(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The recipients of a participle of supplying (« les W fournis par Z ») on goods that others join, when the
    others are the object of a supply with a recipient (« X enverra à Y trois W, qui s'ajouteront aux W ... »);
    they stand before any the parse gives the participle through the clause it hangs in."""
    if trigger.dep_ != "acl" or "VerbForm=Part" not in str(trigger.morph) or not _joined(trigger.head) or any(
            c.dep_ == "iobj" or case_of(c) in role_cases("recipient") for c in trigger.children):
        return []  # « les W fournis par Z à V »: the participle names its own recipient
    verb = trigger.head.head
    joiner = verb.head if verb.dep_ == "acl:relcl" else next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    giver = _giver(joiner) if joiner is not None else None
    if giver is None:
        return []
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS
                        and (root := mention_root(sentence, m)).head == giver
                        and (root.dep_ == "iobj" or case_of(root) in role_cases("recipient"))])


def _giver(joiner: Token) -> Token | None:
    """The verb that supplies the goods a relative (or a subject) of joining takes up: the head of that object, or,
    when the parser hangs the relative on a later noun, the first verb above it with an object."""
    node = joiner
    for _ in range(_STEPS):
        if node.dep_ == "obj":
            return node.head
        if node.pos_ == "VERB" and any(c.dep_ == "obj" for c in node.children):
            return node
        if node.head == node:
            return None
        node = node.head
    return None
