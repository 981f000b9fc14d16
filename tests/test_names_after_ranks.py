"""A name the NER misses after a military rank written in several words (sentences written for these tests): the
rank's words end where the capitalised name starts, the name holds the rank, and a rank serves a state."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize(("sentence", "holder", "rank"), [
    ("Le général de division Omar al-Bashiri dirige les ministères de l'Intérieur.", "Omar al-Bashiri",
     "général de division"),
    ("Le général de corps d'armée Idriss Ould Sidi, chef d'état-major, a reçu le ministre.", "Idriss Ould Sidi",
     "général de corps d'armée"),
])
def test_a_name_the_ner_missed_after_a_rank_in_several_words_holds_it(sentence: str, holder: str,
                                                                        rank: str) -> None:
    assert holder in people(sentence)
    assert rank in {p.words for p in posts_told(sentence) if p.holder == holder}


def test_a_rank_in_several_words_before_a_known_name_is_unchanged() -> None:
    found = {p.holder: p.words for p in posts_told("Le général de brigade Jean Martin commande la base.")}
    assert found == {"Jean Martin": "général de brigade"}


def test_a_name_the_ner_missed_after_a_rank_serves_the_state_the_article_is_about() -> None:
    found = {p.holder: p.org for p in posts_told("Le Soudan a formé un gouvernement. Le Soudan est en guerre. "
                                                 "Le général de division Omar al-Bashiri dirige l'Intérieur.")}
    assert found.get("Omar al-Bashiri") == "Soudan"
