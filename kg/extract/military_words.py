"""Whether what a sentence tells, or one clause of it, is military: a weapon named, or a military word outside the
titles of its people (« le président et commandant en chef des forces armées, X, a redit son soutien à Y » is
political)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence, adjective_form, adjective_forms


def military_in(sentence: Sentence, within: set[int] | None, titles: Sequence[Title], weapon_nouns: frozenset[str],
                airliners: frozenset[str]) -> bool:
    """A weapon or a military word among the sentence's tokens (those at `within` only, if given), outside its
    titles; `airliners`: the aircraft nouns of an article on airliners, not military."""
    words = word_list("military.tsv")
    titled = {i for title in titles for i in range(title.start, title.end)} | {
        i for title in titles for m in (title.org, *title.orgs) if m is not None for i in range(m.start, m.end)}

    def military(word: str) -> bool:
        return (word in words or word in weapon_nouns) and word not in airliners

    said = lowers(sentence.doc)[sentence.span.start:sentence.span.end]
    return any(m.how == gz.WEAPON and (within is None or m.start in within) for m in sentence.mentions) or any(
        t.i not in titled and (within is None or t.i in within) and (military(lemma) or military(lower) or (
            # the morphology read only if it may tell (« obus »: lemmatised « obu »)
            any(map(military, adjective_forms(lower))) and military(adjective_form(t))))
        for t, lemma, lower in zip(sentence.tokens, sentence.lemma, said, strict=True))


def own_clause(token: Token) -> set[int]:
    """The tokens of the clause a word is told in: its verb's, without the clauses joined within it (« ... continuera
    en augmentant et a ajouté que ... »)."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    joined = {t.i for c in verb.subtree if c != verb and c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
              for t in c.subtree}
    return {t.i for t in verb.subtree} - joined
