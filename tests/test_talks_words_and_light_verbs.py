"""Talks told with words read since session 32: « voir » an official, a light verb of two words (« prendre part »
à une réunion) and « coprésider », officials of a state named by its adjective (« des responsables péruviens »), a
list of officials received (« a reçu : le ministre de A, X ; l'ambassadeur de B, Y ; et ... »), a fronted
participle of receiving with no agent (« Reçu au palais, X a remis un message au président Y »), trips to come
(« enverra une délégation », « est attendu à X »), which are talks only possible. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _found(text: str) -> list[tuple[set[str], set[str], Modality]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return [({e.label for _, e in f.roles}, {e.label for p in f.parts for e in p.get("place")}, f.said.modality)
            for f in found.facts if f.kind == "negotiation"]


@pytest.mark.parametrize("text", [
    "Le ministre brésilien de la Défense s'est rendu mardi à Lima pour voir son homologue péruvien.",
    "Le ministre brésilien de la Défense est allé voir mardi à Lima son homologue péruvien.",
    "Le chef d'état-major brésilien a eu des séances de travail à Lima avec des responsables péruviens.",
    "Une délégation militaire brésilienne a séjourné à Lima, où elle a eu des séances de travail avec les "
    "responsables de l'industrie de défense péruvienne.",
    "Le chef d'état-major brésilien a pris part à Lima à une réunion de travail avec son homologue péruvien.",
    "La ministre brésilienne et son homologue péruvienne ont coprésidé à Lima le dialogue annuel de défense.",
])
def test_talks_told_by_words_of_meeting(text: str) -> None:
    assert _found(text) == [({"Brésil", "Pérou"}, {"Lima"}, Modality.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Le projet a vu le jour à Lima avec le soutien du Pérou.",
    "Le Brésil voit le Pérou comme une menace.",
    "Le président péruvien a vu le ministre brésilien de la Défense quitter la salle.",
    "Le ministre brésilien a eu des échanges de tirs avec des soldats péruviens.",
    "Le ministre brésilien a pris des mesures avant une réunion avec son homologue péruvien.",
])
def test_words_of_seeing_or_exchanging_that_tell_no_talks(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Le président béninois, Jean Akpo, a reçu en audience mardi à Cotonou : le ministre nigérien de la Défense, "
    "Ali Moussa ; l'ambassadeur d'Italie, Marco Rossi ; et le ministre togolais des Affaires étrangères, Koffi Agbo.",
    "Le président béninois a reçu mardi à Cotonou le ministre nigérien de la Défense, l'ambassadeur d'Italie et le "
    "ministre togolais des Affaires étrangères.",
])
def test_each_official_listed_after_a_reception_is_met_apart(text: str) -> None:
    assert sorted(sorted(sides) for sides, places, _ in _found(text) if places == {"Cotonou"}) == [
        ["Bénin", "Italie"], ["Bénin", "Niger"], ["Bénin", "Togo"]]


def test_an_aside_after_the_one_received_is_no_item_of_a_list() -> None:
    assert _found("Le président béninois a reçu mardi à Cotonou le ministre nigérien de la Défense, en présence "
                  "de l'ambassadeur d'Italie.") == [({"Bénin", "Niger"}, {"Cotonou"}, Modality.ASSERTED)]


def test_a_fronted_reception_is_held_by_the_one_handed_a_message() -> None:
    assert [sides for sides, _, _ in _found(
        "Reçu au palais présidentiel, le ministre kényan de l'Intérieur a remis un message du président Wekesa au "
        "président ougandais Okello.")] == [{"Kenya", "Ouganda"}]


def test_a_fronted_reception_with_no_host_said_is_no_talks() -> None:
    assert _found("Reçu au palais présidentiel, le ministre kényan a déclaré que les relations sont bonnes.") == []


@pytest.mark.parametrize("text", [
    "Le Kenya enverra une délégation à Kampala.",
    "Le ministre kényan des Affaires étrangères est attendu lundi à Kampala pour des consultations avec les "
    "autorités ougandaises.",
    "Le ministre kényan des Affaires étrangères effectuera lundi une visite à Kampala.",
])
def test_a_trip_to_come_is_talks_only_possible(text: str) -> None:
    assert _found(text) == [({"Kenya", "Ouganda"}, {"Kampala"}, Modality.POSSIBLE)]


def test_envoys_sent_abroad_talk_there() -> None:
    assert _found("Le Kenya a envoyé une délégation à Kampala.") == [
        ({"Kenya", "Ouganda"}, {"Kampala"}, Modality.ASSERTED)]

