"""The reference data as the sentence reader (kg.extract.claims.ClaimReader) looks it up: the phrase matcher over
its names, post titles and roles, makers' first words, built once per build (kg.pipeline.reference_index)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher

from kg.extract.mentions import title_words
from kg.extract.own_makers import maker_first_words
from kg.extract.people import RoleIndex, Words, role_index
from kg.gazetteer import Gazetteer, Role


@dataclass(frozen=True)
class ReferenceIndex:
    """The reference data as the sentence reader looks it up, built once per build."""

    gaz: Gazetteer
    phrase: PhraseMatcher
    targets: list[tuple[str, str]]
    titles: frozenset[str]
    roles: RoleIndex
    words_of: Words
    roles_by_iri: dict[str, Role]
    maker_firsts: dict[str, str]  # « Bell » -> the maker of « Bell Helicopter »
    unmade: frozenset[str]  # the weapon systems whose makers the reference data does not name

    @classmethod
    def build(cls, gaz: Gazetteer, matcher: tuple[PhraseMatcher, list[tuple[str, str]]],
              words_of: Words) -> ReferenceIndex:
        return cls(gaz, matcher[0], matcher[1], title_words(gaz), role_index(gaz, words_of), words_of,
                   {role.iri: role for role in gaz.roles}, maker_first_words(gaz),
                   frozenset(system for system, makers in gaz.makers.items() if not makers))
