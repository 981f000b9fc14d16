"""Military supply told the ways newsrooms tell it, as a grid: a verb or a noun for the supply, active or passive,
its supplier a state, a capital, a minister, a ministry, a maker or a consortium of makers, the system named with
its type noun or as a bare designator, before or after the recipient, its kind told in the next sentence, quoted
first person; and what is no supply (idioms, civil goods, aid, plans, offers, requests, denials, questions,
troops, sport). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}
ANY = ""  # a supply whose system is not checked

# (cell, text, the supplies it tells: (supplier, recipient, system or ANY))
CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("verb, state to state, system named", "La France a livré six canons Caesar à l'Arménie.",
     [("france", "armenie", "caesar")]),
    ("capital as supplier", "Ankara a livré des drones Bayraktar TB2 au Niger.",
     [("turquie", "niger", "bayraktar tb2")]),
    ("passive with « par »", "Douze chars Leopard 2 ont été livrés à la Pologne par l'Allemagne.",
     [("allemagne", "pologne", "leopard 2")]),
    ("noun: « la livraison de … par … à »", "La livraison de quatre hélicoptères Mi-17 par la Russie au Mali a eu "
     "lieu lundi.", [("russie", "mali", "mi 17")]),
    ("minister for the state", "Le ministre sud-coréen de la Défense a annoncé la livraison de 24 obusiers K9 à "
     "l'Estonie.", [("coree du sud", "estonie", "k9 thunder")]),
    ("maker's sale", "Embraer a vendu six A-29 Super Tucano au Paraguay.", [("bresil", "paraguay", ANY)]),
    ("received from", "Le Cambodge a reçu de la Chine des hélicoptères Z-9.", [("chine", "cambodge", ANY)]),
    ("received second-hand: « ayant appartenu à X »", "Le Chili va recevoir 40 blindés M113 ayant appartenu à "
     "l'armée américaine.", [("etats unis", "chili", "m113")]),
    ("received « de » a state named bare", "Le Maroc a reçu d'Israël des drones Harop.",
     [("israel", "maroc", "harop")]),
    # 1. consortium or multinational maker
    ("consortium of two makers", "Le consortium Aerion, qui réunit BAE Systems et Leonardo, livrera 24 avions de "
     "combat au Qatar.", [("royaume uni", "qatar", ANY), ("italie", "qatar", ANY)]),
    ("joint venture of two makers", "Aerion, coentreprise de Rheinmetall et Leonardo, a vendu des blindés au Qatar.",
     [("allemagne", "qatar", ANY), ("italie", "qatar", ANY)]),
    ("a maker's subsidiary", "Korvan Defence, filiale de Hanwha Aerospace, a livré 18 obusiers K9 à l'Égypte.",
     [("coree du sud", "egypte", "k9 thunder")]),
    # 2. bare designators
    ("bare designator after a number", "La Chine a livré dix J-10C au Pakistan.",
     [("chine", "pakistan", "j 10")]),
    ("bare designator after « ses premiers »", "Le Pakistan a reçu de la Chine ses premiers J-10C.",
     [("chine", "pakistan", "j 10")]),
    ("bare designator after « des »", "La Corée du Sud a vendu des K9 à la Roumanie.",
     [("coree du sud", "roumanie", "k9 thunder")]),
    ("unknown designator after a number", "La Chine a livré dix VN-4 au Venezuela.",
     [("chine", "venezuela", "vn 4")]),
    ("unknown designator, passive", "Douze ZX-9 ont été livrés au Nigeria par la Chine.",
     [("chine", "nigeria", "zx 9")]),
    ("unknown designator after « ses premiers »", "Le Venezuela a reçu ses premiers VN-4 de la Chine.",
     [("chine", "venezuela", "vn 4")]),
    # 3. kind in the next sentence
    ("order, kind told next", "Le Chili a commandé douze appareils à la France. Ces hélicoptères de combat seront "
     "livrés en 2027.", [("france", "chili", ANY)]),
    ("order to a maker, kind told next", "Le Chili a commandé douze appareils à Leonardo. Ces hélicoptères de "
     "combat seront livrés en 2027.", [("italie", "chili", ANY)]),
    # 4. object after the recipient
    ("ship after the recipient", "L'Italie a livré à la marine indonésienne la frégate Brigantino.",
     [("italie", "indonesie", "brigantino")]),
    ("submarine after the recipient, by a maker", "Naval Group a livré à la marine brésilienne le sous-marin "
     "Tonelero.", [("france", "bresil", "tonelero")]),
    ("ships handed over after the recipient, by a maker", "Le chantier naval italien Fincantieri a remis à "
     "l'Indonésie deux frégates.", [("italie", "indonesie", ANY)]),
    ("system after the recipient", "L'Allemagne a fourni à l'Ukraine des systèmes IRIS-T.",
     [("allemagne", "ukraine", "iris t")]),
    # 5. quoted first person
    ("quoted « nous avons livré »", "« Nous avons livré les premiers blindés à l'Ukraine », a déclaré le ministre "
     "suédois de la Défense.", [("suede", "ukraine", ANY)]),
    ("quoted « nous » with the recipient", "« Nous avons fourni des drones au Niger », a déclaré le président "
     "turc.", [("turquie", "niger", ANY)]),
    ("quoted statement followed by a question", "« La France a livré des canons Caesar à l'Arménie », a rappelé le "
     "ministre. « Et alors ? »", [("france", "armenie", "caesar")]),
    # 6. known missile after adjectives
    ("missile after adjectives", "La France a livré au Liban des missiles antichars HOT modernisés.",
     [("france", "liban", "hot")]),
    # what is no supply
    ("idiom: livrer bataille", "Les troupes ont livré bataille au Mali pendant trois jours.", []),
    ("idiom: fournir des efforts", "La France a fourni des efforts considérables pour aider le Liban.", []),
    ("airliners", "Airbus a livré dix avions de ligne A320 à la compagnie Turkish Airlines.", []),
    ("a civil designator to a company", "La Chine a livré dix C-919 à une compagnie nationale.", []),
    ("aircraft to a maker, airliners told next", "Le Pérou a commandé douze appareils à Embraer. Ces avions de "
     "ligne seront livrés à la compagnie nationale.", []),
    ("aircraft to a maker, no kind told", "Le Pérou a commandé douze appareils à Embraer.", []),
    ("received, belonging to the recipient already", "Le Chili a récupéré 40 blindés M113 ayant appartenu à "
     "l'armée chilienne.", []),
    ("a decoration handed over", "Le ministre a remis lundi à l'ambassadeur du Japon une décoration.", []),
    ("a goal backed after a deal", "Le Japon et les Philippines ont signé un accord de défense. « Le Japon soutient "
     "cet objectif », a déclaré le ministre japonais.", []),
    ("a candidacy backed", "La France soutient la candidature du Sénégal au Conseil de sécurité.", []),
    ("humanitarian aid", "Le Japon a livré 200 tonnes d'aide humanitaire au Soudan.", []),
    # 5. training told with « assurer la formation de », the trained a force or people of a state
    ("« assurer la formation de » an army", "Le Maroc assure la formation de l'armée gabonaise.",
     [("maroc", "gabon", ANY)]),
    ("« assurer la formation des » pilots, future", "Le Royaume-Uni assurera la formation des pilotes ukrainiens.",
     [("royaume uni", "ukraine", ANY)]),
    ("« la formation des forces de » a state", "L'Allemagne assure la formation des forces de la Moldavie.",
     [("allemagne", "moldavie", ANY)]),
    ("« la formation de » a navy, compound past", "La Chine a assuré la formation de la marine cambodgienne.",
     [("chine", "cambodge", ANY)]),
    ("« la formation d'officiers » of a state", "Le Sénégal assure la formation d'officiers gambiens.",
     [("senegal", "gambie", ANY)]),
    ("training a company gives its own staff", "Airbus assure la formation de ses employés à Toulouse.", []),
    ("training offered", "La Russie a proposé d'assurer la formation de l'armée centrafricaine.", []),
    ("training only possible", "L'Inde pourrait assurer la formation des marins vietnamiens.", []),
    ("training no longer given", "La France n'assure plus la formation de l'armée nigérienne.", []),
    ("training shared", "Le Chili et le Pérou assurent une formation conjointe de leurs pilotes.", []),
    ("sport training", "Le club assure la formation des jeunes footballeurs ivoiriens.", []),
    ("a plan", "La France prévoit de livrer des canons Caesar à l'Arménie l'an prochain.", []),
    ("an offer", "La Turquie a proposé de vendre des drones au Niger.", []),
    ("a request", "L'Ukraine a demandé à l'Allemagne de lui livrer des chars Leopard 2.", []),
    ("a denial", "La Suisse n'a pas livré d'armes à l'Ukraine.", []),
    ("a quoted question", "« Allez-vous livrer des chars Leopard 2 à l'Ukraine ? », a demandé un journaliste au "
     "chancelier allemand.", []),
    ("a quoted question, inverted subject", "« La Turquie a-t-elle livré des drones au Niger ? », a demandé le "
     "journaliste.", []),
    ("troops deployed", "La France a déployé 300 soldats au Tchad.", []),
    ("sport", "Le club de Lyon a vendu son attaquant au FC Porto.", []),
    # people in office received or sent: a visit
    ("an envoy received", "Le ministre chilien de la Défense reçoit l'ambassadeur de l'Espagne à Santiago.", []),
    # a unit lent to a mission that works in a state: no supply to that state
    ("a unit for a peacekeeping mission", "Le Népal continue de fournir une unité d'hélicoptères dans le cadre "
     "de la mission des Nations unies au Soudan du Sud.", []),
    ("a supply « en retour »", "Le ministre a indiqué que le Chili fournirait en retour au Pérou des obus.",
     [("chili", "perou", ANY)]),
    ("support framed by the aid it is part of", "La France a livré des obus en soutien à la Moldavie.",
     [("france", "moldavie", ANY)]),
    # « commandé par A à B »: the parser hangs the seller on the buyer
    ("ordered « par » a navy « à » a state", "Le chantier a livré la corvette Zorvak, la première des trois "
     "corvettes commandées par la marine égyptienne à l'Italie.", [("italie", "egypte", ANY)]),
    # systems named before, bought in a passive clause with no buyer: the article's state bought them
    ("« ces dernières » bought from a seller", "Le Chili modernise sa flotte. Le navire rejoindra les autres "
     "frégates (classe « Zorvak ») de la marine chilienne. Ces dernières avaient été achetées au Japon en 1994.",
     [("japon", "chili", "zorvak")]),
    ("a count of systems named before, bought", "Le Chili modernise sa flotte. Le navire rejoindra les autres "
     "frégates (classe « Zorvak ») de la marine chilienne. Ces dernières, au nombre de quatre, avaient été achetées "
     "au Japon.", [("japon", "chili", "zorvak")]),
    # a cleft purchase: the systems are what « que » stands for
    ("purchase told in a cleft", "L'Allemagne a présenté ses blindés. Ce sont douze chars Leopard 2 que la "
     "Norvège a achetés.", [("allemagne", "norvege", "leopard")]),
    # « donner » hands over systems only when it names them
    ("« donner » systems", "Le Canada a donné douze blindés LAV 6 à la Lettonie.", [("canada", "lettonie", "lav")]),
    ("« donnés par » on the systems received", "La Lettonie a reçu deux hélicoptères donnés par le Canada.",
     [("canada", "lettonie", ANY)]),
    ("« prêter » systems", "Le Canada a prêté quatre hélicoptères à la Lettonie.", [("canada", "lettonie", ANY)]),
    ("« importer » systems", "La Lettonie a importé des blindés du Canada.", [("canada", "lettonie", ANY)]),
    ("« prêter » an intention gives nothing", "On prête à la Lettonie l'intention d'acheter des chars Leopard 2.",
     []),
    ("« importer » goods gives nothing", "La Lettonie importe du bois du Canada.", []),
    ("received, made by a yard named after its noun", "La marine ghanéenne a réceptionné deux patrouilleurs "
     "réalisés par le chantier français Piriou.", [("france", "ghana", ANY)]),
    ("the last of those made by a yard", "La marine ghanéenne va réceptionner le dernier des six patrouilleurs "
     "construits par le constructeur français Piriou.", [("france", "ghana", ANY)]),
    ("exercises with ships made by a yard give nothing", "La marine ghanéenne a réalisé des exercices avec des "
     "patrouilleurs construits par Piriou.", []),
    # spare parts for an army: the parser hangs the recipient on « détachées »
    ("spare parts given to an air force", "Le Canada a cédé des pièces détachées à l'armée de l'air jordanienne.",
     [("canada", "jordanie", ANY)]),
    ("« la cession de » spare parts", "L'Espagne a annoncé la cession gracieuse de pièces détachées à la marine "
     "mauritanienne.", [("espagne", "mauritanie", ANY)]),
    ("spare parts sold to a firm give nothing", "Le Canada a vendu des pièces détachées à une entreprise de "
     "Floride.", []),
    ("« la cession » of a club gives nothing", "La cession du club de football à un investisseur qatari a eu lieu "
     "lundi.", []),
    ("« donner son feu vert » gives nothing", "Le Canada a donné son feu vert à la Lettonie.", []),
    ("« donner une conférence » gives nothing", "Le ministre letton a donné une conférence à l'armée canadienne.",
     []),
]


def _supplies(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind == "support" and f.modality.value in FACTUAL]


def _tells(found: list[Fact], supplier: str, recipient: str, system: str) -> bool:
    return any(supplier in {fold(s.label) for s in f.get("supporter")}
               and recipient in {fold(r.label) for r in f.get("recipient")}
               and (system == ANY or any(system in fold(w.label) for w in f.get("weapon"))) for f in found)


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_grid(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


def check_supplies(cell: str, text: str, told: list[tuple[str, str, str]],
                   tells: Callable[[list[Fact], str, str, str], bool] = _tells,
                   read: Callable[[str], list[Fact]] = _supplies) -> None:
    """The text's supports (`read`) tell each (supplier, recipient, system) expected; none with a recipient when
    none is."""
    found = read(text)
    shown = [({s.label for s in f.get("supporter")}, {r.label for r in f.get("recipient")},
              {w.label for w in f.get("weapon")}) for f in found]
    if not told:
        assert [f for f in found if f.get("recipient")] == [], f"{cell}: {shown}"
    for supplier, recipient, system in told:
        assert tells(found, supplier, recipient, system), f"{cell}: {shown}"
