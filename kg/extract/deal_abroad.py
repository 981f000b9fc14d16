"""A firm's contracts abroad, told in passing (« après ses contrats en Inde et au Brésil, le constructeur ... »): a
deal noun with no side of its own and the states it was won in (« en X », « au Y ») is one deal per state with the
company the sentence names (or names again by its trade: kg.extract.firms)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.records import Entity

_IN_STATE = {"en", "au", "aux"}


def _places_of(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The states the deal noun is placed in: « en X » on the noun, and those coordinated with it (« et en Y »)."""
    found = []
    for mention in sentence.mentions:
        if mention.how != gz.NAME:
            continue
        root = mention_root(sentence, mention)
        head = root
        while head.dep_ == "conj" and head.head not in {head, trigger}:
            head = head.head  # « en X et en Y »: Y hangs on X (or on X's last word)
        if case_of(root) in _IN_STATE and head.dep_ in {"nmod", "conj"} and head.head == trigger:
            found.append(mention)
    # « ses contrats au Brésil et en Hongrie »: the parser may join the second state to the noun itself
    return found if any(mention_root(sentence, m).dep_ != "conj" or mention_root(sentence, m).head != trigger
                        for m in found) else []


def contracts_abroad(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[list[Entity]]:
    """The sides of each contract a plural deal noun places in states (« les contrats majeurs en X et en Y »), with
    the company named last before it in the sentence; none when the deal has sides of its own."""
    if trigger.pos_ != "NOUN" or "Number=Plur" not in str(trigger.morph) or args.agents or args.partners:
        return []
    company = next((m for m in reversed(sentence.mentions) if m.how == gz.COMPANY and m.end <= trigger.i), None)
    places = _places_of(sentence, trigger) if company is not None else []
    if company is None or not places:
        return []
    return [[ctx.actor(m), ctx.actor(company)] for m in places]
