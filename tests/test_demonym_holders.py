"""Names right after a title's demonym (sentences written for these tests): « son homologue estonien Prénom Nom »,
« ses homologues letton X et lituanien Y », « son homologue slovène, Prénom Nom, » are people the NER often calls
places or bodies; a firm or a thing after a demonym that follows no title stays none."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import post_states


def named(text: str) -> dict[str, str]:
    """Label -> class of the entities a text names."""
    return {e.label: e.cls for e in analyse_text("Titre\n" + text).mentions.values()}


@pytest.mark.parametrize(("text", "person", "state"), [
    ("La présidente chilienne a assisté hier avec son homologue bolivien Ollanta Ticona à une cérémonie.",
     "Ollanta Ticona", "Bolivie"),
    ("Le ministre letton de la Défense a dit la veille, recevant son homologue estonien, Jüri Luik, vouloir "
     "rassurer ses alliés.", "Jüri Luik", "Estonie"),
    ("Le ministre a reçu son homologue paraguayen Santa Cruz Benítez à Asunción.", "Santa Cruz Benítez", "Paraguay"),
    ("Le chef de l'État a parlé devant ses homologues uruguayen Lucas Ferreyra et bolivien Ollanta Ticona.",
     "Ollanta Ticona", "Bolivie"),
])
def test_a_name_after_a_titles_demonym_is_its_holder(text: str, person: str, state: str) -> None:
    assert named(text).get(person) == "Person"
    assert post_states(text).get(person) == state


@pytest.mark.parametrize(("text", "name"), [
    ("Le groupe américain Northrop Grumman a livré des radars.", "Northrop Grumman"),
    ("Le président a visité la base aérienne chilienne Cerro Moreno hier.", "Cerro Moreno"),
    ("Le ministre a reçu son homologue lors de la Conférence Navale Internationale.", "Conférence Navale"),
])
def test_capitalised_words_after_no_titles_demonym_are_no_person(text: str, name: str) -> None:
    assert all(cls != "Person" for label, cls in named(text).items() if name in label)



def test_a_style_of_address_after_a_titles_demonym_is_no_name() -> None:
    text = "Le pays est représenté par le Premier ministre bahreïni, Son Altesse Royale le Prince Salman ben Hamad."
    assert all(cls != "Person" for label, cls in named(text).items() if "Altesse" in label)
