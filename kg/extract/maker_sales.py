"""Sales and deliveries told by the maker's side: a maker that sells or delivers to a named recipient does so for its
state (« <maker> livrera des avions à X », « X a commandé des chars à <maker> »), and an order a maker tells of is a
sale to its client (« <maker> a annoncé une commande de X portant sur six avions »). A multinational group's home
state stands only where the article names it: its systems may be made in any of its states."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import civil_aviation, word_list
from kg.extract.ships import names_materiel
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, THESE, Sentence, case_of, mention_root
from kg.records import Entity

_SALE_KINDS = {"deliver", "sell"}


def _sells_materiel(trigger: Token, weapons: list[Entity]) -> bool:
    """« commander six K9 à <maker> », « acheter des blindés à <maker> »: what is sold is a system or matériel, or
    copies of the one named before (« commander deux exemplaires à <maker> »)."""
    theme = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}
             or (c.dep_ in {"nmod", "obl:arg"} and case_of(c) in DE_CASES)]  # « passer commande de deux patrouilleurs »
    return bool(weapons) or any(
        (_armed(trigger, t) if _aircraft(t) else names_materiel(t) or t.lemma_.lower() in word_list("copy-nouns.tsv"))
        for t in theme)


def _aircraft(noun: Token) -> bool:
    return noun.lemma_.lower() in civil_aviation("aircraft") or noun.lower_.rstrip("sx") in civil_aviation("aircraft")


def _armed(trigger: Token, noun: Token) -> bool:
    """« des avions de combat », « des hélicoptères militaires », « des appareils pour son armée de l'air »:
    aircraft sold as arms in the clause (« trente avions » alone may be airliners), or in the next sentence that
    takes them up (« … douze appareils à X. Ces hélicoptères de combat … »)."""
    told_next = _next_sentence(trigger)
    taken_up = told_next is not None and told_next[0].lower_ in THESE
    return any(t.lemma_.lower() in civil_aviation("armed") for t in trigger.subtree if t != noun) or \
        (taken_up and told_next is not None and any(t.lemma_.lower() in civil_aviation("armed") for t in told_next))


def _next_sentence(token: Token) -> Span | None:
    end = token.sent.end
    return token.doc[end].sent if end < len(token.doc) else None


def as_makers_states(ctx: Context, suppliers: list[Entity], recipients: list[Entity], kind: str | None) \
        -> list[Entity]:
    """« <maker> livrera des avions à X », « X a signé un contrat avec <maker> pour l'achat de ... »: a maker that
    delivers or sells to a named recipient does so for its state. A maker that produces gives nothing to anyone."""
    if not recipients or kind not in _SALE_KINDS:
        return suppliers
    return states(ctx, [(ctx.home_state(s) or s) if s.cls == "Company" else s for s in suppliers])


def maker_order(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, suppliers: list[Entity],
                 recipients: list[Entity]) -> list[Entity] | None:
    """« <maker> a annoncé une commande de X portant sur six avions », « <maker> a reçu une commande de X »: an
    order a maker tells of is a sale by the maker to its client, the « de X » of the order or the one the systems
    go to (None: not a maker's order)."""
    if not suppliers or any(s.cls != "Company" for s in suppliers) or not args.weapons:
        return None
    clients = [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in {*ACTOR_KINDS, gz.CITY}
               and (root := mention_root(sentence, m)).head == trigger and root.dep_ == "nmod"
               and case_of(root) in DE_CASES] if trigger.pos_ == "NOUN" else []
    return states(ctx, clients) or recipients


def unnamed_maker_state(ctx: Context, trigger: Token, suppliers: list[Entity], kind: str | None,
                        weapons: list[Entity]) -> bool:
    """Whether a maker's state that sells or delivers stands only where the article names it: a multinational
    group's, or a maker's that sells no system nor matériel (« commander une étude à <maker> »)."""
    return kind in _SALE_KINDS and any(s.cls == "Company" and (ctx.multinational(s) or (
        kind == "sell" and not _sells_materiel(trigger, weapons))) for s in suppliers)


def multinational_seller(ctx: Context, trigger: Token, suppliers: list[Entity], kind: str | None,
                         weapons: list[Entity]) -> Entity | None:
    """« X a commandé dix hélicoptères W à <multinational> »: the one multinational group that sells or delivers
    systems or matériel, which stands for itself where the article never names its home state (None: none)."""
    firms = [s for s in suppliers if s.cls == "Company" and ctx.multinational(s)]
    return firms[0] if kind in _SALE_KINDS and len(firms) == len(suppliers) == 1 \
        and _sells_materiel(trigger, weapons) else None
