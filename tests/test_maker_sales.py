"""Sales told by the maker's side: « X a signé un contrat avec <maker> pour l'achat de ... », « <maker> a annoncé
une commande de X portant sur ... »: the maker sells for its state, where the article names that state. Orders
placed: « X a passé commande auprès de Y », « une commande a été passée à Y »: Y sells, X (else the state the
article is about) buys, and both are parties to the order."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows
from tests.test_deals import agreements, facts, supplies


def test_a_purchase_signed_with_a_maker_is_a_sale_by_its_state() -> None:
    text = ("Le Chili a signé un contrat avec Embraer pour l'achat de six A-29 Super Tucano. "
            "L'avionneur brésilien livrera les appareils en 2026.")
    assert supplies(text) == {("bresil", "chili")}
    text = ("Le ministère kényan de la Défense a conclu un contrat avec Saab pour l'acquisition de huit Gripen, "
            "a indiqué le groupe suédois.")
    assert supplies(text) == {("suede", "kenya")}


def test_an_order_a_maker_announces_is_a_sale_to_its_client() -> None:
    text = "Le groupe suédois Saab a annoncé une commande de la Colombie portant sur seize Gripen."
    assert supplies(text) == {("suede", "colombie")}
    text = ("Embraer a annoncé une commande portant sur quatre A-29 Super Tucano destinés à l'armée de l'air "
            "paraguayenne. Le Brésil compte déjà plusieurs clients en Amérique du Sud.")
    assert supplies(text) == {("bresil", "paraguay")}


def test_a_national_maker_sells_for_its_state_the_article_never_names() -> None:
    assert supplies("Le Chili a signé un contrat avec Embraer pour l'achat de six A-29 Super Tucano.") == \
        {("bresil", "chili")}
    assert supplies("Saab a annoncé une commande de la Colombie portant sur seize Gripen.") == {("suede", "colombie")}
    assert supplies("Le Kenya a acquis huit drones Bayraktar TB2 auprès de Baykar.") == {("turquie", "kenya")}
    assert supplies("La Norvège a commandé des chars K2 à Hyundai Rotem.") == {("coree du sud", "norvege")}
    assert supplies("Le Pérou a signé avec Hanwha Aerospace un contrat pour 24 obusiers K9.") == \
        {("coree du sud", "perou")}
    assert supplies("Le Sénégal a commandé trois patrouilleurs à Piriou.") == {("france", "senegal")}
    assert supplies("La Roumanie avait passé commande de quatre corvettes auprès du chantier Naval Group.") == \
        {("france", "roumanie")}


def test_a_maker_no_state_is_known_for_is_the_supplier_the_query_gives(tmp_path: Path) -> None:
    # a yard the reference data do not know, a multinational group whose state the article never names
    text = ("Titre\nLe Gabon a passé commande de deux patrouilleurs PX-45 auprès du constructeur Navalis. "
            "Le Pérou a commandé des missiles à MBDA.\n")
    found = {(r["supporterLabel"], r["recipientLabel"]) for r in rows(build_text(tmp_path, text), "military-support")}
    assert found == {("Navalis", "Gabon"), ("MBDA", "Pérou")}
    # a national maker's deliveries are its state's, never its own
    text = "Titre\nLa Grèce a réceptionné six Rafale commandés à la France, livrés par Dassault Aviation à Tanagra.\n"
    found = {(r["supporterLabel"], r["recipientLabel"]) for r in rows(build_text(tmp_path, text), "military-support")}
    assert ("Dassault Aviation", "Grèce") not in found
    assert supplies("Le Gabon envisage de passer commande de deux patrouilleurs auprès du constructeur Navalis.") \
        == set()
    assert supplies("La compagnie Air Gabon a passé commande de deux Airbus A330neo auprès d'Airbus.") == set()


def test_a_multinational_group_whose_state_the_article_never_names_sells_as_itself() -> None:
    # a group whose systems are made in several states: its home state is no supplier unless the article names it;
    # the group itself is
    assert supplies("Le Pérou a commandé dix hélicoptères H145M à Airbus Helicopters.") == {("airbus", "perou")}
    assert supplies("Le Pérou a commandé des missiles à MBDA.") == {("mbda", "perou")}
    assert supplies("La Grèce a commandé des canons Caesar à KNDS.") == {("knds", "grece")}
    assert supplies("Le Mexique a confirmé l'acquisition de douze hélicoptères H225M auprès du groupe Airbus.") == \
        {("airbus", "mexique")}
    assert supplies("Le Pérou a commandé dix hélicoptères H145M à Airbus Helicopters, le groupe franco-allemand. "
                    "La France s'en félicite.") == {("france", "perou")}
    # what a maker sells that is no system nor matériel is no supply
    assert supplies("Le Pérou a commandé une étude de faisabilité à Thales.") == set()
    assert supplies("Le Pérou achète du matériel informatique auprès de Thales.") == set()
    assert supplies("Le Pérou envisage d'acheter des Rafale à Dassault Aviation.") == set()
    # a contract with a maker that buys no system is no supply
    assert supplies("Le Chili a signé un contrat avec Embraer pour la maintenance de ses avions. Le Brésil "
                    "s'en félicite.") == set()


def test_aircraft_a_maker_sells_are_arms_only_where_the_clause_says_so() -> None:
    # « avions » and « hélicoptères » alone may be airliners: a maker's state sells them as arms only when the
    # clause calls them military or names an armed buyer
    assert supplies("Le Vanuatu a commandé trente avions à Boeing.") == set()
    assert supplies("La compagnie nationale du Vanuatu a commandé trente avions à Embraer.") == set()
    assert supplies("Le Vanuatu a commandé trente avions de combat à Boeing.") == {("etats unis", "vanuatu")}
    assert supplies("Le Vanuatu a commandé douze hélicoptères à Boeing pour son armée de terre.") == \
        {("etats unis", "vanuatu")}
    assert supplies("Le Vanuatu a commandé six chars à Hanwha.") == {("coree du sud", "vanuatu")}


def test_an_order_placed_with_a_state_is_its_sale_and_an_agreement_with_it() -> None:
    text = "Le Pérou a passé commande auprès de la Corée du Sud de vingt chars."
    assert supplies(text) == {("coree du sud", "perou")}
    assert agreements(text) == [{"perou", "coree du sud"}]
    text = "Le Kenya a passé une commande de six patrouilleurs à l'Espagne."
    assert supplies(text) == {("espagne", "kenya")}
    text = "Le Kenya a placé une commande de six patrouilleurs auprès du chantier Piriou, selon le groupe français."
    assert supplies(text) == {("france", "kenya")}
    assert agreements(text) == [{"kenya", "piriou"}]


def test_an_order_placed_in_the_passive_is_bought_by_the_state_the_article_is_about() -> None:
    text = ("Le Ghana veut moderniser son aviation militaire avec de nouveaux hélicoptères. Ainsi, une commande a "
            "été passée auprès de la Turquie, avec une livraison prévue cette année.")
    assert supplies(text) == {("turquie", "ghana")}
    assert agreements(text) == [{"ghana", "turquie"}]
    # its seller is no recipient of a later delivery the buyer speaks of
    text = ("Le Kenya modernise son armée avec de nouveaux hélicoptères militaires. Une commande de dix "
            "hélicoptères avait été passée à Israël. Les autorités kényanes ont jugé le délai de livraison trop long.")
    assert supplies(text) == {("israel", "kenya")}


def test_an_order_placed_with_no_seller_is_no_sale() -> None:
    assert supplies("Le Kenya a passé une commande de six patrouilleurs pour sa marine.") == set()
    assert agreements("Le Kenya a passé une commande de six patrouilleurs pour sa marine.") == []


def test_the_worth_of_the_contract_told_after_it_is_its_sum() -> None:
    text = ("Le Chili a signé un contrat avec l'Espagne pour quatre frégates. Le montant du contrat dépasse 2 "
            "milliards de dollars.")
    assert [(float(a.value), a.currency) for f in facts(text, "agreement") for a in f.amounts] == [(2e9, "USD")]
    text = ("Le Chili a signé un contrat avec l'Espagne pour quatre frégates. Le coût du programme de recherche "
            "dépasse 2 milliards de dollars.")
    assert [a for f in facts(text, "agreement") for a in f.amounts] == []


def test_a_deal_signed_for_a_purchase_is_between_the_sides_of_the_sale() -> None:
    text = ("Le ministre français a annoncé qu'une lettre d'intention avait été signée pour l'acquisition par l'armée "
            "péruvienne de quatre hélicoptères Caracal fabriqués par Airbus.")
    assert {"perou", "france"} in agreements(text)
    assert {"colombie", "suede"} in agreements(
        "Un contrat a été signé pour l'achat par la Colombie de seize avions de combat Gripen suédois.")
    assert {"perou", "coree du sud"} in agreements("Le Pérou a signé un accord pour l'achat de vingt obusiers K9 "
                                                   "sud-coréens.")
    # a sale told in another sentence is no side of the deal
    assert agreements("Le Pérou a signé un accord avec l'Espagne. La France lui vend des Rafale.") == [
        {"perou", "espagne"}]


def test_a_sale_still_under_negotiation_is_no_fact_yet() -> None:
    for said in ("est encore en négociation", "est en cours de négociation", "fait toujours l'objet de négociations"):
        assert supplies(f"L'Inde modernise son aviation. La vente de douze Rafale français à l'Inde {said}.") == set()
    assert supplies("L'Inde modernise son aviation. La vente de douze Rafale français à l'Inde a été conclue.") == {
        ("france", "inde")}
    # the talks themselves are under way
    found = facts("Les négociations entre l'Inde et la France sur des Rafale sont en cours.", "negotiation")
    assert [{p.label for p in f.get("participant")} for f in found] == [{"Inde", "France"}]


def test_a_contract_with_a_maker_for_its_systems_is_a_sale_by_its_state() -> None:
    text = ("La Norvège a signé jeudi avec le sud-coréen Hanwha Aerospace un contrat portant sur 24 obusiers "
            "K9 Thunder. Séoul salue ce succès.")
    assert supplies(text) == {("coree du sud", "norvege")}
    text = ("Le Brésil a conclu avec Saab un contrat de 4 milliards de dollars pour 36 Gripen, selon le "
            "ministère. La Suède s'en réjouit.")
    assert supplies(text) == {("suede", "bresil")}
    text = ("Hanwha Aerospace a signé avec l'Estonie un contrat portant sur douze obusiers K9, a annoncé la Corée "
            "du Sud.")
    assert supplies(text) == {("coree du sud", "estonie")}


def test_a_contract_with_a_maker_sells_nothing_its_state_or_its_make_does_not_back() -> None:
    # a multinational group's state never named (the group sells as itself), a contract within the maker's own
    # state, systems another maker makes
    assert supplies("La Norvège a signé avec MBDA un contrat portant sur 24 missiles Meteor.") == {("mbda", "norvege")}
    assert supplies("La Corée du Sud a signé avec Hanwha Aerospace un contrat portant sur 24 obusiers K9.") == set()
    assert supplies("La Norvège a signé avec Saab un contrat portant sur 24 obusiers K9 Thunder. La Suède et "
                    "la Corée du Sud saluent ce succès.") == set()


def test_a_sale_to_a_branch_of_a_state_s_forces_is_a_sale_to_that_state() -> None:
    assert supplies("Saab a annoncé avoir vendu seize exemplaires de son Gripen à l'armée de l'air de la Colombie.") \
        == {("suede", "colombie")}
    assert supplies("Hanwha Aerospace a livré 24 obusiers K9 à l'armée de terre de l'Estonie.") == \
        {("coree du sud", "estonie")}
    assert supplies("Embraer espère vendre six A-29 Super Tucano à l'armée de l'air du Paraguay.") == set()


def test_systems_a_maker_sold_then_told_bought_by_a_state_are_sold_to_it() -> None:
    text = "Baykar a vendu quatre drones Akinci. Ces appareils ont été achetés par l'armée de l'air du Niger."
    assert supplies(text) == {("turquie", "niger")}
    text = "Baykar a vendu quatre drones Akinci. Ces appareils pourraient être achetés par le Niger."
    assert supplies(text) == set()


def test_systems_received_from_no_one_said_come_from_their_one_maker_named_close_by() -> None:
    # systems of several makers: the one the article names beside the reception delivers them
    text = ("L'armée de l'air koweïtienne vient de réceptionner son premier Eurofighter Typhoon. Une cérémonie "
            "s'est tenue sur le site de BAE Systems à Warton.")
    assert supplies(text) == {("bae systems", "koweit")}
    text = ("L'armée de l'air koweïtienne a réceptionné son premier Eurofighter Typhoon lors d'une cérémonie "
            "réunissant BAE Systems et Leonardo.")
    assert supplies(text) == set()
    text = ("L'armée de l'air koweïtienne a réceptionné son premier Eurofighter Typhoon. Le pays en compte 28. "
            "La flotte grandit. Ses pilotes volent beaucoup. Leonardo a publié ses résultats.")
    assert supplies(text) == set()
    assert supplies("Le Koweït pourrait réceptionner son premier Eurofighter Typhoon sur le site de BAE Systems.") \
        == set()


def test_who_has_systems_delivered_to_itself_receives_them() -> None:
    assert supplies("Le Niger s'est fait livrer deux drones Akinci par la Turquie.") == {("turquie", "niger")}
    assert supplies("L'armée de l'air nigérienne vient de se faire livrer deux drones Akinci par la Turquie.") == \
        {("turquie", "niger")}
    assert supplies("La Turquie fait livrer deux drones Akinci au Niger.") == {("turquie", "niger")}


def test_a_multinational_group_sells_as_itself_and_its_lone_deal_is_the_sale() -> None:
    """« <group> a annoncé la signature d'un contrat. X a acheté six avions W »: systems of a multinational group,
    bought with no seller named in an article that never names the group's home state, are the group's sale; the
    deal the group told alone just before is that sale's, with the buyer, and a heading's sum is its worth."""
    text = ("Le groupe Airbus a annoncé la signature d'un nouveau contrat avec les forces aériennes. Le Chili a acheté "
            "six avions A400M.\nUn contrat à 900 millions d'euros\nLa livraison est prévue en 2028.")
    assert supplies(text) == {("airbus", "chili")}
    assert agreements(text) == [{"airbus", "chili"}]
    assert [a.value for f in facts(text, "agreement") for a in f.amounts] == [900_000_000]
    # a deal told alone is no sale's when the sale is told long after
    text = ("Le groupe Airbus a annoncé la signature d'un nouveau contrat. La presse s'en est fait l'écho. Les "
            "salons se succèdent. Le Chili a acheté six avions A400M.")
    assert agreements(text) == []
