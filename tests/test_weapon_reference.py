"""Weapon systems and makers as the reference data names them (ontology/reference/weapons.ttl, companies.ttl): export
variants and spellings tied to their system, systems named by type and number, the builder a press names beside
its group, and names that are common words, acronyms or people's names needing their weapon noun. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, rows, run, weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    # a variant is named as written, tied to its system (kg.extract.variants)
    ("L'armée de l'air aligne désormais 260 Soukhoï 30MKI.", "Soukhoï 30MKI"),  # maker's name, number, suffix
    ("Abuja a reçu deux hélicoptères Mi-35 de Moscou.", "Mi-35"),  # the export model named as its own
    ("Budapest a réceptionné ses premiers Leopard 2A7HU.", "Leopard 2A7HU"),  # a variant written apart
    ("La marine a commandé des torpilles MU90 pour ses frégates.", "MU90"),
    ("Deux Dornier 228 ont été livrés à la garde côtière.", "Dornier 228"),
    ("La gendarmerie a reçu trois hélicoptères Écureuil H125.", "hélicoptère Écureuil H125"),
    ("Le pays a commandé des hélicoptères Écureuil pour sa police.", "hélicoptère Écureuil H125"),
    ("Rome a mis en service deux navires PPA supplémentaires.", "patrouilleur PPA"),
    ("Paris a cédé des missiles antichars HOT à Beyrouth.", "missile HOT"),
    ("Phnom Penh a reçu des hélicoptères Z-9 de la Chine.", "Z-9"),
    ("L'aviation nigériane a reçu des chasseurs F-7NI.", "F-7NI"),
    ("Islamabad livrera des avions Super Mushshak à Bakou.", "Super Mushshak"),
    ("Le Sénégal a réceptionné des hélicoptères AW109 Trekker.", "AW109"),
    ("Le Maroc a reçu des torpilles Mk 54 des États-Unis.", "Mk 54"),
    ("Pretoria a livré des blindés Ratel et des obusiers G5.", "obusier G5"),
    ("Caracas veut acquérir des systèmes Antey 2500 auprès de Moscou.", "Antey-2500"),
])
def test_a_system_named_as_the_press_names_it(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "Le tigre du Bengale est menacé d'extinction.",
    "Un écureuil a traversé la route devant le convoi présidentiel.",
    "La peste porcine africaine (PPA) menace les élevages de l'Est.",
    "Le présentateur a lancé : « It's HOT today », en riant.",
    "Les ministres du G5 Sahel se sont réunis à Nouakchott.",
    "Le philosophe a cité Méphisto et Faust dans son discours.",
    "Pierre Ratel a été nommé directeur de la communication.",
    "Le chef de l'État a reçu le prix Trophy des Nations à Paris.",
    "Le général Tulpar a visité la base aérienne.",
    "Le parti uMkhonto weSizwe a progressé aux élections.",
    "Les sherpas du G20 se réunissent à Rio.",
    "Le groupe Almaz-Antey a publié ses comptes pour 2500 salariés.",
])
def test_a_common_word_an_acronym_or_a_person_is_no_system(sentence: str) -> None:
    assert not _systems(sentence)


def test_the_builder_the_press_names_is_a_maker_beside_its_group(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLa Norvège a reçu des hélicoptères NH90 et le Pakistan des chasseurs J-10CE. "
                       "Le Brésil exploite des hélicoptères EC725 et le Bangladesh des avions K-8W.\n",
                       encoding="utf-8")
    out = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(out), "-q").exit_code == 0
    makers = {(r["weaponLabel"], r.get("manufacturerLabel")) for r in rows(out, "weapon-systems")}
    # a variant named as written (« J-10CE ») keeps its group's makers, which tell where it comes from
    assert {("NH90", "NHIndustries"), ("J-10CE", "AVIC"), ("Caracal", "Helibras"), ("Caracal", "Airbus"),
            ("K-8W", "AVIC")} <= makers


def test_a_builder_of_another_state_leaves_the_group_to_tell_the_supplier(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLa France et l'Ouzbékistan ont signé un contrat pour douze hélicoptères Caracal.\n",
                       encoding="utf-8")
    out = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(out), "-q").exit_code == 0
    found = {(r["supporterLabel"], r["recipientLabel"]) for r in rows(out, "military-support")}
    assert found == {("France", "Ouzbékistan")}


def _systems_and_makers(sentence: str) -> dict[str, tuple[str, ...]]:
    return {label: e.makers for label, e in weapon_systems(sentence, PUBLISHED).items()}


@pytest.mark.parametrize(("sentence", "system"), [
    # a name borne by systems of several types is the one its type noun says, written with or without it
    ("La marine chilienne a reçu ses deux hélicoptères Panther AS-565 MBE.", "AS565 Panther"),
    ("Le Chili a réceptionné le premier hélicoptère Panther AS 565 MBE.", "AS565 Panther"),
    ("Le Pérou a reçu quatre hélicoptères Panther de sa marine.", "AS565 Panther"),
    ("Les garde-côtes ont commandé des hélicoptères AS565.", "AS565 Panther"),
    ("Trois AS565 Panther ont été livrés à la marine indonésienne.", "AS565 Panther"),
    ("L'Allemagne a présenté son char Panther au salon de Paris.", "KF51 Panther"),
    ("Les chars Panther de Rheinmetall intéressent la Hongrie.", "KF51 Panther"),
    ("La Roumanie a acheté des hélicoptères Dauphin AS365.", "hélicoptère Dauphin"),
])
def test_a_shared_name_is_the_system_of_its_type_noun(sentence: str, system: str) -> None:
    assert set(_systems_and_makers(sentence)) == {system}


@pytest.mark.parametrize(("sentence", "systems"), [
    # a slashed designator names the two models the reference data has
    ("Les Mi-8/17 de l'armée serbe seront retirés du service.", {"Mi-8", "Mi-17"}),
    ("L'armée de l'air algérienne aligne des Su-30/35.", {"Su-30", "Su-35"}),
    ("Le Pérou a modernisé ses hélicoptères Mi-8/17 en Russie.", {"Mi-8", "Mi-17"}),
    ("La Pologne exploite des F-16/F-35.", {"F-16", "F-35"}),
    ("Le vol AF-16/17 a été annulé.", set()),
    ("La résolution 2231/2015 a été adoptée à New York.", set()),
])
def test_a_slashed_designator_names_both_models(sentence: str, systems: set[str]) -> None:
    assert set(_systems_and_makers(sentence)) == systems


@pytest.mark.parametrize("sentence", [
    "Le lot comprend 80 missiles anti-chars longue-portée HOT livrés par la France.",
    "Le Tchad a reçu des missiles sol-sol courte-portée HOT.",
])
def test_a_name_that_needs_its_noun_after_hyphenated_qualifiers(sentence: str) -> None:
    assert _systems(sentence) == {"missile HOT"}


def test_the_maker_is_named_as_the_press_names_the_firm_that_made_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLe Laos aligne deux Il-78. Le Mali a reçu des avions Mwari, et le Pérou des Super "
                       "Étendard modernisés.\n", encoding="utf-8")
    out = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(out), "-q").exit_code == 0
    makers = {(r["weaponLabel"], r.get("manufacturerLabel")) for r in rows(out, "weapon-systems")}
    # a design bureau within its holding, a firm's short name
    assert {("Il-78", "Iliouchine"), ("Mwari", "Paramount Group"),
            ("Super Étendard", "Dassault Aviation")} <= makers


def test_a_firm_named_by_its_short_name_after_a_weapon_noun_is_no_system() -> None:
    assert not _systems("Le Togo va acheter vingt blindés Paramount pour sa police.")


def test_a_trainer_named_by_its_designator_and_name() -> None:
    found = _systems_and_makers("L'aviation du Paraguay aligne encore quatre EMB-312 Tucano.")
    assert set(found) == {"EMB-312 Tucano"}


@pytest.mark.parametrize(("sentence", "system"), [
    # « Sukhoï »: the maker's English spelling with the French diaeresis, before the number or the designator
    ("Alger a reçu des chasseurs Sukhoï-30 et des blindés.", "Su-30"),
    ("La flotte compte encore douze Sukhoï Su-24 et des hélicoptères.", "Su-24"),
])
def test_a_sukhoi_written_with_a_diaeresis_is_the_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


def test_each_reference_resource_is_described_in_one_place() -> None:
    """A resource described in two blocks merges silently in RDF (two makers, labels split between them): one block
    per subject across the reference files."""
    subjects = Counter(line.split()[0] for path in sorted((ROOT / "ontology" / "reference").glob("*.ttl"))
                       for line in path.read_text(encoding="utf-8").splitlines()
                       if line.startswith("kgr:") and " a " in line)
    assert sorted(s for s, n in subjects.items() if n > 1) == []
