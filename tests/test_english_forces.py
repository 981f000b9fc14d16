"""English names of armed forces quoted in French news (« la Nigerian Air Force », « le Pakistan Army », « la Royal
Saudi Air Force ») stand for their state, like « l'armée de l'air nigériane »; an English demonym alone names no
state (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text

STATE = "https://w3id.org/kg-news/id/state-"


def facts(text: str, kind: str, role: str) -> set[str]:
    """The IRI suffixes of the `role` entities of every `kind` fact of a text."""
    found = analyse_text("Titre\n" + text)
    return {(e.iri or e.key).removeprefix(STATE) for f in found.facts if f.kind == kind
            for name, e in f.roles if name == role}


def states(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.iri.removeprefix(STATE) for e in found.mentions.values() if e.iri and e.iri.startswith(STATE)}


@pytest.mark.parametrize(("text", "org"), [
    ("Le chef d'état-major de la Nigerian Air Force, le général Musa Danjuma, a reçu les avions livrés par "
     "l'Italie.", "NGA"),
    ("Le chef d'état-major de la Philippine Navy, l'amiral Jose Santos, a inspecté la frégate livrée par le "
     "Japon.", "PHL"),
    ("Le chef d'état-major de l'Indian Army, le général Arjun Mehta, a accueilli la délégation française.", "IND"),
])
def test_a_chief_of_an_english_named_force_serves_its_state(text: str, org: str) -> None:
    assert org in facts(text, "post", "org")


@pytest.mark.parametrize(("text", "recipient"), [
    ("L'Espagne a livré douze avions de transport à la Royal Saudi Air Force.", "SAU"),
    ("Les États-Unis ont livré deux patrouilleurs à la Nigerian Navy.", "NGA"),
    ("L'Allemagne a livré des chars Leopard aux Ukrainian Armed Forces.", "UKR"),
])
def test_a_supply_to_an_english_named_force_goes_to_its_state(text: str, recipient: str) -> None:
    assert recipient in facts(text, "support", "recipient")


@pytest.mark.parametrize(("text", "state"), [
    ("Le restaurant Indian Palace a rouvert ses portes près de la caserne.", "IND"),
    ("Le joueur Michael Jordan a visité une base de la Navy.", "JOR"),
    ("Le groupe Royal Dutch Shell a signé un contrat de fourniture de carburant avec l'armée.", "NLD"),
    ("Le film American Sniper a été projeté devant des militaires français.", "USA"),
])
def test_an_english_demonym_alone_names_no_state(text: str, state: str) -> None:
    assert state not in states(text)
