"""A military rank, then the name it heads. The one scan (name_starts) finds each lowercase rank word and where the
name after it begins, past a rank written in several words (« général de brigade »); three readings take the name
from there: names_after_ranks reads a name of several words (« le général de division Prénom Nom »),
surnames_after_ranks a lone surname set off before the post its holder holds (« du général Durand, chef
d'état-major de la force »), and ranked_surname the same surname in a person the NER read with its rank (« Colonel
Dupont, directeur de X »)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.doc_words import lowers, texts
from kg.extract.lexicon import word_list


@cache
def _ranks() -> frozenset[str]:
    """military-ranks.tsv, read once."""
    return word_list("military-ranks.tsv")


@cache
def _ranks_by_first() -> dict[str, list[tuple[str, ...]]]:
    """The ranks written in several words, as word tuples, by their first word (made once)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for rank in _ranks():
        if " " in rank and (words := tuple(rank.split())):
            found.setdefault(words[0], []).append(words)
    return found


def rank_words(words: Sequence[str]) -> int:
    """How many of the lowercase `words` a rank written in several words spans from the first (« général de
    brigade », « capitaine de vaisseau »: military-ranks.tsv), the longest; 0 when none starts there."""
    if not words:
        return 0
    return max((len(rank) for rank in _ranks_by_first().get(words[0], ()) if tuple(words[:len(rank)]) == rank),
               default=0)


def name_start(lower: Sequence[str], at: int) -> int:
    """Where the name a rank word at `at` heads begins: past the rank's other words, if it has some."""
    return at + max(1, rank_words(lower[at:at + 7]))


def name_starts(doc: Doc, openers: frozenset[str], after_rank: bool = False) -> Iterator[int]:
    """Where the name begins that each rank word in lowercase heads, after one of the lowercase `openers` (or, with
    `after_rank`, after another rank word)."""
    ranks, lower, words = _ranks(), lowers(doc), texts(doc)
    if ranks.isdisjoint(lower):
        return  # most paragraphs name no rank: no word by word pass over them
    for at in range(1, len(lower)):
        if lower[at] in ranks and words[at].islower() and \
                (lower[at - 1] in openers or (after_rank and lower[at - 1] in ranks)):
            yield name_start(lower, at)


def _lone_surname(word: Token) -> bool:
    """One capitalised word, the rest of it in lowercase (« Durand », not « DURAND » nor « McNom »)."""
    return word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()


_NAME_OPENERS = frozenset({"le", "la", "du", "au", ","})
_NAME_WORDS = 5


def names_after_ranks(doc: Doc, taken: set[int], titles: frozenset[str]) -> list[Span]:
    """« le général de division Prénom Abdol-Nom Nom », « du colonel Seyyed Prénom Nom », which the NER misses or
    cuts: two to five capitalised words (hyphenated ones whole) right after a military rank and its article, none of
    them a name the reference data knows nor a title's word, up to a comma, a full stop or a lowercase word."""
    ranks, names = _ranks(), []
    for start in name_starts(doc, _NAME_OPENERS):
        start = _past_demonym(doc, start, ranks)
        end, words = start, 0
        while end < len(doc) and end not in taken and (
                (doc[end].text.replace("-", "").isalpha() and doc[end].text[:1].isupper() and
                 not doc[end].is_sent_start) or
                (doc[end].text == "-" and end > start and doc[end + 1:end + 2].text[:1].isupper())):
            words += doc[end].text != "-" and doc[end - 1].text != "-"
            end += 1
            if doc[end - 1].lower_ in titles:  # « le général Président Prénom Nom »: the title is no part of it
                start, words = end, 0
        if 2 <= words <= _NAME_WORDS and (end == len(doc) or doc[end].is_punct or doc[end].text.islower()):
            names.append(doc[start:end])
    return names


def _past_demonym(doc: Doc, start: int, ranks: frozenset[str]) -> int:
    """« le général Major nigérian Prénom Nom »: past a second rank word and a lowercase adjective (the officer's
    nationality) the name comes after."""
    while start < len(doc) - 1 and doc[start].lower_ in ranks:
        start += 1
    after = doc[start + 1] if start + 1 < len(doc) else None
    return start + 1 if after is not None and after.text[:1].isupper() and doc[start].is_alpha and \
        doc[start].text.islower() and doc[start].pos_ in {"ADJ", "PROPN"} else start


# « du général X », « le chef d'état-major, le général X », « lieutenant-général X »: what may come before the rank
_SURNAME_OPENERS = frozenset({"le", "la", "du", "au", ",", "-", "et"})
_ARTICLES = {"le", "la", "l'", "les", "de", "du", "des"}


def surnames_after_ranks(doc: Doc, candidates: Sequence[tuple[int, int, str, str | None]],
                         titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """« du général Durand, chef d'état-major de la force », « du colonel de Villiers, commandant le bataillon »,
    which the NER often misses or takes the rank into: one capitalised word (with its « de ») the reference data does
    not know, after a lowercase rank and before a comma and a title's word or a present participle, is a name; so is
    one after the rank of a command the phrase names, which it ends (« sous le commandement du général Durand. »)."""
    ranks, lower = _ranks(), lowers(doc)
    firm_ends = word_list("firm-name-ends.tsv")
    known = {i for c in candidates for i in range(c[0], c[1])}
    found: list[tuple[int, int, str, None]] = []
    for start in name_starts(doc, _SURNAME_OPENERS, after_rank=True):
        particle = start + 1 < len(doc) and lower[start] in {"de", "d'"}
        name = start + 1 if particle else start
        # a word that ends firms' names is no surname (« le général Motors »)
        if name >= len(doc) or name in known or not _surname(doc[name], titles | ranks | firm_ends):
            continue
        if not (_under_command(lower, start) and (name + 1 == len(doc) or doc[name + 1].text in _NAME_ENDS)) and \
                (name + 2 >= len(doc) or doc[name + 1].text != "," or not _post_after(doc, name + 2, titles)):
            continue
        found.append((start, name + 1, "ner-person", None))
    return found


_NAME_ENDS = frozenset({".", ",", ";", ":", ")"})


def _under_command(lower: Sequence[str], start: int) -> bool:
    """« sous le commandement du général X », « sous les ordres du colonel X »: the rank before `start` follows a
    noun of a command (command-nouns.tsv) and its « du »."""
    nouns = word_list("command-nouns.tsv")
    return any(lower[at] == "du" and lower[at - 1] in nouns for at in range(max(1, start - 5), start))


def _surname(word: Token, not_names: frozenset[str]) -> bool:
    return _lone_surname(word) and len(word) > 2 and word.lower_ not in not_names and not word.is_sent_start


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


def ranked_surname(ent: Span, titles: frozenset[str]) -> Span | None:
    """« du colonel Dupont, directeur de X », which the NER reads as one person with its rank: the lone capitalised
    surname after the rank, set off by a comma before the title of a post, is the name (as communiqués write
    officers)."""
    doc, after = ent.doc, ent.end
    if len(ent) != 2 or ent[0].lower_ not in _ranks() or \
            name_start(lowers(doc), ent.start) != ent.start + 1 or not _lone_surname(ent[-1]) or \
            after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in titles:
        return None
    return doc[ent.start + 1:ent.end]
