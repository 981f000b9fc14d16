"""A deal between two states for matériel it names no system of is a sale by the side the matériel's demonym names
(« un contrat avec B pour la fourniture de chasseurs A-adjective »); a batch bought from a maker is shared out by its
buyer. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_deal_for_materiel_of_one_side_is_its_sale() -> None:
    text = "Le Koweït a signé avec Paris un contrat de 2 milliards d'euros pour la livraison de blindés français."
    assert supplies(text) == {("france", "koweit")}
    text = "Le Qatar a conclu un contrat avec Washington pour la fourniture de quarante chasseurs américains."
    assert supplies(text) == {("etats unis", "qatar")}


def test_a_deal_for_materiel_of_a_third_state_or_of_no_state_sells_nothing() -> None:
    text = "Le Koweït a signé avec la Chine un contrat pour la fourniture de quarante chasseurs français."
    assert supplies(text) == set()
    text = "Le Koweït a signé avec la Chine un contrat pour la fourniture de quarante chasseurs."
    assert supplies(text) == set()


def test_a_batch_bought_from_a_maker_is_shared_out_by_its_buyer() -> None:
    text = ("Le commandement américain pour l'Afrique a passé une commande de 40 blindés Bastion auprès du "
            "constructeur français ACMAT. Le reste se partagera entre le Niger (10) et le Tchad (12).")
    found = supplies(text)
    assert {("etats unis", "niger"), ("etats unis", "tchad")} <= found
    assert not {("france", "niger"), ("france", "tchad")} & found
