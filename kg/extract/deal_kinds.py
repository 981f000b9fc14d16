"""What an agreement is, as far as telling two deals between the same sides apart needs: « un contrat pour deux
sous-marins » and « un accord de prêt », « un accord de coopération de défense » and « un contrat d'armement »
are two deals (deal-kinds.tsv: the deal noun, or a word of its complement, gives its kind); a bare « accord »
says no kind and may be any deal told before. « un second contrat », « un autre accord », « un nouveau contrat »
is a deal of its own."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Token

from kg.extract.dates import TIME_UNITS
from kg.extract.deal_purchases import is_deal
from kg.extract.lexicon import deal_kinds, standing_ties, tie_verbs, word_list
from kg.extract.syntax import SUBJECTS
from kg.extract.tense import is_pluperfect
from kg.records import Fact

_OF = {"de", "d'", "du", "des", "en"}
_ANOTHER = {"second", "seconde", "deuxième", "troisième", "autre", "nouveau", "nouvel", "nouvelle", "précédent",
            "précédente", "ancien", "ancienne"}  # « un précédent accord »: one before the deal told
_INDEFINITE = {"un", "une", "d'", "des"}
_SERVICE = "service"
_TOPIC_CASES = {"pour", "sur", "concernant"}
_OVERRIDING = {"loan", "peace", _SERVICE}  # « un contrat de prêt », « ... de maintenance »


def deal_noun(trigger: Token) -> Token | None:
    """The noun that names the deal: the trigger itself, the object (or passive subject) of a signing verb
    (« a signé une lettre d'intention »), the deal whose signature is told (« la signature d'un accord »)."""
    if trigger.pos_ == "VERB":
        return next((c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"} and c.pos_ == "NOUN"), None)
    if trigger.pos_ != "NOUN":
        return None
    signed = next((c for c in trigger.children if c.dep_ == "nmod" and is_deal(c) and c.lemma_ != trigger.lemma_),
                  None)
    return signed if signed is not None and trigger.lemma_.lower() not in deal_kinds() else trigger


def deal_kind(trigger: Token) -> str | None:
    """The kind of deal a trigger tells (None: not said): a loan or a peace its complement names (« un contrat de
    prêt »), else the deal noun's own (« un contrat »), else its complement's (« un accord de coopération »)."""
    noun = deal_noun(trigger)
    if noun is None:
        return None
    kinds = deal_kinds()
    said = [kinds[w] for w in _complement_words(noun) if w in kinds]
    said += [_SERVICE for w in _topic_words(noun) if kinds.get(w) == _SERVICE]
    own = kinds.get(noun.lemma_.lower())
    return next((k for k in said if k in _OVERRIDING), None) or own or next(iter(said), None)


def _topic_words(noun: Token) -> list[str]:
    """The lemmas of what a deal is told for (« un contrat portant sur la maintenance », « un contrat pour
    l'entretien », « a signé un contrat ... pour la formation »)."""
    found: list[tuple[Token, set[str] | None]] = [(c, None) for c in noun.children
                                                  if c.dep_ in {"acl", "acl:relcl"}]  # « portant sur », « qui vise »
    found += [(noun, _TOPIC_CASES)] + ([(noun.head, {"pour"})] if noun.dep_ == "obj" else [])
    return [t.lemma_.lower() for holder, cases in found for t in holder.children
            if t.pos_ == "NOUN" and t.dep_.split(":")[0] in {"obl", "nmod", "obj"}
            and (cases is None or {c.lower_ for c in t.children if c.dep_ == "case"} & cases)]


def _complement_words(noun: Token) -> list[str]:
    """The lemmas of a deal noun's qualifiers and « de » complements (« en matière de défense » included)."""
    doc = noun.doc
    words = [doc[noun.i + 2].lower_] if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" else []  # accord-cadre
    for child in noun.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ == "amod" or (child.dep_ == "nmod" and cases & _OF):
            words.append(child.lemma_.lower())
            if child.lemma_.lower() in {"matière", "domaine"}:
                words += [g.lemma_.lower() for g in child.children if g.dep_ == "nmod"]
    return words


def of_another_deal(trigger: Token, at: Token) -> bool:
    """« ont signé un accord de coopération et un contrat de 2 milliards »: a sum inside one of two coordinated deals
    is that deal's, not the other's nor their verb's."""
    noun = deal_noun(trigger)
    owner = next((t for t in [at, *at.ancestors] if is_deal(t)), None)
    return noun is not None and owner is not None and owner != noun and \
        (owner in noun.conjuncts or noun in owner.conjuncts)


def of_a_total(trigger: Token, at: Token) -> bool:
    """« un contrat pour des hélicoptères, dans le cadre d'un programme de modernisation de 30 milliards »: a sum hung
    on a total that is no deal (a programme, a budget, sum-holders.tsv) before it reaches the deal is that total's."""
    for token in [at, *at.ancestors]:
        if token == trigger or is_deal(token):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in word_list("sum-holders.tsv"):
            return True
    return False


def standing_tie(trigger: Token) -> bool:
    """« les deux pays entretiennent un partenariat stratégique », « pour approfondir leur partenariat »: a noun that
    names a standing tie (deal-kinds.tsv) told kept up (tie-verbs.tsv) is no deal of its own, unless told made:
    signed, established, begun (« le partenariat stratégique établi en 2015 ») or the complement of a deal (« la
    signature d'un partenariat », « un accord de partenariat »); a tie with a price is a deal too
    (kg.extract.agreement)."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in standing_ties():
        return False
    noun = trigger
    # « ont signé un accord et un partenariat »; « les axes de la coopération : formation, partenariat relatif à
    # ... »: an item set in apposition in a list is joined to it the same way
    while noun.dep_ in {"conj", "appos"} and noun.head != noun:
        noun = noun.head
    # « ... met l'accent sur les liens entre X et Y, et le partenariat reposant sur ... »: joined to a clause, the
    # tie stands alone, made by no verb
    alone = noun.pos_ not in {"NOUN", "PROPN"}
    # « leur engagement en faveur de la paix, de la sécurité et du partenariat »: listed after a noun that is no deal
    alone = alone or (noun != trigger and not is_deal(noun))
    noun = trigger if alone else noun
    verb = noun.head if noun.dep_ in {"obj", "nsubj:pass", "nsubj"} and not alone else None
    made = tie_verbs("make")
    if verb is not None and verb.lemma_.lower() in made and is_pluperfect(verb):
        return True  # « les deux pays avaient établi un partenariat stratégique »: a tie made long ago, the relations
    if any(c.dep_ in {"acl", "acl:relcl"} and c.lemma_.lower() in made for c in noun.children) or \
            (verb is not None and verb.lemma_.lower() in made) or (noun.dep_ == "nmod" and is_deal(noun.head)):
        return False
    # « des dispositifs de partenariat », « une logique de partenariat »: a bare complement of a noun that is no deal
    # names a kind of thing, no deal
    kind = noun.dep_ == "nmod" and not is_deal(noun.head) and not any(c.dep_ == "det" for c in noun.children) and \
        any(c.dep_ == "case" and c.lower_ in {"de", "d'"} for c in noun.children)
    # « le partenariat actuel entre A et B », « attache de l'importance au partenariat stratégique entre A et B »: a
    # tie told with the definite article, made by no verb, is the one already there
    # (« du partenariat stratégique, initié en 2008 »: one told made just after is a deal); « notre partenariat »,
    # « leur entente »: a tie its sides call their own is the one they have
    told = any((c.dep_ == "det" and (c.lemma_.lower() == "le" or "Poss=Yes" in c.morph))
               or (c.dep_ == "case" and c.lower_ in {"du", "au"}) for c in noun.children) \
        and not any(t.lemma_.lower() in made for t in noun.doc[noun.i + 1:noun.i + 5])
    return alone or told or kind or (verb is not None and verb.lemma_.lower() in tie_verbs("tend"))


def another_deal(trigger: Token) -> bool:
    """« un second contrat », « un autre accord »: a deal told as other than the one before."""
    noun = deal_noun(trigger)
    if _followed(trigger) or (noun is not None and _followed(noun)) or that_one(trigger):
        return True
    return noun is not None and any(c.lower_ in _ANOTHER for c in noun.children if c.dep_ in {"amod", "det"}) and \
        not any(c.dep_ == "det" and c.lower_ not in _INDEFINITE | _ANOTHER for c in noun.children)


_THAT_ONE = {"celui", "celle", "ceux", "celles"}


def that_one(trigger: Token) -> bool:
    """« un accord avec A, semblable à celui signé avec B »: a deal verb under a demonstrative standing for a deal
    noun tells another deal than that noun's, with its own partner."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.head.lower_ in _THAT_ONE


_PAST = {"dernier", "passé", "précédent"}
_PERIODS = TIME_UNITS - {"jour"}  # « de l'année dernière », « du mois passé »


def _followed(noun: Token) -> bool:
    """« l'accord fait suite à l'accord de l'année dernière »: the deal of a past period that a new one follows is
    another deal than the one told."""
    return any(c.dep_ == "case" and c.lower_ == "suite" for c in noun.children) and any(
        c.dep_ == "nmod" and c.lemma_.lower() in _PERIODS and any(a.lemma_.lower() in _PAST for a in c.children)
        for c in noun.children)


def with_kind(fact: Fact, trigger: Token) -> Fact:
    """An agreement with the kind its trigger says, and whether it is told as another deal."""
    return fact.with_attr("terms", deal_kind(trigger)).with_attr("another", "yes" if another_deal(trigger) else None)


def same_deal(known: Fact, fact: Fact) -> bool:
    """Two tellings between the same sides may be one deal: not of two kinds, nor dated apart, nor told as another
    (« un second contrat »)."""
    dated = known.start is not None and fact.start is not None and known.start != fact.start
    return alike_kinds(known, fact) and not dated and fact.attr("another") is None


def alike_kinds(known: Fact, fact: Fact) -> bool:
    """No two kinds said: « un accord » is any deal, « un contrat » and « un accord de prêt » are two."""
    return len({known.attr("terms"), fact.attr("terms")} - {None}) <= 1


_SAME_WORTH = 0.05  # two figures of one deal differ by rounding at most (« 845 millions », « près de 850 millions »)


def priced_apart(known: Fact, fact: Fact) -> bool:
    """« ont signé un accord de 845 millions de dollars », later « ont signé un accord de 10 milliards de dollars »:
    each telling gives its own worth in a currency the other's shares, and none is the other's: two deals."""
    pairs = [(a, b) for a in known.amounts for b in fact.amounts if a.currency == b.currency]
    return bool(pairs) and not any(abs(a.value - b.value) <= abs(a.value) * Decimal(_SAME_WORTH) for a, b in pairs)


def ends_itself(trigger: Token) -> bool:
    """« Le festival s'est conclu », « la visite se conclut par un dîner »: a deal verb used reflexively of a subject
    that is no deal tells an end (« l'accord s'est conclu » stays one)."""
    if trigger.pos_ != "VERB" or not any(c.lower_ in {"se", "s'"} for c in trigger.children):
        return False
    return not any(c.dep_ in SUBJECTS and is_deal(c) for c in trigger.children)
