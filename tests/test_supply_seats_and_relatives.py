"""Supplies whose giver is an embassy's officer named after its seat (« l'ambassade de A à B, X, a remis »), whose
system's name follows the noun a misparse closes the phrase on, whose recipient is a relative's dative pronoun
(« une frégate qui lui sera fournie par Y »), bought by a state body that an infinitive's verb completes (« le
gouvernement allait acquérir »); a maker under its former name. Sentences and names written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems
from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("an embassy's officer named after its seat hands over", "Le premier conseiller de l'ambassade de France à "
     "Niamey, Paul Martin, a procédé, le jeudi 3 mai 2012, à la remise d'un lot de matériel militaire à l'armée "
     "nigérienne.", [("france", "niger", ANY)]),
    ("an embassy's officer named after its seat gives", "Le conseiller de l'ambassade du Japon à Dakar, Ken Sato, a "
     "remis dix camions militaires à l'armée sénégalaise.", [("japon", "senegal", ANY)]),
    ("states listed before their verb still give", "La Russie, la Chine et l'Iran ont livré des armes à la Syrie.",
     [("russie", "syrie", ANY), ("chine", "syrie", ANY), ("iran", "syrie", ANY)]),
    ("the complement of a sentence's opening word is no buyer listed with the subject", "Frontalier de l'Iran, "
     "Bakou a acheté pour plus de 2 milliards de dollars d'armements à Israël.", [("israel", "azerbaidjan", ANY)]),
    ("a system's name after the noun that closes the supply", "En outre, la Pologne, la Suède et l'entreprise de "
     "défense allemande Rheinmetall AG ont conclu un contrat pour la fourniture de 20 chars Leopard 2 en Ukraine.",
     [("allemagne", "ukraine", "leopard 2")]),
    ("a relative's dative stands for the subject of the verb the relative's noun is the object of", "Le Mexique "
     "a choisi une frégate de type Sigma qui lui sera fournie par les Pays-Bas.", [("pays bas", "mexique", "sigma")]),
    ("a relative's dative past a misparsed complement", "Le Chili, qui a choisi en mars sans appel d'offre une "
     "frégate de type Sigma qui lui sera livrée par les Pays-Bas, modernise sa marine.",
     [("pays bas", "chili", "sigma")]),
    ("a relative's dative of a subject that names no state", "L'armée a choisi des blindés qui lui seront fournis "
     "par la France.", []),
    ("a state body buys through the verb it is the subject of", "La Grèce renouvelle sa flotte. Le ministre grec de "
     "la Défense a indiqué que le gouvernement allait acquérir vingt hélicoptères NH90 supplémentaires auprès de la "
     "France.", [("france", "grece", "nh90")]),
    ("a state body whose relative names other systems", "La Grèce renouvelle sa flotte. Le ministre grec de la "
     "Défense a indiqué que le gouvernement, qui a déjà acheté des blindés, allait acquérir vingt hélicoptères NH90 "
     "supplémentaires auprès de la France.", [("france", "grece", "nh90")]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_support53_supplies(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


def test_a_maker_named_by_its_former_name_sells_under_that_name() -> None:
    found = systems("L'armée grecque a commandé dix hélicoptères NH90 à Eurocopter.")
    assert found.get(("eurocopter", "grece")) == {"NH90"}, found


def test_the_complement_of_an_opening_word_buys_nothing() -> None:
    found = systems("Frontalier de l'Iran, Bakou a acheté pour plus de 2 milliards de dollars d'armements à Israël.")
    assert ("israel", "iran") not in found, found
