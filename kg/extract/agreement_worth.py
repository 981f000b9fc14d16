"""What a deal is worth where a clause says so apart from its parties: « le contrat est évalué à 2 milliards »,
« celui-ci a été chiffré à ... », « son montant atteint ... », « ces avions ont coûté ... » (a sentence that gives
nothing but a sum: kg.extract.sum_sentences)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.approved_sales import PRICED_SUPPLIES, sale_of_sentence, supply_approved
from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.demonstrated_sums import demonstrated_sum
from kg.extract.doc_words import morph_values
from kg.extract.gift_worth import HANDED
from kg.extract.lexicon import triggers, word_list, words_of_class
from kg.extract.modality import is_conditional
from kg.extract.ships import names_materiel
from kg.extract.syntax import DE_CASES, DEFINITE, SUBJECTS, THESE, Sentence, case_of, predicate_of
from kg.kinds import Modality
from kg.records import Amount, Attribution, Claim, Fact

_AMOUNTING = {"atteindre", "représenter", "élever", "dépasser", "être", "avoisiner", "totaliser"}
# « la vente rapportera 3 millions »: what the deal yields; « couter », « cout »: the spelling of 1990, no circumflex
_COSTING = {"coûter", "couter", "rapporter"}
_NAMED_JUST_BEFORE = {"celui-ci", "celle-ci", "ce dernier", "cette dernière"}
WORTH_NOUNS = {"valeur", "montant", "coût", "cout", "prix"}


def path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from token up to top's child on the way (top excluded)."""
    path = [token]
    while path[-1] != top and path[-1].head != path[-1]:
        path.append(path[-1].head)
    return path[:-1]


def sum_of_subject(sentence: Sentence, trigger: Token, ctx: Context) -> tuple[Amount, ...]:
    """« Le contrat est évalué à 2 milliards », « le montant de la commande s'élève à ... »: a deal that is
    the subject of its clause costs the sum the clause gives."""
    path = [trigger, *path_up(trigger.head, predicate_of(trigger))] if trigger.head != trigger else [trigger]
    if path[-1].dep_ not in SUBJECTS or path[-1].head != predicate_of(trigger):
        return demonstrated_sum(sentence, trigger, ctx.headline_sums())  # « C'est le montant des ... »
    clause = {t.i for t in predicate_of(trigger).subtree}
    return tuple(money.amount for start, _end, money in sentence.money if start in clause and not money.conversion)


def valued_thing(sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« Celui-ci avait été chiffré à 9 milliards »: a thing named just before (the deal told before) is valued."""
    subjects = sorted((t for c in trigger.children if c.dep_ in SUBJECTS for t in c.subtree), key=lambda t: t.i)
    said_of = "".join(t.text_with_ws for t in subjects).strip().lower()
    if not _costs_what_was_bought(sentence, trigger) and not _total_cost(trigger) and (
            not (said_of in _NAMED_JUST_BEFORE or _worth_of_deal(trigger))
            or not any(c.dep_ == "aux:pass" for c in trigger.children)) and not _valued_demonstrative(trigger):
        return None
    if _gift_valued(trigger):  # « La valeur de cet appui est estimée à ... »: a gift's worth, no deal
        fact = Fact("financing", (sentence.evidence(),), said, amounts=tuple(a for _, a in args.amounts[:1]))
        return Claim(fact.with_attr("financing_kind", "grant"))
    if said.modality == Modality.POSSIBLE and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "devoir":
        said = replace(said, modality=Modality.REPORTED)  # « la vente devrait rapporter ... »: the sum expected
    return Claim(Fact("agreement", (sentence.evidence(),), said, amounts=tuple(a for _, a in args.amounts[:1])),
                 definite=True)


def worth_told(sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« Il est d'une valeur de 2 milliards », « Celui-ci représente un montant de ... », « Son montant atteint ... »,
    « Le montant total atteint ... »: the worth of the thing told just before (a deal, kg.extract.discourse), in a
    clause about nothing else."""
    if trigger.pos_ == "VERB":
        return _withheld_worth(sentence, trigger, args, said)
    predicate = trigger if trigger.dep_ == "ROOT" else trigger.head
    subjects = sorted((t for c in predicate.children if c.dep_ in SUBJECTS for t in c.subtree), key=lambda t: t.i)
    said_of = "".join(t.text_with_ws for t in subjects).strip().lower()
    # « son montant », « le montant total » (of nothing else named): the worth of the deal just told
    # (« le prix prévu »: a bare participle qualifies it, names nothing else)
    own = trigger.dep_ in SUBJECTS and any(c.dep_ == "det" and c.lower_ in {"son", "sa", "le", "la", "l'"}
                                           for c in trigger.children) and not any(
        c.dep_ in {"nmod", "acl", "acl:relcl"} and not (c.dep_ == "acl" and not list(c.children))
        for c in trigger.children)
    fronted = _fronted_before_anaphor(trigger, said_of)
    told_before = (said_of in _NAMED_JUST_BEFORE | {"il", "elle"} and trigger.dep_ in {"ROOT", "obj"}) or \
        _set_off_after_anaphor(trigger) or fronted or _part_set_off(trigger)
    if args.amounts and _goods_told_before(trigger):
        # « Ces blindés, d'un montant de ..., iront à Y »: the worth of what was handed over just before
        fact = Fact("agreement", (sentence.evidence(),), said, amounts=(args.amounts[0][1],))
        return Claim(fact.with_attr("worth", GOODS), definite=True)
    if (changed := _price_changed(sentence, trigger, args)) is not None:
        # « une réduction du prix de 90 millions à 75 millions »: the price the deal told before comes to
        fact = Fact("agreement", (sentence.evidence(),), said, amounts=(changed,))
        return Claim(fact.with_attr("worth", "yes"), definite=True)
    if args.amounts and (verb := _priced_supply(trigger)) is not None:
        # a deal of no party told: the sale of its sentence gives its sides (kg.extract.deal_story); what a handover
        # verb hands over may be a gift's worth (kg.extract.gift_worth)
        fact = Fact("agreement", (sentence.evidence(),), said, amounts=(args.amounts[0][1],))
        handed = verb.lemma_.lower() in word_list("handover-words.tsv")
        return Claim(fact.with_attr(HANDED, "yes") if handed else fact)
    if not args.amounts or not (own or told_before) or predicate.pos_ not in {"NOUN", "VERB"} or \
            (predicate.pos_ == "VERB" and predicate.lemma_.lower() not in _AMOUNTING and
             not _set_off_after_anaphor(trigger) and not fronted and not _part_set_off(trigger)):
        return None
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=(args.amounts[0][1],))
    return Claim(fact.with_attr("worth", "yes"), definite=True)


def _withheld_worth(sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« Le montant n'a pas été communiqué. Selon X, il atteindrait 2 milliards », « Le prix n'a pas été dévoilé, mais
    il avoisinerait ... »: « il », the subject of a verb of amounting right after a clause whose subject is a worth
    (« le montant », « le prix »), is that worth: the worth of the deal told before."""
    start = sentence.span.start
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    if not args.amounts or trigger.lemma_.lower() not in _AMOUNTING or \
            [s.lower_ for s in subjects] not in (["il"], ["celui-ci"]):
        return None
    # the sentence before, or this one before « il » (« Le montant n'a pas été dévoilé, mais il avoisinerait ... »)
    before = [*(sentence.doc[start - 1].sent if start > 0 else ()), *sentence.doc[start:subjects[0].i]]
    if not any(t.lemma_.lower() in WORTH_NOUNS and t.dep_ in SUBJECTS for t in before):
        return None
    if said.modality == Modality.DENIED and trigger.dep_ == "conj" and not any(
            c.lemma_.lower() in words_of_class("negation") for c in trigger.children):
        # « ... n'a pas été dévoilé, mais il avoisinerait ... »: the sum left unsaid, not the one told, is denied
        conditional = is_conditional(trigger)
        said = replace(said, modality=Modality.REPORTED if conditional else Modality.ASSERTED)
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=(args.amounts[0][1],))
    return Claim(fact.with_attr("worth", WITHHELD), definite=True)


def _set_off_after_anaphor(trigger: Token) -> bool:
    """« Avec cette vente, d'un montant de ..., Y devient ... », « ce contrat, d'une valeur de ..., »: a worth set off
    by commas right after a deal noun that points back (« ce », « cette », « du ») is the worth of the deal told
    before."""
    doc, at = trigger.doc, trigger.i
    while at > 0 and doc[at - 1].dep_ in {"det", "case"} and doc[at - 1].head == trigger:
        at -= 1
    if case_of(trigger) not in {"de", "d'", "d\u2019"} or at < 2 or doc[at - 1].text != ",":
        return False
    deal = doc[at - 2]
    kinds = {t.fact for t in triggers().get((deal.lemma_.lower(), "NOUN"), [])}
    # « la signature du contrat, d'un montant de ... »: an article merged with « de » points back as well
    return deal.pos_ == "NOUN" and "agreement" in kinds and \
        any((c.dep_ == "det" and c.lower_ in THESE) or (c.dep_ == "case" and c.lower_ == "du") for c in deal.children)


def _part_set_off(trigger: Token) -> bool:
    """« La première tranche, d'un montant de ..., concerne ... »: a worth set off by a comma after a definite part of a
    deal (batch-nouns.tsv) is the worth of that part of the deal told before."""
    part, start = trigger.head, trigger.left_edge.i
    if part.pos_ == "VERB":  # the parser may hang the worth on the verb: the part is its subject
        part = next((c for c in part.children if c.dep_ in SUBJECTS and c.i < start), part)
    return case_of(trigger) in {"de", "d'", "d\u2019"} and part.pos_ == "NOUN" and part.i < start and \
        part.lemma_.lower() in word_list("batch-nouns.tsv") and trigger.doc[start - 1].text == "," and \
        any(c.dep_ == "det" and c.lower_ in DEFINITE for c in part.children)


def _fronted_before_anaphor(trigger: Token, said_of: str) -> bool:
    """« D'un montant de 2 milliards, il couvre aussi ... », « D'une valeur de ..., celui-ci comprend ... »: a worth
    that opens its sentence, ahead of a subject that points back, is the worth of the deal told before."""
    doc = trigger.doc
    subject = next((c for c in trigger.head.children if c.dep_ in SUBJECTS), None)
    opening = min(t.i for t in trigger.subtree)
    return case_of(trigger) in {"de", "d'", "d\u2019"} and trigger.dep_ in {"obl", "obl:mod", "nmod"} and \
        said_of in _NAMED_JUST_BEFORE | {"il", "elle"} and subject is not None and trigger.i < subject.i and \
        (opening == 0 or bool(doc[opening].is_sent_start))


_CHANGES = {"réduction", "baisse", "hausse", "augmentation", "diminution", "révision"}


def _price_changed(sentence: Sentence, trigger: Token, args: Arguments) -> Amount | None:
    """« une réduction du prix initial de 90 millions à 75 millions », « la baisse du montant de ... à ... »: the
    sum a change of the price comes to (after « à »); the sum it comes from is no more the price."""
    if trigger.head.lemma_.lower() not in _CHANGES or trigger.dep_ != "nmod" or len(args.amounts) != 2:
        return None
    _, (at, after) = sorted(args.amounts, key=lambda found: found[0])
    root = sentence.doc[at]
    while root.head != root and root.head.i >= at and root.head.i < at + 4 and root.dep_ not in {"nmod", "obl"}:
        root = root.head
    return after if case_of(root) == "à" and trigger.is_ancestor(root) else None


GOODS = "goods"  # the worth of matériel a supply told just before hands over
WITHHELD = "withheld"  # the worth a sentence between left unsaid (« Le montant n'a pas été divulgué. Il ... »)


def _goods_told_before(trigger: Token) -> bool:
    """« Ces blindés, d'un montant de ..., iront à ... », « ces drones d'une valeur de ... ont été livrés »: a worth
    that qualifies matériel pointed back to (« ces » + a noun of matériel) as the subject of its clause."""
    if case_of(trigger) not in {"de", "d'", "d\u2019"}:
        return False
    if _fronted_before_goods(trigger):
        return True
    head = trigger.head
    while head.dep_ in {"nmod", "conj"} and head.pos_ == "NOUN" and head.head != head:
        head = head.head  # the parser may hang the worth on the last thing the matériel carries
    subjects = [head] if head.dep_ in SUBJECTS else \
        [c for c in head.children if c.dep_ in SUBJECTS] if head.pos_ in {"VERB", "AUX", "ADJ"} else []
    return any(s.pos_ == "NOUN" and any(c.dep_ == "det" and (
        (c.lower_ in THESE and names_materiel(s)) or (c.lower_ in DEFINITE and _batch(s))) for c in s.children)
        for s in subjects)


def _fronted_before_goods(trigger: Token) -> bool:
    """« D'une valeur totale de ..., cet ensemble de véhicules ... », « D'un montant de ..., ces blindés ... »: a worth
    that opens its sentence, set off by a comma ahead of matériel pointed back to (a demonstrative and a noun of
    matériel or of a whole of goods), is the worth of what was handed over just before, however parsed."""
    doc, sentence = trigger.doc, trigger.sent
    opening = min(t.i for t in trigger.subtree if t.i <= trigger.i)
    if opening != sentence.start or trigger.i - opening > 2:
        return False
    comma = next((t for t in doc[trigger.i:sentence.end] if t.text == ","), None)
    if comma is None or comma.i + 2 >= sentence.end or \
            any(t.pos_ in {"VERB", "AUX"} for t in doc[trigger.i:comma.i]):
        return False
    det, noun = doc[comma.i + 1], doc[comma.i + 2]
    return det.lower_ in THESE and noun.pos_ == "NOUN" and (names_materiel(noun) or _batch(noun))


def _batch(noun: Token) -> bool:
    """« L'équipement, d'une valeur de ..., »: a noun of matériel in the singular that holds many things (its lemma in
    goods-wholes.tsv) is all that was handed over."""
    return noun.lemma_.lower() in word_list("goods-wholes.tsv") and "Number=Plur" not in str(noun.morph)


_RECEIVED_OR_GIVEN = {"recevoir", "réceptionner", "obtenir", "offrir", "donner"}


def _priced_supply(trigger: Token) -> Token | None:
    """« X a exporté des radars à Y, pour un montant de 40 millions », « X a remis à Y des équipements d'une valeur
    de 2 milliards », « Y a importé (acheté) des radars de X pour un montant de ... », « X a cédé un navire à Y, ainsi
    que des pièces d'une valeur de ... » (one more thing handed over): the worth of what a supply verb hands over is
    the price of a deal between its sides: that verb."""
    if trigger.dep_ in SUBJECTS or case_of(trigger) not in {"pour", "de", "d'"}:
        return None
    verb = trigger.head
    # up past the things listed and a participle that names one (« un navire baptisé X à Y, ainsi que ... »)
    while verb.head != verb and ((verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"obj", "nmod", "conj", "obl:mod"})
                                 or (verb.pos_ == "VERB" and verb.dep_ == "acl" and not _supplies(verb))):
        verb = verb.head
    if verb.pos_ == "VERB" and _supplies(verb):
        return verb
    if verb.pos_ == "VERB" and trigger.head == verb:
        return supply_approved(trigger, verb)
    return sale_of_sentence(trigger)


def _supplies(verb: Token) -> bool:
    """A verb of supply that may be a sale; one of receiving or giving (« Y a reçu de X des équipements d'une valeur
    de ... », « X a offert ... ») tells a donation, whose worth prices no deal."""
    if verb.lemma_.lower() in _RECEIVED_OR_GIVEN:
        return False
    return any(t.fact == "support" and t.detail in PRICED_SUPPLIES
               for t in triggers().get((verb.lemma_.lower(), "VERB"), []))


def _worth_of_deal(trigger: Token) -> bool:
    """« La valeur du contrat est estimée à ... », « le montant de ces livraisons a été chiffré à ... »: the worth
    of a deal told before, or of the supplies just told (« ces exportations », not « les exportations » at large)."""
    for subject in (c for c in trigger.children if c.dep_ in SUBJECTS and c.lemma_.lower() in WORTH_NOUNS):
        for thing in (c for c in subject.children if c.dep_ == "nmod" and c.pos_ == "NOUN"):
            kinds = {t.fact for t in triggers().get((thing.lemma_.lower(), "NOUN"), [])}
            dets = {c.lower_ for c in thing.children if c.dep_ == "det"}
            if ("agreement" in kinds and (dets & DEFINITE or case_of(thing) == "du")) \
                    or ("support" in kinds and dets & THESE):
                return True
    return False


def _valued_demonstrative(trigger: Token) -> bool:
    """« ... la portée de ce contrat évalué à 4 milliards »: a participle right under a deal noun with a demonstrative
    (the deal told before) values that deal, wherever the noun stands in its sentence."""
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB" or trigger.i == 0 or \
            "Part" not in morph_values(trigger, "VerbForm"):
        return False
    deal = trigger.doc[trigger.i - 1]  # the parser may hang the participle on the noun the deal's noun completes
    kinds = {t.fact for t in triggers().get((deal.lemma_.lower(), "NOUN"), [])}
    return deal.pos_ == "NOUN" and "agreement" in kinds and any(c.dep_ == "det" and c.lower_ in THESE
                                                                for c in deal.children)


_TOTAL = {"total", "global", "totale", "globale"}


def _total_cost(trigger: Token) -> bool:
    """« X estime le coût total du programme à ... », « le coût global est évalué à ... »: the total cost of the
    thing told before (a deal, kg.extract.discourse), its object or its passive subject, with « total » or
    « global »; a cost at large (« le coût d'un char ») is none."""
    passive = any(c.dep_ == "aux:pass" for c in trigger.children)
    for cost in (c for c in trigger.children if c.dep_ in ({"nsubj:pass"} if passive else {"obj"})):
        if cost.lemma_.lower() in WORTH_NOUNS and \
                {c.lower_ for c in cost.children if c.dep_ == "det"} & DEFINITE and \
                any(c.dep_ == "amod" and c.lower_ in _TOTAL for c in cost.children):
            return True
    return False


def _gift_valued(trigger: Token) -> bool:
    """« La valeur de cet appui », « le montant de ce don »: the worth of aid given (a noun of support that is no
    sale, or that is a grant too), which no deal is."""
    for subject in (c for c in trigger.children if c.dep_ in SUBJECTS and c.lemma_.lower() in WORTH_NOUNS):
        for thing in (c for c in subject.children if c.dep_ == "nmod" and c.pos_ == "NOUN"):
            entries = triggers().get((thing.lemma_.lower(), "NOUN"), [])
            if any(e.fact == "support" for e in entries) and any(
                    (e.fact, e.detail) in {("support", "support"), ("financing", "grant")} for e in entries):
                return True
    return False


def _costs_what_was_bought(sentence: Sentence, trigger: Token) -> bool:
    """« Les systèmes X coûteront 110 millions », « ces avions ont coûté ... », « le contrat coûtera ... »: the
    systems (a weapon system, or « les appareils ») or the deal or supply named before cost what the deal is worth;
    « un char coûte ... » (a price at large) is none."""
    if trigger.lemma_.lower() not in _COSTING:
        return False
    verb, subjects = trigger, [c for c in trigger.children if c.dep_ in SUBJECTS]
    while not subjects and verb.dep_ in {"conj", "xcomp"} and verb.head != verb:  # « et coûteront », « devrait coûter »
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    for subject in subjects:
        if not {c.lower_ for c in subject.children if c.dep_ == "det"} & DEFINITE:
            continue
        kinds = {t.fact for t in triggers().get((subject.lemma_.lower(), "NOUN"), [])}
        if kinds & {"agreement", "support"} or subject.lemma_.lower() in word_list("weapon-anaphors.tsv") or any(
                (m := sentence.mention_at(t)) is not None and m.how == gz.WEAPON for t in subject.subtree):
            return True
    return False


def price_of_work(sentence: Sentence, at: int) -> bool:
    """« X a confié à Y l'équipement de 21 navires pour un montant de N », « ... pour N »: a sum the award names
    with « pour » (bare or after a worth noun) is what the work is paid."""
    token = sentence.doc[at]
    while sentence.in_money(token.head) and token.head != token and not case_of(token):
        token = token.head
    if case_of(token) in DE_CASES and token.head.lemma_.lower() in WORTH_NOUNS:
        token = token.head
    return case_of(token) == "pour"
