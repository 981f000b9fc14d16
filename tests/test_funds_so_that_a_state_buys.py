"""Money given « afin que / pour que Y puisse acquérir ... »: the state of the clause of purpose that buys receives
the funding, as a support with the systems it buys."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_loan_so_that_a_state_buys_systems_funds_that_state() -> None:
    text = ("Le Japon a octroyé un prêt de 100 millions de dollars afin que le Vietnam puisse acquérir des "
            "hélicoptères Dhruv.")
    assert supplies(text) == {("japon", "vietnam")}


def test_a_loan_for_anything_but_a_purchase_gives_no_recipient() -> None:
    text = ("Le Japon a octroyé un prêt de 100 millions de dollars afin que le Vietnam puisse former ses pilotes sur "
            "des hélicoptères Dhruv.")
    assert supplies(text) == set()
    text = "Le Japon a octroyé un prêt de 100 millions de dollars afin que le Vietnam puisse construire des écoles."
    assert supplies(text) == set()
