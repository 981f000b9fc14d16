"""Systems of the regions' makers in the reference data (helicopters, patrol vessels, ship classes, armoured
vehicles, drones), a reference system's bare name counted in a list of systems of its kind
(kg/extract/listed_systems.py), and a known designator's call sign or serial as no system. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    ("La garde côtière du Sri Lanka a reçu deux Chetak de New Delhi.", "HAL Chetak"),
    ("Kigali a reçu trois hélicoptères Alouette III reconditionnés.", "Alouette III"),
    ("Bogota a engagé ses hélicoptères Harpía contre les rebelles.", "AH-60 Harpía"),
    ("Jakarta a réceptionné ses premiers chars Harimau.", "Kaplan MT"),
    ("Dacca a commandé des corvettes Kamorta à Calcutta.", "classe Kamorta"),
    ("Le Ghana a acquis deux vedettes Shaldag pour sa marine.", "Shaldag"),
    ("Madrid a commandé 348 VCR 8x8 Dragon pour son armée de terre.", "VCR 8x8 Dragon"),
    ("La Tanzanie a reçu des blindés VN-1 de Pékin.", "VN-1"),
    ("Le Kenya a armé ses fantassins de fusils Kalachnikov-47 saisis.", "AK-47"),
])
def test_a_regional_system_is_in_the_reference_data(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize(("sentence", "system"), [
    ("La flotte compte trois Chetak, un Fennec et un Dhruv.", "hélicoptère Fennec"),
    ("L'escadrille aligne un Fennec et deux Caracal.", "hélicoptère Fennec"),
    ("Le régiment dispose de deux Tigre et de quatre Caracal.", "hélicoptère Tigre"),
    ("Le pays a reçu quatre Caracal, deux Tigre et un NH90.", "hélicoptère Tigre"),
])
def test_a_bare_name_counted_in_a_list_of_systems_of_its_kind(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "Le zoo a reçu un Fennec et deux lions d'Afrique.",  # no system listed beside it
    "Le chasseur a aperçu un Puma, un Jaguar et deux Cobra.",
    "Le chef de l'Armée nationale libyenne (ANL) a reçu le général américain.",  # an army's initials, no missile
    "L'indicatif d'appel de l'appareil suivi, TB2T297, montre un vol d'essai.",  # a call sign
])
def test_a_namesake_or_a_call_sign_is_no_system(sentence: str) -> None:
    assert not _systems(sentence)


def test_a_known_systems_variant_still_reads() -> None:
    assert "AMRAAM" in _systems("Varsovie a commandé des missiles AIM-120D-3 pour ses chasseurs.")


def test_a_name_listed_with_systems_of_another_kind_is_not_their_namesake() -> None:
    assert "hélicoptère Fennec" not in _systems("Le pilote a vu un Fennec et deux Rafale sur la piste.")
