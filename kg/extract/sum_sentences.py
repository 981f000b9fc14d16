"""Sentences that give the worth of the deal told just before and nothing else: « Pour être plus précis,
4 milliards », « Le tout pour 2 milliards », « Montant total : 7 milliards » (kg.extract.deal_story)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.lexicon import triggers, word_list
from kg.extract.ships import names_materiel
from kg.extract.syntax import Sentence
from kg.records import Attribution, Claim, Fact

_REFINING = {"précis", "précisément", "exactement"}


def refined_sum(sentence: Sentence) -> Claim | None:
    """« Pour être plus précis, 4,85 milliards de dollars », « Plus précisément, 4,85 milliards »: a sentence that
    says nothing but a sum, refined (a verb of saying set after it aside), gives the exact worth of the deal told
    just before (kg.extract.deal_story)."""
    sums = [(start, end, m) for start, end, m in sentence.money if not m.conversion and not m.part]
    refiners = [t for t, w in zip(sentence.tokens, sentence.said, strict=True)
                if w in _REFINING and any(c.lower_ == "plus" for c in t.children)]
    if len(sums) != 1 or len(refiners) != 1:
        return None
    start, end, money = sums[0]
    root = next((t for t in sentence.doc[start:end] if not start <= t.head.i < end or t.head == t), None)
    refiner = refiners[0]
    if root is None or not (root.head in {refiner, refiner.head} or refiner.head == root):
        return None
    # the only verb is the one that says it, after it: « ..., a-t-il déclaré »
    if any(t.pos_ == "VERB" and not _said_after(t, (root, refiner), end) for t in sentence.tokens):
        return None
    fact = Fact("agreement", (sentence.evidence(),), Attribution(), amounts=(money.amount,))
    return Claim(fact.with_attr("worth", "yes"), definite=True)


def _said_after(verb: Token, said: tuple[Token, Token], end: int) -> bool:
    """« ..., a-t-il déclaré », « ..., a ajouté le ministre »: a verb of saying set after what it says (the parser
    hangs it over or under what is said)."""
    return verb.i >= end and any(t.head == verb or verb.head == t for t in said)


# « le tout pour ... », « le tout d'une valeur (totale) de ... », « le tout pour un montant estimé à ... », « le tout
# évalué à ... »: what comes between « le tout » and its sum
_WHOLE = re.compile(r"\ble\s+tout\s*,?\s*(?:pour\s+(?:une?\s+)?|d'une?\s+|(?=[eé]valu|estim|chiffr))"
                    r"(?:(?:valeur|montant|co[uû]t|prix|total)(?:\s+(?:total|totale|global|globale))?\s*)?"
                    r"(?:(?:[eé]valu|estim|chiffr)[ée]e?s?\s+)?(?:de\s+|d'|à\s+)?$", re.IGNORECASE)

# « Le tout est accompagné de radios, pour un montant total de ... »: « le tout » opens the sentence, a worth ends it
_OPENING_WHOLE = re.compile(r"\W*le\s+tout\b", re.IGNORECASE)
_WORTH_BEFORE = re.compile(r"(?:pour\s+une?\s+|d'une?\s+)(?:valeur|montant|co[uû]t|prix)(?:\s+(?:total|totale|global|"
                           r"globale))?\s*(?:(?:[eé]valu|estim|chiffr)[ée]e?s?\s+)?(?:de\s+|d'|à\s+)$", re.IGNORECASE)


def _whole_opening(text: str, at: int) -> re.Match[str] | None:
    """« Le tout est complété par des radios, pour un montant total de N »: the sentence opens on « le tout » and
    prices it at its end."""
    return _OPENING_WHOLE.match(text) if _WORTH_BEFORE.search(text, 0, at) else None


# « Montant : ... », « Coût total : ... », « Valeur du contrat : ... »: a worth heading its sentence before a colon
_HEADED = re.compile(r"\W*(?P<worth>montant|co[uû]t|valeur|prix|facture)(?P<things>(?:\s+[\w']+){0,4}?)\s*:\s*$",
                     re.IGNORECASE)
_WHOLE_QUALIFIERS = {"total", "totale", "global", "globale", "estimé", "estimée", "final", "finale"}


def whole_sum(sentence: Sentence, claims: list[Claim]) -> Claim | None:
    """« ... cinq sous-marins et leur base. Le tout pour 7 milliards », « ... vingt camions et deux ambulances, le tout
    d'une valeur de ... », « Montant total : 7 milliards »: the sum of « le tout », the whole just told, or of a worth
    heading a sentence that prices nothing else, is the worth of the deal told just before (kg.extract.deal_story)."""
    sums = [m for start, end, m in sentence.money if not m.conversion and not m.part]
    if len(sums) != 1 or any(c.fact.amounts for c in claims):
        return None
    if (headed := _HEADED.match(sentence.text, 0, sums[0].start)) is not None:
        # « Montant du contrat : ... »: a worth of nothing but a deal (« coût du programme », « prix unitaire »: no)
        start = sentence.span.start_char + headed.end("worth")
        things = [t for t in sentence.tokens if start <= t.idx < sentence.span.start_char + headed.end("things")]
        # « Coût pour l'Inde : ... »: the side that pays, a name after « pour » (« pour le contribuable »: no)
        payer = next((i for i, t in enumerate(things) if t.lower_ == "pour" and any(
            u.pos_ == "PROPN" for u in things[i:]) and all(u.pos_ in {"DET", "PROPN"} for u in things[i + 1:])),
            len(things))
        if not all(t.pos_ in {"DET", "ADP"} or t.lower_ in _WHOLE_QUALIFIERS or (t.pos_ == "NOUN" and any(
                e.fact == "agreement" for e in triggers().get((t.lemma_.lower(), "NOUN"), [])))
                for t in things[:payer]):
            return None
        # « Coût pour le Japon : ... »: a sum the named state pays (« Montant du contrat pour ... » prices the deal)
        paying = {m.state for t in things[payer:] if (m := sentence.mention_at(t)) is not None and m.state}
        if len(paying) == 1 and not any(t.pos_ == "NOUN" for t in things[:payer]):
            paid = Fact("financing", (sentence.evidence(),), Attribution(), amounts=(sums[0].amount,))
            return Claim(paid.with_roles("funder", list(paying)), definite=True)
    elif (whole := _WHOLE.search(sentence.text, 0, sums[0].start) or _whole_opening(sentence.text, sums[0].start)) \
            is None:
        return None
    else:
        # « Le tout pour ... » opens its sentence; further on, « le tout » sums up the matériel (or the lot) listed
        # before it, not whatever the sentence told (« le salon a accueilli 500 exposants, le tout pour ... »)
        opening = sentence.span.start_char + whole.start()
        told = [t for t in sentence.tokens if t.idx < opening and not (t.is_punct or t.is_space)]
        if told and not any(t.pos_ == "NOUN" and (
                names_materiel(t) or t.lemma_.lower() in word_list("batch-nouns.tsv")
                or t.lemma_.lower() in word_list("weapon-anaphors.tsv")) for t in told):
            return None
    # the worth of a deal told just before, never a deal of its own (a handover's worth may be a gift's)
    fact = Fact("agreement", (sentence.evidence(),), Attribution(), amounts=(sums[0].amount,))
    return Claim(fact.with_attr("worth", "yes"), definite=True)
