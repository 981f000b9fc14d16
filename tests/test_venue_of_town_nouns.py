"""The venue named by a noun of a town before its name (« dans la cité balnéaire de X del Y », « dans la ville
portuaire de X »): the town the noun introduces, minted when the reference data lacks it whatever the NER calls it,
known when it has it; « à X del Y » too. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

TOWNS = [
    Case("resort-the-data-lacks", "Le secrétaire américain à la Défense s'est entretenu avec son homologue uruguayen "
         "dans la station balnéaire de Piriápolis en Uruguay.", "negotiation",
         {"participant": {"États-Unis", "Uruguay"}}, venues={"Piriápolis"}),
    Case("port-town-the-data-lacks", "Le président kényan a reçu son homologue ougandais dans la ville portuaire de "
         "Kilindoni.", "negotiation", {"participant": {"Kenya", "Ouganda"}}, venues={"Kilindoni"}),
    Case("known-resort-after-its-noun", "Le ministre canadien de la Défense s'est entretenu avec son homologue russe "
         "dans la station balnéaire de Sotchi.", "negotiation", {"participant": {"Canada", "Russie"}},
         venues={"Sotchi"}),
    Case("town-with-a-particle-inside", "Le ministre péruvien de la Défense a rencontré son homologue colombien dans "
         "la cité balnéaire de Punta del Sol.", "negotiation", {"participant": {"Pérou", "Colombie"}},
         venues={"Punta del Sol"}),
]


@pytest.mark.parametrize("case", params(TOWNS))
def test_the_town_a_town_noun_names_is_the_venue(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence, place", [
    # a person's name after « à » is no town; a home town is no venue
    ("Le ministre espagnol a dit à Juan de la Vega que Madrid et Lima négocient un accord de défense.",
     "Juan de la Vega"),
    ("Le ministre chilien, originaire de la ville de Puerto Natales, a rencontré son homologue argentin à Santiago.",
     "Puerto Natales"),
])
def test_a_name_that_is_no_venue(sentence: str, place: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert place not in {e.label for f in talks for part in f.parts for e in part.get("place")}
