"""Names that frame a clause are no side of its fact: a source set before the subject (« Selon A, B achète »), the
broker of talks told in the passive (« organisés par X »); and deeds only intended or still to come are possible
(« compte acheter », « pour la visite ... d'ici fin novembre »). Invented sentences, through analyse_text."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text


def _facts(sentence: str, kind: str) -> list[tuple[frozenset[tuple[str, str]], Modality]]:
    found = analyse_text("Défense : nouvelles\n\n" + sentence).facts
    return [(frozenset((role, e.label) for role, e in f.roles if role != "weapon"), f.said.modality)
            for f in found if f.kind == kind]


@pytest.mark.parametrize(("sentence", "supporter", "recipient", "source"), [
    ("Selon Ankara, la Syrie reçoit des armes de l'Iran.", "Iran", "Syrie", "Turquie"),
    ("Selon le Japon, Pyongyang achète des missiles à la Russie.", "Russie", "Corée du Nord", "Japon"),
    ("D'après Bakou, l'Arménie a reçu des obusiers de l'Inde.", "Inde", "Arménie", "Azerbaïdjan"),
])
def test_source_before_the_subject_is_no_side(sentence: str, supporter: str, recipient: str, source: str) -> None:
    [(roles, modality)] = _facts(sentence, "support")
    assert roles == {("supporter", supporter), ("recipient", recipient)}
    assert modality == Modality.REPORTED
    assert all(label != source for _role, label in roles)


def test_broker_of_talks_in_the_passive_is_no_side() -> None:
    [(roles, _modality)] = _facts("Les pourparlers entre le Soudan et l'Éthiopie ont été organisés par le Kenya.",
                                  "negotiation")
    assert {label for _role, label in roles} == {"Soudan", "Éthiopie"}


def test_broker_without_entre_stays_a_side() -> None:
    [(roles, _modality)] = _facts("Le Kenya a organisé des pourparlers avec l'Éthiopie.", "negotiation")
    assert {label for _role, label in roles} == {"Kenya", "Éthiopie"}


def test_intended_purchase_is_possible() -> None:
    [(_roles, modality)] = _facts("Le Bénin compte acheter des patrouilleurs à la Chine.", "support")
    assert modality == Modality.POSSIBLE


def test_counting_verb_leaves_the_deed_asserted() -> None:
    [(_roles, modality)] = _facts("L'armée togolaise compte 15 000 hommes et a reçu des blindés de la France.",
                                  "support")
    assert modality == Modality.ASSERTED


def test_visit_a_future_verb_prepares_is_to_come() -> None:
    [(roles, modality)] = _facts("Ce contrat ouvrira la voie pour la visite en Inde du président vietnamien.",
                                 "negotiation")
    assert {label for _role, label in roles} == {"Vietnam", "Inde"}
    assert modality == Modality.POSSIBLE


def test_talks_dated_by_then_are_to_come() -> None:
    [(_roles, modality)] = _facts("La visite du ministre ghanéen au Nigeria d'ici fin mars portera sur la défense.",
                                  "negotiation")
    assert modality == Modality.POSSIBLE


@pytest.mark.parametrize("sentence", [
    "Paris a menacé de sanctions les pays qui vendent des drones à l'Iran.",
    "Le Canada a averti les États qui achètent des chars à la Russie.",
])
def test_relative_clause_of_a_generic_noun_inherits_no_main_subject(sentence: str) -> None:
    assert not [roles for roles, _modality in _facts(sentence, "support")
                if any(label in {"France", "Canada"} for _role, label in roles)]


def test_relative_clause_of_a_named_actor_keeps_it() -> None:
    [(roles, _modality)] = _facts("L'Égypte, qui a acheté des chars à la Corée du Sud, en veut d'autres.", "support")
    assert ("recipient", "Égypte") in roles


@pytest.mark.parametrize("sentence", [
    "Ankara rejette les accusations selon lesquelles la Turquie aurait livré des drones au Soudan.",
    "Le Caire a démenti les informations selon lesquelles l'Égypte fournirait des obus à l'Ukraine.",
])
def test_denied_content_of_accusations_is_denied(sentence: str) -> None:
    [(_roles, modality)] = _facts(sentence, "support")
    assert modality == Modality.DENIED


def test_confirmed_content_of_reports_is_not_denied() -> None:
    [(_roles, modality)] = _facts("Le ministre a confirmé les informations selon lesquelles le Japon a livré des "
                                  "radars aux Philippines.", "support")
    assert modality in {Modality.ASSERTED, Modality.REPORTED}


def test_stopover_is_no_venue() -> None:
    found = analyse_text("Défense : nouvelles\n\nAprès une escale à Doha, le président ghanéen a rencontré le roi "
                         "de Jordanie à Amman.").facts
    [talks] = [f for f in found if f.kind == "negotiation"]
    venues = {place.label for part in talks.parts if (place := part.first("place")) is not None}
    assert venues == {"Amman"}
