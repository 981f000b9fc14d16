"""Supplies and agreements as real news tells them: received goods and where they come from, requests, idioms
that are no supply, signatories who are no party, and a contract referred to after the sale it closes. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import rows, run
from tests.test_extractors import Case, check, params
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}


def facts(text: str, kind: str, modalities: set[str] = FACTUAL) -> list[Fact]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [f for f in found if f.kind == kind and f.modality.value in modalities]


def supplies(text: str, modalities: set[str] = FACTUAL) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in facts(text, "support", modalities)
            for s in f.get("supporter") for r in f.get("recipient")}


def agreements(text: str) -> list[set[str]]:
    return [{fold(p.label) for p in f.get("party")} for f in facts(text, "agreement")]


def test_received_supply_comes_from_its_origin() -> None:
    found = supplies("Le Niger a reçu une livraison de drones militaires en provenance de la Chine, selon l'armée.")
    assert found == {("chine", "niger")}


def test_received_supply_never_has_the_receiver_on_both_ends() -> None:
    found = supplies("Le Tchad a réceptionné une livraison de blindés et de drones militaires.")
    assert ("tchad", "tchad") not in found


def test_requested_aid_is_no_support_from_the_requester() -> None:
    found = supplies("Le mois dernier, le Tchad a demandé l'aide militaire de l'Égypte face aux rebelles.",
                     {"asserted", "reported", "possible"})
    assert ("tchad", "egypte") not in found


def test_a_signal_sent_is_no_delivery() -> None:
    found = supplies("Le Japon a vendu des missiles au Vietnam, un signal envoyé à la Russie selon les analystes.")
    assert ("japon", "russie") not in found


def test_a_commercial_war_is_no_delivery() -> None:
    text = "Sur le marché des drones militaires, la Chine livre une guerre commerciale aux États-Unis."
    assert supplies(text) == set()


def test_a_purchase_answering_another_state_gives_it_nothing() -> None:
    text = ("Les analystes voient l'acquisition des chars Leopard par la Grèce comme une réponse directe à "
            "l'arrivée des chars turcs.")
    assert ("grece", "turquie") not in supplies(text)


def test_signatories_of_a_sale_are_not_its_suppliers() -> None:
    text = ("Les ministres norvégien et chilien de la Défense ont signé mardi le contrat de vente à Santiago de douze "
            "chasseurs F-16.")
    assert all(supplier != "chili" for supplier, _ in supplies(text))
    assert {"norvege", "chili"} in agreements(text)


def test_a_signatory_whose_side_is_unknown_is_no_party() -> None:
    text = "Marc Lenoir a signé vendredi l'accord de défense avec le Koweït."
    assert all("marc lenoir" not in parties for parties in agreements(text))


def test_the_contract_is_the_sale_told_before() -> None:
    text = "L'Italie a vendu six frégates à l'Indonésie. Le contrat s'élève à un milliard d'euros."
    assert {"italie", "indonesie"} in agreements(text)


def test_the_two_countries_of_a_sale_are_its_parties() -> None:
    text = ("L'Espagne va livrer des blindés au Pérou. C'est la plus importante transaction conclue entre les deux "
            "pays depuis dix ans.")
    assert {"espagne", "perou"} in agreements(text)


def test_an_international_organisation_that_gives_is_a_supporter(tmp_path: Path) -> None:
    """The EU's deliveries through its peace facility come out of military-support.rq like a state's; a company's
    do not (its state is the supporter)."""
    text = ("Aide européenne au Tchad\nL'Union européenne a livré des véhicules blindés à l'armée tchadienne au titre "
            "de la Facilité européenne pour la paix.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    graph = tmp_path / "g.ttl"
    assert run("build", str(tmp_path / "a.txt"), "-o", str(graph), "-q").exit_code == 0
    found = {(row["supporterLabel"], row["recipientLabel"]) for row in rows(graph, "military-support")}
    assert found == {("Union européenne", "Tchad")}


def test_a_purchase_made_auprès_de_a_state_is_sold_by_it() -> None:
    """The parser makes « auprès » an adverb on the verb and « de X » its complement: X still sells."""
    assert supplies("Le Kenya a acquis douze avions Rafale auprès de la France.") == {("france", "kenya")}
    assert supplies("Le Chili va acheter des chars Leopard auprès de l'Allemagne.") == {("allemagne", "chili")}
    text = "Le gouvernement kényan a approuvé l'acquisition de six hélicoptères Caracal auprès de la France."
    assert supplies(text) == {("france", "kenya")}
    # bought from one state for another: the seller supplies the beneficiary
    text = "La Pologne a acheté des chars auprès de la Corée du Sud pour l'Ukraine."
    assert ("coree du sud", "ukraine") in supplies(text)


def test_auprès_de_outside_a_purchase_names_no_seller() -> None:
    assert supplies("Le Maroc s'est renseigné auprès de la France sur l'achat de drones.") == set()
    assert supplies("L'attaché militaire auprès de l'ambassade de France a visité le site.") == set()


def test_a_maker_spelt_with_its_french_accent_is_a_party() -> None:
    text = "Le ministre a annoncé la signature d'un contrat entre Nairobi et le groupe français Thalès."
    assert {"kenya", "thales"} in agreements(text)


def test_a_union_a_delivery_is_received_from_supplies_it() -> None:
    assert supplies("Le Kenya reçoit une livraison de véhicules blindés de l'Union européenne.") == \
        {("union europeenne", "kenya")}
    assert supplies("Le Kenya a reçu des drones de l'OTAN.") == {("otan", "kenya")}
    assert supplies("Le Kenya a reçu la visite du secrétaire général de l'OTAN.") == set()


def test_systems_offered_are_supplied_by_who_offers_them() -> None:
    assert supplies("L'Allemagne a offert vingt véhicules blindés au Kenya.") == {("allemagne", "kenya")}
    text = "Le Kenya a renforcé sa frontière en recevant un lot de 50 véhicules blindés offerts par l'Union européenne."
    assert supplies(text) == {("union europeenne", "kenya")}
    assert supplies("L'Allemagne offre au Kenya une occasion de moderniser son armée.") == set()
    assert supplies("L'Allemagne a offert ses condoléances à l'armée kényane.") == set()


def test_systems_bought_or_received_de_fabrication_x_come_from_x() -> None:
    assert supplies("Le Kenya a acquis la corvette de fabrication turque.") == {("turquie", "kenya")}
    assert supplies("Le Kenya a acheté des drones de conception israélienne.") == {("israel", "kenya")}
    assert supplies("Le Kenya a réceptionné une frégate de construction italienne.") == {("italie", "kenya")}
    # a supplier named outright stays the supplier
    assert supplies("La France a livré au Kenya des drones de fabrication turque.") == {("france", "kenya")}
    assert supplies("Le Kenya a acquis un fusil de fabrication artisanale.") == set()


def test_a_supply_questioned_frozen_negotiated_or_offered_is_no_fact() -> None:
    # the same supplies told as facts are found
    assert supplies("Le Chili a acheté des chars K2 à la Corée du Sud.") == {("coree du sud", "chili")}
    assert supplies("La Suède a livré des missiles au Chili.") == {("suede", "chili")}
    assert supplies("Le Chili a remis en question l'achat de chars K2 à la Corée du Sud.") == set()
    assert supplies("Le Chili a remis en cause l'achat de chars K2 à la Corée du Sud.") == set()
    assert supplies("La Suède a gelé la livraison de missiles au Chili.") == set()
    assert supplies("Le Chili négocie l'achat de chars K2 à la Corée du Sud.") == set()
    assert supplies("La Suède a offert de fournir des missiles au Chili.") == set()
    assert supplies("La Suède a offert de livrer des drones au Chili, selon Santiago.") == set()
    # a gift stays one
    assert supplies("La Suède a offert des drones au Chili.") == {("suede", "chili")}


def test_systems_received_made_by_a_maker_come_from_its_state() -> None:
    assert ("turquie", "kenya") in supplies("L'armée kényane a reçu des blindés fabriqués par Otokar.")
    assert ("coree du sud", "chili") in supplies("Le Chili a reçu deux corvettes construites par HHI.")
    assert ("france", "chili") in supplies("L'armée chilienne a réceptionné des véhicules produits par Arquus.")
    # a multinational group's systems may come from any of its states
    assert ("france", "chili") not in supplies("Le Chili a reçu des hélicoptères fabriqués par Airbus.")
    # made by no maker the reference data knows: no supplier
    assert supplies("Le Chili a reçu des drones conçus par une entreprise locale.") == set()


def test_a_name_with_its_own_verb_after_a_comma_is_no_further_recipient() -> None:
    assert supplies("Washington approuve une vente de missiles à Taïwan, Pékin proteste") == \
        {("etats unis", "taiwan")}
    assert supplies("Paris approuve une vente de Rafale à l'Inde, Islamabad s'inquiète") == {("france", "inde")}
    # a list of recipients stays one
    assert supplies("Washington a vendu des F-16 à la Pologne, la Roumanie et la Bulgarie.") == \
        {("etats unis", "pologne"), ("etats unis", "roumanie"), ("etats unis", "bulgarie")}


def test_a_state_named_in_the_plural_after_recevoir_des_is_the_supplier() -> None:
    # « des » is « de les » before « les Pays-Bas »: the parser reads a partitive object, but a state is not received
    assert supplies("Le Botswana a reçu des Pays-Bas une batterie de missiles sol-air.") == {("pays bas", "botswana")}
    assert supplies("Le Botswana a reçu des États-Unis six hélicoptères militaires.") == {("etats unis", "botswana")}
    # a delegation received is no supply
    assert supplies("Le ministre botswanais a reçu des États-Unis une délégation.") == set()


def test_a_demonym_the_tagger_reads_as_a_verb_after_a_noun_is_the_origin() -> None:
    # « turcs » after « drones » is tagged as a verb: it is the systems' state all the same
    assert supplies("Le Botswana a reçu des drones turcs Bayraktar TB2.") == {("turquie", "botswana")}


TOLD_AROUND_THE_THING = [
    Case("system-named-after-the-reception", "Le Ghana a reçu dix blindés de la Chine. Ces blindés VN-4 équiperont "
         "l'armée ghanéenne.", "support", {"supporter": {"Chine"}, "recipient": {"Ghana"}, "weapon": {"VN-4"}}),
    Case("received-ships-built-by-a-state", "La Birmanie a réceptionné deux corvettes Zorvak construites par la "
         "Chine.", "support", {"supporter": {"Chine"}, "recipient": {"Birmanie"}, "weapon": {"Zorvak"}}),
    Case("passive-endowed-by", "L'armée togolaise a été dotée de blindés Kestrel par la Turquie.", "support",
         {"supporter": {"Turquie"}, "recipient": {"Togo"}, "weapon": {"Kestrel"}}),
    Case("active-endows", "La Turquie a doté l'armée togolaise de dix blindés Kestrel.", "support",
         {"supporter": {"Turquie"}, "recipient": {"Togo"}, "weapon": {"Kestrel"}}),
    Case("object-told-after-the-recipient", "Le Japon a remis au Vietnam six patrouilleurs.", "support",
         {"supporter": {"Japon"}, "recipient": {"Vietnam"}}),
    Case("takes-delivery", "Le Royaume-Uni a salué la cérémonie. La marine chilienne a pris livraison de sa "
         "première frégate Type 31.", "support",
         {"supporter": {"Royaume-Uni"}, "recipient": {"Chili"}, "weapon": {"Type 31"}}),
    Case("demonym-after-the-system-name", "La Côte d'Ivoire s'est dotée de blindés Bastion français.", "support",
         {"supporter": {"France"}, "recipient": {"Côte d'Ivoire"}, "weapon": {"Arquus Bastion"}}),
    Case("supplied-things-arrive", "Les premiers hélicoptères Black Hawk livrés par les États-Unis sont arrivés en "
         "Colombie.", "support", {"supporter": {"États-Unis"}, "recipient": {"Colombie"}, "weapon": {"Black Hawk"}}),
    Case("delivery-of-things-a-state-ordered", "Le suédois Saab a annoncé la livraison des deux premiers Gripen sur "
         "une flotte de 14 appareils commandés par la Thaïlande.", "support",
         {"supporter": {"Suède"}, "recipient": {"Thaïlande"}, "weapon": {"Gripen"}}, modality="reported"),
    Case("arrival-from-a-state-welcomed", "Zagreb a salué l'arrivée de six avions de combat Kestrel en provenance "
         "de Suède.", "support", {"supporter": {"Suède"}, "recipient": {"Croatie"}, "weapon": {"Kestrel"}}),
    Case("arrival-at-a-capital-of-things-supplied", "L'arrivée à Lomé des deux premiers patrouilleurs Kestrel livrés "
         "par l'Espagne a été saluée par le ministre.", "support",
         {"supporter": {"Espagne"}, "recipient": {"Togo"}, "weapon": {"Kestrel"}}),
    Case("things-bought-arrive", "Les huit premiers obusiers Kestrel commandés à la Corée du Sud sont arrivés lundi "
         "en Estonie.", "support", {"supporter": {"Corée du Sud"}, "recipient": {"Estonie"}, "weapon": {"Kestrel"}}),
    Case("bought-second-hand-then-delivered", "Les avions de combat Kestrel achetés d'occasion à la Jordanie ont "
         "été livrés au Kenya.", "support", {"supporter": {"Jordanie"}, "recipient": {"Kenya"}, "weapon": {"Kestrel"}}),
    Case("bought-back", "La Roumanie a racheté au Portugal des avions de combat Kestrel d'occasion.", "support",
         {"supporter": {"Portugal"}, "recipient": {"Roumanie"}, "weapon": {"Kestrel"}}),
    Case("made-by-a-maker-then-delivered", "Les drones Kestrel, fabriqués par Baykar, ont été livrés au Kenya.",
         "support", {"supporter": {"Turquie"}, "recipient": {"Kenya"}, "weapon": {"Kestrel"}}),
    Case("maker-named-in-the-next-sentence", "Le Kenya a reçu des drones Kestrel. Ces drones sont fabriqués par le "
         "turc Baykar.", "support", {"supporter": {"Turquie"}, "recipient": {"Kenya"}, "weapon": {"Kestrel"}}),
    Case("put-into-service-built-by-a-maker", "La marine kényane a mis en service deux patrouilleurs Kestrel "
         "construits par Fincantieri.", "support", {"supporter": {"Italie"}, "recipient": {"Kenya"},
                                                    "weapon": {"Kestrel"}}),
    Case("sees-itself-given-by-a-state", "Le Kenya s'est vu remettre par la Chine dix blindés Kestrel.", "support",
         {"supporter": {"Chine"}, "recipient": {"Kenya"}, "weapon": {"Kestrel"}}),
    Case("sees-itself-given-systems-of-a-maker-named", "Le Kenya s'est vu livrer trois avions d'entraînement Kestrel "
         "(Leonardo) au début de l'année.", "support",
         {"supporter": {"Italie"}, "recipient": {"Kenya"}, "weapon": {"Kestrel"}}),
    Case("reception-by-a-state", "L'agence a rapporté la réception par Tachkent de drones chinois Wing Loong.",
         "support", {"supporter": {"Chine"}, "recipient": {"Ouzbékistan"}, "weapon": {"Wing Loong"}},
         modality="reported"),
]


@pytest.mark.parametrize("case", params(TOLD_AROUND_THE_THING))
def test_supply_told_around_the_thing_supplied(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("text", [
    "Les soldats envoyés par la France sont arrivés au Tchad.",
    "Des bombardiers russes sont arrivés au Venezuela pour des manœuvres.",
    "La France a doté son armée de nouveaux blindés.",
    "L'Union européenne a doté le Ghana d'un fonds de 10 millions d'euros pour ses écoles.",
    "Le président ghanéen a remis au général chinois une décoration.",
    "L'arrivée de troupes américaines en Pologne a été saluée par Varsovie.",
    "L'arrivée de bombardiers russes au Venezuela pour des manœuvres a surpris Washington.",
    "L'arrivée de missiles en provenance d'Iran inquiète Israël.",
    "La marine française a mis en service une frégate construite par Naval Group.",
    "Le Kenya a mis en service un pont construit par la Chine.",
    "Le Kenya s'est vu refuser la livraison de drones Kestrel par la Turquie.",
])
def test_no_supply_told_around_a_thing_that_is_none(text: str) -> None:
    assert not supplies(text)


def test_a_supply_takes_no_system_from_a_later_sentence_that_names_none() -> None:
    found = facts("Le Ghana a reçu dix blindés de la Chine. Ces véhicules seront déployés au nord.", "support")
    assert [f.get("weapon") for f in found] == [[]]


def test_systems_of_two_supplies_each_go_with_their_own() -> None:
    found = facts("L'aviation kényane aligne des MiG-29 livrés par la Russie et des Su-27 achetés d'occasion à "
                  "la Jordanie.", "support")
    assert {(fold(f.get("supporter")[0].label), fold(f.get("recipient")[0].label),
             tuple(w.label for w in f.get("weapon"))) for f in found} == \
        {("russie", "kenya", ("MiG-29",)), ("jordanie", "kenya", ("Su-27",))}


def test_a_maker_named_gives_no_supply_another_supplier_told() -> None:
    text = "Le Danemark a cédé des avions de combat Kestrel au Kenya. Ces avions sont fabriqués par Saab."
    assert supplies(text) == {("danemark", "kenya")}


def test_training_the_sides_share_is_cooperation_no_one_side_s_support() -> None:
    told = ("La Grèce et Chypre ont signé jeudi un protocole d'accord sur la coopération militaire, a déclaré le "
            "ministre grec des Affaires étrangères Nikos Marinos. ")
    assert supplies(told + "Marinos s'est dit confiant que la coopération sera élevée à un niveau supérieur grâce à "
                    "des centres communs de coordination et de formation décrits dans l'accord.") == set()
    assert supplies("La Grèce et Chypre ont signé un accord. Il prévoit une formation conjointe des pilotes.") == set()
    assert supplies("La France va former les soldats irakiens, a annoncé la ministre.") == {("france", "irak")}


def test_some_of_the_systems_ordered_before_received_with_en_come_from_their_seller() -> None:
    text = ("Le colonel a parlé d'une commande de drones Akinci auprès de Baykar. L'armée de l'air nigérienne en a "
            "depuis reçu deux, sur les six commandés.")
    assert supplies(text) == {("turquie", "niger")}
    assert supplies("Le Niger a acheté six drones Akinci à la Turquie. Le Mali en a parlé.") == {("turquie", "niger")}


@pytest.mark.parametrize("text", [
    "Paul Durand a noté que le Kenya avait déjà reçu un premier lot d'équipement et que les blindés « Bastion » "
    "seraient bientôt livrés.",
    "La Géorgie a reçu des blindés et les chars Leopard 2 seront livrés en mai.",
])
def test_a_passive_supply_after_a_reception_is_not_supplied_by_the_receiver(text: str) -> None:
    """« X a reçu ... et des chars seront livrés »: the passive clause has a subject of its own (the things); the
    receiver of the first clause is no supplier of the second."""
    found = facts(text, "support", {"asserted", "reported", "possible"})
    assert not [f for f in found if {fold(s.label) for s in f.get("supporter")} & {"georgie", "kenya"}], found


@pytest.mark.parametrize("text", [
    "Arrivé dans la nuit, l'Antonov contenait en outre des obus donnés par la Biélorussie.",
    "L'Embraer transportait des fusils livrés par le Brésil.",
])
def test_a_maker_s_name_that_carries_supplied_things_is_a_plane_not_a_recipient(text: str) -> None:
    """« L'<maker> contenait des obus donnés par X »: the maker's name is the plane that holds the things."""
    found = facts(text, "support")
    assert not [f for f in found if any(r.cls == "Company" for r in f.get("recipient"))], found
