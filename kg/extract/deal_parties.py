"""Parties a deal's sentence gives without naming them beside it: the maker of the systems ordered (« X a commandé
42 avions W »: the order is placed with W's maker, when the story names no seller) and the host of the city a
deal is signed in (« le ministre de X a signé à <capitale de Y> un accord de coopération »: signed with Y); the one
chosen to build or supply (« X a choisi Y pour construire quatre corvettes »: a contract between X and Y); the
partner a cleft puts first (« C'est avec Y que X a signé un contrat »); the state a contract is won with; the
counterpart the parser hangs on the signer's visit (« signé par X, en visite en Chine, et son homologue Y »); the
partner it hangs on the deal's sum (« des contrats d'une valeur combinée de 2 milliards avec Y »); the client of a
company that « s'est vu attribuer » a contract. The one quoted words are given to is no party of the deal they tell,
unless it is a side itself."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.clause_scope import quoted_words
from kg.extract.context import Context, states
from kg.extract.inherited import FIRST_PERSON
from kg.extract.lexicon import role_cases, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.supply_origins import buys, made_in
from kg.extract.syntax import (
    ACTOR_KINDS,
    DE_CASES,
    SUBJECTS,
    Sentence,
    case_of,
    mention_root,
    predicate_of,
)
from kg.extract.talk_nouns import meeting_nouns
from kg.records import Attribution, Entity, Fact

_IN = {"à", "au"}
_IN_STATE = {"en", "au", "aux"}  # « signé en Turquie, au Qatar, aux Émirats »


def system_maker(ctx: Context, args: Arguments) -> Entity | None:
    """The one company that makes every system a deal is for, when the reference data (or the article, for a
    system whose maker it names) knows it; none for systems of several makers."""
    found = [ctx.makers(w.entity) for w in args.weapons]
    makers = {m.key: m for ms in found for m in ms}
    return next(iter(makers.values())) if len(makers) == 1 and all(found) else None


def partner_of_sum(ctx: Context, sentence: Sentence, args: Arguments) -> list[Entity]:
    """« X a signé jeudi des contrats d'une valeur combinée de 2 milliards de dollars avec Y »: a sum takes no
    « avec »; one the parser hangs on the deal's sum is the deal's partner."""
    sums = [(start, end) for start, end, _ in sentence.money if any(start == at for at, _ in args.amounts)]
    return [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
            and case_of(root := mention_root(sentence, m)) == "avec"
            and any(start <= root.head.i < end for start, end in sums)]


def seen_awarded(ctx: Context, sentence: Sentence, verb: Token) -> list[Entity]:
    """« X s'est vu attribuer (notifier, confier) un contrat (16 millions d'euros) »: X is awarded it; who awards it
    is « par Y », else the state whose forces the work is for (« pour la maintenance des avions de l'armée de l'air
    de Y »), else the state the story is about."""
    seeing = verb.head
    if verb.dep_ != "xcomp" or seeing.lemma_.lower() != "voir" or \
            not any(c.lower_ in {"se", "s'"} for c in seeing.children):
        return []
    subjects = [c for c in seeing.children if c.dep_ in SUBJECTS]
    takers = [e for c in subjects for e in ctx.resolve(sentence, c)]
    firms = [ctx.actor(m) for m in sentence.mentions if any(c.is_ancestor(mention_root(sentence, m)) for c in subjects)]
    takers = [t for t in firms + takers if t.cls == "Company"] or takers  # « l'américain X »: the firm, else its state
    agents = [c for v in (verb, seeing) for c in v.children if c.dep_ == "obl:agent" and case_of(c) == "par"]
    givers = [e for c in agents for e in ctx.resolve(sentence, c)] or states(ctx, [
        ctx.actor(m) for m in sentence.mentions if m.start > verb.i and m.how in ACTOR_KINDS - {gz.PERSON}])
    lead = ctx.lead_actor()
    givers = [g for g in givers if g.cls == "State"] or ([lead] if lead is not None and lead.cls == "State" else [])
    givers = [g for g in givers if all(g.key != t.key for t in takers)]
    return givers[:1] + takers[:1] if givers and takers else []


def host_of_signing(sentence: Sentence, trigger: Token, sides: list[Entity]) -> Entity | None:
    """« Le ministre de X a signé mardi à <capitale de Y> un accord », « un accord a été signé à <capitale de Y> par
    X », « X a signé des accords en Y »: a deal of one state signed in the capital of another (« à <capitale> » on
    the deal's verb), or in another state named, is signed with that state; not in its own, nor in another city (a
    neutral venue), nor where an organisation the sentence names may be the other side."""
    if len(sides) != 1 or sides[0].cls != "State" or any(m.how == gz.ORGANISATION for m in sentence.mentions):
        return None
    verb = predicate_of(trigger) if trigger.pos_ == "NOUN" else trigger
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        # « neuf accords bilatéraux en Turquie »: on the deal noun, only a deal told as between two
        if root.head != verb and not (root.head == trigger and mention.how == gz.NAME and _bilateral(trigger)):
            continue
        if mention.how == gz.CAPITAL and case_of(root) in _IN and mention.state is not None \
                and mention.state.key != sides[0].key:
            return mention.state
        # « X a signé neuf accords bilatéraux en Turquie »: a state named as where the deal is signed
        if mention.how == gz.NAME and mention.entity.cls == "State" and case_of(root) in _IN_STATE and \
                mention.entity.key != sides[0].key:
            return mention.entity
    return None


def _bilateral(deal: Token) -> bool:
    return any(c.lower_.startswith("bilatéra") for c in deal.children)  # the parser may call the adjective nmod


_WORK_DETAILS = {"deliver", "sell", "build", "produce"}  # what one is chosen for: to supply, build or make


def chosen_maker(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a choisi (retenu, sélectionné) Y pour construire quatre corvettes », « ... Y pour la fourniture de
    radars »: a state that picks a company or a state to supply or build for it signs a contract with it; « X a
    choisi le Rafale » or « Y pour conduire la délégation » is none."""
    if trigger.pos_ == "NOUN":
        return _choice_made(ctx, sentence, trigger)
    if trigger.pos_ != "VERB":
        return []
    chosen = [m for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}
              and (root := mention_root(sentence, m)).head == trigger and root.dep_ in {"obj", "xcomp"}]
    purposes = [t for c in chosen for t in mention_root(sentence, c).subtree] + \
        [t for c in trigger.children if c.dep_ in {"advcl", "xcomp", "obl", "obl:mod"} for t in c.subtree]
    if not chosen or not any(map(_work, purposes)):
        return []
    choosers = states(ctx, [e for c in trigger.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)])
    picked = states(ctx, [ctx.actor(m) for m in chosen])
    return choosers[:1] + picked[:1] if choosers and picked and choosers[0].key != picked[0].key else []


_CHOICE_CUES = {"sur", "en", "pour", "du", "de", "d'", "d\u2019"}  # « son choix sur Y », « en faveur de Y », « du W »
_OWN = {"son", "sa", "leur", "notre", "mon", "ma"}


def _choice_made(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a arrêté son choix sur Y », « X annonçait son choix en faveur de W (de l'avionneur Y) », « X a fait le
    choix du W »: a state that tells its own choice of a supplier (a company, a state, or a system: its maker) is
    in a deal with it; « le choix de la paix », « son choix de carrière » name no supplier."""
    doc, verb = sentence.doc, trigger.head
    own = [c for c in trigger.children if c.dep_ == "det" and c.lower_ in _OWN]
    made = trigger.dep_ == "obj" and verb.lemma_.lower() == "faire"
    cue = doc[trigger.i + 1].lower_ if trigger.i + 2 < sentence.span.end else ""
    if not (own or made) or cue not in _CHOICE_CUES or (cue == "en" and doc[trigger.i + 2].lower_ != "faveur"):
        return []
    under = {t.i for t in trigger.subtree}
    named = [m for m in sentence.mentions if m.start > trigger.i and any(i in under for i in range(m.start, m.end))]
    firms = [ctx.actor(m) for m in named if m.how == gz.COMPANY]
    makers = [ms[0] for m in named if m.how == gz.WEAPON and len(ms := ctx.makers(m.entity)) == 1]
    picked = firms[:1] or makers[:1] or ([] if cue in {"du", "de", "d'", "d\u2019"} else
                                         [ctx.actor(m) for m in named if m.how in {gz.NAME, gz.CAPITAL}][:1])
    # whose choice: the subject of the verb it is the object of, else the one « son » stands for
    choosers = states(ctx, [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
                      if trigger.dep_ == "obj" else [e for o in own[:1] for e in ctx.antecedent(sentence, o)])
    return choosers[:1] + picked if choosers and picked and choosers[0].key != picked[0].key else []


def _work(token: Token) -> bool:
    """« pour construire », « pour fournir », « pour la construction de »: a work to do for the one who chooses."""
    if not any(c.lower_ == "pour" for c in token.children if c.dep_ in {"mark", "case"}):
        return False
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in word_list("commissioned-works.tsv")
    return any(t.fact == "support" and t.detail in _WORK_DETAILS
               for t in triggers().get((token.lemma_.lower(), "VERB"), []))


def cleft_partner(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« C'est avec Y que X a signé un contrat »: the parser makes Y the head of the clause of the deal; Y is its
    partner."""
    verb = trigger if trigger.pos_ == "VERB" else predicate_of(trigger)
    focus = verb.head
    if verb.dep_ != "acl:relcl" or not any(c.dep_ == "mark" and c.lower_ == "que" for c in verb.children) or \
            not any(c.dep_ == "cop" for c in focus.children) or case_of(focus) != "avec":
        return []
    mention = sentence.mention_at(focus)
    return [ctx.actor(mention)] if mention is not None and mention.how in ACTOR_KINDS - {gz.PERSON} else []


def state_with(sentence: Sentence, how: str, root: Token, trigger: Token) -> bool:
    """« remporter un contrat avec le Maroc (le ministère marocain de la Défense) », « un contrat de 2 milliards
    avec le Maroc » (the parser may hang it on the sum): a state (or its body) the deal is made with is the client;
    a company « avec » the winner is a partner that wins with it."""
    holder = root.head if how == gz.DEMONYM and root.dep_ == "amod" else root
    head = holder.head
    while head != trigger and head.dep_ == "nmod" and sentence.in_money(head):
        head = head.head
    return how in ACTOR_KINDS - {gz.PERSON, gz.COMPANY} and head == trigger and case_of(holder) == "avec"


def counterpart_signer(ctx: Context, sentence: Sentence, trigger: Token, signers: list[Token]) -> list[Entity]:
    """« signé par le ministre X, en visite en Chine, et son homologue Y », « X, en visite en Grèce, et son
    homologue Y ont signé »: the parser joins the counterpart to the visit set between them; it signs with X."""
    verb = trigger if trigger.pos_ == "VERB" else predicate_of(trigger)
    # « le ministre arménien »: the signer is the noun its demonym or name describes
    signers = [s.head if s.dep_ in {"amod", "appos", "flat:name"} else s for s in signers]
    found: list[Entity] = []
    for token in sentence.tokens:
        joined = token.head  # the visit, or the place visited (« en visite en Grèce, et son homologue »)
        if joined.dep_ == "nmod" and sentence.mention_at(joined) is not None:
            joined = joined.head
        if token.lower_ not in word_list("counterpart-nouns.tsv") or token.dep_ != "conj" \
                or joined.pos_ != "NOUN" or sentence.mention_at(joined) is not None \
                or not any(s.i < joined.i and (joined.head in {s, verb}) for s in signers):
            continue
        found += [e for e in ctx.resolve(sentence, token) if e.cls == "Person"]
    return found


def without_teller(sentence: Sentence, trigger: Token, said: Attribution, fact: Fact) -> Fact:
    """« « C'est le premier contrat de X avec un pays d'Afrique », a souligné <agence> »: the one quoted words about
    a deal are given to tells it and signs nothing, unless it speaks in the first person or is a state or company."""
    tellers = {e.key for r, e in fact.roles if r == "party" and e.cls not in {"State", "Company"} and (
        e.key == (said.source.key if said.source else None) or e.label == said.source_text)}
    quote = quoted_words(sentence, trigger) if tellers else []
    if not quote or any(t.lower_ in FIRST_PERSON for t in quote):
        return fact
    return replace(fact, roles=tuple((r, e) for r, e in fact.roles if not (r == "party" and e.key in tellers)))


def made_elsewhere(ctx: Context, args: Arguments, fact: Fact) -> Fact:
    """« X a signé avec <maker> un contrat portant sur des obusiers W » where the reference data gives W another
    maker: the deal says so (kg.extract.maker_deals: the firm sells no systems it does not make)."""
    makers = {m.key for w in args.weapons for m in ctx.makers(w.entity)}
    firms = {p.key for p in fact.get("party") if p.cls == "Company"}
    return fact.with_attr("made_elsewhere", "yes" if makers and firms and not makers & firms else None)


_UNDER_REACH = 3  # words from the deal's noun up to the verb of the clause it hangs on


def under_talks(trigger: Token) -> bool:
    """« Conformément au protocole signé en 2011, la réunion a évalué la coopération »: a deal the talks under way
    (a definite noun of meeting, subject of the clause the deal hangs on) act under is one between their sides."""
    verb = trigger
    for _ in range(_UNDER_REACH):
        if (verb.pos_ in {"VERB", "AUX"} and verb != trigger) or verb.head == verb:
            break
        verb = verb.head
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in SUBJECTS and c.lemma_.lower() in meeting_nouns() and any(
            d.dep_ == "det" and d.lower_ in {"la", "le", "les", "l'", "cette", "ces"} for d in c.children)
        for c in verb.children)


def firm_home(ctx: Context, sentence: Sentence, args: Arguments) -> set[str]:
    """« l'exportateur russe d'armements X a signé ... »: the state a demonym gives to the signing firm's own phrase
    is the firm's side, no party of its own (the keys of such states)."""
    firms = [m for m in args.agents if m.how == gz.COMPANY]
    return {m.entity.key for m in args.agents if m.how == gz.DEMONYM and any(
        mention_root(sentence, m).head.is_ancestor(mention_root(sentence, f))
        and (home := ctx.home_state(ctx.actor(f))) is not None and home.key == m.entity.key for f in firms)}


def purchase_seller(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« X a signé un accord pour acheter des chars américains »: the state whose goods a deal is signed to buy is
    its other side."""
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else [trigger]
    purchases = [c for h in holders for c in h.children if c.pos_ == "VERB" and c.dep_ in {"advcl", "acl"}
                 and any(m.dep_ == "mark" and m.lower_ == "pour" for m in c.children) and buys(c)]
    return [s for p in purchases for s in made_in(ctx, sentence, p, args)] or \
        _firm_sold_from(ctx, sentence, purchases + _purchase_nouns(holders))


def _purchase_nouns(holders: list[Token]) -> list[Token]:
    """« X a signé un accord pour l'achat de 20 chars »: the purchase noun the deal (or its verb) is signed for."""
    return [c for h in holders for c in h.children if c.pos_ == "NOUN" and case_of(c) == "pour" and buys(c)]


def _firm_sold_from(ctx: Context, sentence: Sentence, purchases: list[Token]) -> list[Entity]:
    """« X a signé un accord pour l'achat de 20 chars de (auprès de) Y », Y a firm: the one firm the systems
    bought are told to come from is the deal's other side, not its home state (a state stays a state)."""
    found = {}
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how != gz.COMPANY or case_of(root) not in DE_CASES | role_cases("seller"):
            continue
        thing = root.head
        while thing not in purchases and thing.pos_ == "NOUN" and thing.dep_ in {"nmod", "obj"} and thing.head != thing:
            thing = thing.head  # « l'achat de 20 véhicules blindés à six roues de Y »: through the nouns of the goods
        if thing in purchases:
            found[ctx.actor(mention).key] = ctx.actor(mention)
    return list(found.values()) if len(found) == 1 else []


def unbound_tie(trigger: Token, sides: list[Entity]) -> bool:
    """« X s'associe avec Y pour développer un radar »: firms that join (firm-ties.tsv) make a deal; states that
    join their voices make none."""
    return trigger.lemma_.lower() in word_list("firm-ties.tsv") and not any(s.cls == "Company" for s in sides)


def named_in_body(sentence: Sentence, sides: list[Entity]) -> set[str]:
    """« La Banque de développement de X (BDX) a signé ... »: a state named inside the name of a body that its
    acronym in brackets restates, the body a side of the deal, is that body's, no party of its own (the keys of such
    states)."""
    keys = {s.key for s in sides}
    bodies = {mention_root(sentence, m).head.i for m in sentence.mentions
              if m.entity.key in keys and m.entity.cls != "State" and mention_root(sentence, m).dep_ == "appos"}
    found = set()
    for mention in sentence.mentions:
        if mention.entity.key not in keys or mention.entity.cls != "State":
            continue
        token = mention_root(sentence, mention)
        while token.dep_ in {"nmod", "amod"} and token.head != token and token.head.i not in bodies:
            token = token.head
        body = token.head
        if token.dep_ in {"nmod", "amod"} and body.i in bodies and body.pos_ in {"NOUN", "PROPN"} \
                and body.text[:1].isupper():
            found.add(mention.entity.key)
    return found


def in_aside(sentence: Sentence, mention: Mention) -> bool:
    """« ... avec X (filiale de A et du groupe B) »: a name inside brackets that open, after another name, on a word
    in lower case describes that other name (its parents, its owner); it signs nothing of its own."""
    doc, start, end = sentence.doc, sentence.span.start, sentence.span.end
    opening = next((t for t in reversed(doc[start:mention.start]) if t.text in {"(", ")"}), None)
    if opening is None or opening.text != "(" or opening.i + 1 >= end or opening.i == start:
        return False
    first = doc[opening.i + 1]
    closed = any(t.text == ")" for t in doc[mention.end:end])
    named = doc[opening.i - 1]
    return closed and first.is_alpha and first.text.islower() and \
        (named.pos_ == "PROPN" or sentence.mention_at(named) is not None)


def one_home(ctx: Context, maker: Entity | None) -> Entity | None:
    """The one state a maker is based in; none for a group with branches in several."""
    return None if maker is None or ctx.multinational(maker) else ctx.home_state(maker)


def home_maker(ctx: Context, maker: Entity | None, side: Entity) -> bool:
    """« X signe un accord pour vendre des missiles W »: a maker of the one side's own state is on its side."""
    home = ctx.home_state(maker) if maker is not None else None
    return home is not None and home.key == side.key


def makers_of(ctx: Context, args: Arguments) -> tuple[Entity, ...]:
    """The makers of the deal's systems, each once."""
    return tuple({m.key: m for w in args.weapons for m in ctx.makers(w.entity)}.values())


def makers_home(ctx: Context, args: Arguments) -> Entity | None:
    """The one state every maker of the deal's systems is based in, the systems having several makers (none a
    group with branches abroad)."""
    found = [ctx.makers(w.entity) for w in args.weapons]
    makers = {m.key: m for ms in found for m in ms}
    if len(makers) < 2 or not all(found) or any(ctx.multinational(m) for m in makers.values()):
        return None
    homes = {h.key: h for h in map(ctx.home_state, makers.values()) if h is not None}
    return next(iter(homes.values())) if len(homes) == 1 and all(map(ctx.home_state, makers.values())) else None
