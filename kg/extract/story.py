"""The story of an article as discourse reads it: the facts told so far, in the order they were first told, each
with the sentence that last named it, and how one fact told twice becomes one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from kg.extract.lexicon import reach, standing_ties
from kg.extract.supplied_elsewhere import buyers_only, suppliers_only
from kg.kinds import Modality
from kg.records import Claim, Entity, Fact, SentenceClaims, venue

# The more factual of two tellings of one fact gives its wording.
FACTUAL = {Modality.ASSERTED: 0, Modality.REPORTED: 1, Modality.POSSIBLE: 2}
FIRM = {Modality.ASSERTED, Modality.REPORTED}
_NO_GOODS = {"produce", "support", "train", "fund"}  # supplies that hand over no matériel (« l'aide »)


@dataclass
class Told:
    """A fact of the story so far, with the sentence that last named it."""

    fact: Fact
    said_at: int | None  # None: a post, never named again
    inherited: bool = False  # its recipient was not said but carried over
    guessed: bool = False  # its supplier is where the systems come from, not a side any sentence named
    first_at: int | None = None  # the sentence that first named it
    recalled_at: int | None = None  # the latest sentence that named it again by a definite noun (« ces contrats »)


@dataclass
class Story:
    """The facts of an article so far, in the order they were first told."""

    told: list[Told] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)  # sentence index -> paragraph number
    index: int = -1  # the sentence being read
    headline: list[Fact] = field(default_factory=list)  # agreements the title tells with one party
    pair: tuple[Entity, ...] = ()  # the two states the title (else the lede) names: « A et B : ... »
    named: set[str] = field(default_factory=set)  # keys of the states named so far, this sentence included
    named_now: frozenset[str] = frozenset()  # keys of the states the sentence being read names
    in_article: frozenset[str] = frozenset()  # keys of the states the whole article names
    makers_home: frozenset[str] = frozenset()  # keys of the home states of the makers the article names
    # states every sentence naming them tells supplying (key -> the systems): « des Tetras de la France »
    suppliers_only: Mapping[str, frozenset[str]] = field(default_factory=dict)
    buyers_only: frozenset[str] = frozenset()  # keys of the states the article tells only receiving or buying
    makers: frozenset[str] = frozenset()  # keys of the makers the article names
    makers_at: dict[int, frozenset[str]] = field(default_factory=dict)  # sentence index -> the makers it names
    weapon_homes: dict[str, str] = field(default_factory=dict)  # system key -> the state its makers are in
    firms_at: dict[int, tuple[tuple[Entity, Entity], ...]] = field(default_factory=dict)  # index -> firms, homes
    firm_homes: list[tuple[Entity, Entity]] = field(default_factory=list)  # firms named so far, with their state
    placed: list[tuple[Entity, ...]] = field(default_factory=list)  # sentence index -> the states it names
    # sales guessed from the systems' makers, whose state the article had not named (Story.sourced): kept aside
    unnamed_sales: list[Told] = field(default_factory=list)
    # deals told with one party and no other to be found (« <maker> a annoncé un contrat »): a sale may complete them
    lone_deals: list[Told] = field(default_factory=list)
    crowns: Mapping[str, frozenset[str]] = field(default_factory=dict)  # a monarch's title -> the states it reigns in
    pairs: tuple[tuple[Entity, Entity], ...] = ()  # the states the article names together (kg.extract.paired)

    @classmethod
    def of(cls, sentences: list[SentenceClaims], crowns: Mapping[str, frozenset[str]] | None = None,
           pairs: tuple[tuple[Entity, Entity], ...] = ()) -> Story:
        """The story of an article before its first sentence: the states and the makers' states it names."""
        return cls(crowns=crowns or {}, pairs=pairs, in_article=frozenset(k for s in sentences for k in s.actor_states),
                   makers_home=frozenset(k for s in sentences for k in s.maker_states),
                   makers=frozenset(k for s in sentences for k in s.makers),
                   makers_at={s.index: s.makers for s in sentences},
                   weapon_homes={w: h for s in sentences for w, h in s.weapon_homes},
                   firms_at={s.index: s.firm_homes for s in sentences},
                   suppliers_only=suppliers_only(sentences), buyers_only=buyers_only(sentences))

    def talks_of_pair(self, count: int) -> Fact | None:
        """The talks « les deux dirigeants » mean: the last ones, unless told long before while the last sentences
        name as many states as the pair counts (« X s'est rendu à Caracas. À l'issue de leurs entretiens, ... »)."""
        told = self.last("negotiation")
        if told is not None and count <= 2 and any(
                t.fact.kind == "negotiation" and t.said_at == told.said_at and t is not told for t in self.told):
            # « lors de ses visites en A et en B »: one of several talks told in one sentence is not the pair meant
            told = next((t for t in reversed(self.told) if t.fact.kind == "negotiation"
                         and (t.said_at or 0) < (told.said_at or 0)), None)
        if told is None or (self.since(told) > reach("talks") and self.recent_pair(max(count, 2))):
            return None
        return told.fact

    def recent_pair(self, count: int) -> list[Entity]:
        """« Le président X s'est rendu à Caracas. À l'issue de leurs entretiens, les deux chefs d'État ... »: the
        states this sentence and the two before name, when they are as many as the group of sides counts."""
        found: dict[str, Entity] = {}
        for states in self.placed[max(0, self.index - 2):self.index + 1]:
            found.update((s.key, s) for s in states)
        return list(found.values()) if len(found) == count else []

    def last(self, kind: str) -> Told | None:
        return next((t for t in reversed(self.told) if t.fact.kind == kind), None)

    def deal_parties(self) -> list[Entity]:
        """The parties, firms included, of the deal told close by as a fact (for talks about more of it), if two."""
        deal = self.last("agreement")
        parties = deal.fact.get("party") if deal is not None and self.near(deal) and deal.fact.modality in FIRM else []
        return parties if len({p.key for p in parties}) >= 2 else []

    def last_deal(self, fact: Fact, definite: bool) -> Told | None:
        """The agreement a later telling of a deal is about: the last one, or for « ce contrat » told as a fact
        the last one told alike (« ... a signé un accord. Un autre pourrait suivre. La valeur de ce contrat est
        estimée à ... »: a deal only planned since does not hide the deal told before)."""
        last = self.last("agreement")
        if definite and fact.attr("terms") is not None:  # « le contrat » after a contract and a loan: the contract
            last = next((t for t in reversed(self.told) if t.fact.kind == "agreement"
                         and t.fact.attr("terms") == fact.attr("terms")), last)
        if last is None or deal_alike(last.fact, fact) or not definite or fact.modality not in FIRM:
            return last
        return next((t for t in reversed(self.told) if t.fact.kind == "agreement" and t.fact.modality in FIRM
                     and deal_alike(t.fact, fact)), last)

    def since(self, told: Told) -> int:
        """Sentences since a fact was last named."""
        return self.index - (told.said_at if told.said_at is not None else -99)

    def near(self, told: Told) -> bool:
        """Named close enough (a few sentences, this or the previous paragraph) for a sentence that leaves a
        side unsaid to mean it."""
        return told.said_at is not None and self.index - told.said_at <= reach("recipient") and \
            self.paragraph_of[self.index] - self.paragraph_of[told.said_at] <= 1

    def read(self, states_named: frozenset[str], placed: tuple[Entity, ...] = ()) -> None:
        self.named |= states_named
        self.named_now = states_named
        self.placed.append(placed)

    def sourced(self, claim: Claim) -> bool:
        """A supplier guessed from where the systems come from (their makers' state) stands only when the article
        names that state or a maker based there (a maker may sit in a holding abroad or build under licence
        elsewhere: the article names who makes them), and when no other
        supplier was told giving those systems to that recipient (« le Danemark cède des F-16 à X »). A multinational
        group's sale is its home state's where the article names that state anywhere (« l'avionneur français »)."""
        fact = claim.fact
        if claim.maker_state and not fact.keys("supporter") <= self.in_article:
            return False  # « X a signé avec <multinational> »: its home state sells where the article names it
        return not claim.guessed_supplier or (fact.keys("supporter") <= self.in_article | self.makers_home and not any(
            t.fact.kind == "support" and t.fact.keys("recipient") & fact.keys("recipient")
            and t.fact.keys("weapon") & fact.keys("weapon") and not t.fact.keys("supporter") & fact.keys("supporter")
            for t in self.told))

    def made_at_home(self, fact: Fact, buyer: Entity) -> bool:
        """« X s'est engagé à acquérir des W » where the makers of every W are based in X: bought at home, from no
        other state (a partner of a deal told beside it buys alongside)."""
        systems = fact.keys("weapon")
        return bool(systems) and all(self.weapon_homes.get(w) == buyer.key for w in systems)

    def firm_unnamed_state(self, claim: Claim) -> Claim:
        """« X a commandé dix hélicoptères W à <multinational> »: a multinational group whose home state the article
        never names, or names only supplying other systems (« ... et des Tetras de la France ») or only receiving or
        buying (« ... commandés par le gouvernement français »), sells as itself."""
        firm, supporters = claim.seller_firm, claim.fact.keys("supporter")
        if firm is None or not claim.maker_state or (supporters <= self.in_article - self.buyers_only
                                                     and not self.supplying_others(claim.fact)):
            return claim
        others = tuple((r, e) for r, e in claim.fact.roles if r != "supporter")
        return replace(claim, fact=replace(claim.fact, roles=others).with_roles("supporter", [firm]),
                       maker_state=False)

    def supplying_others(self, fact: Fact) -> bool:
        """Whether the article names each supplier of a fact only where it supplies other systems."""
        systems = fact.keys("weapon")
        return all(k in self.suppliers_only and not self.suppliers_only[k] & systems for k in fact.keys("supporter"))

    def maker_close_by(self, claim: Claim) -> Claim:
        """« X vient de réceptionner son premier W. La cérémonie s'est tenue sur le site de <maker> »: systems
        received with no supplier said come from the one of their makers named close by."""
        fact = claim.fact
        if fact.kind != "support" or fact.get("supporter") or not fact.get("recipient"):
            return claim
        window = range(self.index - reach("maker"), self.index + reach("maker") + 1)
        near = [m for m in claim.system_makers if any(m.key in self.makers_at.get(i, ()) for i in window)]
        return replace(claim, fact=fact.with_roles("supporter", near)) if len(near) == 1 else claim

    def maker_named(self, claim: Claim) -> Claim:
        """« Le ministère de X a reçu le premier des dix hélicoptères W » and, later, « dans les locaux du
        fabricant ... le vice-président de <maker> »: a supply guessed from where its systems come from, whose
        state the article had not named yet, stands when the article names the systems' one maker."""
        maker = claim.system_maker
        if not claim.guessed_supplier or maker is None or maker.key not in self.makers or self.sourced(claim):
            return claim
        return replace(claim, guessed_supplier=False)  # a multinational's state still stands only where named

    def tell(self, fact: Fact) -> Told:
        told = Told(fact, self.index, first_at=self.index)
        self.told.append(told)
        return told

    def update(self, told: Told, fact: Fact) -> None:
        told.fact = fact
        told.said_at = self.index


def deal_sides(story: Story, fact: Fact) -> list[Entity]:
    """The one supplier and the one recipient of the latest support told close by, told the same way or both as
    facts (« X va recevoir ..., ont annoncé ses autorités. ... l'accord a été ratifié »; a production gives nothing:
    « ... fabriqués par Y »)."""
    known = _last_given(story, goods=fact.attr("worth") == "goods")
    if known is None or not story.near(known) or known.inherited or (known.fact.modality != fact.modality and not (
            known.fact.modality in FIRM and fact.modality in FIRM)):
        return []
    supplier, recipient = known.fact.get("supporter"), known.fact.get("recipient")
    return [_firm_for_home(story, known, supplier[0]), *recipient] if len(supplier) == 1 and len(recipient) == 1 \
        else []


def _firm_for_home(story: Story, supply: Told, supplier: Entity) -> Entity:
    """« <firm> fournira 16 hélicoptères à X. Le contrat est évalué à ... »: a supplier state that the sentence of
    the supply does not name, standing there for the one firm of the reference data it names, is that firm in a
    deal: the firm signs the contract, not its home state."""
    at = supply.said_at
    if supplier.cls != "State" or at is None or at >= len(story.placed) or \
            any(s.key == supplier.key for s in story.placed[at]):
        return supplier
    firms = {f.key: f for f, home in story.firms_at.get(at, ()) if home.key == supplier.key and f.cls == "Company"}
    return next(iter(firms.values())) if len(firms) == 1 else supplier


def named_seller(story: Story, fact: Fact) -> Told | None:
    """« X a commandé des drones W. Le contrat a été signé avec Y »: the sale to X guessed close by from the
    systems' makers, of Y's state, is the deal's, which names Y (and the sale stands, its supplier named now)."""
    known = story.unnamed_sales[-1] if story.unnamed_sales else None
    if known is None or not story.near(known) or known.fact.modality != fact.modality \
            or fact.keys("party") != known.fact.keys("supporter"):
        return None
    return known


def _last_given(story: Story, goods: bool = False) -> Told | None:
    """The latest supply told (`goods`: of matériel handed over, whose worth a sum on « ces blindés » gives)."""
    return next((t for t in reversed(story.told) if t.fact.kind == "support" and t.fact.attr("support_kind") not in (
        _NO_GOODS if goods else {"produce"})), None)


def sale_told_now(story: Story) -> bool:
    """« une lettre d'intention a été signée pour l'acquisition par X de ... »: a deal of one side said in the
    sentence of a sale is between the sale's sides (deal_sides)."""
    known = _last_given(story)
    return known is not None and known.said_at == story.index and known.fact.attr("support_kind") == "sell"


def sale_told_lately(story: Story) -> bool:
    """« X a vendu 12 avions à Y. Un contrat a été signé lundi »: a deal that names no party, told in the sentence
    of a sale or the one after it, is the sale's."""
    known = _last_given(story)
    return known is not None and known.said_at is not None and story.index - known.said_at <= 1 and \
        known.fact.attr("support_kind") in {"sell", "deliver"}


def deal_alike(previous: Fact, fact: Fact) -> bool:
    """A deal told again the same way: « le contrat est évalué à ..., selon le ministère » (a reported sum of an
    asserted deal is still its sum), but « le partenariat avec X » is not the deal just told between two others."""
    alike = previous.modality == fact.modality or {previous.modality, fact.modality} <= FIRM
    return alike and (len(previous.keys("party")) < 2 or fact.keys("party") <= previous.keys("party"))


def absorb(into: Fact, other: Fact) -> Fact:
    """One fact told twice: the roles, evidence, sums, venues and dates of both."""
    merged = into
    for role, entity in other.roles:
        merged = merged.with_roles(role, [entity])
    return replace(merged.with_evidence(other.evidence),
                   amounts=merged.amounts + tuple(a for a in other.amounts if a not in merged.amounts),
                   parts=merged.parts + other.parts, start=merged.start or other.start, end=merged.end or other.end)


def held_at(fact: Fact, city: Entity, state: Entity, told: list[Fact]) -> Fact:
    """Talks told with no venue, in a dispatch filed from a city of one side's state, face to face: held there
    (a call is held nowhere, nor talks the article tells again as one), unless the article places talks between two of
    their sides elsewhere (not there)."""
    if any(other is not fact and other.kind == "negotiation" and other.parts and len(
            other.keys("participant") & fact.keys("participant")) >= 2
            and not {k for p in other.parts for k in p.keys("place")} <= {city.key, state.key} for other in told):
        return fact
    # a state visited gives way to its city the dispatch is filed from
    if fact.kind != "negotiation" or any(not p.attr("visited") or p.keys("place") != {state.key}
                                         for p in fact.parts) or state.key not in fact.keys("participant") or \
            len(fact.keys("participant")) < 2 or _by_call(fact) or any(
                other.kind == "negotiation" and fact.keys("participant") <= other.keys("participant")
                and _by_call(other) for other in told):  # « X s'est entretenu avec Y. Lors de cet appel, ... »
        return fact
    # a state the lede has someone visit (kg.extract.lede_places.lede_visits) is held in as visited
    visited = (("visited", "state"),) if city.key == state.key else ()
    return replace(fact, parts=(venue(city, fact.evidence[:1], fact.said, *visited),))


def _by_call(fact: Fact) -> bool:
    """Talks a sentence of theirs tells as a call or a videoconference."""
    return any(w in e.sentence.lower() for e in fact.evidence for w in ("téléphon", "visioconf", "appel"))


def headline_partner(story: Story, fact: Fact) -> list[Entity]:
    """« X signe avec Y un contrat » as the title, « Le président de X a signé un contrat » as the lede: the
    title and the first paragraph tell one deal, each naming one of its parties."""
    if story.paragraph_of[story.index] > 1:
        return []
    return [p for f in story.headline if f.modality == fact.modality for p in f.get("party")
            if p.key not in fact.keys("party")][:1]


def visit_partner(story: Story, fact: Fact) -> list[Entity]:
    """« Les Émirats ont signé un accord pour acquérir 80 avions, lors de la visite du président français »: an
    agreement that names one party, told with talks or a visit between it and one other state (in the same
    sentence or the one before), is with that state; one that names none (« Lors de cette visite, un accord a été
    signé ») is between the two states of the talks."""
    talks = story.last("negotiation")
    # « Le ministre a souligné l'importance de la signature du plan »: a signing the host tells, at talks told as a
    # fact a few sentences before, is theirs
    alike = talks is not None and (talks.fact.modality == fact.modality or {talks.fact.modality, fact.modality} <= FIRM)
    later = fact.modality in FIRM and story.near(talks) and fact.attr("object") not in standing_ties() \
        if talks is not None else False  # « dans un cadre de partenariat »: a tie kept up, told later, is no deal
    if talks is None or not alike or not (story.index - (talks.said_at or -99) <= 1 or later):
        return []
    if story.index != talks.said_at and sum(t.fact.kind == "negotiation" and t.said_at == talks.said_at
                                            for t in story.told) > 1:
        return []  # « A a rencontré ses homologues B, C et D »: talks with several told at once, no one pair of them
    sides = talks.fact.keys("participant")
    if len(sides) != 2 or not fact.keys("party") < sides:
        return []
    # « X a rencontré les dirigeants de <firm>. Le général Y a signé un contrat »: a contract may be with the firm
    firms = {"State", "Company"} if fact.attr("terms") == "contract" else {"State"}
    return [p for p in talks.fact.get("participant") if p.key not in fact.keys("party") and p.cls in firms]


def weapon_named_before(fact: Fact, sentence: SentenceClaims, systems_before: SentenceClaims | None) -> Fact:
    """« ... vingt chasseurs F-35A. Les premiers appareils seront livrés », « le patrouilleur X a été réceptionné
    ... ce patrouilleur est le fruit d'un contrat »: a supply of definite « appareils » with no system named takes
    the one system of the latest sentence that named systems, a few sentences back at most."""
    if fact.kind != "support" or fact.get("weapon") or not sentence.weapon_anaphor or systems_before is None \
            or sentence.index - systems_before.index > reach("weapon"):
        return fact
    before = {w.key: w for w in systems_before.weapons}
    return fact.with_roles("weapon", list(before.values())) if len(before) == 1 else fact
