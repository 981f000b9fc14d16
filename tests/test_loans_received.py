"""A loan received « de Y », the lender named between the verb of receiving and the loan (« X a obtenu de la banque
Y un prêt de 2 milliards »): Y lends, X borrows, however the parser hangs the loan. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text


def _loans(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    found = analyse_text(f"Titre\n{text}", dt.date(2025, 3, 4)).facts
    return [(tuple(e.label for e in f.get("funder")), tuple(e.label for e in f.get("recipient")))
            for f in found if f.kind == "financing"]


def test_a_bank_named_before_the_loan_lends_it() -> None:
    loans = _loans("Le Sénégal a obtenu de la Banque africaine de développement un prêt de 90 millions de dollars.")
    assert loans == [(("Banque africaine de développement",), ("Sénégal",))]


def test_a_state_named_before_the_loan_lends_it() -> None:
    loans = _loans("La Bolivie a reçu du Brésil un prêt de 40 millions de dollars pour ses routes.")
    assert loans == [(("Brésil",), ("Bolivie",))]


def test_a_loan_received_with_no_lender_has_only_a_borrower() -> None:
    assert _loans("La Bolivie a reçu cette année un prêt de 40 millions de dollars.") == [((), ("Bolivie",))]
