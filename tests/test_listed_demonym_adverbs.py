"""A demonym listed after another (« ses voisins indiens et bangladais ») names its state even where the tagger reads
it as an adverb; a demonym's word alone after a verb, listed with no demonym, stays unread (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import state_codes


@pytest.mark.parametrize(("text", "state"), [
    ("Le Népal, qui considère ses voisins chinois et pakistanais comme des menaces, renforce son armée.", "PAK"),
    ("Le Bhoutan considère ses partenaires indiens et bangladais comme des alliés sûrs.", "BGD"),
])
def test_a_demonym_listed_after_another_names_its_state(text: str, state: str) -> None:
    assert state in state_codes(text)


def test_an_adverb_listed_with_no_demonym_names_no_state() -> None:
    assert state_codes("Le Népal juge ses voisins proches et pakistanais.") <= {"NPL", "PAK"}
    assert state_codes("Le ministre népalais parle lentement et clairement.") == {"NPL"}
