"""What is no supply though it reads like one (the ends of a stretch of places, systems made by states, training
by forces stationed in a state), and supplies told by a participle or a programme noun. Sentences and names
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.currency_families import hint_families
from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from tests.test_supply_grid import check_supplies
from tests.test_supply_untold import ANY, _supplies, _tells

# (cell, text, the supplies it tells: (supplier, recipient, system or ANY))
CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # « de A, de B à C »: a stretch of places, no direction
    ("customers listed from one end of a region to the other", "Le directeur a déclaré : « Le A400M devient "
     "l'avion de référence en Afrique, avec 20 avions en commande dans la région, du Maroc, de la Tunisie, du "
     "Sénégal au Niger, au Tchad et au Togo. »", []),
    ("a lone « de A à B » still tells a transfer", "Les livraisons d'armes de la Russie à la Syrie continuent.",
     [("russie", "syrie", ANY)]),
    # making is no supply unless told « pour » someone
    ("systems made by states, compared", "Le brouilleur Koral turc est réputé. Il est jugé supérieur aux "
     "brouilleurs produits par les États-Unis, la France et Israël.", []),
    ("systems made by a state « pour » another", "Ces obus sont fabriqués par la Pologne pour l'Ukraine.",
     [("pologne", "ukraine", ANY)]),
    # forces stationed in a state: where the giver is, no recipient
    ("training done by forces stationed in a state", "Cette cession complète les actions de formation menées tout "
     "au long de l'année par les Forces françaises au Sénégal.", []),
    ("forces stationed in a state train its army", "Les instructeurs américains au Niger ont formé l'armée "
     "nigérienne.", [("etats unis", "niger", ANY)]),
    ("the support noun is the subject", "L'aide militaire du Danemark à la Lettonie a triplé.",
     [("danemark", "lettonie", ANY)]),
    ("bought by a navy from a state", "La frégate a été commandée par la marine indonésienne à la Turquie.",
     [("turquie", "indonesie", ANY)]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_spans(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told, _tells, _supplies)


def test_firm_name_read_as_a_person() -> None:
    """« l'équipementier Prénom Aerospace »: a name ending in a firm's word (Defense, Industries, Aerospace) is no
    person's, whatever the NER reads."""
    text = ("Titre\n\nSelon l'Agence péruvienne des achats de défense, l'équipementier militaire Minwha Aerospace, a "
            "signé mardi à Lima un contrat de vente avec le gouvernement péruvien. Le ministre Jean Dupont a salué "
            "l'accord.")
    people = [key for key in analyse_text(text).mentions if key.startswith("person:")]
    assert people == ["person:Jean Dupont"]


def test_stray_comma_before_the_verb() -> None:
    """« Selon A, l'équipementier B, a signé un contrat ... avec C »: the name before a stray comma is the subject
    of the verb the parser left without one."""
    text = ("Titre\n\nSelon l'Agence sud-coréenne des achats de défense (KADA), l'équipementier militaire Minwha "
            "Aerospace, a signé mardi à Lima un contrat de vente de 900 milliards de wons avec le gouvernement "
            "péruvien.")
    deals = [f for f in analyse_text(text).facts if f.kind == "agreement"]
    assert any({p.label for p in f.get("party")} == {"Minwha Aerospace", "Pérou"}
               and [(a.value, a.currency) for a in f.amounts] == [(900 * 10**9, "KRW")] for f in deals), deals


@pytest.mark.parametrize(("states", "text", "code"), [
    (set(), "un don de 250 millions de FCFA", "XOF"),
    ({"CMR", "DEU"}, "un prêt de 250 millions de francs CFA", "XAF"),
    ({"NER", "DEU"}, "un don de 250 millions de francs CFA", "XOF"),
    ({"GAB"}, "un don de 250 millions de F CFA", "XAF"),
    ({"NER", "GAB"}, "un don de 250 millions de FCFA", "XOF"),
    ({"GAB"}, "un don de 250 millions de francs CFA (BCEAO)", "XOF"),
])
def test_cfa_francs_take_the_zone_of_the_state_named(states: set[str], text: str, code: str) -> None:
    """« francs CFA » are the West or the Central African franc: the zone of the one state of a zone the article
    names, else the West African one (the wider zone); a zone written out stays."""
    families: dict[str, str] = {}
    hint_families(families, states)
    [found] = find_amounts(text, families)
    assert (found.amount.value, found.amount.currency) == (250 * 10**6, code)


@pytest.mark.parametrize(("text", "parties"), [
    ("Ce don s'inscrit dans le cadre de la coopération militaire bilatérale germano-tchadienne, renforcée par la "
     "signature d'un accord de partenariat de défense le 3 mars 2011.", {"Allemagne", "Tchad"}),
    ("La coopération militaire italo-tunisienne, marquée par la visite du ministre, progresse.", None),
])
def test_deal_signed_for_a_cooperation_of_two_states(text: str, parties: set[str] | None) -> None:
    """« la coopération franco-x, renforcée par la signature d'un accord »: the deal is signed by the states the
    cooperation's compound demonym names; a participle that tells no deal gives none."""
    deals = [f for f in analyse_text(f"Titre\n\n{text}").facts if f.kind == "agreement"]
    assert [{p.label for p in f.get("party")} for f in deals] == ([parties] if parties else [])
