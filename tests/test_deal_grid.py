"""Agreements told the ways newsrooms tell them, as a grid: a verb or a noun for the deal, active or passive, its
sides as states, capitals, people, ministries, agencies or companies, named in the sentence, the sentence before,
or only through the systems ordered or the city it is signed in; its sum, and what is no deal (offers, plans,
talks, denials, hypotheses, standing ties, idioms, sport). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}
NO_SUM = 0

# (cell, text, the agreements it tells: (parties, sum or None for any or NO_SUM for none))
CELLS: list[tuple[str, str, list[tuple[set[str], int | None]]]] = [
    ("verb, two states", "Le Kenya et l'Éthiopie ont signé lundi un accord de coopération de défense.",
     [({"kenya", "ethiopie"}, None)]),
    ("verb, a state and a maker, with its sum", "Le Brésil a conclu un contrat de 4 milliards de dollars avec Saab "
     "pour 36 Gripen.", [({"bresil", "saab"}, 4_000_000_000)]),
    ("passive, « entre »", "Un contrat de 3 milliards d'euros a été signé mardi entre la Grèce et la France pour "
     "trois frégates.", [({"grece", "france"}, 3_000_000_000)]),
    ("capitals", "Bakou et Tachkent ont signé un accord de partenariat stratégique.",
     [({"azerbaidjan", "ouzbekistan"}, None)]),
    ("people for their states", "Le ministre kényan de la Défense, Paul Odera, et son homologue éthiopien, Abel "
     "Tesfaye, ont signé un accord de coopération militaire.", [({"kenya", "ethiopie"}, None)]),
    ("an agency and a maker", "La DAPA a signé un contrat avec Hanwha Aerospace pour des obusiers K9.",
     [({"coree du sud", "hanwha aerospace"}, None)]),
    ("a relative clause on the buyer", "La Pologne, qui a signé en juillet un contrat avec la Corée du Sud pour "
     "180 chars K2, attend les premières livraisons.", [({"pologne", "coree du sud"}, None)]),
    ("a cleft puts the partner first", "C'est avec la Corée du Sud que la Pologne a signé un contrat pour 180 chars "
     "K2.", [({"pologne", "coree du sud"}, None)]),
    ("signed by one state in another's capital", "Le ministre angolais de la Défense, João Silva, a signé mardi à "
     "Moscou un accord de coopération militaire.", [({"angola", "russie"}, None)]),
    ("signed by one state in another state", "Le président ghanéen Kwame Mensah a signé lundi six accords "
     "bilatéraux en Turquie.", [({"ghana", "turquie"}, None)]),
    ("signed by one state in another state, « au »", "Le ministre marocain de la Défense a signé au Qatar un accord "
     "de coopération militaire.", [({"maroc", "qatar"}, None)]),
    ("passive, signed in another's capital", "Un accord de coopération militaire a été signé à Moscou par le "
     "ministre angolais de la Défense.", [({"angola", "russie"}, None)]),
    ("an interview: « nous » is the speaker's state", "« Nous avons signé aujourd'hui un accord historique avec le "
     "Japon », a déclaré le président philippin Marco Reyes.", [({"philippines", "japon"}, None)]),
    ("noun: « la signature de »", "La signature d'un accord de défense entre le Kenya et l'Éthiopie a eu lieu à "
     "Nairobi.", [({"kenya", "ethiopie"}, None)]),
    ("noun: « l'accord conclu »", "L'accord conclu entre Manille et Tokyo permet le déploiement de troupes.",
     [({"philippines", "japon"}, None)]),
    ("a communiqué: « annonce la signature »", "Le ministère des Armées annonce la signature d'un contrat avec "
     "l'Arménie pour la fourniture de canons Caesar.", [({"france", "armenie"}, None)]),
    ("a standing tie made, with its sides", "Cette cérémonie marque la fin d'un partenariat entamé dès 2019 entre le "
     "gouvernement des Émirats et Naval Group.", [({"emirats arabes unis", "naval group"}, None)]),
    ("an order of a known maker's systems", "L'Indonésie a commandé 42 avions Rafale.",
     [({"indonesie", "dassault aviation"}, None)]),
    ("an order noun « par X »", "La commande de 12 Rafale par la Croatie a été confirmée lundi.",
     [({"croatie", "dassault aviation"}, None)]),
    ("an order « auprès de » hung on the noun", "Le Chili a annoncé jeudi une commande de six hélicoptères auprès "
     "de Leonardo.", [({"chili", "leonardo"}, None)]),
    ("a contract of one state for a known maker's systems", "La Serbie a signé un contrat pour l'acquisition de "
     "12 Rafale.", [({"serbie", "dassault aviation"}, None)]),
    ("a national order", "Le ministère lituanien de la Défense a commandé des canons Caesar supplémentaires.",
     [({"lituanie", "knds france"}, None)]),
    # the sale is guessed from the maker named next; the deal is placed with that maker, not its state
    ("an order, its maker in the next sentence", "L'Uruguay a commandé six avions A-29 Super Tucano. Embraer "
     "livrera les premiers appareils en 2026.", [({"uruguay", "embraer"}, None)]),
    ("an order, its maker delivering next", "Le Pérou a commandé 24 avions Gripen. Saab livrera les premiers "
     "appareils en 2027.", [({"perou", "saab"}, None)]),
    ("a definite contract after a sale", "La France va livrer 12 Rafale à la Serbie. Le contrat a été signé lundi à "
     "Belgrade.", [({"france", "serbie"}, None)]),
    ("a definite deal after a supply reported", "Le Ghana va recevoir un prêt de 50 millions de dollars de la "
     "Turquie pour acheter des blindés turcs, ont annoncé jeudi les autorités. Ces 50 millions seront remboursés par "
     "Accra sur cinq ans, a expliqué le ministre pendant la séance au cours de laquelle l'accord a été ratifié.",
     [({"ghana", "turquie"}, None)]),
    ("an indefinite contract after a sale", "La France a vendu 12 Rafale à la Serbie. Un contrat a été signé lundi à "
     "Belgrade.", [({"france", "serbie"}, None)]),
    ("« les deux parties » after talks", "Le Kenya et l'Éthiopie ont tenu des entretiens à Addis-Abeba. Les deux "
     "parties ont signé un accord de défense.", [({"kenya", "ethiopie"}, None)]),
    ("a state described apart beside the subject", "L'Arménie, frontalière de l'Iran, a signé un accord de défense "
     "avec l'Inde.", [({"armenie", "inde"}, None)]),
    ("« ce pays », described apart, told before", "La Moldavie veut se rapprocher de l'Occident. Ce pays, voisin de "
     "l'Ukraine, a signé avec la Roumanie un accord de coopération militaire.", [({"moldavie", "roumanie"}, None)]),
    ("« ce pays » and a participle clause", "Le Royaume-Uni veut rester proche de ses alliés. Ce pays, négociant une "
     "sortie de l'Union européenne, a signé avec la Norvège un accord de défense.",
     [({"royaume uni", "norvege"}, None)]),
    ("deals with no side after a trip", "Le Premier ministre indien s'est rendu mardi au Brésil. Plusieurs accords "
     "ont été signés à l'issue des entretiens.", [({"inde", "bresil"}, None)]),
    ("« la signature de » deals after a state visit", "Le roi de Jordanie effectue une visite d'État en Indonésie. La "
     "visite a été marquée par la signature de cinq accords.", [({"jordanie", "indonesie"}, None)]),
    ("its worth in the next sentence", "La Croatie a signé un contrat avec Dassault Aviation pour 12 Rafale. Son "
     "montant s'élève à 1 milliard d'euros.", [({"croatie", "dassault aviation"}, 1_000_000_000)]),
    ("a sum in reais", "Le Brésil a signé avec la Suède un contrat de 20 milliards de reais pour des avions.",
     [({"bresil", "suede"}, 20_000_000_000)]),
    ("a sum in nairas", "Le Nigeria a signé avec la Turquie un contrat de 80 milliards de nairas pour des drones.",
     [({"nigeria", "turquie"}, 80_000_000_000)]),
    ("a sum in rands, « pour un montant de »", "L'Afrique du Sud a signé avec l'Allemagne un contrat pour un montant "
     "de 2 milliards de rands.", [({"afrique du sud", "allemagne"}, 2_000_000_000)]),
    ("bare dirhams after Moroccan ones", "Le budget de la défense atteint 120 milliards de dirhams marocains. Le "
     "Maroc a signé avec l'Espagne un contrat d'une valeur de 3 milliards de dirhams.",
     [({"maroc", "espagne"}, 3_000_000_000)]),
    ("two deals of one verb: the sum is the contract's", "L'Égypte et l'Italie ont signé un accord de coopération et "
     "un contrat de 2 milliards d'euros pour deux frégates.",
     [({"egypte", "italie"}, 2_000_000_000), ({"egypte", "italie"}, NO_SUM)]),
    ("a maker chosen to build", "La Roumanie a choisi Naval Group pour construire quatre frégates.",
     [({"roumanie", "naval group"}, None)]),
    ("a state chosen to supply", "La Slovaquie a choisi les États-Unis pour fournir 14 avions F-16.",
     [({"slovaquie", "etats unis"}, None)]),
    ("a maker selected for a work", "Le Maroc a sélectionné Airbus pour la fourniture de 12 hélicoptères.",
     [({"maroc", "airbus"}, None)]),
    ("a maker's sale to a state", "Embraer a vendu six A-29 Super Tucano à l'armée de l'air paraguayenne.",
     [({"paraguay", "embraer"}, None)]),
    # what is no deal
    ("deals after a trip, only foreseen", "Le Premier ministre indien s'est rendu mardi au Brésil. Plusieurs "
     "accords pourraient être signés.", []),
    ("makers in the running", "Saab et Dassault Aviation sont en lice pour le contrat de 114 avions de combat de "
     "l'armée indienne.", []),
    ("makers competing for a deal with a state", "Trois constructeurs, dont Naval Group et TKMS, sont en compétition "
     "pour ce contrat avec la Norvège.", []),
    ("a deal signed despite a rival", "La Pologne a signé avec Hanwha un contrat malgré la concurrence de "
     "Rheinmetall.", [({"pologne", "hanwha aerospace"}, None)]),
    ("a state's sale, no deal told", "La France a vendu des Rafale à l'Inde.", []),
    ("a maker's sale considered", "Saab pourrait vendre des Gripen à la Colombie.", []),
    ("a system chosen", "La Colombie a choisi le Gripen.", []),
    ("a person chosen", "Le Maroc a choisi son ministre de la Défense pour conduire la délégation.", []),
    ("an offer", "La France a proposé un contrat à la Serbie pour 12 Rafale.", []),
    ("a plan", "La Grèce et la France doivent signer un accord de défense le mois prochain.", []),
    ("talks on a deal", "La Grèce négocie avec la France un contrat pour trois frégates.", []),
    ("a denial", "La Suisse n'a pas signé d'accord avec la Russie.", []),
    ("a hypothesis", "Si la Serbie signait un contrat avec la France, elle recevrait 12 Rafale.", []),
    ("an idiom", "Le ministre s'est dit d'accord avec son homologue français sur la nécessité d'un dialogue.", []),
    ("sport", "Le club de football de Lyon a signé un contrat avec un joueur brésilien.", []),
    ("a visit that ends", "Le ministre marocain s'est rendu en Espagne. La visite s'est conclue par un dîner.", []),
    ("a festival that ends", "Le cinéaste iranien Parviz Kamali a été primé en France. Le festival s'est conclu "
     "samedi.", []),
    ("« s'est conclu » of a deal", "Un accord s'est conclu entre le Maroc et l'Espagne sur la vente de "
     "patrouilleurs.", [({"maroc", "espagne"}, None)]),
    # « c'est au tour de X de commander »: the one whose turn it is orders
    ("a turn to order", "Après l'Égypte, c'est désormais au tour du ministère de la Défense grec de commander 18 "
     "avions de combat Rafale.", [({"grece", "dassault aviation"}, None)]),
    ("a turn to sign, in a headline", "Au tour du Maroc de signer un contrat avec Naval Group pour deux sous-marins.",
     [({"maroc", "naval group"}, None)]),
    ("a turn to consider an order", "C'est au tour du Pérou d'envisager l'achat de douze avions Rafale.", []),
    ("a turn to play", "Au tour de l'équipe du Brésil de jouer la finale face au Maroc.", []),
    # « auprès de » the seller, hung on the verb the order is the object of, its name on the noun that describes it
    ("an order « auprès du chantier Y »", "Dakar a annoncé jeudi une commande de quatre patrouilleurs auprès du "
     "chantier naval Piriou, a indiqué l'état-major.", [({"senegal", "piriou"}, None)]),
    ("an order only hedged", "Le ministre avait sans doute voulu parler d'une commande d'avions d'entraînement auprès "
     "de la société Leonardo.", []),
    ("an order a state may place", "Le Ghana pourrait passer une commande de huit hélicoptères auprès de Leonardo.",
     []),
    # a contract a company wins « avec » a state (or its ministry) is made with that state
    ("a contract won with a state", "Thales a remporté le contrat avec le Ghana pour la modernisation de ses radars.",
     [({"ghana", "thales"}, None)]),
    ("a contract won with a ministry", "Le chantier italien Fincantieri a décroché un contrat avec le ministère "
     "indonésien de la Défense pour six frégates.", [({"indonesie", "fincantieri"}, None)]),
    ("a contract won with a partner firm", "Thales a remporté le contrat avec son partenaire Naval Group.", []),
    ("a contract that may be won", "Naval Group pourrait remporter un contrat avec le Maroc pour deux sous-marins.",
     []),
    ("a match won", "L'équipe du Maroc a remporté le match avec le Ghana.", []),
    # orders and sales told through a governing verb, a light verb or a force of the buyer
    ("a sale a maker announces", "Embraer a annoncé avoir vendu six avions A-29 Super Tucano lors du salon de "
     "Farnborough, à l'armée de l'air du Paraguay.", [({"embraer", "paraguay"}, None)]),
    ("a sale to a state's air force", "Fincantieri a vendu deux frégates FREMM à la marine de l'Indonésie.",
     [({"fincantieri", "indonesie"}, None)]),
    ("« passer commande de »", "Le Niger a passé commande de plusieurs drones TB2 pour renforcer sa flotte.",
     [({"niger", "baykar"}, None)]),
    ("a sale a maker hopes for", "Embraer espère vendre des avions A-29 Super Tucano à l'armée de l'air du "
     "Paraguay.", []),
    ("an order that may be placed", "Le Niger pourrait passer commande de drones TB2.", []),
    ("days spent with a maker", "Le ministre nigérien a passé deux jours à Ankara avec les responsables de Baykar.",
     []),
    # « signé par X, en visite en Y, et son homologue Z »: the parser joins the counterpart to the visit
    ("passive, a counterpart after the signer's visit", "L'accord de coopération militaire a été signé par le "
     "ministre kényan de la Défense, Paul Odera, en visite en Inde, et son homologue Raj Malhotra mardi à New "
     "Delhi.", [({"kenya", "inde"}, None)]),
    ("active, a counterpart after the signer's visit", "Le ministre arménien de la Défense, Aram Sarkissian, en "
     "visite en Grèce, et son homologue Nikos Pappas ont signé un accord de coopération militaire.",
     [({"armenie", "grece"}, None)]),
    ("a counterpart met on a visit", "Le ministre kényan de la Défense, Paul Odera, en visite en Inde, a rencontré "
     "son homologue Raj Malhotra mardi à New Delhi.", []),
    ("a counterpart who may sign", "Un accord de coopération pourrait être signé par le ministre kényan de la "
     "Défense, Paul Odera, en visite en Inde, et son homologue Raj Malhotra.", []),
    ("a contract won « avec » a state, hung on its sum", "Le groupe allemand Rheinmetall a décroché un contrat de "
     "3,4 milliards de dollars avec la Pologne.", [({"pologne", "rheinmetall"}, 3_400_000_000)]),
    ("a partner the parser hangs on a combined sum", "Les constructeurs japonais Mitsubishi Heavy Industries et "
     "Kawasaki ont signé jeudi des contrats d'une valeur combinée de 2 milliards de dollars avec le gouvernement "
     "australien.", [({"mitsubishi heavy industries", "kawasaki heavy industries", "australie"}, 2_000_000_000)]),
    ("« avec l'aide de » a state, on the sum, is no partner", "Saab a signé des contrats de 900 millions d'euros avec "
     "l'aide de la Suède.", []),
    ("a contract won for the supply of a state's army", "Renk a décroché un contrat de 15 M€ pour la fourniture de "
     "transmissions au profit de l'armée marocaine.", [({"renk", "maroc"}, 15_000_000)]),
    ("a contract won for a body's force", "Renk a décroché un contrat de 15M€ pour la fourniture de camions au "
     "profit de la Force conjointe de la CEDEAO.", [({"renk", "cedeao"}, 15_000_000)]),
    ("a contract won for no actor", "Renk a décroché un contrat de 15 M€ pour la fourniture de camions au profit de "
     "ses clients.", []),
    ("an abbreviated style of address is no party", "Le traité a été signé par le secrétaire exécutif de la "
     "CEDEAO, SEM. Omar Touray, et M. Jean Moreau.", []),
    ("a contract a firm « s'est vu notifier » for a state's forces", "Le groupe turc Aselsan s'est vu notifier un "
     "contrat de 1,2 milliard d'euros pour la maintenance des radars de l'armée de l'air qatarie.",
     [({"qatar", "aselsan"}, 1_200_000_000)]),
    ("a sum a firm « s'est vu attribuer » in a story of one state", "Le Qatar modernise ses forces. L'italien "
     "Leonardo s'est vu attribuer 20 millions d'euros pour la fourniture de pièces de rechange.",
     [({"qatar", "leonardo"}, 20_000_000)]),
    ("a contract a firm « s'est vu notifier » by its own state", "Le groupe turc Aselsan, fondé en 1975, s'est vu "
     "notifier un contrat de 900 millions d'euros pour la maintenance des radars de l'armée de l'air turque.",
     [({"turquie", "aselsan"}, 900_000_000)]),
    ("a mission an official « s'est vu confier »", "Le Qatar modernise ses forces. Le ministre s'est vu confier une "
     "mission.", []),
    ("a grant a club « s'est vu attribuer »", "Le club Al-Sadd s'est vu attribuer 2 millions d'euros de "
     "subventions.", []),
    ("a contract signed after meeting a firm's leaders", "Le ministre péruvien de la Défense, Carlos Ruiz, a "
     "rencontré à Stockholm les dirigeants du groupe Saab. Le général Pedro Vargas, commandant de la marine "
     "péruvienne, a signé un contrat d'acquisition de quatre corvettes.", [({"perou", "saab"}, None)]),
    ("a cooperation accord after meeting a firm's leaders", "Le ministre péruvien de la Défense, Carlos Ruiz, a "
     "rencontré à Stockholm les dirigeants du groupe Saab. Le Pérou a signé un accord de coopération militaire.", []),
    ("a contract that may follow a meeting with a firm", "Le ministre péruvien de la Défense, Carlos Ruiz, a "
     "rencontré à Stockholm les dirigeants du groupe Saab. Le Pérou pourrait signer un contrat d'acquisition de "
     "quatre corvettes.", []),
    ("a sale priced « pour un montant de »", "Selon lui, Séoul a déjà exporté des radars à Manille, pour un "
     "montant de 30 millions de dollars.", [({"coree du sud", "philippines"}, 30_000_000)]),
    ("systems handed over with a priced fund: a grant, no deal", "La Corée du Sud a remis le 3 mars un patrouilleur "
     "aux Philippines, ainsi qu'un fonds de maintenance et des équipements d'une valeur de 3 milliards de wons.", []),
    ("a priced sale that may be made", "Séoul pourrait exporter des radars à Manille, pour un montant de 30 millions "
     "de dollars.", []),
    ("a worth of no supply", "Séoul a exporté des radars à Manille. Le budget est d'une valeur de 3 millions "
     "d'euros.", []),
    ("« passer un contrat avec »", "Le Maroc a passé un contrat avec Rheinmetall pour la fourniture de munitions.",
     [({"maroc", "rheinmetall"}, None)]),
    ("days spent, no contract", "Le Maroc a passé deux jours à Tunis.", []),
    ("an order of no known maker", "Le Portugal a commandé six patrouilleurs pour sa marine.", []),
    ("an order considered", "L'Indonésie envisage de commander 42 avions Rafale.", []),
    ("an order denied", "L'Inde n'a pas commandé de Rafale supplémentaires.", []),
    ("systems received, no order told", "L'Indonésie a reçu ses premiers Rafale.", []),
    ("a standing tie in a list of ties", "Le ministre a rappelé que cette aide souligne les liens solides entre le "
     "Japon et l'Inde, et le partenariat fondé sur des valeurs communes.", []),
    ("a standing tie kept up", "La France et l'Inde entretiennent un partenariat stratégique depuis 1998.", []),
    ("a standing tie told with the article", "Ce voyage montre le poids du partenariat actuel entre l'Union "
     "africaine et le Japon.", []),
    ("a standing tie made concrete", "Le partenariat entre l'Équateur et l'Union européenne se traduit par des "
     "stages.", []),
    ("a standing tie reaffirmed", "Le Chili et le Pérou ont réaffirmé le partenariat stratégique des deux pays.", []),
    ("a visit to deepen a tie", "Le président nigérien est en visite en Turquie pour approfondir le partenariat "
     "entre les deux pays.", []),
    ("airliners", "La compagnie aérienne turque a commandé 50 avions de ligne à Airbus.", []),
]


# a contract a maker wins, its client unsaid: the one state the story is about, when it names no other
STORY_CLIENT: list[tuple[str, str, str, list[tuple[set[str], int | None]]]] = [
    ("the headline's « X : »", "Inde : la marine reçoit un nouveau radar", "Le programme a commencé en 2015, quand "
     "le groupe suédois Saab a remporté un contrat de 2 milliards de dollars, comprenant des transferts de "
     "technologie.", [({"inde", "saab"}, 2_000_000_000)]),
    ("the first state subject", "L'Indonésie modernise sa flotte de sous-marins", "L'Indonésie renforce sa marine. "
     "Le chantier italien Fincantieri a décroché un contrat de 1,1 milliard de dollars en 2011.",
     [({"indonesie", "fincantieri"}, 1_100_000_000)]),
    ("two other states named", "Maroc : un salon de l'armement à Marrakech", "Le groupe français Thales a remporté "
     "un contrat de 500 millions d'euros. L'Algérie et la Tunisie ont envoyé des délégations.", []),
    ("a contract the maker may win", "Chili : la marine teste un drone", "Le groupe allemand Rheinmetall pourrait "
     "remporter un contrat de 200 millions d'euros.", []),
    ("the maker's own state", "France : Thales affiche des commandes record", "Le groupe français Thales a "
     "remporté un contrat de 1 milliard d'euros au premier trimestre.", []),
    ("airliners", "Brésil : la compagnie aérienne grandit", "Le constructeur européen Airbus a remporté un contrat "
     "de 3 milliards de dollars pour 30 avions de ligne A320neo.", []),
]


@pytest.mark.parametrize(("cell", "title", "text", "told"), STORY_CLIENT, ids=[c[0] for c in STORY_CLIENT])
def test_a_contract_won_from_the_state_of_the_story(cell: str, title: str, text: str,
                                                    told: list[tuple[set[str], int | None]]) -> None:
    found = _agreements(text, title)
    assert len(found) == len(told), f"{cell}: {[{p.label for p in f.get('party')} for f in found]}"
    assert all(_matches(f, parties, total) for f, (parties, total) in zip(found, told, strict=True))


def _agreements(text: str, title: str = "Titre") -> list[Fact]:
    return [f for f in analyse_text(f"{title}\n{text}", PUBLISHED).facts
            if f.kind == "agreement" and f.modality.value in FACTUAL]


def _matches(found: Fact, parties: set[str], total: int | None) -> bool:
    sums = [int(a.value) for a in found.amounts]
    return parties <= {fold(p.label) for p in found.get("party")} and \
        (total is None or sums == ([] if total == NO_SUM else [total]))


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_agreement_grid(cell: str, text: str, told: list[tuple[set[str], int | None]]) -> None:
    found = _agreements(text)
    assert len(found) == len(told), f"{cell}: {[{p.label for p in f.get('party')} for f in found]}"
    left = list(found)
    for parties, total in told:
        match = next((f for f in left if _matches(f, parties, total)), None)
        assert match is not None, f"{cell}: no agreement of {parties} ({total})"
        left.remove(match)


def test_the_worth_of_a_deal_told_after_it_is_no_financing() -> None:
    text = ("La Croatie a signé un contrat avec Dassault Aviation pour 12 Rafale. Son montant s'élève à 1 milliard "
            "d'euros.")
    assert [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts if f.kind == "financing"] == []


def test_a_state_described_apart_beside_the_subject_is_no_party() -> None:
    [deal] = _agreements("L'Arménie, frontalière de l'Iran, a signé un accord de défense avec l'Inde.")
    assert {fold(p.label) for p in deal.get("party")} == {"armenie", "inde"}
