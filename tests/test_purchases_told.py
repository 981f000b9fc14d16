"""Purchases told from the buyer's side, the seller named only by the demonym of the systems or by their maker:
« X se dote de frégates norvégiennes », « X s'équipe de chars de <maker> », « X achète le système W de <maker> ».
Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import facts, supplies


def sums(text: str) -> set[tuple[float, str]]:
    return {(float(a.value), a.currency) for kind in ("financing", "agreement") for f in facts(text, kind)
            for a in f.amounts}


def test_equipping_oneself_with_foreign_systems_is_a_purchase_from_their_state() -> None:
    assert supplies("Le Pérou va se doter de six frégates norvégiennes.") == {("norvege", "perou")}
    assert supplies("L'armée chilienne s'est dotée de chars sud-coréens.") == {("coree du sud", "chili")}


def test_equipping_oneself_with_a_makers_systems_is_a_purchase_from_the_makers_state() -> None:
    text = ("La Colombie s'est dotée de quatre frégates de classe FREMM de Fincantieri. Le groupe italien livrera "
            "la première en 2027.")
    assert supplies(text) == {("italie", "colombie")}
    text = ("La marine péruvienne se dote de corvettes Gowind de Naval Group, une commande saluée par l'industriel "
            "français.")
    assert supplies(text) == {("france", "perou")}


def test_a_system_bought_of_a_named_maker_is_sold_by_the_makers_state() -> None:
    text = "L'Estonie achète le système NASAMS de Kongsberg. Le groupe norvégien livrera les lanceurs en 2027."
    assert supplies(text) == {("norvege", "estonie")}


def test_the_price_of_equipping_oneself_is_a_sum_paid() -> None:
    assert (500_000_000.0, "USD") in sums("Le Pérou va s'équiper de 24 hélicoptères Mi-17 pour 500 millions de "
                                          "dollars.")
    assert (2_000_000_000.0, "EUR") in sums(
        "L'Égypte se dote de douze chasseurs Rafale pour la somme de 2 milliards d'euros.")


def test_equipping_oneself_with_no_system_or_no_foreign_maker_is_no_supply() -> None:
    assert supplies("L'armée péruvienne se dote d'une nouvelle doctrine de défense.") == set()
    assert supplies("L'armée péruvienne s'équipe de nouveaux uniformes.") == set()
    assert supplies("La marine chilienne se dote de patrouilleurs construits dans ses propres chantiers.") == set()


def test_equipping_oneself_is_no_gift_and_a_civil_purchase_no_military_sum() -> None:
    assert ("perou", "perou") not in supplies("Le Pérou s'équipe de drones militaires turcs.")
    assert sums("La ville s'est dotée d'un nouveau stade pour 20 millions d'euros.") == set()
    assert sums("Le ministère a doté le fonds de solidarité de 20 millions d'euros.") == set()


def test_what_the_systems_or_the_deal_told_before_cost_is_the_deals_sum() -> None:
    deal = "Le Pérou a signé un accord avec la Russie pour l'achat d'hélicoptères Mi-17. "
    assert (500_000_000.0, "USD") in sums(deal + "Les hélicoptères Mi-17 coûteront 500 millions de dollars.")
    assert (500_000_000.0, "USD") in sums(deal + "Ces appareils ont coûté au pays 500 millions de dollars.")
    assert (500_000_000.0, "USD") in sums(
        deal + "Les appareils renforceront la flotte de l'armée de terre et coûteront 500 millions de dollars.")
    assert (2_000_000_000.0, "EUR") in sums(
        "Le Pérou a signé un contrat avec la France pour six avions. Le contrat coûtera 2 milliards d'euros.")


def test_a_price_at_large_or_another_cost_is_no_deals_sum() -> None:
    deal = "Le Pérou a signé un accord avec la Russie pour l'achat d'hélicoptères Mi-17. "
    assert sums(deal + "Un hélicoptère Mi-17 coûte environ 20 millions de dollars.") == set()
    assert sums(deal + "La guerre a coûté 2 milliards de dollars au pays.") == set()


def test_talks_on_a_purchase_that_end_in_a_deal_are_a_sale_by_the_other_side() -> None:
    text = ("Le Pérou modernise son armée. Les pourparlers avec la France sur l'acquisition de 12 Rafale ont abouti "
            "à un contrat.")
    assert supplies(text) == {("france", "perou")}
    text = ("Le Chili modernise sa marine. Les négociations avec l'Italie sur l'achat de frégates FREMM sont "
            "terminées et un contrat a été signé.")
    assert supplies(text) == {("italie", "chili")}


def test_talks_on_a_purchase_under_way_or_failed_are_no_sale() -> None:
    opening = "Le Pérou modernise son armée. "
    assert supplies(opening + "Les négociations avec la Russie sur l'achat d'hélicoptères Mi-17 se poursuivent.") \
        == set()
    assert ("russie", "perou") not in supplies(
        opening + "Les négociations avec la Russie sur l'achat d'hélicoptères Mi-17 ont échoué, et un contrat a été "
        "signé avec la France pour des radars.")


def test_the_country_told_of_before_supplies_by_a_definite_country_noun() -> None:
    opening = "La Norvège renforce son armée. "
    assert supplies(opening + "Le pays a fourni à l'Ukraine des obus d'artillerie.") == {("norvege", "ukraine")}
    assert supplies(opening + "Le pays scandinave, qui borde la Russie, a livré des obus à l'Ukraine.") \
        == {("norvege", "ukraine")}
    assert supplies(opening + "Ce pays a envoyé des munitions à l'Ukraine.") == {("norvege", "ukraine")}


def test_a_neighbouring_country_or_countries_at_large_are_not_the_state_told_of() -> None:
    opening = "La Norvège renforce son armée. "
    assert ("norvege", "ukraine") not in supplies(opening + "Le pays voisin a fourni à l'Ukraine des obus.")
    assert ("norvege", "ukraine") not in supplies(opening + "Les pays baltes ont fourni à l'Ukraine des obus.")


def test_the_demonym_after_a_noun_of_use_names_where_the_systems_come_from() -> None:
    assert supplies("Le Pakistan acquiert des hélicoptères de combat turcs.") == {("turquie", "pakistan")}
    assert supplies("Le Chili achète des avions de transport militaire brésiliens.") == {("bresil", "chili")}
    assert supplies("Le Pérou se dote de véhicules de combat sud-coréens.") == {("coree du sud", "perou")}


def test_the_demonym_of_a_weapon_noun_a_supply_is_for_is_no_seller() -> None:
    assert supplies("Le Pérou achète des munitions de chars russes.") == set()
