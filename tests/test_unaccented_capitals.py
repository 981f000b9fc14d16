"""A state's name or demonym whose capital initial lost its accent (« Equatoriens », « Ethiopie »), as much of the
press writes capitals (sentences written for these tests): still the state, never a weapon system's name."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems


def _states(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "State"}


@pytest.mark.parametrize("text", [
    "Le chantier chilien va moderniser les deux sous-marins Equatoriens d'ici 2027.",
    "La marine a présenté ses frégates Egyptiennes lors du salon naval.",
])
def test_a_demonym_without_its_accent_names_no_system(text: str) -> None:
    assert weapon_systems(text) == {}


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Le ministère Equatorien de la défense a signé un contrat avec un chantier.", "Équateur",
                 id="demonym"),
    pytest.param("Des instructeurs ont été envoyés en Ethiopie le mois dernier.", "Éthiopie", id="name"),
])
def test_a_state_without_its_accent_is_the_state(text: str, state: str) -> None:
    assert state in _states(text)


def test_a_system_after_its_noun_stays_a_system() -> None:
    assert set(weapon_systems("Le chantier va moderniser les deux sous-marins Zorvak de la marine.")) == {"Zorvak"}
