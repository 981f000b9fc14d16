"""A state said to be the supplier of arms of another (« X est le premier fournisseur d'armes de Y », « X est un
important fournisseur d'armes à Y ») supplies it; so does the state it is ranked after (« le deuxième fournisseur de
Y après Z »). A supplier no client is named for supplies no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("La Chine est devenue le premier fournisseur d'armes du Cameroun.", ("chine", "cameroun")),
    ("La Turquie est un important fournisseur de drones à l'Éthiopie.", ("turquie", "ethiopie")),
    ("La France est le deuxième fournisseur d'armes de l'Égypte après la Russie.", ("france", "egypte")),
    ("La France est le deuxième fournisseur d'armes de l'Égypte après la Russie.", ("russie", "egypte")),
])
def test_a_supplier_of_arms_of_a_state_supplies_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text", [
    "Le Maroc cherche à moderniser son armée et à diversifier ses fournisseurs d'armement.",
    "Le contrat a été attribué à des fournisseurs français.",
])
def test_a_supplier_with_no_client_named_supplies_no_one(text: str) -> None:
    assert supplies(text) == set()


def test_a_supplier_noun_takes_no_far_subject_as_its_supplier() -> None:
    text = ("Le gouvernement kazakh offrira l'occasion de devenir le principal fournisseur de navires de guerre pour "
            "le Turkménistan.")
    assert ("kazakhstan", "turkmenistan") not in supplies(text)
