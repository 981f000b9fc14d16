"""Supplies told the ways the genre tells deliveries of firms and fleets: a firm delivering systems it overhauled
for an army (the beneficiary in the relative clause), a designator the tagger takes for a verb, fleet lists with
each system's origin after its name, a system bought to replace an older one (the old one is not supplied), an
agent named but unknown (no guess from the makers), a support in a civil field; and what is no supply (plans,
denials, idioms). Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("firm delivers to an army", "La société tchèque Aerotech a livré quatre hélicoptères Mi-17 à l'armée malienne.",
     [("republique tcheque", "mali", "mi 17")]),
    ("firm delivers systems it overhauled for an army", "L'entreprise bulgare Avionams a livré deux hélicoptères "
     "Mi-8 qu'elle a modernisés pour l'armée de l'air du Kenya.", [("bulgarie", "kenya", "mi 8")]),
    ("overhauled for an army, a date between", "La société tchèque Aerotech a livré, le 3 mars, quatre "
     "hélicoptères Mi-17 qu'elle a remis à neuf pour l'armée malienne.", [("republique tcheque", "mali", "mi 17")]),
    ("systems promised for a state", "La Chine a livré des drones Wing Loong qu'elle avait promis pour le Nigeria.",
     [("chine", "nigeria", "wing loong")]),
    ("systems made for its own army give nothing", "La Turquie a livré des blindés qu'elle a fabriqués pour son "
     "armée.", []),
    ("designator the tagger reads as a verb", "Le constructeur aéronautique européen Airbus vient de livrer un avion "
     "de transport C295W à l'armée de l'air du Kazakhstan.", [("airbus", "kazakhstan", "c295")]),
    ("« a été livré à » by a maker", "Le premier A400M a été livré à la Malaisie par Airbus en mars.",
     [("airbus", "malaisie", "a400m")]),
    ("« a réceptionné » from a state", "L'armée de l'air tanzanienne a réceptionné deux hélicoptères Mi-171Sh de "
     "la Russie.", [("russie", "tanzanie", "mi 171")]),
    ("fleet list, each system « de » its state", "Le Niger a pris livraison de plusieurs avions, dont des Super "
     "Tucano du Brésil et des Tetras de la France.", [("bresil", "niger", "tucano"), ("france", "niger", "tetras")]),
    ("fleet list, a participle after a system", "La Mauritanie a aussi réceptionné un hélicoptère AW139 d'Italie et "
     "deux Mi-171Sh armés de la Russie.", [("italie", "mauritanie", "aw139"), ("russie", "mauritanie", "mi 171")]),
    ("offered by a state, in a fleet", "La flotte compte deux hélicoptères Bell UH-1H offerts par Taïwan au "
     "Honduras.", [("taiwan", "honduras", "uh 1")]),
    ("handed over at a port ceremony", "Lors d'une cérémonie au port de Mombasa, les États-Unis ont remis deux "
     "patrouilleurs à la marine kényane.", [("etats unis", "kenya", ANY)]),
    ("order told as background", "En 2019, la Colombie avait commandé à la Corée du Sud vingt blindés K21, livrés "
     "l'an dernier.", [("coree du sud", "colombie", "k21")]),
    ("firm's delivery, reported", "Leonardo a livré trois hélicoptères AW139 à l'armée de l'air nigériane, a "
     "annoncé le groupe.", [("italie", "nigeria", "aw139")]),
    ("a military field of support", "La Turquie continuera à soutenir l'armée somalienne dans le domaine de la "
     "formation militaire et des équipements.", [("turquie", "somalie", ANY)]),
    # no supply, or none of factual modality
    ("support in the field of peacekeeping gives nothing", "La France continuera à soutenir le Laos dans le "
     "domaine du maintien de la paix.", []),
    ("support in matters of health gives nothing", "Le Japon soutiendra le Ghana en matière de santé.", []),
    ("a planned delivery is no fact", "La Russie prévoit de livrer des hélicoptères Mi-35 au Mali.", []),
    ("a denied delivery is no fact", "L'Allemagne n'a pas livré de chars Leopard 2 à l'Arabie saoudite.", []),
    ("« livrer bataille » gives nothing", "L'armée malienne a livré bataille aux jihadistes près de Gao.", []),
    ("« se livrer à » gives nothing", "Les deux camps se sont livrés à une guerre d'usure.", []),
    ("agent named but unknown: the agent supplies, no guess from the makers", "Deux autres Mi-24 ont été remis à "
     "neuf par Xavtec-3 et livrés au Niger en 2017.", [("xavtec 3", "niger", "mi 24")]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_fleets(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


REPLACED: list[tuple[str, str, str, str]] = [
    ("« pour remplacer » a system", "Le Tchad a acquis d'occasion un C-212 auprès de l'Espagne pour remplacer un "
     "vieux Hawker Siddeley HS 748.", "C-212", "748"),
    ("« pour remplacer » two systems", "L'Égypte a commandé douze Rafale à la France pour remplacer ses Mirage 5 "
     "et ses F-4.", "Rafale", "Mirage"),
    ("« en remplacement de »", "La Grèce a acheté six frégates FDI à la France en remplacement de ses vieilles "
     "MEKO 200.", "FDI", "MEKO"),
]


@pytest.mark.parametrize(("cell", "text", "bought", "old"), REPLACED, ids=[c[0] for c in REPLACED])
def test_replaced_system_is_not_supplied(cell: str, text: str, bought: str, old: str) -> None:
    from tests.test_supply_grid import _supplies

    found = [f for f in _supplies(text) if f.get("recipient")]
    systems = {w.label for f in found for w in f.get("weapon")}
    assert any(bought in s for s in systems), f"{cell}: {systems}"
    assert not any(old in s for s in systems), f"{cell}: {systems}"
