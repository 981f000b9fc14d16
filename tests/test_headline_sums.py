"""A headline's rounded sum (« plus de 2 milliards ») is the exact sum the body tells (« 2,3 milliards »), not a
second sum; a headline sum the body does not tell near it stays (sentences written for these tests)."""

from __future__ import annotations

from kg.pipeline import analyse_text


def sums(text: str) -> set[tuple[float, str]]:
    return {(float(a.value), a.currency) for f in analyse_text(text).facts for a in f.amounts}


BODY = ("\n\nLe Canada a accepté mardi la demande chilienne pour l'achat de blindés et de missiles pour un montant de "
        "{} de dollars canadiens, a annoncé le ministre de la Défense à Ottawa.\n")


def test_a_rounded_headline_sum_is_the_exact_one_of_the_body() -> None:
    text = "Contrat - Plus de 2 milliards de dollars canadiens d'armes pour le Chili" + BODY.format("2,3 milliards")
    assert sums(text) == {(2.3e9, "CAD")}


def test_a_headline_sum_far_from_the_body_s_stays() -> None:
    text = "Contrat - Plus de 2 milliards de dollars canadiens d'armes pour le Chili" + BODY.format("900 millions")
    assert (2e9, "CAD") in sums(text)
