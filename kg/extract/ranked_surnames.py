"""Officers named by rank and surname only, set off before their post: « du général Durand, chef d'état-major de la
force », « du colonel de Villiers, commandant le bataillon », « le major-général Ortiz, représentant l'ONU ». The NER
often misses such a lone surname or takes the rank into it; after a lowercase rank and before a comma and a title's
word or a present participle, one capitalised word (with its « de ») the reference data does not know is a name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.extract.doc_words import lowers
from kg.extract.lexicon import word_list
from kg.extract.person_spans import rank_words

_OPENERS = {"le", "la", "du", "au", ",", "-", "et"}
_ARTICLES = {"le", "la", "l'", "les", "de", "du", "des"}


def surnames_after_ranks(doc: Doc, candidates: Sequence[tuple[int, int, str, str | None]],
                         titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """The lone surnames after a rank, before a comma and the post their holder holds."""
    ranks, lower = word_list("military-ranks.tsv"), lowers(doc)
    firm_ends = word_list("firm-name-ends.tsv")
    known = {i for c in candidates for i in range(c[0], c[1])}
    found: list[tuple[int, int, str, None]] = []
    for at in range(1, len(doc) - 3):
        if lower[at] not in ranks or not doc[at].text.islower() or \
                (lower[at - 1] not in _OPENERS and lower[at - 1] not in ranks):
            continue
        start = at + max(1, rank_words(lower[at:at + 7]))
        particle = start + 1 < len(doc) and lower[start] in {"de", "d'"}
        name = start + 1 if particle else start
        # a word that ends firms' names is no surname (« le général Motors »)
        if name + 2 >= len(doc) or name in known or not _surname(doc, name, titles | ranks | firm_ends) or \
                doc[name + 1].text != "," or not _post_after(doc, name + 2, titles):
            continue
        found.append((start, name + 1, "ner-person", None))
    return found


def _surname(doc: Doc, at: int, words: frozenset[str]) -> bool:
    word = doc[at]
    return word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and len(word) > 2 and \
        word.lower_ not in words and not word.is_sent_start


def _post_after(doc: Doc, at: int, titles: frozenset[str]) -> bool:
    """A title's word (past an article) or a present participle (« commandant la force ») after the comma."""
    lower = lowers(doc)
    if at < len(doc) and lower[at] in _ARTICLES:
        at += 1
    if at >= len(doc) or not doc[at].text.islower():
        return False
    word = doc[at]
    return (lower[at] in titles and word.pos_ == "NOUN") or (lower[at].endswith("ant") and word.pos_ in {
        "VERB", "NOUN"})
