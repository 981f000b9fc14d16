"""Supplies whose side or system the sentence leaves to the article: a firm that delivers to no one named after a
deal with a state, a ship taken up as « ce patrouilleur », a state body that receives systems whose maker the
article names, a reception of « en » after an order; and what stays no supply (a deal only planned, an idiom,
civil goods, abstract things supplied). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold
from tests.test_supply_grid import check_supplies

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}
ANY = ""  # a supply whose system is not checked

# (cell, text, the supplies it tells: (supplier, recipient, system or ANY))
CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # a firm delivers to no one named: the state it signed a deal with, from its own state
    ("firm delivers after its contract with a government", "Le gouvernement ghanéen a signé en 2021 un contrat avec "
     "le chantier néerlandais Damen pour la livraison de huit patrouilleurs. La société Damen a déjà livré quatre "
     "vedettes rapides.", [("pays bas", "ghana", ANY)]),
    ("firm delivers after a deal with a ministry", "Le ministère péruvien de la Défense et la firme coréenne Hanwha "
     "ont conclu un accord. Hanwha a livré mardi les premiers obusiers.", [("coree du sud", "perou", ANY)]),
    ("ship taken up as « ce patrouilleur », the deal's firm and state", "Le patrouilleur Gowind a été réceptionné "
     "lundi à Dakar par le ministre des Forces armées. Le ministre a salué l'arrivée de ce navire. Long de 40 mètres, "
     "ce patrouilleur est le fruit d'un contrat signé entre le gouvernement sénégalais et le chantier français "
     "Piriou pour la livraison de 12 engins maritimes.", [("france", "senegal", "gowind")]),
    # a state body receives systems, their maker named later: the maker supplies (a multinational group whose home
    # state the article never names, as itself)
    ("ministry receives, maker named a sentence later", "Ce matin, le ministère de la Défense du Pérou a reçu le "
     "premier des huit hélicoptères H145M, récemment acquis. La cérémonie de remise s'est tenue dans les locaux du "
     "fabricant à Donauwörth, en présence du vice-président de la société Airbus Helicopters.",
     [("airbus", "perou", "h145m")]),
    ("ministry receives, no maker named", "Ce matin, le ministère de la Défense du Pérou a reçu le premier des huit "
     "hélicoptères H145M, récemment acquis.", []),
    ("ministry receives, another maker named", "Le ministère de la Défense du Pérou a reçu le premier des huit "
     "hélicoptères H145M. Le vice-président de Rheinmetall était présent.", []),
    ("reception only possible, maker named", "Le ministère de la Défense du Pérou pourrait recevoir des "
     "hélicoptères H145M. Le vice-président de la société Airbus Helicopters était présent.", []),
    # abstract things supplied
    ("« fournir des opportunités de formation »", "« Le gouvernement kényan va fournir des opportunités de "
     "formation aux forces armées somaliennes », a indiqué le ministre.", []),
    ("« des possibilités de formation »", "Le Rwanda offre des possibilités de formation à l'armée centrafricaine.",
     []),
    ("« envoyer une délégation militaire »", "La Turquie a envoyé une délégation militaire au Tchad.", []),
    ("« dépêcher un émissaire »", "Le Qatar a dépêché un émissaire au Soudan.", []),
    ("« des garanties de livraison »", "Le Maroc a fourni des garanties de livraison au Niger.", []),
    ("matériel delivered and training given", "La France a livré des véhicules blindés au Tchad et assure la "
     "formation de ses pilotes.", [("france", "tchad", ANY)]),
    ("firm delivers, no deal told", "La société Piriou a livré six vedettes rapides.", []),
    ("firm delivers after a deal only possible", "Le gouvernement sénégalais pourrait signer un contrat avec "
     "Piriou. Piriou a livré six vedettes.", []),
    ("firm delivers civil goods", "Le gouvernement sénégalais a signé un contrat avec la société Alstom. La société "
     "Alstom a livré 20 rames de tramway.", []),
    ("firm « livre bataille »", "Le gouvernement kényan a signé un contrat avec Damen. Damen a livré bataille sur "
     "les prix.", []),
]


def _supplies(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n\n{text}", PUBLISHED).facts
            if f.kind == "support" and f.modality.value in FACTUAL]


def _tells(found: list[Fact], supplier: str, recipient: str, system: str) -> bool:
    return any(any(supplier in fold(s.label) for s in f.get("supporter"))
               and recipient in {fold(r.label) for r in f.get("recipient")}
               and (system == ANY or any(system in fold(w.label) for w in f.get("weapon"))) for f in found)


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_told_across_sentences(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told, _tells, _supplies)
