"""How a model's name is written: a wheel formula (« Zorvak 8x8 »), versions with a slash (« Zorvak C/D »), a
company's name before a wheel formula (the system is that company's), and a model told with its maker after « de »
with no weapon noun before it (« le Zorvak II d'Y »), a model code with a dot or a hyphen (« ZH.118 », « Borvik
QX-47 ») counted or coordinated with a system. Invented names, sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED

_KR = "https://w3id.org/kg-news/id/"


def _systems(sentence: str) -> dict[str, tuple[str, ...]]:
    """The systems a sentence names, with their makers' IRIs (reference companies) for the minted ones."""
    return {label: e.makers for label, e in weapon_systems(sentence, PUBLISHED).items()}


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Ghana a acquis quarante blindés Zorvak 4\u00d74 pour sa police.", "Zorvak 4\u00d74"),
    ("L'armée zambienne a reçu des véhicules Borvik 6x6 l'an dernier.", "Borvik 6x6"),
    ("Le Chili aligne toujours des chasseurs Zorvak C/D.", "Zorvak C/D"),
    ("L'armée de l'air continue d'aligner des Quorvel S/B et des Mirage 2000.", "Quorvel S/B"),
    ("Le Pérou a reçu des hélicoptères Borvik A/B/C.", "Borvik A/B/C"),
])
def test_a_wheel_formula_or_a_slash_stays_in_the_name(sentence: str, system: str) -> None:
    found = _systems(sentence)
    assert system in found
    assert not {name for name in found if name != system and name in system}  # no part a system of its own


def test_a_company_s_name_before_a_wheel_formula_names_its_model() -> None:
    found = _systems("La Slovénie équipera son armée de 120 véhicules Otokar 8\u00d78 d'ici à 2030.")
    assert found.get("Otokar 8\u00d78") == (_KR + "company-otokar",)


def test_a_model_with_a_wheel_formula_keeps_the_maker_after_it() -> None:
    found = _systems("Les blindés Zorvak 8x8 de l'allemand Rheinmetall rouleront en Bolivie.")
    assert found.get("Zorvak 8x8") == (_KR + "company-rheinmetall",)


@pytest.mark.parametrize(("sentence", "system", "maker"), [
    ("Le Borvik III de Leonardo vole depuis deux ans au Malawi.", "Borvik III", "company-leonardo"),
    ("Le Malawi a pris livraison du ZT-40 de Baykar en mai.", "ZT-40", "company-baykar"),
    ("La marine a reçu deux frégates Zorvak 4 de Naval Group.", "Zorvak 4", "company-naval-group"),
])
def test_a_model_before_de_and_a_known_company_is_that_company_s(sentence: str, system: str, maker: str) -> None:
    assert _systems(sentence).get(system) == (_KR + maker,)


@pytest.mark.parametrize("sentence", [
    "Embraer S/A a publié ses résultats annuels.",
    "Le roi Louis II de Bavière fit bâtir ce château.",
    "La Ligue 1 de football reprend samedi.",
    "Le rapport 2024 de Thales sera publié en mars.",
])
def test_no_system_without_a_model_s_form(sentence: str) -> None:
    assert not _systems(sentence)


@pytest.mark.parametrize(("sentence", "systems"), [
    ("Le Malawi a reçu des hélicoptères ZH.118 et un avion de transport QX.740.", {"ZH.118", "QX.740"}),
    ("La Zambie a acheté quatre Borvik QX-47 et un Quorvel QX-52.", {"Borvik QX-47", "Quorvel QX-52"}),
    ("Le Belize aligne des drones Kestrel R-9 depuis mars.", {"Kestrel R-9"}),
    ("Le Laos a reçu deux Borvik 318 et trois Quorvel 77K.", {"Borvik 318", "Quorvel 77K"}),
    ("Le Népal a reçu des hélicoptères ZH-118 et Quorvel 60.", {"ZH-118", "Quorvel 60"}),
])
def test_a_model_code_keeps_its_dots_hyphens_and_the_name_before_it(sentence: str, systems: set[str]) -> None:
    found = _systems(sentence)
    assert systems <= set(found)
    assert not {name for name in found if name not in systems}  # no part a system of its own


@pytest.mark.parametrize("sentence", [
    "Le club a recruté deux Brésiliens en 2024.",
    "Trois Rafale M.2 ne suffisent pas ; le ministre en veut huit.",
    "Deux Sommets 2025 sont prévus à Lomé.",
])
def test_a_counted_name_without_a_model_code_is_no_system(sentence: str) -> None:
    found = _systems(sentence)
    assert not {name for name in found if name.startswith(("Brésil", "Sommet", "M.2"))}


@pytest.mark.parametrize(("sentence", "firm", "system"), [
    ("Le Ghana a commandé à Zorvak Defence & Aerospace Quorvel Strike (QS) pour sa marine.",
     "Zorvak Defence & Aerospace", "Quorvel Strike"),
    ("La Zambie a reçu de la société Borvik Security & Systems Kestrel Eye (KE) l'an dernier.",
     "Borvik Security & Systems", "Kestrel Eye"),
])
def test_a_firm_named_with_an_ampersand_ends_before_the_system_after_it(sentence: str, firm: str,
                                                                         system: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    supplies = [f for f in graph.facts if f.kind == "support"]
    assert [sorted(e.label for r, e in f.roles if r in {"supporter", "weapon"}) for f in supplies] == \
        [sorted([firm, system])]


def test_a_system_s_initials_in_brackets_are_no_organisation() -> None:
    graph = analyse_text("Titre\nLe Kenya a reçu des drones Kestrel Eye (KE) de la Suède.", published=PUBLISHED)
    assert "KE" not in {e.label for e in graph.mentions.values()}


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Bénin a reçu vingt véhicules blindés Zorvak 4 \u00d7 4 l'an passé.", "Zorvak 4 \u00d7 4"),
    ("La police kenyane aligne des blindés légers Borvik 6 x 6 depuis 2019.", "Borvik 6 x 6"),
    ("Le Pérou commande douze véhicules de combat Quorvel 8 \u00d7 8 pour son infanterie.", "Quorvel 8 \u00d7 8"),
])
def test_a_wheel_formula_written_with_spaces_stays_in_the_name(sentence: str, system: str) -> None:
    found = _systems(sentence)
    assert system in found
    assert not {name for name in found if name != system}  # not « Zorvak 4 », a part, nor the formula's number


def test_a_spaced_wheel_formula_keeps_the_maker_after_it() -> None:
    found = _systems("Le Togo a acquis des véhicules blindés Zorvak 4 \u00d7 4 du groupe turc Otokar.")
    assert found.get("Zorvak 4 \u00d7 4") == (_KR + "company-otokar",)


def test_a_number_after_a_name_with_no_formula_is_not_one() -> None:
    found = _systems("L'armée a reçu 12 véhicules blindés Zorvak 4 en mai, puis 3 autres.")
    assert "Zorvak 4" in found
    assert not any("\u00d7" in name or " x " in name for name in found)


@pytest.mark.parametrize("sentence", [
    "Le programme est suivi par la Missile Defense Agency (MDA) américaine depuis dix ans.",
    "Des ingénieurs de la Drone Warfare School britannique ont formé les pilotes.",
    "Les essais ont eu lieu au Missile Test Center de la marine, a indiqué le ministère.",
])
def test_a_capitalised_weapon_noun_inside_a_sentence_begins_a_body_s_name(sentence: str) -> None:
    assert _systems(sentence) == {}


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Niger a commandé six drones Zorvak.", "Zorvak"),
    ("L'armée a présenté ses « missiles Kestrel » lors du défilé.", "Kestrel"),
])
def test_a_lowercase_or_quoted_weapon_noun_still_names_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)
