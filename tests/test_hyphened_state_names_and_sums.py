"""Names and sums as newsrooms write them (sentences written for these tests): a state's name of several hyphened
words written with a space for any of them (« Papouasie-Nouvelle Guinée »), other spellings of a state's name
(« Surinam », « Bengladesh »); a list of sums told with their verb once where the first sum's purpose stands
before the comma (« X dépense N pour l'entretien, Y M »)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from tests.conftest import state_codes


@pytest.mark.parametrize("text", [
    "Le ministre de Papouasie-Nouvelle Guinée a reçu deux patrouilleurs à Port Moresby.",
    "Le ministre de Papouasie Nouvelle-Guinée a reçu deux patrouilleurs à Port Moresby.",
    "Le ministre de Papouasie Nouvelle Guinée a reçu deux patrouilleurs à Port Moresby.",
])
def test_a_state_name_of_several_hyphened_words_spaced_anywhere_names_the_state(text: str) -> None:
    found = state_codes(text)
    assert "PNG" in found
    assert "GIN" not in found


def test_a_lone_state_name_in_a_spaced_one_is_still_its_own_state() -> None:
    assert state_codes("La Guinée a signé un accord avec le Mali à Conakry.") >= {"GIN", "MLI"}


@pytest.mark.parametrize(("text", "state"), [
    ("Le Surinam a acheté deux patrouilleurs au Brésil.", "SUR"),
    ("La marine du Bengladesh a reçu deux frégates chinoises.", "BGD"),
])
def test_other_spellings_of_a_state_name_name_the_state(text: str, state: str) -> None:
    assert state in state_codes(text)


def _sums(text: str) -> list[tuple[Decimal, str]]:
    return [(span.amount.value, span.amount.currency) for span in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "Le Qatar paie 4 milliards d'euros pour les frégates, le Koweït près de 3 milliards.",
    "Oslo consacre 4 milliards d'euros pour l'entretien, et Stockholm un peu moins de 3 milliards.",
])
def test_a_sum_told_with_the_verb_of_the_sum_before_after_its_purpose_is_a_sum(text: str) -> None:
    assert [v for v, _ in _sums(text)] == [Decimal(4 * 10**9), Decimal(3 * 10**9)]
    assert {c for _, c in _sums(text)} == {"EUR"}


@pytest.mark.parametrize("text", [
    "Le Qatar paie 4 milliards d'euros pour les frégates, selon le ministre 3 milliards.",
    "Le Qatar paie 4 milliards d'euros pour les frégates, le Koweït a dépensé 3 milliards.",
    "Le Qatar paie 4 milliards d'euros pour renouveler sa flotte de frégates, Doha 3 milliards.",
])
def test_no_gapped_sum_after_a_verb_or_a_long_purpose(text: str) -> None:
    assert len(_sums(text)) == 1


def _weapons(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "WeaponSystem"}


@pytest.mark.parametrize("text", [
    "Le chantier chilien va moderniser les deux sous-marins Equatoriens d'ici 2026.",
    "La marine a commandé trois patrouilleurs Egyptiens pour ses côtes.",
])
def test_a_demonym_written_without_its_accent_after_a_weapon_noun_is_no_system(text: str) -> None:
    assert _weapons(text) == set()


def test_a_capitalised_name_opening_with_e_after_a_weapon_noun_is_still_a_system() -> None:
    assert "Espadon" in _weapons("La marine a commandé trois patrouilleurs Espadon au chantier de Brest.")


def test_the_puma_helicopters_of_each_generation_are_their_own_systems() -> None:
    found = _weapons("L'armée de l'air a retiré ses SA330 Puma et ses SA315B Lama, garde deux AS332 Super Puma et "
                     "commande dix hélicoptères H215M.")
    assert {"SA330 Puma", "SA315B Lama", "Super Puma"} <= found
    assert "H215M" in found or "AS532 Cougar" in found
    assert len(found) == 4


def test_a_fighter_named_by_its_programme_is_the_fighter() -> None:
    assert _weapons("Séoul et Jakarta relancent le programme KF-X malgré les retards de paiement.") == \
        {"KF-21 Boramae"}


def test_a_programme_code_of_no_known_system_names_none() -> None:
    assert _weapons("Séoul et Jakarta relancent le programme KF-Z malgré les retards de paiement.") == set()
