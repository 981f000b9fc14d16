"""A visit still to come is no place of talks held now (session 46): « X s'est entretenu avec son homologue, qui se
rendra en Grèce en juin »: the talks are not held in the state that visit goes to; one who is visiting it now holds
them there. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED

_TALKS = "Le ministre grec des Affaires étrangères s'est entretenu lundi avec son homologue turc, "


@pytest.mark.parametrize(("clause", "venues"), [
    ("qui se rendra en Grèce en juin.", set()),  # to come
    ("qui se rendra à Athènes en juin.", set()),
    ("qui est en visite en Grèce depuis dimanche.", {"Grèce"}),  # under way
])
def test_only_a_visit_under_way_places_the_talks(clause: str, venues: set[str]) -> None:
    assert talks_told(_TALKS + clause, PUBLISHED) == talks_each(({"Grèce", "Turquie"}, venues))
