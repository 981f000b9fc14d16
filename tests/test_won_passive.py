"""A contract told with its winner after it (« le contrat de 3 milliards remporté par X »): the firm that won it
and its client (the one supplied, else the state the story is about) are its parties, with its worth. Sentences
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED
from tests.test_modality import fold


def _deals(text: str) -> set[tuple[frozenset[str], tuple[Decimal, ...]]]:
    found: list[Fact] = analyse_text(text, PUBLISHED).facts
    return {(frozenset(fold(p.label) for p in f.get("party")), tuple(a.value for a in f.amounts))
            for f in found if f.kind == "agreement" and f.modality.value in {"asserted", "reported"}}


@pytest.mark.parametrize(("text", "parties", "value"), [
    ("Inde : la première frégate mise à l'eau\n\nLa cérémonie a eu lieu à Bombay, huit ans après la signature du "
     "contrat de 3 milliards d'euros remporté par le groupe italien Fincantieri.", {"inde", "fincantieri"},
     Decimal("3e9")),
    ("Chili : un nouveau patrouilleur en service\n\nLe navire est le deuxième du contrat de 400 millions de dollars "
     "décroché par Damen en 2019.", {"chili", "damen shipyards"}, Decimal("400e6")),
    ("Le ministère a publié le contrat de 900 millions de dollars obtenu par Lockheed Martin pour la livraison de "
     "radars à la Pologne.", {"pologne", "lockheed martin"}, Decimal("900e6")),
])
def test_a_contract_won_told_by_its_participle_joins_the_winner_and_its_client(text: str, parties: set[str],
                                                                              value: Decimal) -> None:
    assert (frozenset(parties), (value,)) in _deals(text)


@pytest.mark.parametrize("text", [
    # a prize is no deal
    "Pérou : un salon de défense à Lima\n\nLe prix de l'innovation remporté par Thales a été remis jeudi.",
    # the firm's home and two other states: no one state of the story
    "Brésil : un sous-marin lancé\n\nLe contrat de 2 milliards d'euros remporté par le groupe français Naval Group "
    "intéresse aussi l'Argentine et le Chili.",
])
def test_no_contract_or_no_one_client_gives_no_deal(text: str) -> None:
    assert not any(any(p in {"thales", "naval group"} for p in parties) for parties, _ in _deals(text))
