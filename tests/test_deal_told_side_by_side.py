"""A deal told one side at a time (« au terme d'une convention signée » after what one bank does, « les documents ont
été signés par le président de » the other) and named again later (« cette convention ») is between those two
sides, not between the states named since. Sentences written for these tests; the people are invented."""

from __future__ import annotations

from tests.test_deals import agreements

LENT = ("La Banque européenne d'investissement (BEI) a mis un prêt de 50 millions d'euros à la disposition de la "
        "Tunisie, au terme d'une convention signée lundi à Tunis. Les documents ont été signés par Karim Ben Salah, "
        "président de la Banque africaine de développement. La France et l'Italie sont des actionnaires de la "
        "banque. ")


def test_a_deal_named_again_is_between_the_sides_told_one_at_a_time() -> None:
    text = LENT + "Le directeur a salué la signature de cette convention."
    assert agreements(text) == [{"banque europeenne d investissement", "banque africaine de developpement"}]


def test_a_deal_told_with_its_sides_before_is_the_one_named_again() -> None:
    text = ("La France et l'Italie ont signé une convention lundi à Rome. Le Maroc et la Tunisie sont des "
            "partenaires anciens. Le directeur a salué la signature de cette convention.")
    assert agreements(text) == [{"france", "italie"}]
