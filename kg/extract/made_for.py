"""Systems built for another state: « le chantier X construit deux corvettes pour la marine de Y », « des obus
fabriqués pour l'armée de Y », « le navire construit par le chantier turc pour Y ». A maker, a shipyard or a state
that builds, makes or produces systems « pour » a state supplies that state; building for oneself (« ses propres
corvettes ») and a production with no one it is made for (« fabriqué en Inde ») give nothing."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import role_cases, word_list
from kg.extract.ships import names_materiel
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.records import Entity

MAKING = {"build", "produce"}  # the trigger details of building and making
_FOR = "pour"
_IN = "en"
_TO = {"à", "au", "aux"}
_AGENT = {"nsubj", "obl:agent"}
_BY = "par"
_NAME_DEPS = {"acl", "nmod", "appos", "flat:name", "amod"}  # a system's name after its noun, as parsed
_SERVICE = "service"  # « mettre en service », « admettre au service actif »
_MAKING_VERBS = {"fabriquer", "construire", "produire", "concevoir", "développer", "assembler", "réaliser"}


def _for_node(root: Token) -> Token:
    """The word a « pour » governs: the mention itself, or the force a demonym qualifies (« la marine turque »)."""
    return root.head if root.dep_ == "amod" and case_of(root) != _FOR else root


def _around(trigger: Token) -> set[int]:
    """What a « pour » may hang on: the building word, what it builds (« des obus pour Y ») and, for a
    participle, the noun it qualifies (« les corvettes construites pour Y »); the parser may hang it on the
    builder of a passive (« construites par le chantier X pour Y »)."""
    near = {trigger.i} | {c.i for c in trigger.children if c.dep_ in {"obj", "nsubj:pass", "obl:agent"}}
    if trigger.dep_ == "acl":
        near.add(trigger.head.i)
    return near


def made_for(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The states a building or making word builds for (« pour Y », « pour la marine de Y »)."""
    near = _around(trigger)
    found = []
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in {*ACTOR_KINDS, gz.CITY}:
            continue
        node = _for_node(mention_root(sentence, mention))
        if node.dep_ == "nmod" and case_of(node) != _FOR:
            node = node.head  # « pour la marine de Y »: the force of Y
        for _ in range(2):  # « en faveur des forces de garde-côtes de Y »: the parser makes « faveur » the noun
            if _in_favour(node) or node.dep_ != "nmod" or case_of(node) not in DE_CASES:
                break
            node = node.head
        if (case_of(node) == _FOR or _in_favour(node)) and (node.head.i in near or (
                trigger.pos_ == "NOUN" and node.head.head == trigger)):  # « la construction de N navires en faveur »
            found.append(ctx.actor(mention))
    return states(ctx, found)


def first_intended(trigger: Token) -> bool:
    """« des navires construits initialement pour Y »: what a building was first meant for, since changed."""
    return any(c.dep_ == "advmod" and c.lower_ in word_list("first-intents.tsv") for c in trigger.children)


def _in_favour(node: Token) -> bool:
    """« en faveur de Y », « au profit de Y »: a locution of the one something is for, read as a noun."""
    return f"{case_of(node)} {node.lower_} de" in role_cases("recipient") or \
        (node.lower_ in role_cases("recipient") and bool(case_of(node)))


def commissioners(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la marine de Y a mis en service une frégate construite par X »: who puts into service what another
    builds receives it (a navy's own yard builds for its own state: then the two sides are one)."""
    thing = trigger.head
    if thing.dep_ in _NAME_DEPS and thing.head.dep_ == "obj":  # « deux patrouilleurs X construits par Y »
        thing = thing.head
    if trigger.dep_ != "acl" or "VerbForm=Part" not in str(trigger.morph) or thing.dep_ != "obj":
        return []
    verb = thing.head
    if not any(c.lemma_.lower() == _SERVICE and c.dep_.startswith("obl") for c in verb.children):
        return []
    return states(ctx, [e for c in verb.children if c.dep_ == "nsubj" for e in ctx.resolve(sentence, c)])


def makers_of_received(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a reçu des blindés fabriqués par <maker> », « ... deux corvettes construites par la Russie »: the makers
    (companies or states) a participle of making names for what a reception receives (they deliver it); the parser
    may hang the participle on the reception verb itself."""
    received = [c for c in trigger.children if c.dep_ == "obj"]
    received += [c for r in received for c in r.children if c.dep_ == "nmod"]  # « le dernier des six navires »
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in {gz.COMPANY, gz.NAME}
                        and (root := firm_noun(mention_root(sentence, m))).dep_.startswith("obl")
                        and case_of(root) == _BY
                        and _on_received(root.head, trigger, received) and "VerbForm=Part" in str(root.head.morph)
                        and root.head.lemma_.lower() in _MAKING_VERBS])


def delivered_by_makers(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[list[Entity], list[Entity]]:
    """« la livraison des appareils fabriqués par <maker> au Y »: the maker a participle of making names for what a
    delivery noun hands over delivers it, to the state an « à » complement names (the parser hangs it on the
    participle)."""
    if trigger.pos_ != "NOUN":
        return [], []
    goods = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    made = [c for g in goods for c in g.children if c.dep_ == "acl" and "VerbForm=Part" in str(c.morph)
            and c.lemma_.lower() in _MAKING_VERBS]
    by = [(m, root) for m in sentence.mentions if m.how in {gz.COMPANY, gz.NAME}
          and (root := firm_noun(mention_root(sentence, m))).dep_.startswith("obl") and case_of(root) == _BY
          and root.head in made]
    heads = made + [root for _, root in by]  # « par <maker> au Y »: or on the maker's name
    takers = [ctx.actor(m) for m in sentence.mentions if m.how in {gz.NAME, gz.CAPITAL}
              and (root := mention_root(sentence, m)).head in heads and case_of(root) in _TO]
    return (states(ctx, [ctx.actor(m) for m, _ in by]), states(ctx, takers)) if by else ([], [])


def firm_noun(root: Token) -> Token:
    """The noun of a firm a maker's name qualifies (« par le chantier français X »), else the name itself."""
    head = root.head
    named = root.dep_ in {"amod", "appos", "flat:name", "nmod"} and head.i < root.i
    return head if named and head.lemma_.lower() in word_list("firm-nouns.tsv") else root


def _on_received(participle: Token, trigger: Token, received: list[Token]) -> bool:
    """« des corvettes construites par X » (on the noun received), « ... un sous-marin X construit par Y » (on the
    verb, past the name)."""
    return (participle.dep_ == "acl" and participle.head in received) or \
        (participle.dep_ == "advcl" and participle.head == trigger and bool(received))


def builders(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """Who builds when no actor is its subject: the state of the yard or maker (« le chantier naval turc »), else
    the state it is made in (« fabriqués en France pour Y »)."""
    doers = [c for c in trigger.children if c.dep_ in _AGENT]
    found = [m.state for m in sentence.mentions if m.state is not None and m.how == gz.DEMONYM
             and (root := mention_root(sentence, m)).dep_ == "amod" and root.head in doers]
    found = found or [m.state for m in sentence.mentions if m.state is not None and m.how == gz.NAME
                      and (root := mention_root(sentence, m)).head == trigger and case_of(root) == _IN]
    return states(ctx, found) or _yard_firms(ctx, sentence, trigger)


def _yard_firms(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« La construction de N navires pour X a débuté au chantier K du groupe Y »: a building noun, subject of the
    verb that says it starts or goes on, is done by the firm named in that verb's « à » complement."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    places = [c for c in trigger.head.children if c.dep_.startswith("obl") and case_of(c) in {"à", "au", "aux"}]
    return states(ctx, [m.entity for m in sentence.mentions if m.how == gz.COMPANY
                        and any(p.is_ancestor(mention_root(sentence, m)) or p == mention_root(sentence, m)
                                for p in places)])


def builds_systems(trigger: Token) -> bool:
    """What is built is matériel (« des corvettes », « les blindés », « un navire »), not « un avenir » or a road."""
    built = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}
             or (trigger.pos_ == "NOUN" and c.dep_ == "nmod" and case_of(c) in {"de", "d'", "des"})] + \
        ([trigger.head] if trigger.dep_ == "acl" else [])  # « la construction de N navires »
    built += [c for b in built for c in b.children if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}]
    built += [b.head for b in built if b.dep_ == "nmod"]  # « le navire de cette classe construit pour Y »
    return any(names_materiel(b) for b in built)
