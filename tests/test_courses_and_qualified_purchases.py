"""Military courses given by another side (« un stage ... dispensé par X » to officers) and purchases whose seller
the parser hangs on a participle qualifying what is bought (« acheter des drones armés à X »). Sentences written
for these tests."""

from __future__ import annotations

from tests.test_supply import supplies


def test_a_military_course_given_by_another_side_trains_the_officers_state() -> None:
    text = ("Trente sous-officiers sénégalais ont reçu leur diplôme au terme d'un stage de pilotage militaire de "
            "trois mois assuré par l'Italie à Dakar.")
    assert ("italie", "senegal") in supplies(text)
    text = "Quinze officiers boliviens ont terminé un stage de transmissions dispensé par l'Espagne."
    assert ("espagne", "bolivie") in supplies(text)


def test_a_course_with_no_military_word_is_no_training() -> None:
    assert supplies("Les joueurs sénégalais ont effectué un stage de préparation organisé par l'Italie.") == set()
    assert supplies("Vingt étudiants boliviens ont suivi un stage en entreprise assuré par l'Espagne.") == set()


def test_a_seller_hung_on_a_qualifying_participle_still_sells() -> None:
    assert supplies("La Roumanie a acheté des drones armés à la société Baykar.") == {("turquie", "roumanie")}
    assert supplies("Le Kenya a acheté des drones armés à la Turquie.") == {("turquie", "kenya")}


def test_a_state_a_qualified_purchase_is_for_is_its_beneficiary() -> None:
    assert supplies("Le Danemark a acheté des drones armés pour l'Ukraine.") == {("danemark", "ukraine")}
