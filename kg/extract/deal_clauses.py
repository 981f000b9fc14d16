"""Clauses a deal's sentence holds that give no side of the deal: a relative clause on the signer that the parser
merges with the main verb (« X, qui a des conflits avec A et B, a signé des accords »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.deal_kinds import that_one
from kg.extract.lexicon import triggers
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root, predicate_of


def in_merged_relative(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« L'Inde, qui a depuis des années des différends avec A et B, a signé plusieurs accords »: the parser may take
    the relative clause and the main clause for one verb, with the relative « qui » for its subject and two
    auxiliaries on either side of a comma; what stands between « qui » and that comma belongs to the relative
    clause, it is no side of the deal."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    auxiliaries = [c.i for c in verb.children if c.dep_ == "aux:tense"]
    relative = [c.i for c in verb.children if c.dep_ in SUBJECTS and c.lower_ == "qui"]
    if len(auxiliaries) < 2 or not relative or not relative[0] < auxiliaries[0] < mention.start:
        return False
    doc = sentence.doc
    comma = max((i for i in range(relative[0], auxiliaries[-1]) if doc[i].text == ","), default=None)
    return comma is not None and mention.end <= comma


_WHICH = {"lequel", "laquelle", "lesquels", "lesquelles"}


def relative_partner(sentence: Sentence, trigger: Token) -> Mention | None:
    """« X compte sur A, avec lequel il a signé un accord en 2002, et sur B », « avec A, avec laquelle il est lié par
    un accord, avec B qui ... »: a deal told in a relative clause « avec lequel » is made with the clause's
    antecedent, the actor named just before it; the states listed after the clause, which the parser may hang on
    the same verb, are no side of it (None: no such clause, or its antecedent is no actor)."""
    verb = predicate_of(trigger)
    verbs = [verb, predicate_of(verb.head)] if verb.dep_ == "acl" else [verb]  # « un accord signé en 2018 »
    verbs += [a for v in verbs for a in v.children if a.dep_.startswith("aux")]  # « avec laquelle il a remporté »
    pronoun = next((c for v in verbs for c in v.children if c.lower_ in _WHICH and case_of(c) == "avec"), None)
    if pronoun is None:
        return None
    before = pronoun.i - 1 - (sentence.doc[pronoun.i - 2].text == ",")  # the antecedent ends before « avec » (« , »)
    return next((m for m in sentence.mentions if m.end == before and m.how in ACTOR_KINDS), None)


def _other_deals(sentence: Sentence, trigger: Token) -> list[Token]:
    """The demonstratives a deal verb describes (« semblable à celui signé avec B »), each another deal than the
    trigger's, whatever the parser hangs on them."""
    return [t.head for t in sentence.tokens if t != trigger and that_one(t) and not t.head.is_ancestor(trigger)
            and any(e.fact == "agreement" for e in triggers().get((t.lemma_.lower(), "VERB"), []))]


def clause_partners(sentence: Sentence, trigger: Token, partners: list[Mention]) -> list[Mention]:
    """The partners of a deal its clauses leave: none of a relative clause merged with the signing verb, nor of
    another deal told by a demonstrative (« un accord avec A, semblable à celui signé avec B »: A); the antecedent
    alone of a deal told « avec lequel » (« A, avec lequel il a signé un accord, et B »: A)."""
    antecedent = relative_partner(sentence, trigger)
    others = _other_deals(sentence, trigger)
    return [antecedent] if antecedent is not None else \
        [m for m in partners if not in_merged_relative(sentence, trigger, m)
         and not any(o.is_ancestor(mention_root(sentence, m)) for o in others)]
