"""The tables of ontology/lexicon/ (triggers, modality markers, word lists, prepositions per role, reach
windows, currencies), each read once and checked against the columns its reader expects."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kg.errors import KgError
from kg.resources import lexicon_file

# Every table and the columns its header must name: a table not listed here is read by nothing (a test checks).
TABLES: dict[str, tuple[str, ...]] = {
    "triggers.tsv": ("fact", "lemma", "pos", "object", "detail", "needs"),
    "modality.tsv": ("lemma", "class"),
    "role-cases.tsv": ("role", "case"),
    "reach.tsv": ("window", "sentences", "meaning"),
    "currencies.tsv": ("form", "code"),
    "state-currencies.tsv": ("state", "currency"),
    "former-currencies.tsv": ("state", "currency", "until"),
    "force-nouns-en.tsv": ("noun",),
    "post-frames.tsv": ("lemma", "holder", "post"),
    "ship-handovers.tsv": ("lemma", "needs"),
    "civil-aviation.tsv": ("lemma", "kind"),
    "platform-families.tsv": ("noun", "family"),
    "deal-kinds.tsv": ("lemma", "kind", "standing"),
    "tie-verbs.tsv": ("lemma", "tells"),
    "signings-to-come.tsv": ("lemma", "role"),
    "deal-idioms.tsv": ("noun", "word", "how"),
    "demonym-idioms.tsv": ("noun", "demonym"),
    "one-by-one.tsv": ("phrase", "kind"),
    "example-markers.tsv": ("phrase",),
    "list-openers.tsv": ("phrase",),
    "state-group-nouns.tsv": ("lemma",),
    "onward-trips.tsv": ("phrase",),
    "remote-talk-words.tsv": ("stem",),
    "category-acronyms.tsv": ("acronym",),
    "english-weapon-heads.tsv": ("noun",),
    "english-weapon-kinds.tsv": ("phrase",),
    "part-nouns.tsv": ("noun", "kind"),
    "platform-words.tsv": ("lemma", "kind"),
    "passing-deal-words.tsv": ("lemma", "role"),
    "meeting-stays.tsv": ("lemma", "object"),
    "attending-words.tsv": ("lemma", "kind"),
    "offer-cues.tsv": ("lemma", "after"),
    **{name: ("lemma",) for name in (
        "address-abbreviations.tsv", "adopted-texts.tsv", "agreed-deeds.tsv", "armed-purposes.tsv", "attack-nouns.tsv",
        "armed-recipients.tsv", "awarding-verbs.tsv", "winning-verbs.tsv",
        "batch-nouns.tsv", "body-name-words.tsv", "broker-verbs.tsv", "builder-orders.tsv",
        "business-metrics.tsv",
        "carried-out-words.tsv",
        "drafted-deals.tsv", "awaited-deals.tsv", "joining-verbs.tsv",
        "witness-nouns.tsv", "signing-envoys.tsv",
        "yard-words.tsv",
        "class-nouns.tsv", "size-units.tsv",
        "civil-bodies.tsv", "civil-domains.tsv", "civil-qualifiers.tsv", "non-state-sides.tsv",
        "colleague-nouns.tsv", "commissioned-works.tsv", "copy-nouns.tsv", "court-styles.tsv",
        "companion-verbs.tsv", "travel-verbs.tsv", "contest-words.tsv",
        "component-nouns.tsv", "making-manners.tsv",
        "command-nouns.tsv", "counterpart-nouns.tsv", "course-givers.tsv", "course-takers.tsv",
        "deal-topics.tsv", "deals-in-talks.tsv", "degree-nouns.tsv", "departure-nouns.tsv",
        "event-nouns.tsv", "article-events.tsv", "first-intents.tsv",
        "feature-nouns.tsv", "fitting-participles.tsv",
        "former-marks.tsv", "fire-domains.tsv",
        "gift-words.tsv", "goods-wholes.tsv", "handover-words.tsv",
        "disclosure-verbs.tsv", "firm-branches.tsv", "firm-introducers.tsv", "firm-name-ends.tsv",
        "firm-name-starts.tsv", "firm-nouns.tsv",
        "firm-post-heads.tsv", "firm-qualifiers.tsv", "appointment-nouns.tsv",
        "firm-ties.tsv", "force-nouns.tsv", "given-name-titles.tsv",
        "group-name-nouns.tsv", "group-nouns.tsv",
        "gathering-verbs.tsv", "portfolio-words.tsv", "attendance-nouns.tsv",
        "held-verbs.tsv", "honorifics.tsv", "institution-name-ends.tsv", "institution-nouns.tsv",
        "invitation-words.tsv",
        "planned-participles.tsv",
        "business-meetings.tsv", "naming-systems.tsv", "absence-nouns.tsv", "summit-nouns.tsv",
        "joint-qualifiers.tsv", "kinship-nouns.tsv", "led-body-nouns.tsv", "light-verbs.tsv",
        "message-carriers.tsv", "message-nouns.tsv",
        "making-works.tsv", "medium-nouns.tsv", "meeting-nouns.tsv", "meeting-verbs.tsv", "member-links.tsv",
        "member-nouns.tsv",
        "military.tsv",
        "military-ranks.tsv",
        "deputy-marks.tsv", "detour-nouns.tsv",
        "english-rank-abbreviations.tsv",
        "named-places.tsv", "region-nouns.tsv", "school-nouns.tsv", "honour-nouns.tsv", "naming-words.tsv",
        "not-signed.tsv", "not-supplied.tsv", "founding-marks.tsv", "stance-verbs.tsv",
        "object-control.tsv",
        "official-nouns.tsv", "origin-nouns.tsv", "pair-nouns.tsv", "parliament-nouns.tsv", "purchase-approvals.tsv",
        "redirect-verbs.tsv", "reform-verbs.tsv", "reign-titles.tsv", "benefit-verbs.tsv", "servant-nouns.tsv",
        "relational-nouns.tsv", "reliance-verbs.tsv", "service-verbs.tsv", "sky-protection.tsv",
        "request-verbs.tsv", "serviced-works.tsv", "shared-body-names.tsv", "shared-qualifiers.tsv",
        "share-words.tsv", "aid-nouns.tsv",
        "severance-nouns.tsv",
        "side-markers.tsv", "side-nouns.tsv", "signing-verbs.tsv", "site-nouns.tsv", "situation-nouns.tsv",
        "spending-totals.tsv", "sum-holders.tsv", "valued-programmes.tsv", "work-carriers.tsv",
        "posting-participles.tsv", "post-qualifiers.tsv", "sole-offices.tsv", "sport.tsv", "sport-page-words.tsv",
        "stand-in-nouns.tsv", "style-titles.tsv", "team-envoys.tsv", "seat-qualifiers.tsv",
        "state-bodies.tsv", "state-epithets.tsv", "visited-epithets.tsv", "statement-headlines.tsv",
        "talk-frames.tsv",
        "talk-verbs.tsv", "upcoming.tsv", "venue-nouns.tsv", "version-nouns.tsv",
        "town-nouns.tsv", "town-name-particles.tsv", "use-nouns.tsv",
        "lede-away-verbs.tsv", "lede-stay-words.tsv",
        "vessel-prefixes.tsv", "weapon-anaphors.tsv", "stopover-nouns.tsv", "unnamed-buyers.tsv", "code-heads.tsv",
        "weapon-heads.tsv", "welcome-verbs.tsv", "world-regions.tsv")},
}
MODALITY_CLASSES = ("report", "modal", "consider", "offer", "exclude", "refuse", "deny", "doubt", "negation",
                    "hypothesis", "prospect", "intend")


@dataclass(frozen=True)
class Trigger:
    fact: str  # negotiation, agreement, support, financing
    lemma: str
    pos: str  # VERB or NOUN
    object_role: str  # what a direct object (verb) or a "de" complement (noun) is: recipient, partner, theme, agent
    detail: str | None  # support or financing kind
    needs: str | None  # military, amount, reflexive, armed, or None


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a table of ontology/lexicon/ whose header row (its first line that is no comment) names
    exactly the columns TABLES gives; any other header, or a row of another width, fails loudly."""
    columns = TABLES.get(name)
    if columns is None:
        raise KgError(f"ontology/lexicon/{name}: no reader declares this table")
    lines = lexicon_file(name).read_text(encoding="utf-8").splitlines()
    header, *rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    if tuple(c.strip() for c in header) != columns:
        raise KgError(f"ontology/lexicon/{name}: header {header} is not {list(columns)}")
    for row in rows:
        if len(row) != len(columns):
            raise KgError(f"ontology/lexicon/{name}: row {row} does not have the columns {list(columns)}")
    return tuple(tuple(c.strip() for c in row) for row in rows)


@cache
def reach(window: str) -> int:
    """How many sentences a window of reach.tsv (military, weapon, recipient, talks, issue) lasts."""
    return {w: int(n) for w, n, _ in table("reach.tsv")}[window]


@cache
def post_frames() -> dict[str, tuple[str, str]]:
    """Verbs that give a person a post (post-frames.tsv): lemma -> (who holds it: governor, object or subject; the
    post a governor holds, or `title` for the title after the verb)."""
    return {lemma: (holder, post) for lemma, holder, post in table("post-frames.tsv")}


@cache
def civil_aviation(kind: str) -> frozenset[str]:
    """The lemmas of civil-aviation.tsv of one kind: `aircraft` nouns, the `qualifier`s that make one civil, the
    `armed` words that make one military."""
    return frozenset(lemma for lemma, row_kind in table("civil-aviation.tsv") if row_kind == kind)


@cache
def platform_families() -> dict[str, str]:
    """platform-families.tsv: a weapon noun's first word -> the kind of platform it names (land, sea, air)."""
    return {noun: family for noun, family in table("platform-families.tsv")}


@cache
def deal_kinds() -> dict[str, str]:
    """deal-kinds.tsv: a deal noun or a word of its complement -> the kind of deal it says (contract, loan...)."""
    return {word: kind for word, kind, _standing in table("deal-kinds.tsv")}


@cache
def tie_verbs(tells: str) -> frozenset[str]:
    """tie-verbs.tsv: the verbs that `tend` a standing tie already there, or `make` one, as they tell it."""
    return frozenset(lemma for lemma, kind in table("tie-verbs.tsv") if kind == tells)


@cache
def standing_ties() -> frozenset[str]:
    """deal-kinds.tsv: the deal nouns that name a standing tie more often than a signed text (« partenariat »)."""
    return frozenset(word for word, _kind, standing in table("deal-kinds.tsv") if standing == "tie")


@cache
def ship_handovers() -> dict[str, str]:
    """Lemma -> what it needs to hand a named ship over: "-" nothing, "for" a « pour » complement, "from" an « à »
    complement."""
    return {lemma: needs for lemma, needs in table("ship-handovers.tsv")}


@cache
def name_titles() -> frozenset[str]:
    """Words that name the person right after them, whose surname alone then is a name (« M. Dupont », « le
    ministre DUPONT », « le général Dupont »): civilities, ranks and the heads of posts communiqués write so."""
    return word_list("honorifics.tsv") | word_list("military-ranks.tsv") | {
        "ministre", "président", "présidente", "ambassadeur", "ambassadrice", "homologue", "secrétaire"}


@cache
def official_nouns() -> frozenset[str]:
    """Nouns of officials who act for their state and of counterparts (« le ministre », « son homologue »)."""
    return word_list("official-nouns.tsv") | word_list("counterpart-nouns.tsv")


@cache
def envoy_nouns() -> frozenset[str]:
    """Who a state sends abroad to talk for it: its officials and delegations (« des responsables », « un
    émissaire », « une délégation »)."""
    return word_list("official-nouns.tsv") | word_list("side-nouns.tsv")


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-column table of ontology/lexicon/: light-verbs.tsv, relational-nouns.tsv, military.tsv..."""
    return frozenset(row[0] for row in table(name))


@cache
def firm_nouns() -> frozenset[str]:
    """Nouns that name a firm before its name or alone (« la société X », « le constructeur X », « l'industriel »):
    the trade nouns of firm-nouns.tsv and the nouns of no trade of firm-introducers.tsv."""
    return word_list("firm-nouns.tsv") | word_list("firm-introducers.tsv")


@cache
def role_cases(role: str) -> frozenset[str]:
    """The prepositions that make an actor the `role` (recipient, partner, source, adversary, place, seller;
    host: where a visit goes; seat: a government body whose seat is the place of talks)."""
    return frozenset(case for name, case in table("role-cases.tsv") if name == role)


@cache
def case_locutions() -> frozenset[str]:
    """The prepositional locutions of role-cases.tsv (« auprès de », « face à »)."""
    return frozenset(case for _role, case in table("role-cases.tsv") if " " in case)


@cache
def currencies() -> dict[str, str]:
    """Currency name or symbol (lowercase) -> ISO 4217 code, or "?family:default" for a bare name."""
    return {form: code for form, code in table("currencies.tsv")}


@cache
def state_currencies() -> dict[str, str]:
    """ISO 3166 alpha-3 code of a state -> the ISO 4217 code of its currency, for currencies whose bare name
    several states share."""
    return {state: code for state, code in table("state-currencies.tsv")}


@cache
def former_currencies() -> dict[str, tuple[str, int]]:
    """ISO 3166 alpha-3 code of a state -> the ISO 4217 code of the currency it used before the euro, whose bare
    name other currencies share, and the year it stopped being legal tender."""
    return {state: (code, int(until)) for state, code, until in table("former-currencies.tsv")}


@cache  # asked of every word around every trigger: the table is read once, so is each answer
def modality_class(lemma: str, pos: str) -> str | None:
    words = modality_words()
    return words.get(f"{lemma.lower()}/{pos}") or words.get(lemma.lower())


@cache
def words_of_class(cls: str) -> frozenset[str]:
    """The lemmas of one modality class (« negation »: pas, jamais, rien...)."""
    return frozenset(lemma.split("/")[0] for lemma, found in modality_words().items() if found == cls)


@cache
def trigger_lemmas() -> frozenset[str]:
    """Every lemma that triggers a fact of some kind."""
    return frozenset(lemma for lemma, _pos in triggers())


@cache
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, pos) -> the triggers it can be, one per fact kind."""
    found: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for fact, lemma, pos, obj, detail, needs in table("triggers.tsv"):
        found[(lemma, pos)].append(Trigger(fact, lemma, pos, obj, None if detail == "-" else detail,
                                           None if needs == "-" else needs))
    return dict(found)


@cache
def modality_words() -> dict[str, str]:
    """lemma -> class (one of MODALITY_CLASSES). A lemma written "prêt/ADJ" counts only with that part of speech
    (« prêt à livrer », not « un prêt »)."""
    rows = table("modality.tsv")
    unknown = {cls for _lemma, cls in rows} - set(MODALITY_CLASSES)
    if unknown:
        raise KgError(f"ontology/lexicon/modality.tsv: unknown class {sorted(unknown)}")
    return {lemma: cls for lemma, cls in rows}
