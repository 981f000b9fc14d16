"""More deals as the press tells them: designators spelt either way, a sale agreed between two states, a loan
for an army, a contract with a maker, several sums in one sentence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}


def found(text: str) -> object:
    return analyse_text(f"Titre\n{text}", PUBLISHED)


def facts(text: str, kind: str) -> list[Fact]:
    return [f for f in found(text).facts if f.kind == kind and f.modality.value in FACTUAL]


def weapons(text: str) -> set[str]:
    return {e.label for e in found(text).mentions.values() if e.cls == "WeaponSystem"}


def supplies(text: str) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in facts(text, "support")
            for s in f.get("supporter") for r in f.get("recipient")}


def agreements(text: str) -> list[set[str]]:
    return [{fold(p.label) for p in f.get("party")} for f in facts(text, "agreement")]


def sums(text: str) -> set[tuple[int, str]]:
    return {(int(a.value), a.currency) for f in found(text).facts for a in f.amounts}


def test_a_designator_names_its_system_with_or_without_its_hyphen() -> None:
    assert weapons("La Norvège a reçu de nouveaux chars K-2 et des avions Su57.") == {"K2 Black Panther", "Su-57"}


def test_an_export_deal_is_a_sale_from_the_state_its_systems_come_from() -> None:
    text = "Le contrat d'exportation de véhicules blindés finlandais vers la Lettonie a été conclu."
    assert supplies(text) == {("finlande", "lettonie")}
    assert agreements(text) == [{"finlande", "lettonie"}]
    # no exporter named: the state of the makers of the system exported
    assert supplies("L'exportation de 40 chars K2 vers la Norvège a été approuvée hier.") == \
        {("coree du sud", "norvege")}


def test_a_system_received_from_abroad_comes_from_the_state_of_its_demonym() -> None:
    assert supplies("Le Niger a reçu des drones turcs.") == {("turquie", "niger")}


def test_a_part_of_a_deal_s_sum_given_after_dont_is_one_of_its_sums() -> None:
    text = "Le contrat d'une valeur de 3 milliards d'euros a été signé entre la Grèce et la France, " \
           "dont 1,2 milliard d'euros pour les missiles."
    assert sums(text) == {(3_000_000_000, "EUR"), (1_200_000_000, "EUR")}


def test_a_contract_awarded_to_a_maker_is_between_the_awarder_and_the_maker() -> None:
    assert agreements("L'Espagne a attribué à Navantia un contrat pour quatre frégates.") == [{"espagne", "navantia"}]
    text = "Thales indique que le ministère de la Défense britannique lui a attribué un contrat de 90 millions " \
           "de livres."
    assert agreements(text) == [{"royaume uni", "thales"}]
    assert sums(text) == {(90_000_000, "GBP")}


def test_a_headline_names_a_side_of_the_deal_before_its_colon() -> None:
    assert agreements("Thales : contrat de cinq ans et 80 M£ avec la Royal Navy") == [{"royaume uni", "thales"}]


def test_a_sum_released_for_an_army_is_a_military_support() -> None:
    assert supplies("L'UE débloque 20 milliards d'euros pour l'armée moldave.") == {("union europeenne", "moldavie")}
    text = "Le Canada accordera un prêt de 2 milliards de dollars à la Moldavie pour renforcer sa défense."
    assert supplies(text) == {("canada", "moldavie")}
    assert supplies("La Banque mondiale débloque 2 milliards de dollars pour les hôpitaux de la Moldavie.") == set()


def test_a_loan_obtained_is_given_by_the_state_of_its_demonym() -> None:
    found = facts("La Moldavie obtient un prêt canadien de 3 milliards de dollars.", "financing")
    assert [({fold(e.label) for e in f.get("funder")}, {fold(e.label) for e in f.get("recipient")}) for f in found] \
        == [({"canada"}, {"moldavie"})]


def test_the_one_reproached_with_a_support_gives_it() -> None:
    assert supplies("Les relations se dégradent, le président azerbaïdjanais reprochant à la France de soutenir "
                    "militairement l'Arménie.") == {("france", "armenie")}
    assert supplies("Le président azerbaïdjanais reproche à la France de soutenir militairement l'Arménie.") == \
        {("france", "armenie")}


def test_a_purchase_under_a_contract_signed_by_a_maker_and_two_states_is_sold_by_the_other_state() -> None:
    text = "Leonardo a annoncé la signature d'un contrat avec l'Italie et la Grèce, destiné à l'acquisition par " \
           "la Grèce d'hélicoptères NH90."
    assert supplies(text) == {("italie", "grece")}


def test_the_one_a_contract_is_signed_to_supply_is_its_other_party() -> None:
    text = "Rheinmetall a conclu un contrat de 200 millions d'euros pour fournir des obusiers à la Roumanie."
    assert agreements(text) == [{"rheinmetall", "roumanie"}]
    text = "L'Italie a signé le contrat pour la livraison au Pérou de quatre hélicoptères de transport."
    assert agreements(text) == [{"italie", "perou"}]


def test_a_system_received_with_no_supplier_comes_from_the_state_told_exporting_it() -> None:
    text = "La Suède exporte le Gripen pour la première fois en Amérique du Sud. Le ministre a signé à Bogota " \
           "le contrat pour la livraison à la Colombie de 16 avions Gripen."
    assert supplies(text) == {("suede", "colombie")}
    assert agreements(text) == [{"colombie", "suede"}]


def test_a_contract_between_two_states_for_systems_made_in_one_is_a_sale_by_that_one() -> None:
    assert supplies("Le Portugal a signé avec la Suède un contrat pour six avions de combat Gripen.") == \
        {("suede", "portugal")}
    assert supplies("Ces livraisons suivent un contrat conclu en 2019 entre le Vietnam et la Russie pour douze "
                    "chasseurs Su-35.") == {("russie", "vietnam")}
    # neither side makes the system: no seller is guessed
    assert supplies("Le Portugal a signé avec la Suède un contrat pour six avions F-16.") == set()


def test_the_price_a_state_pays_for_a_purchase_is_a_sum_of_it() -> None:
    text = "Le Chili paiera deux milliards de dollars (1,8 milliard d'euros) pour l'achat de 16 avions de " \
           "combat, a indiqué le ministre lors de la signature du contrat."
    assert (2_000_000_000, "USD") in sums(text)


def test_the_level_of_a_partnership_between_two_states_is_no_deal() -> None:
    assert agreements("Ce programme illustre le niveau de coopération et de partenariat stratégiques entre le "
                      "Chili et le Brésil.") == []
    assert agreements("Le Chili et le Brésil ont signé un partenariat stratégique.") == [{"chili", "bresil"}]


def test_a_partnership_listed_with_aims_that_are_no_deal_is_no_deal() -> None:
    assert agreements("La visite du président kényan en Ouganda illustre l'engagement des deux armées en faveur de "
                      "la paix, de la sécurité et du partenariat.") == []
    assert agreements("Le Kenya et l'Ouganda ont signé un accord de défense et un partenariat stratégique.") == [
        {"kenya", "ouganda"}]


def test_a_sum_lent_by_a_verb_is_a_financing_and_for_an_army_a_support() -> None:
    text = "La Norvège va prêter au Kenya 250 millions de dollars pour moderniser son armée."
    assert (250_000_000, "USD") in sums(text)
    assert supplies(text) == {("norvege", "kenya")}


def test_a_purchase_of_systems_of_a_foreign_demonym_is_a_sale_by_that_state() -> None:
    assert supplies("Le Chili va acheter six frégates norvégiennes.") == {("norvege", "chili")}


def test_an_authorised_sale_with_its_price_is_a_support_and_a_deal_for_that_price() -> None:
    text = "Les États-Unis ont autorisé la vente au Chili de missiles d'une valeur de 90 millions de dollars."
    assert supplies(text) == {("etats unis", "chili")}
    assert {"etats unis", "chili"} in agreements(text)
    assert (90_000_000, "USD") in sums(text)


def test_a_deal_signed_by_two_states_for_the_sale_of_a_system_is_a_sale_by_its_makers_state() -> None:
    assert supplies("La France et l'Inde ont signé un accord pour la vente de 26 Rafale.") == {("france", "inde")}


def test_a_company_result_is_no_financing() -> None:
    # what a company earns or pays its owners, told with a financing verb, is a business result
    assert sums("Le chiffre d'affaires et le bénéfice du groupe s'élèvent respectivement à 40 et 3 millions d'euros.") \
        == set()
    assert sums("Le fabricant a relevé à 12 milliards de dollars le dividende versé aux actionnaires.") == set()
    # aid told with the same verbs stays a financing
    assert sums("L'aide du Danemark à l'Ukraine s'élève à 5 milliards d'euros.") == {(5_000_000_000, "EUR")}
    assert sums("Le Japon a versé 2 milliards de dollars à l'Ukraine.") == {(2_000_000_000, "USD")}


def test_a_sum_paid_by_and_to_no_one_counts_only_where_arms_are_spoken_of() -> None:
    # a company's purchases and investments in a results page are no financing the graph follows
    assert sums("Le fabricant de câbles a annoncé l'acquisition d'une usine en Pologne pour 40 millions d'euros.") \
        == set()
    assert sums("Le groupe hôtelier a acheté deux immeubles à Lyon pour 75 millions d'euros. Les travaux "
                "commenceront en mai.") == set()
    assert sums("L'éditeur a payé 12 millions de dollars pour le rachat d'une plateforme de jeux.") == set()
    # the same purchase of arms, or a sum with a side, stays
    assert sums("L'armée a annoncé l'acquisition de douze hélicoptères pour 400 millions d'euros.") \
        == {(400_000_000, "EUR")}
    assert sums("La marine a commandé des obus pour 90 millions d'euros.") \
        == {(90_000_000, "EUR")}
    assert sums("La Banque mondiale accorde un prêt de 300 millions de dollars au Kenya pour ses routes.") \
        == {(300_000_000, "USD")}


def test_a_company_named_after_the_noun_describing_it_is_a_party_wherever_the_parser_hangs_it() -> None:
    # the parser leaves the name hanging outside « avec le consortium ... »; the noun that describes it stands for it
    assert {"norvege", "eurosam"} in agreements(
        "La Norvège a conclu jeudi avec le consortium européen Eurosam un accord pour des missiles Aster.")
    assert {"chili", "hanwha aerospace"} in agreements(
        "Le Chili a signé mardi avec l'industriel sud-coréen Hanwha Aerospace un contrat pour des obusiers.")


def test_a_company_quoted_about_a_deal_is_no_party_of_it() -> None:
    found = agreements("La Norvège a signé un accord de défense avec la Suède, selon le groupe allemand Rheinmetall.")
    assert {"norvege", "suede"} in found
    assert not any("rheinmetall" in parties for parties in found)


def test_a_firm_named_in_capitalised_words_joined_by_an_ampersand_is_one_party() -> None:
    assert {"perou", "navarro sons shipbuilding"} in agreements(
        "Le Pérou a signé un contrat avec Navarro & Sons Shipbuilding pour deux patrouilleurs.")
    assert {"republique democratique du congo", "china north industries import export corp"} in agreements(
        "La RDC a finalisé un accord avec la société d'État China North Industries Import & Export Corp pour "
        "des drones.")
    assert {"maroc", "andes marine defence systems"} in agreements(
        "Le Maroc a conclu un accord avec Andes Marine & Defence Systems pour des vedettes.")


def test_states_joined_by_an_ampersand_stay_states() -> None:
    assert {"france", "allemagne"} in agreements("La France & l'Allemagne ont signé un accord de défense.")


def test_a_signature_with_a_state_is_an_agreement_with_it() -> None:
    assert {"chili", "espagne"} in agreements(
        "Le ministre chilien de la Défense a confirmé la signature avec Madrid d'une lettre d'intention pour quatre "
        "frégates.")
    assert {"norvege", "allemagne"} in agreements(
        "La Norvège a annoncé la signature avec Berlin d'une lettre d'acceptation pour six sous-marins.")
    assert {"kenya", "turquie"} in agreements(
        "Le gouvernement kényan a annoncé mardi la signature avec la Turquie d'un document de coopération militaire.")


def test_the_radar_signature_of_a_jet_is_no_agreement() -> None:
    assert agreements("Le Rafale a une signature radar très faible, selon la France.") == []


def test_a_designator_ending_in_a_capital_before_a_full_stop_is_read_and_ends_its_sentence() -> None:
    text = "Le Nigeria a reçu deux frégates Type 054A. Le contrat a été signé avec la Chine en 2019."
    assert weapons(text) == {"Type 054A"}
    assert [len(f.evidence) for f in facts(text, "agreement")] == [1]  # the deal's sentence alone
    assert facts("Le Nigeria a reçu deux frégates Type 054A.", "agreement") == []


def test_a_deal_framing_a_makers_delivery_is_between_maker_and_recipient() -> None:
    text = ("Airbus va fournir aux forces aériennes du Chili trois A400M dans le cadre d'un contrat d'une valeur "
            "globale de 2 milliards d'euros, a annoncé le porte-parole du ministère.")
    deals = facts(text, "agreement")
    assert [{fold(p.label) for p in d.get("party")} for d in deals] == [{"airbus", "chili"}]
    assert [(int(a.value), a.currency) for a in deals[0].amounts] == [(2000000000, "EUR")]


def test_a_deal_in_apposition_to_a_makers_sale_is_between_maker_and_buyer() -> None:
    text = ("Le Portugal modernise sa flotte. Pour sa part, Embraer livrera au Portugal cinq KC-390, un contrat d'un "
            "montant de 800 millions d'euros.")
    deals = [d for d in facts(text, "agreement") if d.amounts]
    assert [{fold(p.label) for p in d.get("party")} for d in deals] == [{"embraer", "portugal"}]


def test_the_speaker_s_military_title_does_not_make_a_political_support_military() -> None:
    said = "Le président du Chili et commandant en chef des forces armées, Paulo Vidal, a redit la volonté de son " \
           "pays de soutenir l'Uruguay dans ses démarches auprès du Mercosur."
    assert supplies(said) == set()
    # the military words of the content still do
    assert supplies("Le président du Chili a redit la volonté de son pays de soutenir l'armée uruguayenne avec "
                    "des blindés.") == {("chili", "uruguay")}


def test_an_organisation_one_is_a_member_of_does_not_act_with_them() -> None:
    assert supplies("Le Pérou, membre de l'OTAN, a livré des blindés à l'Équateur.") == {("perou", "equateur")}
    assert supplies("Le Pérou, l'un des contributeurs non-membres de l'OTAN, a livré des blindés à l'Équateur.") \
        <= {("perou", "equateur")}
    # the members of an organisation, as a party, still stand for it
    assert supplies("Les pays membres de l'OTAN ont livré des blindés à l'Équateur.") == {("otan", "equateur")}
