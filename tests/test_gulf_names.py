"""Long names of the Gulf, with their filiation (« bin », « bint », « Al »), and the title « Cheikh » before them
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told


def people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize(("sentence", "person"), [
    ("Le protocole a été paraphé par Noura bint Saeed bin Rashid Al Kaabi, ministre de la Culture du Bahreïn.",
     "Noura bint Saeed bin Rashid Al Kaabi"),
    ("Selon Hessa bint Hamad Al Marri, le projet sera lancé en mars.", "Hessa bint Hamad Al Marri"),
])
def test_a_daughters_name_with_bint_is_one_person(sentence: str, person: str) -> None:
    """« bint » (daughter of) is a particle of the name like « bin », not a lowercase word that ends it."""
    assert person in people(sentence)


@pytest.mark.parametrize(("sentence", "person"), [
    ("Le secrétaire du conseil princier, Cheikh Fahad Nasser Al-Rumaihi, a reçu la délégation.",
     "Fahad Nasser Al-Rumaihi"),
    ("Étaient présents le ministre de l'Intérieur, Cheikh Hamad bin Saif al-Khalili, et ses conseillers.",
     "Hamad bin Saif al-Khalili"),
])
def test_cheikh_before_a_gulf_name_is_a_title_not_part_of_the_name(sentence: str, person: str) -> None:
    found = people(sentence)
    assert person in found
    assert not any(name.startswith("Cheikh") for name in found)


def test_cheikh_is_kept_as_a_given_name_before_a_name_without_filiation() -> None:
    """« Cheikh Prénom Nom » in West Africa: « Cheikh » is the given name itself."""
    assert "Cheikh Ousmane Diallo" in people("Le ministre sénégalais Cheikh Ousmane Diallo a reçu son homologue.")


def test_a_title_in_its_own_words_ends_before_cheikh() -> None:
    """The post read in its own words stops at the title « Cheikh » before the holder's name."""
    found = posts_told("Le conseiller du diwan princier Cheikh Fahad Nasser Al-Rumaihi a reçu la délégation.")
    assert {post.holder for post in found} == {"Fahad Nasser Al-Rumaihi"}
    assert not any("cheikh" in post.tail or "Cheikh" in (post.words or "") for post in found)
