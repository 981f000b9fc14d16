"""Where supplied systems come from when the sentence leaves the supplier unsaid: the demonym of what is supplied
(« des drones turcs »), a maker named as its « de » complement, else the one state the makers the reference data
knows of the systems are based in."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.records import Entity

BUY = "buy-for"
EXPORT = "export"  # a sale, from the state of its makers when no exporter is named
_UNSAID = {"deliver", "sell", BUY, EXPORT}
_AGAINST = {"contre", "face à"}
_NAME_DEPS = {"nmod", "appos", "flat:name"}  # a system's name after its noun, as the parser may hang it
_THEME_DEPS = {"nmod", "obl:arg"}  # « l'achat de drones turcs », « se dote de drones turcs »


def buys(token: Token) -> bool:
    """A word of buying (« acheter », « l'achat »): a support trigger of detail buy-for in its part of speech."""
    return any(t.fact == "support" and t.detail == BUY for t in triggers().get((token.lemma_.lower(), token.pos_), []))


def _supplied(noun: Token) -> bool:
    """« une livraison (un lot) d'armes »: a supply noun whose « de » complement is what it moves."""
    return noun.pos_ == "NOUN" and any(t.fact == "support" for t in triggers().get((noun.lemma_.lower(), "NOUN"), []))


def _agreeing_noun(adjective: Token, noun: Token) -> Token:
    """« le bâtiment de débarquement de chars britannique »: a demonym hung on a « de » complement it does not agree
    with in number qualifies the first noun above that it agrees with."""
    number = adjective.morph.get("Number", [])
    if not number or not noun.morph.get("Number", []) or noun.morph.get("Number", []) == number:
        return noun
    above = noun
    while above.dep_ == "nmod" and case_of(above) in DE_CASES and above.head.pos_ == "NOUN":
        above = above.head
        if above.morph.get("Number", []) == number:
            return above
    # « un lot de chars de combat américains », both complements hung on the first noun: the one it agrees with
    return next((c for c in noun.head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < noun.i
                 and case_of(c) in DE_CASES and c.morph.get("Number", []) == number), noun) \
        if noun.dep_ == "nmod" and case_of(noun) in DE_CASES else noun


def _qualified(sentence: Sentence, mention: Mention, root: Token) -> Token | None:
    """The noun a demonym qualifies: its head as an adjective; « des sous-marins Kilo russes », « du type Kilo
    russe »: the parser may hang the demonym on a system's name as a part of it, then it qualifies the name (or the
    noun the name is in apposition to)."""
    if root.dep_ == "amod":
        return root.head
    name = root.head
    named = sentence.mention_at(name)
    if root.dep_ != "flat:name" or mention.how != gz.DEMONYM or named is None or named.how != "weapon":
        return None
    return name.head if name.dep_ == "appos" and name.head.pos_ == "NOUN" else name


def made_in(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« l'exportation de chars sud-coréens », « exporte des drones turcs », « achète des drones de fabrication
    turque »: the demonym of what is supplied names where it comes from."""
    taken = set(map(id, args.recipients + args.partners))
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        thing = _qualified(sentence, mention, root)
        if mention.state is None or id(mention) in taken or thing is None or thing.pos_ != "NOUN":
            continue
        if thing.dep_ in _NAME_DEPS and not case_of(thing) and thing.head.pos_ == "NOUN" and \
                sentence.mention_at(thing) is not None:
            thing = thing.head  # « des blindés Bastion français »: the system's name, then its noun
        thing = _agreeing_noun(root, thing)
        while thing.dep_ in {"conj", "appos"} and thing.head.pos_ in {"NOUN", "PROPN"} and thing.head.i < thing.i:
            thing = thing.head  # « a reçu des hélicoptères, des armes et des munitions russes »: the goods listed
        if thing.dep_ == "nmod" and case_of(thing) in DE_CASES and (
                thing.lemma_.lower() in word_list("origin-nouns.tsv")
                or (thing.head.head == trigger and (thing.lemma_.lower() not in word_list("military.tsv")
                                                     or _supplied(thing.head)
                                                     or thing.head.lemma_.lower() in word_list("batch-nouns.tsv")))):
            thing = thing.head  # « des drones de fabrication turque », « des avions de combat turcs »: Turkish
            # « a reçu une livraison d'armes turques »: the supply received holds them
        if thing.head == trigger and (
                thing.dep_ == "obj" or (thing.dep_ in _THEME_DEPS and case_of(thing) in DE_CASES)):
            found.append(mention.state)
    return states(ctx, found)


def qualifies_materiel(sentence: Sentence, mention: Mention) -> bool:
    """« une frégate britannique »: a demonym on a noun of matériel says where the thing comes from."""
    things = word_list("weapon-heads.tsv") | SHIP_NOUNS  # not a force's noun (« la marine chilienne »)
    return mention.how == gz.DEMONYM and mention.state is not None \
        and (root := mention_root(sentence, mention)).dep_ == "amod" \
        and (bool({root.head.lemma_.lower(), root.head.lower_.rstrip("sx")} & things)
             or getattr(sentence.mention_at(root.head), "how", None) == gz.WEAPON)


def materiel_origins(sentence: Sentence) -> set[str]:
    """Keys of the states whose demonym qualifies a noun of matériel anywhere in the sentence (« une frégate
    britannique »): where the thing comes from, never who receives it."""
    return {m.state.key for m in sentence.mentions if m.state is not None and qualifies_materiel(sentence, m)}


def _listed_on(sentence: Sentence, weapons: list[Mention], after: int) -> list[Mention]:
    """The systems and those listed on after the last of them (or after `after`), with no verb or bracket between
    (the parser may cut a long list « de A, B, C et D » off its noun)."""
    found = sorted(weapons, key=lambda w: w.start)
    for mention in sorted(sentence.mentions, key=lambda m: m.start):
        last = found[-1].end if found else after
        if mention.how == gz.WEAPON and mention.start >= last and not any(
                t.pos_ in {"VERB", "AUX"} or t.text in {"(", ".", ";", ":"} for t in sentence.doc[last:mention.start]):
            found.append(mention)
    return found


def origins_by_system(sentence: Sentence, weapons: list[Mention], suppliers: list[Entity], after: int = -1) \
        -> list[tuple[Entity, list[Entity]]]:
    """« deux frégates italiennes X et une frégate britannique Y », « deux frégates ex-italiennes du type X, une
    frégate ex-britannique du type Y »: systems of several origins listed with no supplier said, each from the one
    state of the demonyms of matériel told between the system before it and its name (empty: one origin, a system
    with no such demonym, or a supplier that is no such origin; with no supplier at all, the list told after the
    purchase noun at `after`)."""
    groups: dict[str, tuple[Entity, list[Entity]]] = {}
    since = after
    for weapon in _listed_on(sentence, weapons, after):
        told = {m.state.key: m.state for m in sentence.mentions if m.state is not None
                and since <= m.start < weapon.start and qualifies_materiel(sentence, m)}
        since = weapon.end
        if len(told) != 1:
            return []
        origin = next(iter(told.values()))
        groups.setdefault(origin.key, (origin, []))[1].append(weapon.entity)
    if len(groups) < 2 or any(s.key not in groups for s in suppliers) or (not suppliers and after < 0):
        return []
    return list(groups.values())


def origins_after_systems(sentence: Sentence, weapons: list[Mention], suppliers: list[Entity]) \
        -> list[tuple[Entity, list[Entity]]]:
    """« des W1 du X et des W2 de la Y », « un W1 d'X et deux W2 armés de la Y »: systems listed each with the state
    it comes from as a « de » complement right after its name (read on the words, the parser hanging
    such complements anywhere); empty unless every system has one and there are several origins, the suppliers
    among them."""
    groups: dict[str, tuple[Entity, list[Entity]]] = {}
    for weapon in sorted(weapons, key=lambda w: w.start):
        origin = next((m.state for m in sentence.mentions if m.state is not None and m.how == gz.NAME
                       and _de_after(sentence, weapon.end, m.start)), None)
        if origin is None:
            return []
        groups.setdefault(origin.key, (origin, []))[1].append(weapon.entity)
    if len(groups) < 2 or any(s.key not in groups for s in suppliers):
        return []
    return list(groups.values())


def _de_after(sentence: Sentence, end: int, start: int) -> bool:
    """Whether the words from a system's end to a name are « de » (« du », « d' », « de la »), after at most one
    adjective or participle (« armés »)."""
    words = [t for t in sentence.doc[end:start]]
    if words and words[0].pos_ in {"ADJ", "VERB"} and words[0].text.islower():
        words = words[1:]
    if words and words[-1].pos_ == "DET" and words[-1].lower_ in {"la", "l'", "l\u2019", "les"}:
        words = words[:-1]
    return len(words) == 1 and words[0].lower_ in DE_CASES


def systems_makers(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« X se dote du système W de <maker> », « X achète les drones W de <maker> »: a maker named as the « de »
    complement of a system bought (of its noun, or of the verb as the parser may hang it) is who sells it."""
    if not args.weapons:
        return []
    roots = [mention_root(sentence, w) for w in args.weapons]
    systems = {r.i for r in roots} | {r.head.i for r in roots if r.dep_ in {"nmod", "appos", "amod"} and not case_of(r)}
    if trigger.pos_ == "VERB":
        systems.add(trigger.i)
    return states(ctx, [m.entity for m in sentence.mentions if m.how == gz.COMPANY
                        and (root := mention_root(sentence, m)).head.i in systems and case_of(root) in DE_CASES
                        and root.dep_ in {"nmod", "obl", "obl:arg"}])


def goods_makers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« l'achat de 76 blindés à roues de la société finlandaise <maker> »: a firm named (by itself or after its trade
    noun) as a « de » complement after the goods of a purchase noun sells them; the parser may hang it on any noun
    of the goods' phrase."""
    if trigger.pos_ != "NOUN":
        return []
    return states(ctx, [m.entity for m in sentence.mentions if m.how == gz.COMPANY and m.start > trigger.i + 1
                        and _goods_of(mention_root(sentence, m), trigger)])


def _goods_of(token: Token, trigger: Token) -> bool:
    """Whether a name hangs, through « de » complements only (« de la société d'armement X »), on the phrase of
    what a purchase noun buys (« de 76 transporteurs à roues »), not on the purchase itself."""
    cased = False
    for _ in range(6):
        head = token.head
        if head == token or case_of(token) not in DE_CASES | {"", "à"} or (case_of(token) == "à" and not cased):
            return False
        cased = cased or case_of(token) in DE_CASES
        if head == trigger:
            return token.pos_ == "NOUN" and token.dep_ == "nmod" and cased and token.i < trigger.i + 6 \
                and token.lemma_.lower() not in word_list("firm-nouns.tsv")  # « l'achat du groupe X »: the firm
        if head.pos_ not in {"NOUN", "PROPN"}:
            return False
        token = head
    return False


def makers_state(ctx: Context, weapons: list[Entity]) -> list[Entity]:
    """An export with no exporter named: the one state the makers of every system exported are based in."""
    homes = {home.key: home for w in weapons if (home := ctx.home_state(w)) is not None}
    return list(homes.values()) if len(homes) == 1 and len(weapons) >= 1 and \
        all(ctx.home_state(w) is not None for w in weapons) else []


def makers_home(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, weapons: list[Entity]) \
        -> Entity | None:
    """Where systems supplied with no supplier named come from: the state of their demonym (« des blindés
    brésiliens X »), else the one state the makers the reference data knows of them are based in."""
    made = made_in(ctx, sentence, trigger, args)
    if made:
        return made[0] if len(made) == 1 else None
    homes = {home.key: home for w in weapons if (home := ctx.home_state(w)) is not None}
    return next(iter(homes.values())) if len(homes) == 1 else None


def unsaid_sides(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, weapons: list[Entity]) \
        -> tuple[list[Entity], list[Entity]]:
    """« le contrat porte sur la livraison de trois radars X », « un contrat pour l'achat de six hélicoptères Y
    a été signé avec Z »: a supply of systems with neither side named comes from where the systems come from; the
    one other state the parse's sentence names by name (not « contre X ») receives them, else the discourse stage gives
    the recipient that supplier already has in the article."""
    supplier = makers_home(ctx, sentence, trigger, args, weapons)
    if supplier is None:
        return [], []
    others = {m.state.key: m.state for m in sentence.mentions if m.state is not None and m.how != gz.DEMONYM
              and m.how in ACTOR_KINDS and m.state.key != supplier.key  # not a dateline's « X, Chili — »
              and (root := mention_root(sentence, m)).sent.start == trigger.sent.start
              and case_of(root) not in _AGAINST}
    return [supplier], list(others.values()) if len(others) == 1 else []


def from_makers(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, weapons: list[Entity],
                 sides: tuple[list[Entity], list[Entity], str | None]) \
        -> tuple[list[Entity], list[Entity], str] | None:
    """Sides of a supply whose supplier is unsaid, taken from where its systems come from: « X achète des drones
    TB2 » is a sale by their makers' state to the one buyer, « X a reçu des drones TB2 » a delivery by it; « la
    livraison de radars Y » with no side named, see _unsaid_sides (None: the sides said stand)."""
    suppliers, recipients, kind = sides
    if not weapons or kind not in _UNSAID:
        return None
    if kind == BUY and len(suppliers) == 1 and suppliers[0].cls == "State" and not recipients:
        home = makers_home(ctx, sentence, trigger, args, weapons)
        return ([home], suppliers, "sell") if home is not None and home.key != suppliers[0].key else None
    if suppliers:
        return None
    if recipients and _unknown_agent(sentence, trigger):
        return None  # « remis à neuf par <a firm not in the reference data> et livrés à X »: the supplier is said
    if recipients:  # « X a réceptionné ses premiers Rafale », « la livraison de drones TB2 à X »; one bought
        home = makers_home(ctx, sentence, trigger, args, weapons)  # « pour X » is bought by someone unsaid
        return ([home], recipients, kind) if home is not None and kind in {"deliver", "sell"} \
            and all(r.cls == "State" and r.key != home.key for r in recipients) else None
    suppliers, recipients = unsaid_sides(ctx, sentence, trigger, args, weapons)
    return (suppliers, recipients, "sell" if kind in {BUY, EXPORT} else kind) if suppliers else None


def _unknown_agent(sentence: Sentence, trigger: Token) -> bool:
    """« des W remis à neuf par Xyz-2 et livrés à Y »: a passive agent next to the supply verb, named but no known
    actor, supplied the systems (so they are no guess from their makers)."""
    return any(t.lower_ == "par" and abs(t.i - trigger.i) <= _NEAR and t.i + 1 < sentence.span.end
               and (name := sentence.doc[t.i + 1]).text[:1].isupper() and name.pos_ in {"PROPN", "NOUN", "ADJ"}
               and sentence.mention_at(name) is None for t in sentence.tokens)


_NEAR = 6  # words between a supply verb and the « par » of its agent
