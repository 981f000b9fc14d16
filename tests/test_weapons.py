"""Weapon systems the reference data lacks, named as the press names them: a designator or a name after a weapon
noun, a known system's variant, coordination, a system named again alone; and what is no system (a ship's name, a
technique's acronym, a designator after no weapon noun). Sentences written for these tests; the designators are
invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.pipeline import analyse_text
from kg.records import Entity
from tests.conftest import rows, run

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


def test_a_designator_after_a_weapon_noun_is_a_system() -> None:
    found = weapons("L'armée a commandé douze obusiers ZT-40 et des véhicules blindés de ravitaillement en "
                    "munitions ZT-41.")
    assert {"ZT-40", "ZT-41"} <= set(found)
    assert found["ZT-40"].iri is None


def test_a_designator_split_by_the_tokenizer_is_one_name() -> None:
    found = weapons("Le contrat comprend des missiles antichars QW-T5 et des roquettes guidées BRX-2.")
    assert {"QW-T5", "BRX-2"} <= set(found)


def test_the_system_takes_the_type_of_its_noun() -> None:
    found = weapons("Le pays a reçu des missiles antichars QW-T5.")
    assert found["QW-T5"].kind is not None and found["QW-T5"].kind.endswith("wtype-anti-tank-missile")


def test_a_designator_after_complements_of_its_noun() -> None:
    found = weapons("Le royaume pourra acheter 200 missiles guidés de longue portée de type KRX-7B.")
    assert "KRX-7B" in found


def test_coordinated_designators_share_the_noun() -> None:
    found = weapons("La marine a testé des missiles ZT-40, ZT-42 et ZT-43 au large des côtes.")
    assert {"ZT-40", "ZT-42", "ZT-43"} <= set(found)


def test_a_known_name_coordinated_after_its_noun_shares_the_noun() -> None:
    found = weapons("L'armée de l'air chilienne entretient ses hélicoptères Dauphin et Tigre.")
    assert {"hélicoptère Dauphin", "hélicoptère Tigre"} <= set(found)
    assert "VCI Puma" not in weapons("Le Pérou a acheté des chars Leopard 2 et Puma.")  # a tank is no IFV


def test_a_known_name_with_a_noun_of_its_type_in_apposition_is_that_system() -> None:
    assert "hélicoptère Tigre" in weapons("L'armée espagnole a reçu le Tigre, hélicoptère de combat, en 2024.")
    assert not weapons("Le Tigre, fleuve du Moyen-Orient, est en crue.")


def test_a_capitalised_name_after_a_weapon_noun_is_a_system() -> None:
    found = weapons("Le pays a acquis trois drones de combat Zorvak Falcon II et des chars Merlion.")
    assert {"Zorvak Falcon II", "Merlion"} <= set(found)


def test_a_designator_that_begins_with_digits_right_after_its_noun() -> None:
    assert "700ZX" in weapons("Le pays a reçu quatre hélicoptères 700ZX d'occasion.")
    assert not weapons("Le pays a reçu 700ZX hélicoptères et le réseau compte 500 antennes 5GX.")


def test_a_quoted_name_after_a_weapon_noun_is_a_system() -> None:
    assert "Merlion" in weapons("Les chars « Merlion » seront livrés avant l'été.")
    assert not weapons("La frégate « Normandie » est arrivée au port.")


def test_a_known_system_variant_is_that_system() -> None:
    found = weapons("Le pays recevra des missiles AIM-120D pour ses avions de combat.")
    assert "AMRAAM" in found and found["AMRAAM"].iri is not None


def test_a_system_named_again_alone() -> None:
    text = ("Le contrat porte sur des obusiers ZT-40 de 155 mm.\n\n"
            "Les premiers ZT-40 seront livrés en 2027.")
    assert "ZT-40" in weapons(text)


def test_a_designator_after_elided_complements_of_a_weapon_noun_is_a_system() -> None:
    found = weapons("La Roumanie recevra 36 véhicules de ravitaillement en munitions d'artillerie ZT-10.")
    assert "ZT-10" in found
    assert "ZT-12" in weapons("L'armée a reçu des canons d'assaut ZT-12 la semaine dernière.")
    assert "ZR-3" in weapons("Le Chili a commandé huit drones d'observation ZR-3 à Israël.")
    assert not weapons("Le ministère a publié le plan d'action ZT-2024 et le règlement d'exécution UE-45.")


def test_no_system_without_a_weapon_noun() -> None:
    found = weapons("Le vol ZT-40 a atterri à Lyon. Le ministre a reçu le rapport ZT-41 et la norme ISO-9001.")
    assert not found


def test_a_ship_name_or_a_technique_is_no_system() -> None:
    found = weapons("La frégate Normandie embarque un radar AESA de dernière génération et un système GPS.")
    assert not found


def test_a_person_or_a_company_after_a_weapon_noun_stays_one() -> None:
    found = weapons("Les drones Airbus ont été présentés par le ministre Jean Dupont à Paris.")
    assert not any(label in found for label in ("Airbus", "Jean Dupont"))


def makers(text: str) -> dict[str, set[str]]:
    return {label: {m.rsplit("/", 1)[-1] for m in e.makers} for label, e in weapons(text).items() if e.iri is None}


def test_a_maker_named_by_a_participle() -> None:
    found = makers("Le pays a reçu des missiles antichars QW-T5, fabriqués par Rheinmetall, la semaine dernière.")
    assert found["QW-T5"] == {"company-rheinmetall"}


def test_the_maker_of_unnamed_matériel_makes_the_system_a_demonstrative_names_later() -> None:
    text = ("La marine ghanéenne a réceptionné le dernier des huit navires patrouilleurs réalisés par le chantier "
            "français Piriou. Le navire a été mis à l'eau lundi. Ces patrouilleurs de type Kerla 58 sont armés "
            "d'un canon de 20 mm.")
    assert makers(text)["Kerla 58"] == {"company-piriou"}
    other = ("La marine ghanéenne a réceptionné six patrouilleurs réalisés par le chantier français Piriou. Des "
             "patrouilleurs de type Kerla 58 croisent au large du Togo.")  # no demonstrative: another system
    assert makers(other)["Kerla 58"] == set()


def test_a_maker_named_as_the_systems_owner() -> None:
    found = makers("L'armée a choisi les chars Zorvak du constructeur Hanwha et des roquettes BRX-2 de Saab.")
    assert found["Zorvak"] and found["BRX-2"] == {"company-saab"}


def test_a_maker_named_past_the_model_s_name() -> None:
    found = makers("L'armée a acquis des hélicoptères ZH109 Falcon de la société Saab et des drones ZT-3 Kestrel "
                   "du groupe Rheinmetall.")
    assert found["ZH109"] == {"company-saab"} and found["ZT-3"] == {"company-rheinmetall"}
    found = makers("Des hélicoptères ZH109 Falcon de Paris survolent la ville.")
    assert found["ZH109"] == set()


def test_a_maker_that_produces_the_system() -> None:
    found = makers("Saab produit les sous-marins ZT-9. Rheinmetall, qui fabrique le drone Merlion, a grandi.")
    assert found["ZT-9"] == {"company-saab"} and found["Merlion"] == {"company-rheinmetall"}


def test_a_maker_of_the_one_system_named_before() -> None:
    found = makers("L'armée a commandé des obusiers ZT-40.\n\nLes obusiers seront produits par Saab en Suède.")
    assert found["ZT-40"] == {"company-saab"}


def test_no_maker_from_a_company_that_only_buys_or_ships() -> None:
    found = makers("Saab a acheté des obusiers ZT-40 livrés par camion depuis Lyon.")
    assert found["ZT-40"] == set()


def test_a_designator_written_in_words_apart_is_one_system() -> None:
    found = weapons("La marine a commandé deux frégates ZX 300 et des patrouilleurs hauturiers ZK 62 S.")
    assert {"ZX 300", "ZK 62 S"} <= set(found)
    assert found["ZX 300"].kind is not None and found["ZX 300"].kind.endswith("frigate")
    text = ("Le contrat porte sur des hélicoptères de transport AB 412.\n\n"
            "Les AB 412 seront livrés en 2027.")
    assert "AB 412" in weapons(text)


def test_a_year_or_a_pennant_number_is_no_part_of_a_system() -> None:
    found = weapons("Le pays a reçu des véhicules blindés ZRT 2024 et le patrouilleur P 735. La base BA 118 "
                    "accueille les avions.")
    assert not found


def test_a_type_designator_after_a_ship_noun_is_a_system() -> None:
    found = weapons("Le pays a reçu deux frégates Type 071Z en 2020 et un patrouilleur Zorvak.")
    assert "Type 071Z" in found and found["Type 071Z"].iri is None
    assert "Type" not in found


def built_makers(tmp_path: Path, text: str) -> set[tuple[str, str | None]]:
    """(system, maker) pairs of the weapon-systems query on the graph kg builds from `text`."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(out), "-q").exit_code == 0
    return {(r["weaponLabel"], r.get("manufacturerLabel")) for r in rows(out, "weapon-systems")}


def test_systems_of_other_regions_have_their_makers(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nLe pays a reçu des drones Mohajer-6, des drones Karayel, des obusiers Archer, "
                          "des blindés CV90 et des canons Caesar en 2024.\n")
    assert {("Mohajer-6", "Qods Aviation Industries"), ("Karayel", "Vestel Savunma"),
            ("Archer", "BAE Systems Bofors"), ("CV90", "BAE Systems Hägglunds"), ("Caesar", "KNDS France")} <= makers


def test_a_variant_named_is_the_system_with_the_makers_of_its_parent(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nLe pays a reçu des hélicoptères Mi-35, des avions T-50IQ et des Sukhoi-30.\n")
    assert {("Mi-35", "Russian Helicopters"), ("T-50IQ", "Korea Aerospace Industries"), ("Su-30", "Sukhoi")} <= makers
    assert not {label for label, _ in makers} & {"Mi-24", "T-50 Golden Eagle"}


def test_ships_in_the_plural_under_one_name_are_a_class() -> None:
    assert "Zorvak" in weapons("Le chantier a présenté au salon deux patrouilleurs Zorvak.")
    assert not weapons("Les frégates Kestrel et Zorvak ont fait escale à Brest.")


def test_aircraft_under_a_noun_of_their_role_are_a_model() -> None:
    assert "Zorvak" in weapons("L'armée de l'air a reçu des avions d'entraînement Zorvak.")
    assert not weapons("Des avions Ryanair sont cloués au sol.")


def test_a_maker_named_with_its_trade_that_produces_the_system(tmp_path: Path) -> None:
    assert ("ZT-90", "Hanwha Aerospace") in built_makers(
        tmp_path, "Titre\n\nLe constructeur Hanwha Aerospace produit l'obusier ZT-90 depuis 2020.\n")


def test_a_variant_named_has_the_builder_beside_its_group(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nL'armée de l'air a commandé douze chasseurs J-10CE et des hélicoptères Z-9WE.\n")
    assert {("J-10CE", "AVIC"), ("J-10CE", "Chengdu Aircraft Corporation"), ("Z-9WE", "AVIC"),
            ("Z-9WE", "Harbin Aircraft Industry Group")} <= makers


def test_a_name_after_a_noun_of_another_type_is_the_system_of_that_type() -> None:
    found = weapons("L'armée de l'air a reçu des avions d'entraînement Hawk et la marine deux frégates Gepard.")
    assert {"BAE Systems Hawk", "classe Gepard"} <= set(found)
    assert not {"MIM-23 Hawk", "Gepard"} & set(found)


def test_a_name_after_a_noun_of_its_own_type_stays_the_system_read() -> None:
    found = weapons("L'armée a déployé des batteries Hawk et des blindés antiaériens Gepard près de la frontière.")
    assert {"MIM-23 Hawk", "Gepard"} <= set(found)


def test_a_maker_the_reference_data_lacks_is_minted_as_a_company(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nLe pays a commandé des drones Zorvak Falcon, fabriqués par la société Kestrel "
                          "Aero, et des avions ZX-300 du constructeur brésilien Altavia. La firme Marvolt "
                          "Industries, qui produit le blindé ZT-40, a salué le contrat.\n")
    assert {("Zorvak Falcon", "Kestrel Aero"), ("ZX-300", "Altavia"), ("ZT-40", "Marvolt Industries")} <= makers


def test_an_unknown_organisation_after_a_system_is_no_maker(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nDes drones ZT-40 du mouvement Vigilance Nord ont visé la base, un drone "
                          "Zorvak Falcon de l'armée a été abattu, a indiqué l'agence Reuters.\n")
    assert not [maker for _, maker in makers if maker]


def test_systems_exported_to_thin_regions_are_known(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nL'armée a reçu des hélicoptères Ansat, des Rooivalk, des avions Calidus B-250 et "
                          "des lance-roquettes Fatah-II. Le Fatah a salué l'accord.\n")
    assert {("Ansat", "Russian Helicopters"), ("Rooivalk", "Denel"), ("Calidus B-250", "Calidus")} <= makers
    assert {label for label, _ in makers} == {"Ansat", "Rooivalk", "Calidus B-250", "Fatah-II"}


def test_a_form_its_noun_begins_names_the_system() -> None:
    found = weapons("L'armée de l'air modernise ses avions Pampa et ses chars Al-Khalid. Le mistral souffle.")
    assert {"IA-63 Pampa", "char Al-Khalid"} == set(found)


def test_a_maker_by_a_participle_or_a_title_apposed(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nLe drone Zorvak Falcon, produit par Kestrel Aero, a été présenté. Baykar, le "
                          "fabricant du drone ZT-40, a signé. Selon l'agence, le constructeur des blindés ZT-41, "
                          "Marvolt Industries, a signé aussi. Le Togo, client du drone ZT-42, a salué l'accord.\n")
    assert {("Zorvak Falcon", "Kestrel Aero"), ("ZT-40", "Baykar"), ("ZT-41", "Marvolt Industries"),
            ("ZT-42", None)} <= makers


def test_a_maker_subject_of_a_verb_of_making_in_the_past(tmp_path: Path) -> None:
    makers = built_makers(tmp_path,
                          "Titre\n\nKestrel Aero a développé le drone Zorvak Falcon. Baykar a conçu le drone ZT-40. "
                          "Selçuk Bayraktar a conçu le drone QK-41.\n")
    assert {("Zorvak Falcon", "Kestrel Aero"), ("ZT-40", "Baykar"), ("QK-41", None)} <= makers


@pytest.mark.parametrize(("text", "system", "builder"), [
    ('"Tanvor", un navire patrouilleur, a été réceptionné lundi à Lomé. Long de 40 mètres, ce patrouilleur est le '
     "fruit d'un contrat signé entre le gouvernement togolais et le chantier français Kestrel Naval.",
     "Tanvor", "kestrel-naval"),
    ("La marine ghanéenne a réceptionné le patrouilleur « Orvak », commandé au chantier naval Brenmar.",
     "Orvak", "brenmar"),
    ("Le Ghana a commandé les patrouilleurs ZK-40 au chantier turc Dalmar Tersanesi.", "ZK-40", "dalmar-tersanesi"),
    ("Les corvettes ZC-90 ont été commandées en 2022 au chantier naval Brenmar.", "ZC-90", "brenmar"),
])
def test_a_builder_party_to_the_order_makes_the_system(text: str, system: str, builder: str) -> None:
    assert any(builder in maker for maker in makers(text)[system])


@pytest.mark.parametrize(("text", "system"), [
    ("La marine ghanéenne a réceptionné le patrouilleur « Orvak ». Le ministre a ensuite visité le chantier naval "
     "Brenmar.", "Orvak"),
    ("Le Ghana a reçu les patrouilleurs ZK-40. Le chantier Dalmar Tersanesi a licencié 200 salariés.", "ZK-40"),
    ("Le Ghana a reçu les patrouilleurs ZK-40. Cette semaine, le chantier Brenmar a signé un contrat avec la Grèce "
     "pour des ferries.", "ZK-40"),
])
def test_no_builder_from_a_shipyard_outside_the_order(text: str, system: str) -> None:
    assert makers(text)[system] == set()


@pytest.mark.parametrize("text", [
    "L'armée a reçu trois Véhicules Légers d'Appui (VLA) produits par Tarvel.",
    "La Jordanie a reçu des Véhicules Blindés de Combat fabriqués par Zorvak.",
])
def test_a_type_spelled_out_in_capitals_is_no_system(text: str) -> None:
    assert not weapons(text)


def test_a_name_after_a_capitalised_noun_is_still_a_system() -> None:
    assert "Zorvak" in weapons("Le Mali a reçu des Drones Zorvak de la Turquie.")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("La force aérienne a retiré ses derniers Mirage III en 2010 et ses Mirage 5 en 2015.", "Mirage III", "Mirage 5"),
    ("La police a reçu deux Bell 407 et l'armée trois Bell 412.", "Bell 407", "Bell 412"),
    ("L'escadrille aligne quatre An-12 et deux An-26.", "An-12", "An-26"),
    ("Les soldats ont échangé leurs AK-74 contre des AK-12.", "AK-12", "AK-74"),
    ("Le régiment a remplacé ses BTR-60 par des BTR-80.", "BTR-60", "BTR-80"),
])
def test_a_type_and_another_type_derived_from_it_are_two_systems(text: str, first: str, second: str) -> None:
    """The reference data keeps apart two types of one family that the press names apart (a fighter and the export
    type derived from it, a light and a medium helicopter, two generations of a vehicle)."""
    found = weapons(text)
    assert {first, second} <= set(found)
    assert found[first].iri is not None
    assert found[first].iri != found[second].iri
