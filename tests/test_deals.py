"""Deals as the defence press tells them: a maker that sells for its state, an order placed with a maker or won
from a client, an acquisition agreed with a state, the sum of a contract given in the sentence after it.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import build_text, rows
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}


def facts(text: str, kind: str) -> list[Fact]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [f for f in found if f.kind == kind and f.modality.value in FACTUAL]


def supplies(text: str) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in facts(text, "support")
            for s in f.get("supporter") for r in f.get("recipient")}


def agreements(text: str) -> list[set[str]]:
    return [{fold(p.label) for p in f.get("party")} for f in facts(text, "agreement")]


def test_a_maker_that_supplies_a_named_state_supplies_for_its_own_state(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nRheinmetall livrera 40 véhicules blindés Lynx à la Hongrie d'ici 2027.\n")
    found = {(r["supporterLabel"], r["recipientLabel"]) for r in rows(graph, "military-support")}
    assert found == {("Allemagne", "Hongrie")}
    # a maker that only builds gives nothing to anyone, not even the recipient named before
    text = "La Hongrie a reçu des véhicules blindés de la Pologne. Les obus ont été fabriqués par Rheinmetall."
    assert supplies(text) == {("pologne", "hongrie")}


def test_an_order_placed_with_a_maker_is_an_agreement_with_it() -> None:
    assert {"portugal", "fincantieri"} in agreements("Le Portugal a commandé six patrouilleurs à Fincantieri.")
    assert agreements("Le Portugal a commandé six patrouilleurs pour sa marine.") == []  # no seller: a purchase


def test_a_contract_won_from_a_client_is_an_agreement_with_it() -> None:
    text = "Kongsberg a remporté un contrat de 200 millions d'euros auprès de la Finlande pour des missiles."
    found = facts(text, "agreement")
    assert [{fold(p.label) for p in f.get("party")} for f in found] == [{"kongsberg", "finlande"}]
    assert [(a.value, a.currency) for a in found[0].amounts] == [(Decimal(200_000_000), "EUR")]


def test_an_order_received_by_a_maker_is_no_delivery_to_it() -> None:
    text = "Patria a reçu une commande de l'armée lettone pour des véhicules blindés."
    assert facts(text, "support") == []
    assert agreements(text) == [{"patria", "lettonie"}]


def test_an_acquisition_agreed_with_a_state_is_that_state_s_supply() -> None:
    text = "Le Pérou a signé avec la Corée du Sud un accord pour l'acquisition de 20 obusiers K9."
    assert supplies(text) == {("coree du sud", "perou")}
    assert agreements(text) == [{"perou", "coree du sud"}]
    # « un accord d'acquisition et de soutien logistique » buys no system
    assert supplies("L'Australie a signé avec l'Inde un accord d'acquisition et de soutien logistique.") == set()


def test_the_sum_of_the_order_named_after_the_agreement_is_its_sum() -> None:
    text = ("Le Chili a signé un accord avec l'Espagne pour quatre frégates. Le montant de la commande s'élève à "
            "1,2 milliard d'euros, selon le ministère.")
    found = facts(text, "agreement")
    assert [(a.value, a.currency) for f in found for a in f.amounts] == [(Decimal(1_200_000_000), "EUR")]


def test_a_renewed_aid_is_given_by_the_state_that_renews_it() -> None:
    text = "La Norvège renouvelle une aide militaire de 50 millions d'euros à l'armée moldave."
    assert supplies(text) == {("norvege", "moldavie")}



def test_a_contract_won_names_its_client_wherever_the_parser_hangs_it() -> None:
    # « auprès de X » hung on the winning verb, « à l'étranger » on the way to the client
    text = "Saab a remporté un contrat portant sur 8 radars multirôles GM400 auprès de la République du Pérou."
    assert {"saab", "perou"} in agreements(text)
    text = ("Kongsberg a remporté un contrat de vente militaire à l'étranger de 120 millions de dollars du "
            "gouvernement finlandais pour des missiles.")
    found = facts(text, "agreement")
    assert [{fold(p.label) for p in f.get("party")} for f in found] == [{"kongsberg", "finlande"}]
    assert [(a.value, a.currency) for a in found[0].amounts] == [(Decimal(120_000_000), "USD")]


def test_an_acquisition_signed_during_a_visit_is_a_deal_with_the_visitor_s_state() -> None:
    text = ("La Thaïlande a signé mardi un accord pour acquérir 12 avions de combat Gripen, à l'occasion de la "
            "visite à Bangkok du Premier ministre suédois.")
    assert agreements(text) == [{"thailande", "suede"}]
    assert supplies(text) == {("suede", "thailande")}
    # without a visit, the seller stays unsaid
    assert supplies("La Thaïlande a signé mardi un accord pour acquérir 12 avions de combat Gripen.") == set()


def test_a_memorandum_between_the_two_countries_is_between_the_sides_of_the_visit() -> None:
    text = ("Le Chili et le Pérou ont tenu des entretiens à Lima la semaine dernière. Au cours de cette visite, un "
            "mémorandum de coopération militaire entre les deux pays a été signé par le ministre chilien.")
    assert {"chili", "perou"} in agreements(text)


def test_partnerships_with_several_states_are_no_agreement_between_them() -> None:
    text = ("Le président reproche à la Hongrie d'avoir des partenariats avec l'Iran et le Venezuela. Il salue "
            "le contrat signé par la Hongrie avec l'Espagne. Le partenariat avec la Grèce est ancien.")
    found = agreements(text)
    assert all(not {"iran", "venezuela"} <= parties for parties in found)
    assert all(not {"hongrie", "espagne", "grece"} <= parties for parties in found)


def test_a_contract_signed_with_a_maker_is_signed_by_the_state_the_article_is_about() -> None:
    text = ("Le Chili a commandé quatre frégates à l'Espagne. Les missiles font l'objet d'un contrat séparé signé "
            "avec le fabricant de missiles Kongsberg pour 300 millions d'euros.")
    assert {"chili", "kongsberg"} in agreements(text)


def test_a_deal_valued_in_the_next_sentence_through_a_demonstrative_keeps_the_sum() -> None:
    text = ("L'Égypte a signé avec l'Italie un accord pour deux frégates. Ce contrat s'ajoute à un premier passé "
            "avec l'Italie en 2020. Celui-ci avait été chiffré à 1,2 milliard d'euros.")
    found = facts(text, "agreement")
    assert [(a.value, a.currency) for f in found for a in f.amounts] == [(Decimal(1_200_000_000), "EUR")]
    # a person who values something is no deal
    assert facts("Le ministre a chiffré à 3 milliards d'euros le coût de la guerre.", "agreement") == []


def test_an_aid_the_parser_hangs_on_its_sum_keeps_every_sum_of_its_clause() -> None:
    text = ("La Norvège va augmenter de 30 milliards de couronnes norvégiennes (2,6 milliards d'euros) son aide à "
            "la Moldavie en 2026 pour atteindre 45 milliards de couronnes (3,9 milliards d'euros), a annoncé jeudi "
            "le Premier ministre.")
    found = facts(text, "financing")
    assert {(a.value, a.currency) for f in found for a in f.amounts} >= {(Decimal(30_000_000_000), "NOK"),
                                                                          (Decimal(45_000_000_000), "NOK")}


def test_a_state_bound_to_another_by_an_agreement_is_its_party() -> None:
    text = ("La France a signé un accord avec l'Inde. Elle est également liée depuis 1990 avec le Japon par un "
            "accord de défense.")
    assert {"france", "japon"} in agreements(text)


def test_a_protocol_signed_at_a_meeting_is_between_the_sides_of_the_meeting() -> None:
    text = ("Le président kényan a reçu son homologue tanzanien à Nairobi, une rencontre marquée par la signature "
            "d'un protocole d'accord sur la sécurité maritime.")
    assert {"kenya", "tanzanie"} in agreements(text)


def test_a_memorandum_talks_ended_on_is_between_the_sides_of_the_talks() -> None:
    text = ("Le ministre indien de la Défense s'est entretenu à Hanoï avec son homologue vietnamien, un entretien "
            "qui a abouti à la signature d'un mémorandum d'entente.")
    assert {"inde", "vietnam"} in agreements(text)


def test_a_deal_named_before_and_praised_at_a_meeting_is_no_deal_between_the_sides_of_the_meeting() -> None:
    text = ("Le Pérou a signé un contrat avec l'Espagne pour quatre frégates.\n"
            "Lors de sa rencontre avec son homologue chilien, le ministre péruvien a salué ce contrat.")
    assert {"perou", "chili"} not in agreements(text)
    assert {"perou", "espagne"} in agreements(text)


def deal_sums(text: str) -> list[tuple[set[str], set[tuple[Decimal, str]]]]:
    return [({fold(p.label) for p in f.get("party")}, {(a.value, a.currency) for a in f.amounts})
            for f in facts(text, "agreement")]


def test_two_deals_of_different_kinds_between_the_same_sides_are_two_agreements_each_with_its_sum() -> None:
    text = ("Le Chili a signé avec l'Espagne un contrat pour deux patrouilleurs. Les deux pays ont également signé "
            "un accord de prêt de 400 millions d'euros. Le contrat représente un montant de 700 millions d'euros.")
    assert sorted(deal_sums(text), key=str) == sorted([
        ({"chili", "espagne"}, {(Decimal(700_000_000), "EUR")}),
        ({"chili", "espagne"}, {(Decimal(400_000_000), "EUR")})], key=str)
    text = ("Le Kenya et la Turquie ont conclu un accord de coopération en matière de défense. Nairobi a par ailleurs "
            "signé un contrat d'armement avec Ankara.")
    assert len(agreements(text)) == 2
    text = ("La Grèce a signé en janvier un contrat avec l'Italie pour deux corvettes. En mars, Athènes a signé "
            "un second contrat avec Rome pour six hélicoptères.")
    assert agreements(text) == [{"grece", "italie"}, {"grece", "italie"}]


def test_one_deal_told_again_in_other_words_stays_one_agreement() -> None:
    text = ("Le Pérou et l'Inde signent un accord de défense\nLe Pérou et l'Inde ont signé mardi un accord de "
            "coopération en matière de défense. L'accord prévoit des exercices communs.")
    assert agreements(text) == [{"perou", "inde"}]
    text = ("Le Chili a signé un contrat de 300 millions d'euros avec l'Espagne pour des patrouilleurs. Le contrat, "
            "signé à Santiago, prévoit des livraisons dès 2027.")
    assert deal_sums(text) == [({"chili", "espagne"}, {(Decimal(300_000_000), "EUR")})]


def test_a_firm_named_by_its_trade_is_the_company_named_before() -> None:
    text = ("Fincantieri a présenté son offre au Pérou. Le constructeur a signé mardi un contrat avec Lima pour "
            "quatre frégates.")
    assert agreements(text) == [{"fincantieri", "perou"}]
    text = "Le Chili a retenu l'offre de Saab. Le groupe a signé un contrat avec Santiago pour six avions."
    assert agreements(text) == [{"saab", "chili"}]
    # a group of another kind, or one named after its noun, is no company told before
    text = "Saab a livré des radars au Chili. Le groupe armé a signé un accord avec le Pérou."
    assert agreements(text) == []


def test_the_worth_of_a_deal_told_in_the_next_sentence_through_a_pronoun_is_its_sum() -> None:
    for worth in ("Il est d'une valeur de 900 millions d'euros.", "Son montant atteint 900 millions d'euros.",
                  "Celui-ci représente un montant de 900 millions d'euros."):
        text = f"Le Chili a signé un contrat avec l'Espagne pour des patrouilleurs. {worth}"
        assert deal_sums(text) == [({"chili", "espagne"}, {(Decimal(900_000_000), "EUR")})], worth
    # the worth of what the sentence before told, when it told no deal, is none of an older deal's
    text = ("Le Chili a signé un contrat avec l'Espagne pour des patrouilleurs. Le Chili a reçu une aide de la "
            "France. Son montant atteint 900 millions d'euros.")
    assert deal_sums(text) == [({"chili", "espagne"}, set())]


def test_a_sentence_with_no_verb_that_prices_a_deal_gives_the_worth_of_the_deal_told_before() -> None:
    for worth in ("Un marché d'environ 900 millions d'euros qui va permettre de moderniser la marine.",
                  "Un contrat de 900 millions d'euros, selon la presse locale."):
        text = f"Le Chili a signé un contrat avec l'Espagne pour des patrouilleurs. {worth}"
        assert deal_sums(text) == [({"chili", "espagne"}, {(Decimal(900_000_000), "EUR")})], worth
    # a market is no deal: its size is no deal's sum
    text = ("Le Chili a signé un contrat avec l'Espagne pour des patrouilleurs. Le marché européen de l'armement "
            "pèse 60 milliards d'euros.")
    assert deal_sums(text) == [({"chili", "espagne"}, set())]

def test_a_deal_the_talks_are_about_is_no_deal_signed() -> None:
    for text in ("Les négociations se poursuivent entre le Chili et l'Espagne sur un contrat de patrouilleurs.",
                 "Les discussions entre le Chili et l'Espagne portent sur un contrat de six avions.",
                 "Le Chili et l'Espagne ont entamé des négociations en vue d'un accord de défense."):
        assert agreements(text) == [], text
    text = "Les négociations entre le Chili et l'Espagne ont abouti à un accord de défense."
    assert agreements(text) == [{"chili", "espagne"}]


def test_a_deal_signed_by_the_two_parties_after_a_visit_is_between_the_sides_of_the_visit() -> None:
    text = ("Le président chilien a reçu le Premier ministre espagnol à Santiago. Les deux parties ont signé un "
            "accord de défense.")
    assert agreements(text) == [{"chili", "espagne"}]


def test_a_deal_a_headline_tells_in_the_present_is_signed() -> None:
    assert agreements("Navantia signe un accord avec le Chili pour deux corvettes") == [{"navantia", "chili"}]
    assert agreements("Le Chili et le Pérou signent un accord de défense") == [{"chili", "perou"}]


def test_the_state_whose_navy_a_contract_supplies_is_its_party() -> None:
    text = "Navantia a annoncé avoir signé un contrat pour fournir à la marine chilienne deux corvettes."
    assert agreements(text) == [{"navantia", "chili"}]


def test_states_coordinated_before_a_subject_with_its_article_are_parties() -> None:
    # the parser may hang the verb on the first state (« Le Vietnam » as the root): both sides still sign
    assert agreements("Le Vietnam et l'Inde ont signé un accord de défense.") == [{"vietnam", "inde"}]
    assert agreements("La Russie, la Chine et l'Iran ont signé un accord de sécurité.") == \
        [{"russie", "chine", "iran"}]
    # a place set before the clause is no side
    assert agreements("En visite au Vietnam, l'Inde a signé un accord avec le Japon.") == [{"inde", "japon"}]


def test_a_deal_signed_during_a_visit_with_no_party_named_is_between_the_visitor_and_the_host() -> None:
    text = "Le président kirghiz s'est rendu à Séoul jeudi. Lors de cette visite, un accord de défense a été signé."
    assert agreements(text) == [{"kirghizstan", "coree du sud"}]
    text = "Le ministre chilien de la Défense est en visite officielle à Canberra. Un accord a été conclu."
    assert agreements(text) == [{"chili", "australie"}]
    # no visit nor talks before it: a deal of no one named stays out
    assert agreements("Le président kirghiz a parlé de sécurité. Un accord de défense a été signé.") == []


def test_a_deal_negotiated_is_no_deal_signed() -> None:
    assert agreements("Le Kirghizistan négocie un accord de défense avec la Corée du Sud.") == []
    assert agreements("Le Chili et le Pérou discutent d'un contrat de 300 millions de dollars.") == []
    text = "Le contrat, négocié pendant deux ans, a été signé mardi par le Chili et Airbus."
    assert agreements(text) == [{"chili", "airbus"}]


def test_a_firm_named_after_a_state_is_the_firm_not_the_state() -> None:
    assert agreements("Royal Air Maroc a signé un contrat avec Boeing pour 20 avions.") == [
        {"royal air maroc", "boeing"}]
    assert agreements("Air France a signé un contrat avec Airbus pour 20 avions.") == [{"air france", "airbus"}]
    # a firm the reference data names whole, or an English name of a state's forces, are read as before
    assert agreements("Naval Group Belgique a signé un contrat avec la Belgique.") == [{"naval group", "belgique"}]
    assert agreements("Le Pakistan Army a signé un accord avec la Turquie.") == [{"pakistan", "turquie"}]


def test_a_contract_signed_after_a_purchase_is_between_the_buyer_and_the_seller() -> None:
    text = "L'Inde a commandé 31 drones MQ-9. Le contrat a été signé avec les États-Unis pour 3,5 milliards de dollars."
    found = facts(text, "agreement")
    assert [{fold(p.label) for p in f.get("party")} for f in found] == [{"inde", "etats unis"}]
    assert [(a.value, a.currency) for a in found[0].amounts] == [(Decimal(3_500_000_000), "USD")]
    assert supplies(text) == {("etats unis", "inde")}


def test_the_total_sum_told_after_a_deal_is_its_sum() -> None:
    text = "L'accord-cadre signé entre le Chili et la Suède prévoit la livraison de 24 avions. Le montant total " \
        "atteint 3 milliards d'euros."
    assert [a.value for f in facts(text, "agreement") for a in f.amounts] == [Decimal(3_000_000_000)]
    text = "Le Chili et la Suède ont signé un accord. Le match a eu lieu hier. Le montant total atteint 3 milliards " \
        "d'euros."  # not the sentence right after the deal: the worth of something else
    assert [a.value for f in facts(text, "agreement") for a in f.amounts] == []


def test_a_purchase_funded_by_another_state_is_a_financing_of_the_buyer() -> None:
    def financings(text: str) -> list[tuple[set[str], set[str]]]:
        return [({fold(e.label) for e in f.get("funder")}, {fold(e.label) for e in f.get("recipient")})
                for f in facts(text, "financing")]

    assert financings("Le Koweït financera l'achat de blindés par la Jordanie pour 100 millions de dollars.") == [
        ({"koweit"}, {"jordanie"})]
    assert financings("L'achat de 30 hélicoptères par la Jordanie est financé par le Koweït à hauteur de 1 milliard "
                      "de dollars.") == [({"koweit"}, {"jordanie"})]


def test_a_budget_is_no_financing() -> None:
    assert facts("Le budget militaire du Chili s'élève à 7 milliards de dollars.", "financing") == []
    assert facts("Les dépenses militaires du Chili se sont élevées à 7 milliards de dollars.", "financing") == []
    assert len(facts("L'aide militaire du Chili à la Bolivie s'élève à 70 millions de dollars.", "financing")) == 1
