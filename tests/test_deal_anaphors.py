"""A deal pointed back to: a worth set off after « cette vente », « ce contrat » is the worth of the deal told
before; the subject of a clause that sets « cette vente » aside sells nothing; a lone signer of a deal for a sale
that names no buyer is no seller. Sentences written for these tests; the firm is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)
SALE = "La société Zorvatek a remporté un contrat avec l'armée américaine pour fournir au Chili des missiles Javelin. "


def _facts(text: str) -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [(f.kind, frozenset(e.label for _, e in f.roles), tuple(int(a.value) for a in f.amounts)) for f in found]


@pytest.mark.parametrize("aside", [
    "Avec cette vente, d'un montant de 120 millions de dollars, le Chili devient le troisième client du système.",
    "Avec ce contrat, d'une valeur de 120 millions de dollars, le Chili devient le troisième client du système.",
])
def test_a_worth_set_off_after_a_deal_pointed_back_to_is_its_worth(aside: str) -> None:
    deals = [f for f in _facts(SALE + aside) if f[0] == "agreement"]
    assert deals == [("agreement", frozenset({"États-Unis", "Chili"}), (120_000_000,))]


def test_a_worth_of_something_else_set_off_is_no_deal_worth() -> None:
    text = SALE + "Des entrepôts, d'une valeur de 120 millions de dollars, ont été construits à Santiago."
    assert all(not f[2] for f in _facts(text) if f[0] == "agreement")


def test_the_subject_of_a_clause_setting_this_sale_aside_sells_nothing() -> None:
    text = SALE + "Avec cette vente, le Chili devient le troisième client export du système."
    sellers = {f[1] for f in _facts(text) if f[0] == "support"}
    assert sellers == {frozenset({"États-Unis", "Chili", "Javelin"})}


def test_a_lone_signer_of_a_deal_for_a_sale_is_no_seller() -> None:
    text = ("Le Pérou avait signé une lettre d'accord pour la vente du Javelin. Le Paraguay a également signé "
            "une lettre d'accord pour le Javelin, en faisant le cinquième pays à se doter de ce système.")
    assert not [f for f in _facts(text) if f[0] == "support" and "Pérou" in f[1]]


def test_a_signer_selling_to_a_buyer_named_is_the_seller() -> None:
    found = _facts("La France a signé un contrat pour la vente de 24 Rafale au Qatar.")
    assert ("support", frozenset({"France", "Qatar", "Rafale"}), ()) in found


def test_a_lone_signer_of_the_systems_own_state_is_the_seller() -> None:
    found = _facts("Le Qatar achète des Rafale\n\nLa France a signé un contrat pour la vente de 24 Rafale.")
    assert ("support", frozenset({"France", "Qatar", "Rafale"})) in {f[:2] for f in found}


def test_an_order_a_lot_of_which_is_received_is_the_deal_of_the_delivery() -> None:
    text = "L'armée péruvienne a reçu lundi quatre avions de transport brésiliens destinés à la lutte contre les " \
        "incendies, un premier lot d'une commande de douze appareils, a annoncé le ministère. Le ministre a salué " \
        "la livraison. Ces avions serviront au transport de troupes. Le contrat, d'une valeur d'environ 300 " \
        "millions de dollars, porte aussi sur la formation des pilotes."
    deals = [f for f in _facts(text) if f[0] == "agreement"]
    assert deals == [("agreement", frozenset({"Pérou", "Brésil"}), (300_000_000,))]


def test_the_contract_it_is_about_is_the_deal_just_signed_with_its_worth() -> None:
    text = "Le gouvernement grec et le groupe Fincantieri ont paraphé lundi à Athènes le contrat de vente de trois " \
        "frégates, en présence du chef de l'État. D'après un proche du dossier, il s'agit d'un contrat de 800 " \
        "millions d'euros (880 millions de dollars)."
    deals = [f for f in _facts(text) if f[0] == "agreement"]
    assert deals == [("agreement", frozenset({"Grèce", "Fincantieri"}), (800_000_000,))]


def test_an_order_a_firm_wins_announced_by_its_own_minister_is_its_state_s() -> None:
    text = "Le ministre turc de la Défense, Yaşar Güler, a annoncé que Turkish Aerospace Industries (TAI) a obtenu " \
        "une commande d'une valeur de 30 milliards de livres turques pour 40 avions d'entraînement Hürjet. Elle " \
        "vient après un précédent contrat de 12 milliards de livres turques pour 16 appareils, signé en mars 2022."
    deals = [f for f in _facts(text) if f[0] == "agreement"]
    assert len(deals) == 2 and all(d[1] == {"Turquie", "Turkish Aerospace Industries"} for d in deals)
    assert {a for d in deals for a in d[2]} == {30_000_000_000, 12_000_000_000}


def test_the_two_countries_after_a_tour_of_several_hosts_are_not_one_of_them() -> None:
    text = "Les présidents du Pérou et de l'Équateur ont signé douze accords lors de leur rencontre à Lima. " \
        "Depuis son entrée en fonction, le président péruvien a favorisé les investissements étrangers lors de ses " \
        "visites en Espagne et au Japon. Les échanges portent surtout sur le commerce. Les deux pays disposent " \
        "depuis 2019 d'un accord de libre-échange."
    sides = {f[1] for f in _facts(text) if f[0] == "agreement"}
    assert sides == {frozenset({"Pérou", "Équateur"})}
