"""What a programme or a project is worth where the sentence values it in so many words: « un programme évalué à
1 milliard de dollars », « le projet, d'une valeur de 3 milliards », « le programme X, notifié à Y pour un montant de
N », « a approuvé un projet d'achat ... pour un montant de N », « un projet de vente de W à X pour N » (the price of
the sale the project is). The sum is told with no deal to hang on (a programme is no deal:
ontology/lexicon/sum-holders.tsv keeps its total off the deals told beside it); it is a sum spent, a financing with
no side named. Only in a military context, and only where no other reading of the sentence took a sum. Words:
ontology/lexicon/valued-programmes.tsv (the programme nouns), the valuing verbs of ontology/lexicon/triggers.tsv
(detail « valued »: « évalué à », « estimé à », « chiffré à »), the worth nouns below, the nouns of selling and
buying arms (triggers.tsv, support « sell », « buy-for »)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.agreement_worth import WORTH_NOUNS
from kg.extract.lexicon import triggers, word_list
from kg.extract.modality import modality
from kg.extract.syntax import ResolveFn, Sentence
from kg.records import Claim, Fact

_WORTH_MARKS = {"de", "d'"}  # « d'une valeur de », « pour un montant de »: the sum is the worth noun's « de »
_COMPLEMENTS = {"obj", "obl:arg", "obl:mod", "obl", "nsubj", "nsubj:pass"}
_NAME_WORDS = 12  # « programme Pacific Patrol Boats Replacement (PPB-R) »: the words of its name
_STEPS = 2  # « projet » ← « approuvé » ← « montant »: the verb whose object the programme is


def programme_worth(sentence: Sentence, claims: list[Claim], military: bool, resolve: ResolveFn) -> tuple[Claim, ...]:
    """The worth of a programme the sentence values, a financing of that sum (one, the first sum so told)."""
    if not military or any(c.fact.amounts for c in claims):
        return ()
    for start, end, money in sentence.money:
        if money.conversion or money.part:
            continue
        root = next((t for t in sentence.doc[start:end] if not start <= t.head.i < end or t.head == t), None)
        valued = _valuing_word(root) if root is not None else None
        programme = _programme_of(valued) if valued is not None else None
        if programme is None:
            continue
        fact = Fact("financing", (sentence.evidence(),), modality(sentence, programme, resolve),
                    amounts=(money.amount,))
        return (Claim(fact),)
    return ()


@cache
def _valuing() -> frozenset[str]:
    """The verbs that value a thing at a sum (triggers.tsv, detail « valued »): « un programme évalué à ... »."""
    return frozenset(lemma for (lemma, pos), entries in triggers().items()
                     if pos == "VERB" and any(t.detail == "valued" for t in entries))


@cache
def _traded() -> frozenset[str]:
    """The nouns of selling or buying arms (triggers.tsv, support « sell », « buy-for »): « vente », « achat »."""
    return frozenset(lemma for (lemma, pos), entries in triggers().items()
                     if pos == "NOUN" and any(t.fact == "support" and t.detail in {"sell", "buy-for"} for t in entries))


def _valuing_word(root: Token) -> Token | None:
    """The word that says the sum is a worth: « valeur »/« montant » whose « de » the sum is, or « évalué » whose
    « à » it is."""
    head = root.head
    marks = {c.lower_ for c in root.children if c.dep_ == "case"}
    if head.pos_ == "NOUN" and head.lemma_.lower() in WORTH_NOUNS and marks & _WORTH_MARKS:
        return head
    if head.pos_ == "VERB" and head.lemma_.lower() in _valuing() and "à" in marks:
        return head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _traded() and "pour" in marks and \
            head.head.lemma_.lower() in word_list("valued-programmes.tsv"):
        return head  # « un projet de vente de W à X pour N »: the price of the sale the project is
    # « un programme chiffré à N »: the parser may hang the sum on the programme, beside the participle
    valuing = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _valuing() and c.i < root.i]
    if "à" in marks and valuing:
        return valuing[-1]
    return None


def _programme_of(valued: Token) -> Token | None:
    """The programme noun the worth belongs to: the head of the worth (« projet d'une valeur de »), the noun the
    verb it hangs on qualifies or has as object (« programme évalué à », « approuvé un projet ... pour un montant
    de »), or the noun the participle stands apposed to after a comma (« programme X (Y), notifié ... »)."""
    programmes = word_list("valued-programmes.tsv")
    token = valued
    for _ in range(_STEPS):
        if token.head == token:
            break
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in programmes:
            return token
        if token.pos_ != "VERB":
            return None
        if (apposed := _apposed_to(token)) is not None:
            return apposed
        # the verb's nominal complement nearest before the worth (« participe au projet ..., d'une valeur de »)
        before = [c for c in token.children if c.dep_ in _COMPLEMENTS and c.pos_ == "NOUN" and c.i < valued.i]
        if before and before[-1].lemma_.lower() in programmes:
            return before[-1]
    return None


def _apposed_to(verb: Token) -> Token | None:
    """« le programme X (Y), notifié à ... »: a past participle after a comma, no subject nor auxiliary of its own,
    stands apposed to the noun before the name and the comma."""
    if "Part" not in verb.morph.get("VerbForm", []) or any(
            c.dep_.startswith(("nsubj", "aux", "cop")) for c in verb.children):
        return None
    doc = verb.doc
    at = verb.i - 1
    if at < 0 or doc[at].text != ",":
        return None
    # back over the programme's name and its acronym in brackets (words of names, or hung on one)
    for token in reversed(doc[max(0, at - _NAME_WORDS):at]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in word_list("valued-programmes.tsv"):
            return token
        if not (_named(token) or _named(token.head)):
            return None
    return None


def _named(token: Token) -> bool:
    """A word of a name or of its brackets: a proper noun, a foreign word, a number, a capital word, a sign."""
    return token.pos_ in {"PROPN", "X", "NUM", "PUNCT", "SYM"} or token.text[:1].isupper() or \
        not any(c.isalpha() for c in token.text)
