"""A page copied without the space after a full stop (« ... en 2021.Le ministre », « ... (OTAN).Le président »)
still reads as two sentences: behind a figure, an acronym or a closing mark the glued full stop ends the first, so
the name that opens the second is a person and its facts are found. Never after one capital (an initial) or inside a
decimal. Invented names, sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import model
from tests.conftest import post_states, state_codes


@pytest.mark.parametrize(("text", "second"), [
    ("Le chantier a livré trois patrouilleurs en 2021.Le ministre kényan a salué le travail.", "Le ministre"),
    ("Le sommet s'est tenu en marge de la réunion de l'ASEAN.Les deux pays ont signé un accord.", "Les deux"),
    ("La déclaration a été adoptée au forum (APEC).Karim Ostovar a salué le texte.", "Karim Ostovar"),
    ("Il a parlé d'un « tournant ».Selon lui, les livraisons reprendront.", "Selon lui"),
])
def test_a_full_stop_that_lost_its_space_ends_the_sentence(text: str, second: str) -> None:
    sentences = [s.text for s in model()(text).sents]
    assert len(sentences) == 2
    assert sentences[1].startswith(second)


@pytest.mark.parametrize("text", [
    "Le contrat porte sur 3.5 millions de munitions livrées au pays.",
    "Le texte a été signé par M.Dupont et son homologue.",
    "Les forces de l'U.S.Army ont quitté la base.",
])
def test_an_initial_a_decimal_or_an_abbreviation_ends_no_sentence(text: str) -> None:
    assert len(list(model()(text).sents)) == 1


def test_the_name_after_a_glued_full_stop_is_a_person_with_his_post() -> None:
    text = ("Les deux dirigeants se sont vus en marge du sommet de l'Union africaine (UA).Tawanda Mhlanga, le "
            "président zimbabwéen, a reçu son homologue angolais.")
    assert post_states(text).get("Tawanda Mhlanga") == "Zimbabwe"


def test_a_quote_glued_between_two_words_parts_them() -> None:
    # a copy that lost the full stop and the space before the quote that opens the next words
    assert "NOR" in state_codes('Les exportations ont doublé vers la Norvège"Nous visons plus loin, a dit le patron.')


@pytest.mark.parametrize("text", [
    'Le mot "Norvège" figure sur la liste avec le Chili.',
    'Le journal a titré « Norvège, année record » et le Chili a réagi.',
])
def test_a_quote_between_spaces_is_left_alone(text: str) -> None:
    assert state_codes(text) == {"NOR", "CHL"}

