"""Deals told two at a time (« un accord avec A, et un autre avec B ») and a seller named by the demonym of its
maker (« commandés auprès du constructeur coréen X »). Sentences written for these tests."""

from __future__ import annotations

from kg.records import Fact
from tests.test_deal_patterns import agreements, facts, supplies


def _deals(text: str) -> list[Fact]:
    return facts(text, "agreement")


def test_another_deal_after_the_first_is_a_deal_of_its_own_with_its_own_partner() -> None:
    text = "Le Pérou a signé un accord avec la Bolivie et un autre avec le Paraguay."
    assert sorted(map(sorted, agreements(text))) == [["bolivie", "perou"], ["paraguay", "perou"]]


def test_another_deal_keeps_its_own_sum() -> None:
    text = "La Colombie vient de signer un contrat de 40 millions d'euros avec Thales, et un autre " \
        "d'une valeur de 15 millions d'euros avec Safran."
    worth = {frozenset(p.label for p in f.get("party") if p.cls == "Company"): {int(a.value) for a in f.amounts}
             for f in _deals(text)}
    assert worth == {frozenset({"Thales"}): {40_000_000}, frozenset({"Safran"}): {15_000_000}}


def test_one_deal_with_two_partners_and_no_other_stays_one() -> None:
    text = "Le Pérou a signé un accord avec la Bolivie et avec le Paraguay."
    assert len(agreements(text)) == 1
    # « une autre fois »: a noun after « autre » names something else than a deal
    assert len(agreements("Le Pérou a signé un accord avec la Bolivie et une autre fois avec le Paraguay.")) == 1


def test_a_maker_named_by_its_demonym_only_sells_for_its_state() -> None:
    text = "Le Pérou dispose désormais de 4 des 10 hélicoptères Ka-52 commandés auprès du constructeur russe Varko."
    assert supplies(text) == {("russie", "perou")}


def test_a_demonym_in_another_phrase_of_the_order_sells_nothing() -> None:
    text = "Le Pérou a commandé dix avions Rafale à la demande de l'armée chilienne."
    assert ("chili", "perou") not in supplies(text)
    assert ("perou", "chili") not in supplies(text)


def test_a_deal_told_by_a_demonstrative_is_another_deal_with_its_own_partner() -> None:
    text = "La Bolivie a signé un accord de défense avec le Pérou, semblable à celui conclu en mars avec le Paraguay."
    assert sorted(map(sorted, agreements(text))) == [["bolivie", "paraguay"], ["bolivie", "perou"]]


def test_the_demonstrative_deal_keeps_its_partner_out_of_the_first_and_its_sum() -> None:
    text = "Le Maroc a conclu un contrat de 300 millions d'euros avec Airbus, après celui signé en 2019 avec Embraer."
    worth = {frozenset(p.label for p in f.get("party") if p.cls == "Company"): {int(a.value) for a in f.amounts}
             for f in _deals(text)}
    assert worth == {frozenset({"Airbus"}): {300_000_000}, frozenset({"Embraer"}): set()}


def test_coordinated_signers_of_talks_leave_the_first_as_the_side_of_the_demonstrative_deal() -> None:
    text = "L'Uruguay et le Paraguay négocient un accord de coopération, proche de celui signé l'an dernier " \
        "avec le Chili."
    assert ["chili", "uruguay"] in map(sorted, agreements(text))
    assert ["chili", "paraguay"] not in map(sorted, agreements(text))
