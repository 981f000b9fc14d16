"""A seller named right after the trade noun an order's « à » governs (« ont commandé au groupe d'armement X des
véhicules », where the parser takes X for the object), and a dispatch's dateline whose agency is written in lower
case (« VILLE (dpa) - »): kept out of the lede, it leaves the buyers their sentence. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.read import parse_article
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def supplies(text: str) -> set[tuple[str, str]]:
    found = analyse_text(text, PUBLISHED).facts
    return {(fold(s.label), fold(r.label)) for f in found if f.kind == "support"
            and f.modality.value in {"asserted", "reported"} for s in f.get("supporter") for r in f.get("recipient")}


def test_a_firm_after_an_order_s_trade_noun_sells() -> None:
    text = "Titre\nLa Lituanie et la Pologne ont commandé au groupe d'armement Rheinmetall des blindés Boxer en mai."
    assert supplies(text) == {("allemagne", "lituanie"), ("allemagne", "pologne")}


def test_a_lower_case_agency_closes_the_dateline() -> None:
    article = parse_article("Commande\nHAMBOURG (dpa-AFX) - La marine norvégienne a commandé deux frégates.", "t")
    assert article.dateline == "Hambourg"
    assert article.paragraphs[1].text.startswith("La marine")
    text = ("Commande\nHAMBOURG (dpa-AFX) - La marine norvégienne a commandé au constructeur Saab deux sous-marins "
            "A26.")
    assert supplies(text) == {("suede", "norvege")}
