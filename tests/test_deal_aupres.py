"""« auprès de » names the other side of a deal as « avec » does (« X a conclu un contrat auprès de Y », « le
contrat a été signé auprès de Y »), the parser making « auprès » an adverb that heads the name. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize(("text", "pairs"), [
    ("Le Chili a conclu un contrat auprès de Navantia pour quatre frégates.", [["chili", "navantia"]]),
    ("Le Pérou a signé un protocole d'accord auprès de la Banque mondiale.", [["banque mondiale", "perou"]]),
    ("L'Indonésie renouvelle sa flotte. Le contrat a été signé auprès de Fincantieri en juin.",
     [["fincantieri", "indonesie"]]),
    # « un accord pour l'achat de W auprès de C »: C sells W to the buyers the deal binds
    ("Le Ghana et le Togo ont signé un accord pour l'achat de patrouilleurs auprès du chantier Piriou.",
     [["ghana", "togo"]]),
    # an envoy « auprès de » a body is no side of the deal its state signs
    ("L'ambassadeur du Pérou auprès de l'Union européenne a signé un accord avec l'Espagne.",
     [["espagne", "perou"]]),
])
def test_aupres_names_the_other_side(text: str, pairs: list[list[str]]) -> None:
    assert sorted(sorted(p) for p in agreements(text)) == pairs


def test_aupres_after_a_participle_clause_under_a_worth_noun_names_the_other_side() -> None:
    text = "C'est le montant des accords d'armement conclus par l'Arabie Saoudite auprès de la France."
    assert {"arabie saoudite", "france"} in agreements(text)
