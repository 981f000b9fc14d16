"""A supply of systems told with neither side named (« la livraison de X », « l'achat de X a été approuvé »): the
state the systems' makers are based in supplies them, when the article names it; the one other state the
sentence names, or the recipient that supplier already has in the article, receives them. Sentences written for
these tests."""

from __future__ import annotations

from tests.test_supply import facts, supplies

ALL = {"asserted", "reported", "possible", "denied", "proposed"}


def armed(text: str) -> set[tuple[str, str]]:
    return {(s.label, w.label) for f in facts(text, "support") for s in f.get("supporter") for w in f.get("weapon")}


def test_a_delivery_of_systems_comes_from_their_makers_state_to_the_state_named() -> None:
    text = ("Le parlement du Kenya a approuvé l'achat de six drones Bayraktar TB2 pour ses forces armées, un succès "
            "pour l'industrie de la Turquie.")
    assert ("turquie", "kenya") in supplies(text)
    assert ("Turquie", "Bayraktar TB2") in armed(text)


def test_a_contract_about_a_delivery_names_its_recipient_elsewhere_in_the_sentence() -> None:
    text = ("La Corée du Sud confirme son rang d'exportateur.\n"
            "Un contrat portant sur la livraison de 48 obusiers K9 Thunder a été signé à Varsovie avec la Pologne.")
    assert ("coree du sud", "pologne") in supplies(text)


def test_a_makers_state_the_article_never_names_supplies_nothing() -> None:
    text = "Un contrat portant sur la livraison de 48 obusiers K9 Thunder a été signé hier à Varsovie avec la Pologne."
    assert not supplies(text, ALL)


def test_a_purchase_by_two_states_is_no_sale_to_both() -> None:
    text = "La Turquie s'en félicite : le Kenya et l'Ouganda ont approuvé l'achat de drones Bayraktar TB2."
    assert not {r for _, r in supplies(text, ALL)} & {"kenya", "ouganda"}


def test_systems_named_later_go_to_the_recipient_the_supplier_already_has() -> None:
    text = ("La France vend des avions de combat au Maroc.\nLe ministre s'est félicité de cette coopération.\n"
            "Selon lui, la livraison des douze Rafale commencera au printemps.")
    assert supplies(text) == {("france", "maroc")}
    assert ("France", "Rafale") in armed(text)


def test_a_state_the_systems_are_used_against_receives_nothing() -> None:
    text = "Selon la Turquie, la livraison de drones Bayraktar TB2 a pesé dans la guerre contre la Russie."
    assert ("turquie", "russie") not in supplies(text, ALL)


def test_systems_of_makers_from_two_states_have_no_supplier() -> None:
    text = "Le parlement du Kenya a approuvé l'achat de drones Bayraktar TB2 et d'obusiers K9 Thunder."
    assert not {s for s, _ in supplies(text, ALL)} & {"turquie", "coree du sud"}


def test_a_denied_purchase_is_no_supply() -> None:
    text = "Le gouvernement du Kenya a démenti toute acquisition de drones Bayraktar TB2 de la Turquie."
    assert ("turquie", "kenya") not in supplies(text)


def test_a_state_the_sentence_names_in_another_role_is_no_unsaid_recipient() -> None:
    text = ("La France a livré des canons Caesar à l'Ukraine la semaine dernière.\n"
            "Le gouvernement ukrainien affronte des milices soutenues par le Bélarus.")
    assert ("belarus", "ukraine") not in supplies(text, ALL)


def test_systems_received_with_no_supplier_named_come_from_their_makers_state() -> None:
    assert supplies("La France se félicite. La Grèce a réceptionné ses premiers Rafale la semaine dernière.") == \
        {("france", "grece")}
    assert ("turquie", "niger") in supplies("Selon Ankara, la livraison de drones Bayraktar TB2 au Niger a commencé.")
    assert ("coree du sud", "pologne") in supplies(
        "La Corée du Sud exporte.\nL'armée de la Pologne recevra l'an prochain ses premiers obusiers K9 Thunder.")


def test_systems_given_by_another_supplier_are_not_from_their_makers_state() -> None:
    text = ("Le Danemark a cédé des avions F-16 à l'Ukraine.\nLes États-Unis ont donné leur accord.\n"
            "L'Ukraine a reçu ses premiers F-16 la semaine dernière.")
    assert ("etats-unis", "ukraine") not in supplies(text, ALL)


def test_systems_bought_for_a_state_by_someone_unsaid_have_no_supplier() -> None:
    text = "Les États-Unis s'en félicitent : l'achat de 24 avions F-16 pour le Maroc a été approuvé."
    assert ("etats-unis", "maroc") not in supplies(text, ALL)


def test_respectively_pairs_systems_with_the_states_they_are_bought_from() -> None:
    text = ("Le Kenya a approuvé l'acquisition de douze hélicoptères AH-1Z et de six drones Bayraktar TB2, "
            "respectivement aux États-Unis et à la Turquie.")
    assert supplies(text) == {("etats unis", "kenya"), ("turquie", "kenya")}


def test_respectively_with_a_place_case() -> None:
    text = ("Le Kenya a acheté des hélicoptères AH-1Z et des drones Bayraktar TB2 respectivement aux États-Unis "
            "et en Turquie.")
    assert supplies(text) == {("etats unis", "kenya"), ("turquie", "kenya")}


def test_aupres_des_names_a_seller() -> None:
    text = ("Le Kenya a approuvé l'acquisition de douze hélicoptères AH-1Z et de six drones Bayraktar TB2, "
            "respectivement auprès des États-Unis et de la Turquie.")
    assert supplies(text) == {("etats unis", "kenya"), ("turquie", "kenya")}
    assert supplies("Le Pérou a acquis des patrouilleurs auprès du Japon.") == {("japon", "perou")}


def test_respectively_after_other_things_is_no_seller() -> None:
    text = ("Le Kenya a acheté des hélicoptères AH-1Z et des drones Bayraktar TB2, livrés respectivement en mars et "
            "en mai, pour ses opérations en Somalie.")
    assert ("somalie", "kenya") not in supplies(text)


def test_respectively_pairs_each_supplier_with_its_recipient() -> None:
    text = "La Belgique et les Pays-Bas ont livré des véhicules blindés respectivement au Bénin et au Ghana."
    assert supplies(text) == {("belgique", "benin"), ("pays bas", "ghana")}
    text = "La Belgique et les Pays-Bas ont livré des véhicules blindés au Bénin et au Ghana."
    assert supplies(text) == {("belgique", "benin"), ("pays bas", "ghana"), ("belgique", "ghana"),
                              ("pays bas", "benin")}
