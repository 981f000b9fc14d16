"""Gifts told from the recipient's side: « X a bénéficié d'un don de blindés de la part de Y », « X a reçu des camions
grâce à un don de Y » (the subject receives, the gift's giver gives); the worth of what is received or given
(« X a reçu de Y des équipements d'une valeur de ... ») prices no deal; a name the parser hangs on a sum takes no
side of the supply; « prendre livraison des six W » counts W, and « deux ayant été livrés » inherits no giver.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deals import agreements, supplies


@pytest.mark.parametrize(("text", "sides"), [
    ("L'armée gabonaise a bénéficié d'un don de douze véhicules blindés de la part du Japon.", ("japon", "gabon")),
    ("Le Honduras a bénéficié d'un don espagnol de six véhicules blindés.", ("espagne", "honduras")),
    ("Le Paraguay a reçu quinze véhicules blindés grâce à un don du Brésil.", ("bresil", "paraguay")),
])
def test_who_benefits_from_a_gift_receives_it_from_its_giver(text: str, sides: tuple[str, str]) -> None:
    assert sides in supplies(text)


def test_a_benefit_of_no_matériel_is_no_supply() -> None:
    assert not supplies("Le Honduras a reçu des félicitations grâce à un don du Brésil aux écoles.")


@pytest.mark.parametrize("text", [
    "Le Gabon a reçu du Japon un lot d'équipements militaires d'une valeur de 4 millions d'euros.",
    "Le Japon a offert au Gabon douze blindés d'une valeur de 4 millions d'euros.",
])
def test_the_worth_of_matériel_received_or_given_prices_no_deal(text: str) -> None:
    assert ("japon", "gabon") in supplies(text)
    assert not agreements(text)


def test_the_worth_of_matériel_sold_still_prices_a_deal() -> None:
    assert {"japon", "gabon"} in agreements(
        "Le Japon a vendu au Gabon un lot d'équipements militaires d'une valeur de 4 millions d'euros.")


def test_a_name_hung_on_a_sum_is_no_recipient() -> None:
    text = ("En signant en 2011 un transfert de technologies en faveur d'un chantier naval brésilien dans le cadre "
            "de la vente de quatre Gowind évaluée à plus de 2 milliards d'euros, Naval Group a innové.")
    assert all(r != "naval group" for _s, r in supplies(text))


def test_a_number_closing_a_delivery_counts_the_system_after_it() -> None:
    text = ("L'industriel turc TAI voulait vendre davantage. La Colombie a commencé à prendre livraison des six "
            "T129 ATAK qu'elle a en commande.")
    assert ("turquie", "colombie") in supplies(text)


def test_a_passive_clause_of_its_own_inherits_no_giver() -> None:
    text = ("La Colombie a signé un contrat avec l'industriel américain Sikorsky. La Colombie a commencé à prendre "
            "livraison des six T129 ATAK qu'elle a en commande ; deux ayant déjà été livrés.")
    assert all(s != "colombie" for s, _r in supplies(text))
