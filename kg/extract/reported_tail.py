"""« X a reçu dimanche à V, la ministre Y, qui effectue une visite en Z, indique un communiqué »: with a comma
before the one met, fr_core_news_md often reads the verb of saying that closes the sentence as its main verb, the
one met as that verb's subject and the talks' verb as a clause hung on it, so the talks lose the one met and the
place told with them. A verb of saying that ends the sentence after a comma, with its own subject told after it
(« indique un communiqué », « précise la même source »), is an aside: the noun the parser made its subject, told
between the clause hung on it and it, is what that clause's verb takes as its object."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import hang, texts
from kg.extract.lexicon import words_of_class
from kg.extract.syntax import SUBJECTS, Sentence

_CLAUSES = {"advcl", "ccomp", "parataxis", "conj", "xcomp"}


def _inverted_report(token: Token) -> bool:
    """A verb of saying right after a comma whose subject follows it (« , indique un communiqué »)."""
    doc = token.doc
    return token.pos_ == "VERB" and token.i > 0 and doc[token.i - 1].text == "," and \
        _says(token) and \
        any(c.dep_ in {"obj", *SUBJECTS} and c.i > token.i and c.pos_ in {"NOUN", "PROPN"} for c in token.children) \
        and not any(c.dep_ == "mark" for c in token.children)


def _says(token: Token) -> bool:
    """A verb of saying, also as the lemmatiser may leave its present tense (« indique », « précise »)."""
    said = words_of_class("report")
    word = token.lower_
    return token.lemma_.lower() in said or (word.endswith("e") and f"{word}r" in said)


def rehang_reported_tail(sentence: Sentence) -> None:
    """Hang the subject misread on a closing verb of saying back on the clause it closes, as its object: the
    clause is hung on the verb of saying, or the verb of saying on it."""
    words = texts(sentence.doc)
    for report in sentence.tokens:
        if not report.i or words[report.i - 1] != "," or not _inverted_report(report):  # the comma first: cheap
            continue
        met = next((c for c in report.children if c.dep_ in SUBJECTS and c.i < report.i
                    and c.pos_ in {"NOUN", "PROPN"}), None)
        if met is None:
            continue
        clauses = [c for c in report.children if c.dep_ in _CLAUSES and c.pos_ == "VERB" and c.i < met.i]
        if report.dep_ in _CLAUSES and report.head.pos_ == "VERB" and report.head.i < met.i:
            clauses.append(report.head)
        clause = next((c for c in clauses if any(k.dep_ in SUBJECTS for k in c.children)), None)
        if clause is None:
            continue
        hang(met, clause)
        met.dep_ = "obj"
        for named in [c for c in report.children if c.dep_ in SUBJECTS and met.i < c.i < report.i
                      and c.pos_ in {"NOUN", "PROPN"}]:  # « la ministre X, Mme Y, »: her name set off by commas
            hang(named, met)
            named.dep_ = "appos"
        if report.head != clause:
            clause.dep_ = "ccomp"
        for c in report.children:
            if c.dep_ == "obj" and c.i > report.i:
                c.dep_ = "nsubj"
