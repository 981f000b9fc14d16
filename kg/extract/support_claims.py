"""The claims of a supply whose sides are settled: one per supplier/recipient pair, one per origin of the systems."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.deal_parties import system_maker
from kg.extract.gift_worth import GIFT, HANDED
from kg.extract.home_orders import home_makers
from kg.extract.lexicon import table, word_list
from kg.extract.maker_sales import as_makers_states, multinational_seller, unnamed_maker_state
from kg.extract.supply_origins import BUY, origins_after_systems, origins_by_system
from kg.extract.syntax import Sentence
from kg.kinds import Modality
from kg.records import Attribution, Claim, Entity, Fact

_RESPECTIVELY = "respectivement"


def by_origin(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution,
               sides: tuple[list[Entity], list[Entity], str | None], weapons: list[Entity],
               guessed: bool) -> tuple[Claim, ...] | None:
    """« l'acquisition de deux frégates italiennes X et d'une frégate britannique Y », « a réceptionné ... »: systems
    of several origins listed with no supplier said, one supply from each origin (None: no such list)."""
    suppliers, recipients, kind = sides
    if kind == BUY and trigger.pos_ == "NOUN" and len(suppliers) == 1 and not recipients and not weapons and \
            (bought := origins_by_system(sentence, [], [], trigger.i + 1)):  # the parser cut the list off its noun
        return tuple(c for origin, made in bought for c in _claims(
            told(ctx, sentence, trigger, args, said, ([origin], suppliers, "sell"), made, False)))
    listed = [w for w in args.weapons if w.entity in weapons]
    sellers = suppliers if kind in {"sell", "deliver"} else []
    if recipients and (apart := origins_by_system(sentence, listed, sellers)
                       or origins_after_systems(sentence, listed, sellers)):
        return tuple(c for origin, made in apart for c in _claims(
            told(ctx, sentence, trigger, args, said, ([origin], recipients, kind), made, guessed)))
    return None


def _claims(told: Claim | tuple[Claim, ...]) -> tuple[Claim, ...]:
    return told if isinstance(told, tuple) else (told,)


def told(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution,
          sides: tuple[list[Entity], list[Entity], str | None], weapons: list[Entity],
          guessed: bool) -> Claim | tuple[Claim, ...]:
    """The claims of a supply whose sides are settled: a maker that sells does so for its state."""
    suppliers, recipients, kind = sides
    sold = unnamed_maker_state(ctx, trigger, suppliers, kind, weapons)
    firm = multinational_seller(ctx, trigger, suppliers, kind, weapons)
    at_home = home_makers(ctx, suppliers, recipients, kind)  # « X a commandé des W à <maker de X> »: the maker sells
    suppliers = at_home + as_makers_states(ctx, [s for s in suppliers if s not in at_home], recipients, kind)
    if firm is not None and {s.key for s in suppliers} <= {r.key for r in recipients}:
        suppliers, sold, firm = [firm], False, None  # « X a reçu des W de <multinational> » where X is its home state
    maker = system_maker(ctx, args) if guessed else None
    if maker is not None and kind in {"sell", "deliver"} and ctx.multinational(maker) and \
            [s.key for s in suppliers] == [home.key for home in [ctx.home_state(maker)] if home is not None]:
        # « X achète des hélicoptères W », « X a pris livraison d'avions W de <group> » of a multinational group: its
        # state where named, else the group
        sold, firm = True, maker
    fact = Fact("support", (sentence.evidence(),), said, attrs=(("support_kind", kind),) if kind else ())
    if trigger.lemma_.lower() in word_list("gift-words.tsv"):
        fact = fact.with_attr(GIFT, "yes")  # « un don de ... », « X a offert ... »: its worth is a grant (gift_worth)
    elif trigger.lemma_.lower() in word_list("handover-words.tsv"):
        fact = fact.with_attr(GIFT, HANDED)  # « X a remis ... »: a grant too, unless a deal is told before
    claims = tuple(Claim(fact.with_roles("supporter", given).with_roles("recipient", taken)
                         .with_roles("weapon", weapons), guessed_supplier=guessed, maker_state=sold,
                         seller_firm=firm, system_makers=_makers_if_unsaid(ctx, suppliers, recipients, weapons),
                         system_maker=maker)
                   for given, taken in _pairs(sentence, trigger, suppliers, recipients))
    return claims[0] if len(claims) == 1 else claims


def _makers_if_unsaid(ctx: Context, suppliers: list[Entity], recipients: list[Entity],
                      weapons: list[Entity]) -> tuple[Entity, ...]:
    """« X a réceptionné son premier W »: the makers of systems received with no supplier said."""
    if suppliers or not recipients:
        return ()
    return tuple({m.key: m for w in weapons for m in ctx.makers(w)}.values())


def _pairs(sentence: Sentence, trigger: Token, suppliers: list[Entity],
           recipients: list[Entity]) -> list[tuple[list[Entity], list[Entity]]]:
    """The sides of each support a sentence tells: all suppliers to all recipients (none its own recipient), or,
    « A et B ont livré ... respectivement à C et à D », each supplier to its recipient in order."""
    recipients = [r for r in recipients if all(r.key != s.key for s in suppliers)]
    if _respective(sentence, trigger, suppliers, recipients):
        return [([s], [r]) for s, r in zip(suppliers, recipients, strict=True)]
    return [(suppliers, recipients)]


def _respective(sentence: Sentence, trigger: Token, suppliers: list[Entity], recipients: list[Entity]) -> bool:
    """« La France et l'Allemagne ont livré des blindés respectivement au Tchad et à la Jordanie »: as many
    suppliers as recipients, paired in order by « respectivement » after the verb."""
    return len(suppliers) == len(recipients) >= 2 and any(
        t.lower_ == _RESPECTIVELY and t.i > trigger.i for t in sentence.tokens)


def only_offered(sentence: Sentence, trigger: Token, said: Attribution) -> Attribution:
    """« X a offert des W à Y en échange de ... », « ..., une offre rejetée par Y »: a gift verb whose sentence then
    tells a price asked, the word offer or a refusal (offer-cues.tsv) only offers; the supply is possible."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_list("gift-words.tsv") or \
            said.modality not in {Modality.ASSERTED, Modality.REPORTED}:
        return said
    cues, doc = _offer_cues(), sentence.doc
    if any(t.lemma_.lower() in cues and cues[t.lemma_.lower()] in {"-", doc[t.i - 1].lower_}
           for t in doc[trigger.i + 1:sentence.span.end]):
        return replace(said, modality=Modality.POSSIBLE)
    return said


@cache
def _offer_cues() -> dict[str, str]:
    """Each offer cue and the word it must follow (« - » for any): offer-cues.tsv, read once."""
    return {row[0]: row[1] for row in table("offer-cues.tsv")}
