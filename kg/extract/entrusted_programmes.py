"""A programme told entrusted to a firm in passing: « X a décidé de moderniser trois frégates, un programme évalué à
1 milliard et confié en décembre à Y », « la rénovation des radars, confiée à Y par X »: the noun of a work (or a
deal) qualified by an award participle whose taker « à Y » is a company is a contract between that company and the
state that gives it: « par X », else the subject of the clause the noun stands in."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import Sentence, case_of
from kg.records import Entity

_PROGRAMMES = {"programme"}  # besides the works of commissioned-works.tsv and the deal nouns
_HOLDING = {"conj", "appos", "obj", "nmod", "obl:mod"}  # how the noun hangs, up to the verb of its clause


def entrusted_programme(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The state that entrusts and the company entrusted, for an award participle on a work noun; [] otherwise."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_list("awarding-verbs.tsv") or \
            "VerbForm=Part" not in trigger.morph or any(c.dep_.startswith("aux") for c in trigger.children):
        return []
    clause = trigger
    while clause.dep_ == "conj" and clause.head != clause:  # « un programme estimé à ... et confié à Y »
        clause = clause.head
    if clause.dep_ != "acl" or not _work(clause.head):
        return []
    takers = [e for c in trigger.children if c.dep_ in {"obl:arg", "obl:mod", "obl", "iobj"}
              and case_of(c) in {"à", "au", "aux"} for e in ctx.resolve(sentence, c)]
    agents = [c for c in trigger.children if c.dep_ == "obl:agent" and case_of(c) == "par"]
    givers = [e for c in agents or _clause_subjects(clause.head) for e in ctx.resolve(sentence, c)]
    firms = [t for t in takers if t.cls == "Company"]
    rulers = [g for g in states(ctx, givers) if g.cls == "State"]
    return rulers[:1] + firms[:1] if len(firms) == 1 and len({g.key for g in rulers}) == 1 else []


def _work(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in _PROGRAMMES or lemma in word_list("commissioned-works.tsv") or any(
        t.fact == "agreement" for t in triggers().get((lemma, "NOUN"), [])))


def _clause_subjects(noun: Token) -> list[Token]:
    """The subject of the verb whose clause the noun stands in (through objects, apposition and conjunction), or of
    the verb that verb hangs on (« X a décidé de moderniser ..., un programme ... »)."""
    head = noun
    while head.pos_ != "VERB" and head.dep_ in _HOLDING and head.head != head:
        head = head.head
    while head.pos_ == "VERB":
        # the parser may hang the subject on the auxiliary (« X a quant à lui pris ... »)
        subjects = [c for t in [head, *(a for a in head.children if a.dep_.startswith("aux"))]
                    for c in t.children if c.dep_ == "nsubj"]
        if subjects or head.dep_ not in {"xcomp", "conj", "advcl"} or head.head == head:
            return subjects
        head = head.head
    return []
