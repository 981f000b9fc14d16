"""Names that make one side of a deal, not two: a state inside a bank's name its acronym restates, firms that sell
together, the parents of a firm in brackets; a firm that supplies, not its home state, signs the contract told
after it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(text, PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement" and
            f.modality.value in {"asserted", "reported"}]


def test_a_state_in_a_banks_name_is_no_side_of_its_deal() -> None:
    deals = _deals("Prêt au Niger\nLa Banque de coopération de Chine (BCD) a mis une ligne de crédit de 20 millions "
                   "d'euros à la disposition du Niger, au terme d'une convention signée jeudi à Niamey.")
    assert not [d for d in deals if "Chine" in d]


def test_a_state_that_signs_with_a_bank_stays_a_side() -> None:
    deals = _deals("Prêt au Niger\nLe Niger a signé mardi avec la Corée du Sud une convention de prêt de 20 millions "
                   "de dollars.")
    assert frozenset({"Niger", "Corée du Sud"}) in deals


def test_two_firms_that_sell_together_each_close_a_deal_with_the_buyer() -> None:
    deals = _deals("Défense aérienne\nLe missilier MBDA et le groupe Thales ont vendu un système de défense aérienne "
                   "à la Lituanie. le contrat a été signé le 3 mars à Vilnius.")
    assert frozenset({"MBDA", "Lituanie"}) in deals
    assert frozenset({"Thales", "Lituanie"}) in deals
    assert frozenset({"MBDA", "Thales"}) not in deals


def test_two_firms_that_sign_a_deal_together_are_its_sides() -> None:
    deals = _deals("Industrie\nMBDA et Thales ont signé jeudi un accord de coopération pour développer un radar.")
    assert frozenset({"MBDA", "Thales"}) in deals


def test_the_parents_of_a_firm_in_brackets_sign_nothing() -> None:
    deals = _deals("Radars\nLa Lituanie a commandé des radars. Le contrat avec la coentreprise Radarco (filiale de "
                   "Thales et du groupe américain Raytheon) a été signé en mai par MBDA.")
    assert not [d for d in deals if "Raytheon" in d]


def test_a_firm_that_supplies_signs_the_contract_not_its_home_state() -> None:
    deals = _deals("Dassault Aviation livrera 12 avions au Pérou\nLe contrat est évalué à 900 millions d'euros.")
    assert frozenset({"Dassault Aviation", "Pérou"}) in deals
    assert frozenset({"France", "Pérou"}) not in deals


def test_a_state_that_supplies_by_name_stays_the_side() -> None:
    deals = _deals("La France livrera 12 avions Rafale au Pérou\nLe contrat est évalué à 900 millions d'euros.")
    assert frozenset({"France", "Pérou"}) in deals


def test_this_deal_after_a_deal_of_one_known_side_takes_no_states_named_since() -> None:
    deals = _deals("Prêt au Niger\nLa Banque de coopération de Chine (BCD) a mis une ligne de crédit de 20 millions "
                   "d'euros à la disposition du Niger, au terme d'une convention signée jeudi à Niamey. La Chine est "
                   "le premier actionnaire de la banque, devant la France, a rappelé son président. Le ministre a "
                   "salué la signature de cette convention.")
    assert frozenset({"Chine", "France"}) not in deals
