"""Purchases a buyer closes with a seller (« X a finalisé (officialisé, confirmé) l'achat (la commande) de ... auprès
de Y »: a sale by Y and a deal between X and Y) and matériel handed over (« X a fait don de ... à Y », « X a remis
... à Y », « la remise de ... à Y »), with the idioms and civil goods that are none. Sentences written for these
tests."""

from __future__ import annotations

from tests.test_supply import agreements, supplies


def test_a_purchase_closed_with_a_seller_is_a_sale_by_the_seller() -> None:
    assert supplies("Le Qatar a officialisé l'achat de douze Rafale à la France.") == {("france", "qatar")}
    assert supplies("Le Pérou a confirmé la commande de deux corvettes au chantier naval italien Fincantieri.") == \
        {("italie", "perou")}
    assert supplies("Le Brésil a fait l'acquisition auprès de la France de quatre sous-marins Scorpène.") == \
        {("france", "bresil")}
    # the parser may cut the maker's name off its « auprès de »: a maker is no one a state buys for
    found = supplies("Lima a finalisé l'achat de deux frégates auprès du chantier sud-coréen Hyundai Heavy "
                     "Industries.")
    assert found == {("coree du sud", "perou")}


def test_a_purchase_closed_with_a_seller_is_a_deal_between_buyer_and_seller() -> None:
    assert {"qatar", "france"} in agreements("Le Qatar a officialisé l'achat de douze Rafale à la France.")
    found = agreements("Le Caire a officialisé la commande de deux corvettes auprès du groupe français Naval Group.")
    assert {"egypte", "naval group"} in found
    found = agreements("Lima a finalisé l'acquisition de douze chars K2 auprès du sud-coréen Hyundai Rotem.")
    assert {"perou", "hyundai rotem"} in found


def test_a_closed_purchase_of_civil_goods_or_one_only_possible_is_no_fact() -> None:
    assert supplies("L'Égypte a finalisé l'achat de blé auprès de la Russie.") == set()
    assert agreements("L'Égypte a finalisé l'achat de blé auprès de la Russie.") == []
    assert supplies("L'Égypte pourrait finaliser l'achat de Rafale auprès de la France.") == set()
    # « faire » is no light verb at large: who refers to a support gives none
    found = supplies("Le ministre israélien a confirmé les frappes, faisant référence au soutien de l'Iran aux "
                     "rebelles houthis.")
    assert ("israel", "iran") not in found


def test_materiel_given_or_handed_over_is_a_supply() -> None:
    assert supplies("Le Japon a fait don de deux patrouilleurs aux Philippines.") == {("japon", "philippines")}
    assert supplies("Pékin a fait un don de six drones militaires au Cambodge.") == {("chine", "cambodge")}
    assert supplies("Les États-Unis ont remis deux patrouilleurs à la marine vietnamienne.") == \
        {("etats unis", "vietnam")}
    assert supplies("La France a procédé à la remise de deux hélicoptères Gazelle à l'armée de l'air "
                    "djiboutienne.") == {("france", "djibouti")}


def test_goods_handed_after_the_recipient_or_in_a_batch_or_to_a_force_are_a_supply() -> None:
    assert supplies("L'Inde a remis au Sri Lanka des patrouilleurs rapides.") == {("inde", "sri lanka")}
    assert supplies("Le Canada a remis au Ghana un lot de véhicules blindés.") == {("canada", "ghana")}
    assert supplies("La Corée du Sud a remis à l'armée cambodgienne un lot de camions.") == \
        {("coree du sud", "cambodge")}
    assert supplies("L'Italie a remis aux forces armées tunisiennes un nouveau lot d'équipements.") == \
        {("italie", "tunisie")}


def test_a_message_handed_to_a_force_is_no_supply() -> None:
    assert supplies("Le ministre canadien a remis un message du Premier ministre aux forces armées ghanéennes.") \
        == set()
    assert supplies("Le Canada a remis au Ghana un lot de documents historiques.") == set()


def test_what_is_handed_over_but_no_materiel_is_no_supply() -> None:
    assert supplies("La France a procédé à la remise des clés de la frégate à la Grèce.") == set()
    assert supplies("Le ministre de la Défense a remis une décoration au général ivoirien.") == set()
    assert supplies("Le colonel a fait don de sa personne à l'armée française.") == set()
    assert supplies("L'armée malienne a remis en service deux hélicoptères de combat.") == set()
    assert supplies("Le Japon a fait don de cinq millions de dollars aux garde-côtes philippins.") == set()


def test_systems_received_from_a_maker_come_from_it_not_to_it() -> None:
    # « de <maker> » names who delivers: the maker's state supplies, the maker receives nothing
    assert supplies("L'Égypte recevra sa première frégate FREMM de Naval Group.") == {("france", "egypte")}
    assert supplies("Le Chili a réceptionné ses premiers radars Ground Master 200 de Thales.") == {("france", "chili")}
    assert supplies("Le Maroc a reçu de la France ses premiers hélicoptères Caracal.") == {("france", "maroc")}


def test_an_order_submitted_or_addressed_to_a_state_is_bought_from_it() -> None:
    # the one who submits the order buys; « à » + the state (or firm) after the order noun sells
    found = supplies("Le Gabon a soumis à l'Italie une nouvelle commande de six hélicoptères AW139 du constructeur "
                     "Leonardo.")
    assert found == {("italie", "gabon")}
    assert supplies("Le Gabon a adressé une commande de douze Rafale à la France.") == {("france", "gabon")}
    assert {"gabon", "france"} in agreements("Le Gabon a adressé une commande de douze Rafale à la France.")
    # a message addressed to a state is no order
    assert supplies("Le Gabon a adressé une lettre de protestation à la France.") == set()
