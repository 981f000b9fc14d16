"""A deal still being talked about: « X négocie un contrat avec Y », « les négociations sur un contrat de
sous-marins se poursuivent », « les discussions portent sur un contrat », « des pourparlers en vue d'un accord »:
the deal is what the talks are for, not a deal signed (the talks themselves are a fact). Talks that ended in it
(« les négociations sur le contrat ont abouti ») told it done."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.deal_kinds import deal_noun
from kg.extract.syntax import SUBJECTS, case_of, predicate_of

_TALK_NOUNS = {"négociation", "discussion", "pourparlers", "pourparler", "tractation", "marchandage"}
_TALK_VERBS = {"négocier", "renégocier", "discuter", "marchander"}  # « X négocie un contrat avec Y »
_ABOUT = {"porter", "viser", "concerner"}  # « les discussions portent sur un contrat »
_ENDED = {"aboutir", "déboucher", "conclure", "achever", "terminer", "finaliser", "couronner", "boucler"}
_AIMED = {"vue", "perspective"}
_ON = {"sur", "autour de", "à propos de", "au sujet de"}  # « en vue d'un accord »


def _talks(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma in _TALK_NOUNS and predicate_of(token).lemma_.lower() not in _ENDED


def negotiated(trigger: Token) -> bool:
    """The deal a trigger names is the object of talks still under way, or their aim."""
    token = deal_noun(trigger) or trigger
    for _ in range(3):
        head = token.head
        if head == token:
            return False
        if _talks(head) or (head.lemma_.lower() in _AIMED and case_of(head) == "en"):
            return True
        if head.pos_ == "VERB" and head.lemma_.lower() in _TALK_VERBS and token.dep_ in {"obj", "obl:arg"}:
            # « la Serbie négocie un accord avec la Chine », « ils discutent d'un contrat », not « ils discutent
            # des progrès des accords », « des contrats déjà signés »
            return token == (deal_noun(trigger) or trigger) and not _done(token)
        # « les discussions portent sur un contrat », « les négociations se poursuivent sur un contrat »
        if head.pos_ == "VERB" and (head.lemma_.lower() in _ABOUT or case_of(token) in _ON):
            return any(c.dep_ in SUBJECTS and _talks(c) for c in head.children)
        if head.pos_ in {"VERB", "AUX"}:
            return False
        token = head
    return False


def _done(deal: Token) -> bool:
    """« les contrats déjà signés », « l'accord conclu en 2019 »: a deal a past participle tells done."""
    return any(c.dep_ == "acl" and "Tense=Past" in str(c.morph) and "VerbForm=Part" in str(c.morph)
               for c in deal.children)
