"""Makers told by a purchase, and systems the reference data reads where no weapon noun goes before them: a system
bought from a firm the press calls a maker (« acquis auprès du fabricant Y », « acheté au constructeur Y ») is made
by it, as one ordered from it is; a bare name (« auprès de Y ») may be a trading firm and makes nothing. Sentences
written for these tests; the firms and designators are invented."""

from __future__ import annotations

from pathlib import Path

from tests.test_weapons import built_makers, weapons


def test_a_system_bought_from_a_titled_maker_is_made_by_it(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe pays a reçu des hélicoptères Zorvak, acquis auprès du fabricant "
                                    "Brenix, un consortium européen.\n")
    assert ("Zorvak", "Brenix") in makers


def test_a_purchase_from_a_builder_gives_its_maker(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nL'armée a acheté des drones ZV-3 au constructeur slovène Brenix "
                                    "Aero.\n")
    assert ("ZV-3", "Brenix Aero") in makers


def test_a_known_system_without_maker_takes_the_maker_it_is_bought_from(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe pays a reçu des hélicoptères Puma, achetés auprès du "
                                    "constructeur Airbus.\n")
    assert ("SA330 Puma", "Airbus") in makers


def test_a_system_bought_from_a_bare_name_has_no_maker(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe Mali a acquis des drones ZV-3 auprès de Brenix.\n")
    assert ("ZV-3", None) in makers
    assert not any(maker for system, maker in makers if system == "ZV-3")


def test_older_systems_named_bare_are_read_from_the_reference_data() -> None:
    found = weapons("Le pays veut remplacer ses AMX-30 et ses Sea King, et a combattu aux côtés des A-7 "
                    "Corsair II.")
    assert {"AMX-30", "Sea King", "A-7 Corsair II"} <= set(found)
    assert all(found[name].iri is not None for name in ("AMX-30", "Sea King", "A-7 Corsair II"))


def test_a_helicopter_named_after_its_maker_has_that_maker(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe pays a commandé 24 hélicoptères de transport d'Eurocopter, des "
                                    "EC 635.\n")
    assert ("EC635", "Eurocopter") in makers


def test_a_helicopter_under_its_older_name_is_not_its_renamed_successor(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLa police a reçu deux hélicoptères EC 145 et un H145.\n")
    assert {("EC145", "Eurocopter"), ("H145", "Airbus")} <= makers


def test_a_turkish_dotted_capital_reads_as_its_plain_letter() -> None:
    found = weapons("La marine a choisi le modèle turc MİLGEM pour ses garde-côtes.")
    assert "classe Ada" in found


def test_a_name_after_a_troop_carrier_noun_is_a_system() -> None:
    found = weapons("Le pays a acheté des véhicules blindés de transport de troupes Zorvak et des véhicules "
                    "blindés de transport de troupe Brenix Master.")
    assert {"Zorvak", "Brenix Master"} <= set(found)
    assert found["Zorvak"].kind is not None and found["Zorvak"].kind.endswith("wtype-armoured-personnel-carrier")


def test_the_subject_of_a_verb_a_making_verb_completes_makes_the_system(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe groupe Rheinmetall va produire des blindés Zorvak en Hongrie.\n")
    assert ("Zorvak", "Rheinmetall") in makers
    makers = built_makers(tmp_path, "Titre\n\nThales a ouvert une usine en Inde pour fabriquer des radars Zorka.\n")
    assert ("Zorka", "Thales") in makers


def test_a_state_that_will_produce_a_system_is_no_maker(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "Titre\n\nLe Mali va produire des blindés Zorvak sous licence.\n")
    assert ("Zorvak", None) in makers
