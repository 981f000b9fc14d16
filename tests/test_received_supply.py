"""A supply received whose things are named by their origin: « X a reçu une livraison de drones turcs »: the demonym
of what the supply noun moves names who supplies it, never a second recipient; a donation that pays for them is the
donor's support to the one that receives them; a sale whose sum is set off after the verb (« a vendu, pour un
montant de X, des chars à Y ») goes to the « à Y » the parser hangs on the sum. Sentences written for these tests."""

from __future__ import annotations

from kg.pipeline import analyse_text
from kg.text import fold
from tests.test_deals import supplies
from tests.test_extractors import PUBLISHED


def test_a_delivery_received_of_things_named_by_origin() -> None:
    assert supplies("Le Niger a reçu une livraison de drones turcs.") == {("turquie", "niger")}


def test_a_donation_paying_for_a_delivery_supports_who_receives_it() -> None:
    text = ("L'armée malienne a reçu lundi une première livraison d'armes allemandes, financées par un don qatarien "
            "de deux milliards de dollars.")
    assert supplies(text) == {("allemagne", "mali"), ("qatar", "mali")}


def test_a_sale_with_its_sum_set_off_after_the_verb() -> None:
    text = ("Pékin avait vendu en 2016, pour un montant de deux milliards de dollars, des chars, des canons et des "
            "lance-roquettes à Addis-Abeba, a rappelé l'opposition.")
    assert supplies(text) == {("chine", "ethiopie")}
    assert supplies("La Turquie a vendu, pour un montant de 300 millions de dollars, des drones au Niger.") == \
        {("turquie", "niger")}


def test_a_gift_received_from_the_part_of_a_giver() -> None:
    text = "Les Seychelles ont reçu en donation jeudi de la part de l'Inde douze drones de surveillance."
    assert supplies(text) == {("inde", "seychelles")}
    assert supplies("Le Kenya a reçu en cadeau de la part du Japon deux patrouilleurs.") == {("japon", "kenya")}
    assert supplies("Le Kenya a reçu en don de la part du Japon une médaille d'honneur.") == set()  # no matériel


def _headlined(text: str) -> set[tuple[str, str]]:
    """The supplies of an article whose first line is its headline."""
    return {(fold(s.label), fold(r.label)) for f in analyse_text(text, PUBLISHED).facts if f.kind == "support"
            for s in f.get("supporter") for r in f.get("recipient")}


def test_a_body_without_its_state_receives_for_the_state_of_the_headline_city() -> None:
    text = ("Abidjan : l'aviation accueille trois hélicoptères\n"
            "Le commandement a réceptionné trois hélicoptères de type Gazelle, cédés par la Belgique.")
    assert _headlined(text) == {("belgique", "cote d'ivoire")}
    text = ("Nairobi : l'aviation accueille trois hélicoptères\n"
            "L'armée a reçu deux avions de type Alpha Jet, cédés par la Belgique.")
    assert _headlined(text) == {("belgique", "kenya")}


def test_a_body_receiving_with_no_state_of_the_story_receives_for_no_one() -> None:
    text = ("Formation : l'aviation accueille trois hélicoptères\n"
            "Le commandement a réceptionné trois hélicoptères de type Gazelle, cédés par la Belgique.")
    assert _headlined(text) == set()
    text = ("Abidjan : l'aviation accueille trois hélicoptères\n"
            "Le commandement a visité trois hélicoptères de type Gazelle, cédés par la Belgique.")
    assert ("belgique", "cote d'ivoire") not in _headlined(text)


def test_a_buyer_funding_its_own_purchase_supports_no_one() -> None:
    text = ("Le Pérou a acheté à l'Espagne six avions de patrouille pour un montant de 50 millions de dollars. "
            "L'accord a été financé par le Fonds de défense nationale du Pérou.")
    assert supplies(text) == {("espagne", "perou")}
    text = ("L'Italie a acheté au Brésil dix blindés pour 80 millions d'euros. Cet achat a été financé par un "
            "fonds de l'Italie.")
    assert supplies(text) == {("bresil", "italie")}


def test_exports_with_no_exporter_said_are_the_story_state_s() -> None:
    text = ("Le Portugal et le Pérou ont conclu un accord de défense. Il prolonge une coopération ancienne, avec "
            "300 millions d'euros d'exportations d'armement vers le Pérou depuis 2019.")
    assert ("portugal", "perou") in supplies(text)
    assert supplies("Le Pérou modernise son armée. Les exportations d'armement vers le Pérou ont doublé.") == set()


def test_an_offer_accepted_is_no_supply_by_who_accepts_it() -> None:
    # the tagger reads « une offre » as the verb « offrir »: a word with an article of its own is a noun
    text = ("Les sous-marins serviront la marine chilienne dans le cadre d'un pacte signé entre Santiago, Madrid et "
            "Paris. Santiago a en outre accepté une offre de l'Espagne pour la fourniture de frégates F-100.")
    assert supplies(text) == {("espagne", "chili")}


def test_goods_listed_received_with_a_demonym_on_the_last_are_supplied_from_its_state() -> None:
    text = "La garde nigérienne a reçu six blindés de type Ejder, des fusils et des munitions turques."
    assert supplies(text) == {("turquie", "niger")}
    assert supplies("L'armée nigérienne a reçu des fusils et des munitions nigériennes.") == set()
    assert supplies("La garde a reçu des pièces détachées pour ses vieux chars soviétiques.") == set()


def test_the_goods_of_a_supply_named_in_the_next_sentence() -> None:
    text = ("La marine kényane a reçu lundi quatre hélicoptères américains, a annoncé le ministère. Il s'agit selon "
            "un officier d'appareils Black Hawk, un premier lot d'une commande de dix aéronefs du même type.")
    found = {(fold(s.label), fold(w.label)) for f in analyse_text(text, PUBLISHED).facts if f.kind == "support"
             for s in f.get("supporter") for w in f.get("weapon")}
    assert ("etats-unis", "black hawk") in found


def test_a_demonym_hung_on_a_system_name_names_where_it_comes_from() -> None:
    # the parser may hang the demonym on the system's name as part of it: still the origin, never a recipient
    assert supplies("Le Vietnam a reçu deux sous-marins Kilo russes et a modernisé ses deux unités.") == \
        {("russie", "vietnam")}
    text = "La Birmanie a, ainsi, reçu trois sous-marins du type Kilo russe puis fait rénover ses patrouilleurs."
    assert supplies(text) == {("russie", "birmanie")}
    assert supplies("La marine indonésienne a réceptionné deux frégates de la classe Sigma néerlandaise.") == \
        {("pays bas", "indonesie")}


def test_a_demonym_on_a_name_that_is_no_system_names_no_origin() -> None:
    assert supplies("Le Vietnam a reçu la délégation Kilo russe et a modernisé ses deux unités.") == set()
    assert supplies("Le Vietnam a reçu deux sous-marins et a salué l'équipe Kilo russe.") == set()


def test_a_supplier_guessed_from_the_makers_gives_way_to_one_named_later() -> None:
    text = ("Le Niger vient de réceptionner quatre TB2. Ce sont quatre drones Bayraktar TB2 de la marque turque "
            "Baykar que le Qatar vient de livrer au Niger.")
    assert supplies(text) == {("qatar", "niger")}
    text = ("L'armée kényane vient de réceptionner six TB2. Ce sont six drones Bayraktar TB2 de la marque turque "
            "Baykar que l'Azerbaïdjan vient de céder au Kenya.")
    assert supplies(text) == {("azerbaidjan", "kenya")}


def test_a_guessed_supplier_stands_when_the_later_one_gives_to_another() -> None:
    text = ("Le Niger vient de réceptionner quatre TB2. Ce sont quatre drones Bayraktar TB2 de la marque turque "
            "Baykar que le Qatar vient de livrer au Mali.")
    assert supplies(text) == {("turquie", "niger"), ("qatar", "mali")}
    text = ("Le Tchad a réceptionné quatre Rafale du français Dassault Aviation. La Grèce a cédé deux Mirage 2000 "
            "au Tchad.")
    assert supplies(text) == {("france", "tchad"), ("grece", "tchad")}


def test_a_guessed_supplier_stands_when_the_later_one_is_denied() -> None:
    text = ("La Bolivie vient de réceptionner quatre Super Tucano. Ce sont quatre A-29 Super Tucano de la marque "
            "brésilienne Embraer, que le Chili a refusé de livrer à la Bolivie.")
    assert supplies(text) == {("bresil", "bolivie")}
