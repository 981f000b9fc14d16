"""A sum restated in another currency, then what gives it: « un prêt de 300 millions de dollars, soit 180 milliards
de francs CFA, accordés par la Banque X »: the parser hangs the participle on the restatement; the sum restated is
the one given, by the participle's agent. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED
from tests.test_modality import fold


def _financings(text: str) -> set[tuple[str, Decimal, str]]:
    found: list[Fact] = analyse_text(text, PUBLISHED).facts
    return {(fold(f.get("funder")[0].label) if f.get("funder") else "", a.value, a.currency)
            for f in found if f.kind == "financing" for a in f.amounts}


def test_a_loan_restated_in_francs_cfa_is_granted_by_the_fund_after_it() -> None:
    found = _financings("Le Niger traverse une crise budgétaire. Le gouvernement a fait adopter par l'Assemblée un "
                        "prêt de 300 millions de dollars, soit près de 180 milliards de francs CFA, accordés par le "
                        "Fonds koweïtien pour le développement.")
    assert ("koweit", Decimal(300_000_000), "USD") in found


def test_an_aid_restated_after_soit_is_paid_by_the_agent_after_it() -> None:
    found = _financings("Le Mali attend ces fonds. Une aide de 40 millions d'euros, soit environ 26 milliards de "
                        "francs CFA, versée par l'Allemagne, financera des routes.")
    assert ("allemagne", Decimal(40_000_000), "EUR") in found


def test_a_sum_given_for_comparison_lends_nothing_to_the_participle() -> None:
    found = _financings("Le Bénin a reçu l'an dernier une enveloppe de 50 millions d'euros, contre 30 millions "
                        "d'euros, jugée insuffisante par le Parlement.")
    assert all(value != Decimal(30_000_000) for _, value, _ in found)
