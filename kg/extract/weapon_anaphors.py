"""Words that refer back to the weapon systems named before (« ces appareils », « ces dernières », « X en a reçu
quatre », « X les a livrés à Y »): a sentence with one takes the systems of the supply told just before."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import DEFINITE, THESE, Sentence

_OF_THEM = "en"  # « X en a reçu quatre »: some of the systems named before
_CLITICS = {"l'", "l\u2019", "le", "la", "les"}
_LATTER = {"derniers", "dernières"}


def _latter(token: Token) -> bool:
    """« ces dernières ont été achetées »: the things just named (not « ces derniers mois »), however parsed."""
    doc = token.doc
    return token.lower_ in _LATTER and token.i > 0 and doc[token.i - 1].lower_ == "ces" and \
        (token.i + 1 == len(doc) or doc[token.i + 1].pos_ != "NOUN")


def refers_to_weapons(sentence: Sentence) -> bool:
    """« les appareils », « ces systèmes », « ces dernières » refer back, and so does « en » before a verb of
    supply (« X en a reçu quatre »), and « deux exemplaires » (copies of a system, counted); « des munitions » is
    new."""
    anaphors, copies = word_list("weapon-anaphors.tsv"), word_list("copy-nouns.tsv")
    said = lowers(sentence.doc)[sentence.span.start:sentence.span.end]  # each word's form read once, not per test
    return any((lower in _LATTER and _latter(t)) or (lemma in anaphors and t.pos_ == "NOUN" and
                                                     any(d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children))
               or (lemma in copies and any(d.dep_ == "nummod" for d in t.children))
               for t, lemma, lower in zip(sentence.tokens, sentence.lemma, said, strict=True)) or \
        any(lower == _OF_THEM and t.pos_ == "PRON" and t.head.pos_ == "VERB" and any(
            e.fact == "support" for e in triggers().get((t.head.lemma_.lower(), "VERB"), []))
            for t, lower in zip(sentence.tokens, said, strict=True)) or \
        any(lower in _CLITICS and _supplied_clitic(t) for t, lower in zip(sentence.tokens, said, strict=True))


def _supplied_clitic(token: Token) -> bool:
    """« X l'a vendu à Y », « X les a livrés à Y »: the clitic object of a verb whose object is what is supplied
    refers back to the system named before (not the object of « aider », « soutenir », whose object is the one
    helped)."""
    return token.lower_ in _CLITICS and token.pos_ == "PRON" and token.dep_ == "obj" and \
        token.head.pos_ == "VERB" and any(e.fact == "support" and e.object_role == "theme"
                                          for e in triggers().get((token.head.lemma_.lower(), "VERB"), []))


def recalls_systems(sentence: Sentence) -> bool:
    """« Ces nouveaux navires W », « ces drones W »: a system named right after a demonstrative noun of matériel is
    the one the article spoke of before, however far back."""
    doc, anaphors = sentence.doc, word_list("weapon-anaphors.tsv")
    for mention in sentence.mentions:
        if mention.how != gz.WEAPON:
            continue
        i = mention.start if doc[mention.start].lemma_.lower() in anaphors else mention.start - 1
        if i <= sentence.span.start or doc[i].lemma_.lower() not in anaphors or doc[i].pos_ not in {"NOUN", "PROPN"}:
            continue
        i -= 1
        while i > sentence.span.start and doc[i].pos_ == "ADJ":
            i -= 1
        if doc[i].lower_ in THESE:
            return True
    return False
