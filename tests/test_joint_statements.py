"""Officials of two states speaking together in one place hold talks there (sentences written for these tests):
« À Ottawa, les ministres canadien et mexicain ont assuré ... ». Two states' statements, officials without a
place they met in, and one official alone are no talks."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def talks(text: str) -> list[tuple[set[str], set[str]]]:
    """(participants, venues) of every negotiation fact of a text."""
    found = [f for f in analyse_text("Titre\n\n" + text).facts if f.kind == "negotiation"]
    return [({e.label for e in f.get("participant")}, {e.label for part in f.parts for e in part.get("place")})
            for f in found]


@pytest.mark.parametrize(("text", "sides", "venue"), [
    pytest.param("À Ottawa cette semaine, les ministres canadien et mexicain des Affaires étrangères ont assuré "
                 "qu'ils coopéreraient davantage.", {"Canada", "Mexique"}, "Ottawa", id="assurer"),
    pytest.param("Lundi à Nairobi, les chefs de la diplomatie kényane et éthiopienne ont déclaré vouloir apaiser "
                 "la frontière.", {"Kenya", "Éthiopie"}, "Nairobi", id="declarer"),
    pytest.param("Mardi à Lima, les ministres péruvien et chilien de la Défense ont annoncé des patrouilles "
                 "communes.", {"Pérou", "Chili"}, "Lima", id="annoncer"),
])
def test_officials_of_two_states_speaking_in_one_place(text: str, sides: set[str], venue: str) -> None:
    [(found, venues)] = talks(text)
    assert found == sides and venue in venues


@pytest.mark.parametrize("text", [
    pytest.param("Les présidents français et américain ont tous deux annoncé des sanctions.", id="no-place"),
    pytest.param("À Paris, la France et l'Allemagne ont annoncé un projet commun.", id="states-not-officials"),
    pytest.param("À Lima, le ministre péruvien de la Défense a annoncé des patrouilles.", id="one-side"),
])
def test_statements_that_are_no_talks(text: str) -> None:
    assert talks(text) == []
