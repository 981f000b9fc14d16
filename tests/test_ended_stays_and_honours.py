"""A stay brought to its end (« X a conclu sa visite en Y ») is no deal concluded, and an honour received (« le
grade honoraire de général de l'armée de Y », « une décoration ») is no matériel supplied. Sentences written for
these tests."""

from __future__ import annotations

from tests.test_supply import agreements, supplies


def test_a_visit_concluded_is_no_agreement() -> None:
    text = ("Le chef d'état-major de l'armée marocaine a conclu sa visite officielle de trois jours au Sénégal, "
            "marquant une étape dans les liens de défense entre les deux pays.")
    assert not any({"maroc", "senegal"} <= a for a in agreements(text))


def test_a_tour_concluded_is_no_agreement() -> None:
    text = "Le ministre brésilien de la Défense a conclu jeudi une tournée militaire de cinq jours en Angola."
    assert not any({"bresil", "angola"} <= a for a in agreements(text))


def test_a_deal_concluded_is_still_an_agreement() -> None:
    text = "Le Brésil et l'Angola ont conclu un accord de coopération militaire lors de la visite du ministre."
    assert {"bresil", "angola"} in agreements(text)


def test_an_honorary_rank_received_is_no_support() -> None:
    text = "Le général ghanéen a reçu le grade de général honoraire de l'armée nigériane par le président nigérian."
    assert ("nigeria", "ghana") not in supplies(text)


def test_a_military_decoration_received_is_no_support() -> None:
    text = "Le colonel kényan a reçu une décoration militaire de l'armée française à Paris."
    assert ("france", "kenya") not in supplies(text)


def test_armoured_vehicles_received_are_still_support() -> None:
    text = "Le Kenya a reçu de la France des véhicules blindés pour son armée."
    assert ("france", "kenya") in supplies(text)
