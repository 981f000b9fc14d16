"""Financing: who pays, lends or guarantees how much, for whom."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.agreement_worth import WORTH_NOUNS
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, modality_words, triggers, word_list
from kg.extract.supply_sides import said_sides
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, clause_verb, mention_root
from kg.records import Amount, Attribution, Claim, Entity, Fact

_RECEIVING = {"obtenir", "recevoir", "décrocher", "toucher"}
WORTH = "worth"  # « fournir pour 2 millions de dollars de carburant »: a verb that funds only goods told by worth
SOLD = "sold"  # « X a vendu des chars à Y pour 1 milliard »: a purchase told from the seller's side
# « la firme X livrera des obus à Y pour 142 millions »: a firm's delivery for a price is its sale; a state's may be aid
DELIVERED = "delivered"
_LOAN = "loan"  # a loan or a credit line (triggers.tsv: « prêt », « crédit »)
_GUARANTEE = "guarantee"  # triggers.tsv: « garantir », « garantie »


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | tuple[Claim, ...] | None:
    if not args.amounts and (worth := _worth_on_teller(sentence, trigger) or
                             (_price_on_teller(sentence, trigger) if entry.detail in {SOLD, DELIVERED} else [])):
        args = args.but(amounts=worth)
    if not args.amounts or _business_result(trigger) or _paid_by_other(trigger, entry) or \
            (entry.needs == WORTH and not _worth_of_goods(sentence, args)):
        return None
    if entry.detail == SOLD:
        return _sold(ctx, sentence, trigger, entry, args, said)
    if entry.detail == DELIVERED:  # « pour N » only: « d'une valeur de N » is the worth of the deal told
        priced = args.but(amounts=[(at, a) for at, a in args.amounts if _for_sum(sentence, sentence.doc[at])])
        sale = _sold(ctx, sentence, trigger, entry, priced, said) if priced.amounts else None
        return sale if sale is not None and all(s.cls == "Company" for s in sale.fact.get("recipient")) else None
    buyers = states(ctx, [e for t in _funded_buyers(trigger) for e in ctx.resolve(sentence, t)])
    # « Paris attend le paiement de Buenos Aires »: the state a payment noun is of pays, not the subject of the verb
    # that governs the noun
    paying = [ctx.actor(m) for m in args.of] if trigger.pos_ == "NOUN" and entry.detail == "purchase" else []
    funders = [f for f in states(ctx, paying or [ctx.actor(m) for m in args.agents] or args.implicit)
               if all(f.key != b.key for b in buyers)]
    recipients = [r for r in states(ctx, [ctx.actor(m) for m in args.recipients]) + buyers
                  if all(r.key != f.key for f in funders)]
    given_by = _given_from(ctx, sentence, trigger)
    received = trigger.dep_ == "obj" and trigger.head.lemma_.lower() in _RECEIVING
    if trigger.pos_ != "VERB" and (given_by or received):
        # « X obtient un prêt britannique »: the subject receives; the demonym of the loan or « de Y » gives
        lenders = [m.state for m in sentence.mentions if m.state is not None
                   and mention_root(sentence, m).head == trigger and mention_root(sentence, m).dep_ == "amod"]
        lenders = _lent_by(ctx, sentence, trigger) or given_by or states(ctx, lenders) or \
            states(ctx, [ctx.actor(m) for m in args.of])
        recipients = [f for f in funders if all(f.key != g.key for g in lenders)]
        funders = lenders
    # « augmenter de 10 milliards ... pour atteindre 60 milliards »: every sum the trigger governs, in order
    amounts = tuple(dict.fromkeys(a for _, a in sorted(args.amounts, key=lambda p: p[0])))
    fact = Fact("financing", (sentence.evidence(),), said, amounts=amounts,
                attrs=(("financing_kind", entry.detail),) if entry.detail else ())
    claim = Claim(fact.with_roles("funder", funders).with_roles("recipient", recipients))
    # « X a obtenu un prêt auprès de Y », « X ouvre une ligne de crédit à Y »: a loan named by its noun, with its
    # lender and borrower, is also a deal between them
    lent = _lent_by(ctx, sentence, trigger) or given_by or \
        (entry.detail == _LOAN and trigger.pos_ == "NOUN" and not _guaranteed(trigger))
    return (claim, *lending_deal(claim.fact, trigger)) if lent else claim


def _guaranteed(loan: Token) -> bool:
    """« X garantit un prêt à Y »: the verb's subject stands surety for a loan someone else grants; no deal of its."""
    verb = loan.head
    return any(t.detail == _GUARANTEE for t in triggers().get((verb.lemma_.lower(), verb.pos_), ()))


def _lent_by(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a obtenu un prêt de 2 milliards auprès de la banque Y »: the lender « auprès de » names, wherever the
    parser hangs it (a firm or body named before its home state's demonym)."""
    doc = sentence.doc
    if trigger.pos_ == "VERB" or trigger.head.lemma_.lower() not in _RECEIVING:
        return []
    near = next((t for t in doc[trigger.i + 1:sentence.span.end] if t.lower_ == "auprès"), None)
    if near is None or any(t.text in {",", ";", "."} or t.pos_ == "VERB" for t in doc[trigger.i + 1:near.i]):
        return []
    after = [m for m in sentence.mentions if m.start > near.i and m.how in ACTOR_KINDS - {gz.PERSON}
             and not any(t.text in {",", ";", "."} or t.pos_ == "VERB" for t in doc[near.i + 1:m.start])]
    named = [m for m in after if m.how != gz.DEMONYM] or after
    return states(ctx, [ctx.actor(named[0])]) if named else []


def _given_from(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a obtenu de la banque Y un prêt de 2 milliards »: the one « de » names between the verb of receiving and
    the loan gives it, however the parser hangs the loan (an object, or a word of Y's name)."""
    verb = clause_verb(trigger)
    if trigger.pos_ == "VERB" or verb.lemma_.lower() not in _RECEIVING or verb.i > trigger.i:
        return []
    doc = sentence.doc
    for m in sentence.mentions:
        if not verb.i < m.start < trigger.i or m.how not in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}:
            continue
        before = doc[verb.i + 1:m.start]
        if any(t.lower_ in {"de", "du", "des", "d'", "d\u2019"} for t in before) and \
                all(t.pos_ in {"ADP", "DET"} for t in before):
            return states(ctx, [ctx.actor(m)])
    return []


def lending_deal(loan: Fact, trigger: Token) -> tuple[Claim, ...]:
    """A loan obtained from a named lender is also a deal between the borrower and the lender."""
    sides = loan.get("recipient")[:1] + loan.get("funder")[:1]
    if len({s.key for s in sides}) != 2:
        return ()
    deal = Fact("agreement", loan.evidence, loan.said, amounts=loan.amounts[:1],
                attrs=(("object", trigger.lemma_.lower()),))
    return (Claim(deal.with_roles("party", sides)),)


def _sold(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    """« X a vendu des chars à Y pour un milliard de dollars »: the buyer pays the seller the price of the sale
    (a purchase), a sum of the sale's own clause; a sale whose clause names no seller and no buyer pays no one."""
    prices = [a for at, a in args.amounts if _of_clause(clause_verb(sentence.doc[at]), trigger)]
    sellers, buyers = said_sides(ctx, sentence, trigger, replace(entry, fact="support", detail="sell"), args)
    sellers = [s for s in sellers if all(s.key != b.key for b in buyers)]
    # a buyer unnamed (« à trois pays africains ») or told in another clause (« lui », the sentence before) still
    # pays the seller its clause names: « pour N » only, not « pour un chiffre de N », nor a total of goods told by
    # worth (« pour N d'armes »)
    if not buyers and (args.agents or _sold_to_unnamed(sentence, trigger)) and not _worth_of_goods(sentence, args):
        prices = [a for at, a in args.amounts if _of_clause(clause_verb(sentence.doc[at]), trigger)
                  and _for_sum(sentence, sentence.doc[at])]
    elif not buyers:
        return None
    if not prices or not sellers:
        return None
    fact = Fact("financing", (sentence.evidence(),), said, amounts=(prices[0],),
                attrs=(("financing_kind", "purchase"),))
    return Claim(fact.with_roles("funder", buyers).with_roles("recipient", sellers))


def _sold_to_unnamed(sentence: Sentence, trigger: Token) -> bool:
    """« X a vendu des avions pour N à trois pays africains »: buyers told by a noun that names none of them
    (unnamed-buyers.tsv) still pay the seller the price (the parser may hang them on a verb of saying above)."""
    teller = _teller(trigger)
    words = [*trigger.subtree, *(c for c in teller.children if c.i > trigger.i)] if teller else trigger.subtree
    return any(c.dep_.startswith(("obl", "nmod")) and c.lemma_.lower() in word_list("unnamed-buyers.tsv") and
               case_of(c) == "à" and not any(m.start <= c.i < m.end for m in sentence.mentions) for c in words)


def _for_sum(sentence: Sentence, token: Token) -> bool:
    """A sum that « pour » introduces itself (« pour 2 millions »)."""
    while sentence.in_money(token.head) and token.head != token:
        token = token.head
    return case_of(token) == "pour"


def _teller(trigger: Token) -> Token | None:
    """The verb of saying a clause's verb is the complement of (« X a annoncé avoir vendu »)."""
    teller = trigger.head if trigger.dep_ in {"xcomp", "ccomp"} else None
    return teller if teller is not None and modality_words().get(teller.lemma_.lower()) == "report" else None


def _price_on_teller(sentence: Sentence, trigger: Token) -> list[tuple[int, Amount]]:
    """« X a annoncé avoir vendu des avions pour N à Y »: the parser may hang the price « pour N » of the sale on
    the verb of saying above it, after the sale's verb."""
    teller = _teller(trigger)
    prices = [c for c in teller.children if c.dep_.startswith("obl") and c.i > trigger.i and
              sentence.in_money(c) and case_of(c) == "pour"] if teller is not None else []
    return [(start, money.amount) for start, end, money in sentence.money if not money.conversion
            and any(start <= p.i < end for p in prices)][:1]


def _worth_on_teller(sentence: Sentence, trigger: Token) -> list[tuple[int, Amount]]:
    """« Il a ajouté avoir approuvé l'achat de bombes à X, pour une valeur de 2 millions de dollars »: the parser may
    hang the worth of what the clause buys on the verb of saying above it; the worth is the clause's."""
    teller = _teller(trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else trigger)
    if teller is None:
        return []
    worths = [c for c in teller.children if c.dep_.startswith("obl") and c.lemma_.lower() in WORTH_NOUNS
              and c.i > trigger.i]
    return [(start, money.amount) for start, _end, money in sentence.money if not money.conversion
            and any(w.is_ancestor(sentence.doc[start]) for w in worths)][:1]


def _of_clause(verb: Token, trigger: Token) -> bool:
    """The trigger's clause, or the verb of saying the parser may hang a sum on (« X avait vendu, pour un
    milliard, des chars à Y, a rappelé Z »)."""
    return verb == trigger or (modality_words().get(verb.lemma_.lower()) == "report" and trigger in {
        verb.head, *verb.children})


def _business_result(trigger: Token) -> bool:
    """« les bénéfices s'élèvent à X », « le dividende versé aux actionnaires »: the trigger tells of what a company
    earns or pays its owners (its subject or object, or the noun it describes, is a business metric), or of what
    a state spends in all (its subject is a budget)."""
    metrics = word_list("business-metrics.tsv")
    told = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubj:pass", "obj"}]
    if trigger.dep_ == "acl":
        told.append(trigger.head)
    totals = word_list("spending-totals.tsv")  # « le budget de la défense s'élève à X »: a total, not given
    return any(t.lemma_.lower() in metrics for noun in told for t in (noun, *noun.conjuncts)) or \
        any(c.dep_ == "nsubj" and c.lemma_.lower() in totals for c in trigger.children)


_PAYING = {"grant", "loan", "guarantee", "contribution"}


_OF = {"de", "d'", "d\u2019"}


def _worth_of_goods(sentence: Sentence, args: Arguments) -> bool:
    """« X a fourni pour 2 millions de dollars de carburant à Y »: goods told by their worth, « pour » a sum « de »
    goods, are a grant of that sum; goods handed over for a price (« fournir des chars pour 2 milliards ») are not."""
    doc = sentence.doc
    for at, _ in args.amounts:
        head = doc[at]
        while sentence.in_money(head.head) and head.head != head:
            head = head.head
        if case_of(head) != "pour":
            continue
        after = head.right_edge.i + 1  # « pour 2 millions (1,8 milliard de francs CFA) de carburant », however parsed
        goods = [c for c in head.children if c.dep_ == "nmod" and not sentence.in_money(c)] + \
            ([doc[after].head] if after < sentence.span.end and doc[after].dep_ == "case" else [])
        if any(g.pos_ == "NOUN" and case_of(g) in _OF and not sentence.in_money(g) for g in goods):
            return True
    return False


def _purchase(token: Token) -> bool:
    return any(t.fact == "financing" and t.detail == "purchase"
               for t in triggers().get((token.lemma_.lower(), token.pos_), []))


def _paid_by_other(trigger: Token, entry: Trigger) -> bool:
    """« X finance l'achat de chars par Y »: the purchase is paid by the one who funds it (its verb's claim)."""
    return entry.detail == "purchase" and trigger.pos_ == "NOUN" and trigger.dep_ in {"obj", "nsubj:pass"} and \
        any(t.fact == "financing" and t.detail in _PAYING
            for t in triggers().get((trigger.head.lemma_.lower(), trigger.head.pos_), []))


def _funded_buyers(trigger: Token) -> list[Token]:
    """« X finance l'achat de chars par Y », « l'achat de chars par Y est financé par X »: Y buys, X pays for it;
    the parser may hang « par Y » on the verb when it is active."""
    if trigger.pos_ != "VERB":
        return []
    purchases = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"} and _purchase(c)]
    found = [t for p in purchases for t in p.children if t.dep_ in {"nmod", "obl:agent"} and case_of(t) == "par"]
    if purchases and any(c.dep_ == "nsubj" for c in trigger.children):
        found += [c for c in trigger.children if c.dep_ == "obl:agent" and case_of(c) == "par"]
    return found
