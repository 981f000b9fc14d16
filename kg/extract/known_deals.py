"""Deals named in passing: « conformes aux accords déjà conclus », « mettre en œuvre les accords des deux pays »,
« la mise en œuvre des accords conclus », « passer en revue les accords »: a deal carried out, followed or
reviewed was made before; with no side of its own in the sentence, it is no deal of this story (the pair of
the talks told is not its parties). Words: ontology/lexicon/carried-out-words.tsv."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.deal_purchases import is_deal
from kg.extract.lexicon import word_list
from kg.extract.syntax import case_of

_COMPLEMENTS = {"obj", "nmod", "obl:arg", "obl", "obl:mod", "nsubj:pass"}


@cache
def _carrying() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The single words (« conforme », « application ») and the verbs with their « en » complement (« mettre »,
    « œuvre »)."""
    words = word_list("carried-out-words.tsv")
    phrases = frozenset((w.split(" en ")[0], w.split(" en ")[1]) for w in words if " en " in w)
    return frozenset(w for w in words if " en " not in w), phrases


def _carried(noun: Token) -> bool:
    """A deal noun complement of a word of carrying out, or object of « mettre en œuvre »."""
    if noun.dep_ not in _COMPLEMENTS or noun.head == noun:
        return False
    head = noun.head
    single, phrases = _carrying()
    if head.lemma_.lower() in single:
        return True
    return noun.dep_ == "obj" and any((head.lemma_.lower(), c.lemma_.lower()) in phrases and case_of(c) == "en"
                                      for c in head.children if c != noun)


def named_in_passing(trigger: Token, args: Arguments) -> bool:
    """A deal noun, or the participle that tells a noun signed (« les conventions conclues »), carried out or
    followed, with no signer nor partner in the sentence."""
    if args.agents or args.partners:
        return False
    signed = trigger.pos_ == "VERB" and trigger.dep_ == "acl"  # « les conventions conclues »: any noun of a deal
    noun = trigger.head if signed else trigger
    while noun.dep_ == "conj" and noun.head != noun:  # « la mise en œuvre des accords et des protocoles »
        noun = noun.head
    return noun.pos_ == "NOUN" and (signed or is_deal(noun)) and _carried(noun) and \
        not _dated(trigger if signed else noun, signed)


def _dated(word: Token, signed: bool) -> bool:
    """« en application du protocole signé en 2015 »: a deal told with the year of its signing is the one the
    story's sides act under (their deal), not one named in passing."""
    participles = [word] if signed else [c for c in word.children if c.dep_ == "acl"]
    return any(t.text.isdigit() and len(t.text) == 4 for p in participles for t in p.subtree)
