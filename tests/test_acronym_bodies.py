"""A government body known by an acronym in capitals stands for its state only where the text writes the acronym in
capitals: the same letters written as a word (a firm's abbreviated « Cia », companhia) name no body (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import state_codes


@pytest.mark.parametrize("text", [
    "La CIA a fourni des fusils aux rebelles du nord, selon la presse.",
    "Un rapport de la CIA cite des livraisons de drones au Soudan.",
])
def test_an_acronym_in_capitals_is_its_body(text: str) -> None:
    assert "USA" in state_codes(text)


@pytest.mark.parametrize("text", [
    "Le port de Santos a loué un quai à la Cia Docas pour la marine brésilienne.",
    "La Cia Siderurgica a livré de l'acier au chantier naval de Rio.",
])
def test_the_acronym_s_letters_written_as_a_word_name_no_body(text: str) -> None:
    assert "USA" not in state_codes(text)


def test_a_name_several_states_ministries_go_by_names_none_of_them() -> None:
    assert state_codes("Le Mindef a reçu l'ambassadeur de France à Yaoundé.") == {"FRA", "CMR"}
