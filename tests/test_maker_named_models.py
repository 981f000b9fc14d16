"""A model named by a name after its maker's (« des avions de combat <firm> Zephyr »): a system of its own, that
firm's; a firm's longer name, a branch named by a place, and a firm after no weapon noun name none. Sentences
written for these tests; the model names are invented."""

from __future__ import annotations

from tests.test_reference_makers import weapons


def test_a_name_after_a_maker_past_the_nouns_complements() -> None:
    found = weapons("Le Pérou a renoncé à des avions de combat de remplacement Dassault Zephyr.")
    assert "Dassault Zephyr" in found
    assert any("dassault" in m for m in found["Dassault Zephyr"].makers)


def test_a_name_after_a_maker_after_a_vague_noun() -> None:
    found = weapons("La Colombie a acheté des hélicoptères Airbus Kestrel et des avions Embraer.")
    assert "Airbus Kestrel" in found
    assert any("airbus" in m for m in found["Airbus Kestrel"].makers)


def test_a_firms_longer_name_or_branch_names_no_model() -> None:
    assert not weapons("La Grèce a acheté des navires Fincantieri Zorvak Systems.")
    assert not weapons("La Grèce a acheté des hélicoptères Airbus France.")


def test_a_maker_and_a_name_after_no_weapon_noun_name_no_model() -> None:
    assert not weapons("Les salariés de Dassault Zephyr ont manifesté.")


def test_a_reference_names_number_after_a_hyphen_names_it() -> None:
    found = weapons("Le Portugal a reçu des missiles Standard Missile-2 l'an dernier.")
    assert "SM-2" in found


def test_a_name_a_participle_gives_after_a_weapon_noun_names_a_system() -> None:
    assert "Zephyr" in weapons("L'armée a déployé un système de missiles de courte portée appelé Zephyr au sud.")
    assert not weapons("La marine a lancé un patrouilleur baptisé Zephyr.")
    assert not weapons("L'armée a engagé un pilote nommé Jean Zephyr.")
