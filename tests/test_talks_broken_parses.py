"""Talks the parser breaks (session 32): a pair « A et son homologue B, le général Y, » taken apart before a
verb of talks, a side of « entre » named by any title with a person after it (« et l'attaché militaire sortant,
le colonel Y, »), an object of meeting hung on a comma, a host of no state named who receives officials of
several states one by one, and an unaccented opening « A » before a name read as « à ». Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import plain
from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize("text", [
    "Le ministre allemand des Affaires étrangères Hans Berger et son homologue indien, le général Ravi Kumar, ont "
    "discuté mardi de la coopération.",
    "Le secrétaire d'Etat allemand Hans Berger et son homologue indien, le prince Ravi Kumar, ont discuté au "
    "téléphone de la crise au Népal.",
])
def test_a_pair_broken_off_the_subject_of_talks_is_both_sides(text: str) -> None:
    assert _found(text) == [({"Allemagne", "Inde"}, set())]


def test_a_side_of_between_named_by_any_title_before_its_holder() -> None:
    text = ("L'offre a été faite lors d'une rencontre entre Ivan Petrov, commandant en chef des forces armées "
            "bulgares, et l'attaché militaire grec sortant en Bulgarie, le colonel Nikos Papas, basé à Skopje, en "
            "Macédoine du Nord, au quartier général de l'armée à Sofia, le 2 mars.")
    assert _found(text) == [({"Bulgarie", "Grèce"}, {"Sofia"})]


def test_no_title_side_of_between_without_a_person() -> None:
    assert _found("Une rencontre entre le Brésil et les pays de la région a eu lieu mardi.") == []


@pytest.mark.parametrize("text", [
    "Le Gabon renforce ses liens de défense. Le ministre de la Défense nationale, Paul Mbeki, a reçu "
    "successivement, le 3 mai à son cabinet, l'envoyé spécial du ministre de la Défense de la République fédérative "
    "du Brésil pour l'Afrique australe, Jorge Silva, accompagné de l'ambassadeur du Brésil au Gabon, et "
    "l'ambassadeur d'Inde, Raj Patel.",
    "Le Gabon renforce ses liens de défense. Le ministre de la Défense, Paul Mbeki, a reçu successivement le 3 mai "
    "à son bureau le conseiller du ministre de la Défense du Brésil, Jorge Silva, et l'ambassadeur d'Inde, Raj "
    "Patel.",
    "Le Gabon renforce ses liens de défense. Le ministre de la Défense, Paul Mbeki, a reçu le 3 mai à son bureau "
    "le conseiller du ministre de la Défense du Brésil, Jorge Silva, et l'ambassadeur d'Inde, Raj Patel.",
])
def test_a_host_of_no_state_named_receives_each_official_for_the_state_of_the_article(text: str) -> None:
    assert sorted(sorted(sides) for sides, _ in _found(text)) == [["Brésil", "Gabon"], ["Gabon", "Inde"]]


@pytest.mark.parametrize(("text", "read"), [
    ("A Nairobi, le ministre", "À Nairobi, le ministre"),
    ("Il est parti. A Lima, il a vu", "Il est parti. À Lima, il a vu"),
    ("le groupe A Paris", "le groupe A Paris"),
    ("A400M livrés. A l'issue", "A400M livrés. A l'issue"),
])
def test_an_unaccented_opening_a_before_a_name_is_the_preposition(text: str, read: str) -> None:
    assert plain(text) == read


def test_talks_opened_by_an_unaccented_a_are_held_in_the_city() -> None:
    text = "A Nairobi, le ministre tanzanien de la Défense a rencontré son homologue kényan mardi."
    assert _found(text) == [({"Tanzanie", "Kenya"}, {"Nairobi"})]
