"""A purchase from a firm introduced by a trade noun (« l'achat au constructeur X de W »: X sells, it is no
beneficiary), approved by a body that names no state (the state the article is about buys); « formé à l'initiative
de X » forms a body, it trains no one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def supplies(text: str) -> set[tuple[str, str]]:
    found = analyse_text(text, PUBLISHED).facts
    return {(fold(s.label), fold(r.label)) for f in found if f.kind == "support"
            and f.modality.value in {"asserted", "reported"} for s in f.get("supporter") for r in f.get("recipient")}


def test_a_firm_after_its_trade_noun_sells() -> None:
    text = ("Le Pérou renouvelle sa flotte\n"
            "Le Pérou veut remplacer ses vieux Mirage.\n"
            "Lundi, le gouvernement a approuvé l'achat au constructeur Saab de douze chasseurs Gripen.")
    assert supplies(text) == {("suede", "perou")}


def test_a_purchase_a_stateless_body_approves_is_the_article_state_s() -> None:
    text = ("La Norvège choisit Leonardo pour ses hélicoptères\n"
            "La Norvège veut moderniser ses forces.\n"
            "Le comité de défense a validé mardi l'achat au groupe Leonardo de six hélicoptères militaires AW149.")
    assert supplies(text) == {("italie", "norvege")}


def test_a_body_formed_at_someone_s_initiative_is_no_training() -> None:
    text = ("Une alliance régionale\n"
            "Le groupe réunit cinq pays (la Pologne, la Lituanie, la Lettonie, l'Estonie et la Finlande), formé en "
            "mars 2019 à l'initiative du président polonais pour renforcer la coopération militaire.")
    assert supplies(text) == set()
    text = "Formation\nDes instructeurs français ont formé des soldats maliens au pilotage de drones militaires."
    assert supplies(text) == {("france", "mali")}
