"""Towns and resorts the reference data lacks, named by the words around them rather than by the NER: « la cité
balnéaire de X Y », « la ville portuaire de X », « à X del Y » (the NER may call such a name an organisation, or cut
it at its lowercase particle)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from kg.extract.doc_words import ents, lowers, texts
from kg.extract.lexicon import word_list

_MAX_WORDS = 5
_FRENCH = frozenset({"de", "la", "-"})  # particles of French names too: « à X de la Y » may be a person's


@cache
def _foreign_particles() -> frozenset[str]:
    """The particles of a town's name no French name has (« del », « el », « dos »)."""
    return word_list("town-name-particles.tsv") - _FRENCH


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()


def _run_end(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from `start`, over the lowercase particles of a town's name that a
    capitalised word follows (« Punta del Este »)."""
    words, lower = texts(doc), lowers(doc)
    particles = word_list("town-name-particles.tsv")
    end = start + 1 if start < len(words) and _capitalised(words[start]) else start
    while end < len(words) and end - start < _MAX_WORDS:
        if _capitalised(words[end]) and words[end].isalpha():
            end += 1
            continue
        inner = end
        while inner < len(words) and lower[inner] in particles and inner - end < 2:
            inner += 1
        if inner == end or inner >= len(words) or not _capitalised(words[inner]):
            break
        end = inner + 1
    return end


def _after_town_noun(doc: Doc, at: int) -> bool:
    """`at` is the « de » after a noun of a town and up to two lowercase words (« la cité balnéaire de »)."""
    lower = lowers(doc)
    nouns = word_list("town-nouns.tsv")
    for back in range(1, 4):
        word = at - back
        if word < 0:
            return False
        if lower[word] in nouns:
            return back == 1 or lower[word - 1] in {"la", "le", "les", "une", "un", "l'", "cette", "sa", "leur"} \
                or word == 0
        if not lower[word].isalpha() or not texts(doc)[word].islower() or lower[word] in {"de", "du", "des", "et"}:
            return False
    return False


def town_runs(doc: Doc) -> list[tuple[int, int]]:
    """The spans of towns named after a noun of a town and « de » (« la ville portuaire de X »), or after « à » when
    a lowercase particle of a town's name runs inside them (« à X del Y »): places, whatever the NER says, except a
    name the NER reads as a person's (« a dit à Prénom de la Nom »)."""
    lower = lowers(doc)
    foreign = _foreign_particles()
    nouns = word_list("town-nouns.tsv")
    if nouns.isdisjoint(lower) and ("à" not in lower or foreign.isdisjoint(lower)):
        return []  # most paragraphs: no noun of a town, no foreign particle after « à »
    people = {i for ent in ents(doc) if ent.label_ == "PER" for i in range(ent.start, ent.end)}
    found = []
    for at, word in enumerate(lower[:-1]):
        if word not in {"de", "d'", "à"} or not _capitalised(texts(doc)[at + 1]):
            continue
        end = _run_end(doc, at + 1)
        if end <= at + 1 or people & set(range(at + 1, end)):
            continue
        if word == "à" and not any(lower[i] in foreign for i in range(at + 2, end - 1)):
            continue
        if word != "à" and not _after_town_noun(doc, at):
            continue
        found.append((at + 1, end))
    return found
