"""« A, B et le groupe Y ont conclu un contrat pour la fourniture de chars en Ukraine »: a contract for a supply that
names its own recipient, a state none of the contract's sides, hands the systems to that third state; the sides do not
sell to each other (signed_sales.deal_sale reads no sale between them)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.goods_sent import sends_goods, sent_to
from kg.extract.lexicon import triggers
from kg.extract.syntax import Sentence, case_of

_FOR = "pour"


def _supply_nouns(deal: Token) -> list[Token]:
    """The nouns of handing over a contract is « pour » (« un contrat pour la fourniture de ... »), hung on the
    contract or on the verb it is the object of (where the parser may hang them)."""
    hosts = [deal] + ([deal.head] if deal.dep_ == "obj" else [])
    return [c for h in hosts for c in h.children if c.pos_ == "NOUN" and c.i > deal.i and case_of(c) == _FOR and
            sends_goods(c)]


def supplied_to_third(ctx: Context, sentence: Sentence, sides: set[str]) -> bool:
    """Whether a contract noun of the sentence is for a supply « à / en » a state that is none of `sides` (keys)."""
    deals = [t for t in sentence.tokens if t.pos_ == "NOUN" and any(
        e.fact == "support" and e.detail == "deal" for e in triggers().get((t.lemma_.lower(), "NOUN"), []))]
    nouns = [n for deal in deals for n in _supply_nouns(deal)]
    return any(mention.how in {gz.NAME, gz.CAPITAL} and ctx.actor(mention).key not in sides
               and any(n.i < mention.start and sent_to(sentence, n, mention.start) for n in nouns)
               for mention in sentence.mentions)
