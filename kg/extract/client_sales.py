"""Clients a maker or a system counts: « X devient le nouveau client du W », « X est aussi client de la firme
Y », « Y a identifié X comme le client de son avion W », « X, désigné comme client de W ». A state that is (or is
named) the client of a named system or of a named maker buys from it: the maker (its state) sells to that state.
A client no state is said to be (« un client non identifié », « des clients en Afrique »), a client of an industry
at large (« client de l'industrie française ») and a client in apposition (a standing tie, no sale told) give
nothing."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.supply_origins import makers_state
from kg.extract.support_claims import told
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.records import Attribution, Claim, Entity

CLIENT = "client"
_BECOMING = {"devenir", "être", "rester", "demeurer"}  # « X devient (est, reste) client de Y »
_NAMED_AS = "comme"  # « Y a désigné X comme client », « X, identifié comme client »
_SUBJECTS = {"nsubj", "nsubj:pass"}
_NAMED = {"obj", "nsubj:pass"}
_BECOME_DEPS = {"xcomp", "obj"}  # the parser may make the client noun the object of « devenir »
_OF_DEPS = {"nmod", "obl:arg"}


def _client_holder(trigger: Token) -> Token | None:
    """The word naming who the client is: the subject of « être (devenir) client », the one named « comme
    client » (the object or passive subject of the naming verb, or the noun its participle qualifies)."""
    if any(c.dep_ == "cop" for c in trigger.children):
        return next((c for c in trigger.children if c.dep_ in _SUBJECTS), None)
    head = trigger.head
    if trigger.dep_ in _BECOME_DEPS and head.lemma_.lower() in _BECOMING:
        return next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if case_of(trigger) == _NAMED_AS and head != trigger:
        if head.pos_ == "VERB" and head.dep_ == "acl" and head.head != head:
            return head.head  # « X, désigné comme client de W »
        return next((c for c in head.children if c.dep_ in _NAMED), None)
    return None


def _of_whom(trigger: Token) -> list[Token]:
    """The « de » complements of the client noun (« client du W »), or of « devenir » when the parser hangs them
    on the verb (« X devient client du W »)."""
    found = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    if not found and trigger.dep_ in _BECOME_DEPS and trigger.head.lemma_.lower() in _BECOMING:
        found = [c for c in trigger.head.children if c.dep_ in _OF_DEPS and c.i > trigger.i and case_of(c) in DE_CASES]
    return found


def client_sale(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) \
        -> Claim | tuple[Claim, ...] | None:
    """The sale to a state a client noun tells, or None."""
    holder = _client_holder(trigger)
    if holder is None:
        return None
    recipients = [r for r in states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS
                                          and mention_root(sentence, m) == holder]) if r.cls == "State"]
    of = {t.i for c in _of_whom(trigger) for t in c.subtree}
    told_of = [m.entity for m in sentence.mentions if m.how == gz.WEAPON and m.start in of]
    firms = [ctx.actor(m) for m in sentence.mentions if m.how == gz.COMPANY and m.start in of]
    suppliers: list[Entity] = firms or makers_state(ctx, told_of)
    weapons = told_of or [m.entity for m in sentence.mentions if m.how == gz.WEAPON
                          and trigger.left_edge.i <= m.start <= trigger.right_edge.i]
    if len(recipients) != 1 or not suppliers:
        return None
    if any((ctx.home_state(s) or s).key == recipients[0].key for s in suppliers):
        return None  # a client at home buys nothing abroad
    return told(ctx, sentence, trigger, args, said, (suppliers, recipients, "sell"), weapons, False)
