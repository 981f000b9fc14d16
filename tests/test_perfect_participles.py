"""A clause of a perfect participle (« ayant ») tells a deed done, whatever the mood of the clause it hangs on:
« X devrait recevoir huit avions, le contrat ayant été conclu en mars avec Y » asserts the contract (the parser
makes its subject a second object of the verb before it, and no order received is read in it). Sentences written
for these tests."""

from __future__ import annotations

from tests.test_deals import agreements
from tests.test_supply import supplies


def test_a_contract_in_an_absolute_perfect_clause_is_asserted() -> None:
    text = ("Par ailleurs, l'armée de l'air chilienne devrait recevoir 8 Rafale supplémentaires, le contrat, d'un "
            "montant de 900 millions d'euros, ayant été conclu auprès de Dassault Aviation en mars 2015.")
    assert {"chili", "dassault aviation"} in agreements(text)
    text = ("L'armée de terre indonésienne devrait recevoir 20 chars Leopard 2, le contrat ayant été signé avec "
            "Rheinmetall.")
    assert ("allemagne", "indonesie") in supplies(text)


def test_a_perfect_participle_done_under_a_modal() -> None:
    text = "Le Pérou pourrait commander des chars, ayant signé un accord avec l'Allemagne."
    assert {"allemagne", "perou"} in agreements(text)
    text = "Le Pérou pourrait signer un accord avec l'Allemagne."
    assert agreements(text) == []
