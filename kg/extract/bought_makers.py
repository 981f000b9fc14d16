"""Makers told on the goods of a purchase: « X va acheter deux sous-marins construits par Y », « X a passé commande
de blindés conçus par le constructeur Y », « X a commandé des drones qui seront livrés par Y ». The one who makes
(or will deliver) what a buyer buys sells it to the buyer; a maker of the buyer's own state sells nothing abroad."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.made_for import firm_noun
from kg.extract.mentions import Mention
from kg.extract.syntax import DE_CASES, Sentence, case_of, mention_root
from kg.records import Entity

_MAKING_OR_HANDING = {"fabriquer", "construire", "produire", "concevoir", "développer", "assembler", "livrer",
                      "fournir"}
_BY = "par"
_MAKERS = {gz.COMPANY, gz.NAME}
_NEAR = 3  # words from a trade noun to the name it introduces


def _goods(trigger: Token) -> list[Token]:
    """What a purchase buys: the object of its verb (« acheter des chars »), the « de » complement of its noun
    (« la commande de chars »), and the goods of a batch (« un lot de 60 blindés »)."""
    goods = [c for c in trigger.children if c.dep_ == "obj"
             or (c.dep_ in {"nmod", "obl:arg"} and case_of(c) in DE_CASES)]
    if trigger.pos_ == "VERB":  # « passer commande de chars »: the noun of the purchase is its object
        goods += [g for c in trigger.children if c.dep_ == "obj" and c.lemma_.lower() == "commande"
                  for g in c.children if g.dep_ == "nmod" and case_of(g) in DE_CASES]
    return goods + [c for g in goods for c in g.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]


def _made_or_handed(participle: Token) -> bool:
    """« construits par », « conçus par », « qui seront livrés par »: a participle (or a passive relative) of making
    or handing over, hung on the goods."""
    if participle.lemma_.lower() not in _MAKING_OR_HANDING:
        return False
    if participle.dep_ == "acl":
        return "VerbForm=Part" in str(participle.morph)
    return participle.dep_ == "acl:relcl" and any(c.dep_ == "aux:pass" for c in participle.children)


def makers_of_bought(ctx: Context, sentence: Sentence, trigger: Token, buyers: list[Entity]) -> list[Entity]:
    """The makers (firms or states) a participle of making names, by « par », on the goods a purchase buys; none of
    the buyer's own state."""
    goods = _goods(trigger)
    made = [c for g in goods for c in g.children if _made_or_handed(c)]
    if not made:
        return []
    agents = [c for p in made for c in p.children if c.dep_ == "obl:agent" and case_of(c) == _BY]
    found = states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in _MAKERS
                         and any(_names(sentence, a, m) for a in agents)])
    own = {b.key for b in buyers}
    return [] if any(f.key in own for f in found) else found


def _names(sentence: Sentence, agent: Token, mention: Mention) -> bool:
    """« par Y », « par le constructeur Y », « par le constructeur sud-africain Y » (the parser may lose the name
    after the trade noun's adjective): the agent is the maker's name, or a trade noun right before it."""
    root = mention_root(sentence, mention)
    if root == agent or firm_noun(root) == agent:
        return True
    return agent.lemma_.lower() in word_list("firm-nouns.tsv") and agent.i < mention.start <= agent.i + _NEAR
