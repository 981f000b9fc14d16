"""Compound adjectives of two states (sentences written for these tests): « la commission mixte
algéro-tunisienne » names both states, whether the tokenizer glues the compound or splits it; the meetings of a
joint body so named, and a body's members told in the present (no meeting)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def states(text: str) -> set[str]:
    return {m.label for m in analyse_text("Titre\n" + text).mentions.values() if m.cls == "State"}


def talks(text: str) -> list[set[str]]:
    return [{p.label for p in f.get("participant")} for f in analyse_text("Titre\n" + text).facts
            if f.kind == "negotiation"]


@pytest.mark.parametrize(("text", "expected"), [
    ("La coopération américano-tunisienne a été saluée.", {"États-Unis", "Tunisie"}),
    ("Les relations algéro-marocaines restent tendues.", {"Algérie", "Maroc"}),
    ("Le partenariat franco-indien s'approfondit.", {"France", "Inde"}),
    ("La coopération éthio-djiboutienne a été saluée.", {"Éthiopie", "Djibouti"}),  # the short form « éthio »
])
def test_a_compound_adjective_names_both_states(text: str, expected: set[str]) -> None:
    assert states(text) == expected


def test_a_joint_commission_of_two_states_named_by_a_compound_is_talks_between_them() -> None:
    assert talks("La commission mixte sénégalo-gambienne s'est tenue lundi à Banjul.") == [{"Sénégal", "Gambie"}]


@pytest.mark.parametrize("text", [
    "Le lutteur a remporté le tournoi de lutte gréco-romaine.",
    "La stratégie indo-pacifique a été présentée au Parlement.",
])
def test_compounds_of_other_senses_name_no_state(text: str) -> None:
    assert not states(text)


@pytest.mark.parametrize("text", [
    "Le Danemark a signé avec le consortium franco-italien Eurozon un contrat pour quatre batteries.",
    "Le Kirghizistan a reçu des chasseurs sino-pakistanais JX-9.",
    "Le pays a reçu des chasseurs de la production sino-pakistanaise JX-9.",
])
def test_a_compound_naming_where_a_system_or_a_firm_comes_from_names_no_side(text: str) -> None:
    assert not states(text) & {"France", "Italie", "Chine", "Pakistan"}


@pytest.mark.parametrize("text", [
    "Les travaux de la 5e session de la commission mixte de sécurité tchado-soudanaise ont été clôturés mardi à "
    "Khartoum.",
    "La 3e réunion du comité mixte de défense franco-sénégalais s'est tenue jeudi à Dakar.",
    "La première session du comité de défense conjoint éthio-soudanais, tenue à Khartoum, s'est achevée mardi.",
])
def test_the_meeting_of_a_joint_body_named_by_a_compound_is_talks_between_its_two_states(text: str) -> None:
    found = talks(text)
    assert len(found) == 1
    assert len(found[0]) == 2


@pytest.mark.parametrize("text", [
    "La réunion du conseil municipal a salué l'amitié franco-sénégalaise.",
    "La réunion a porté sur la coopération franco-sénégalaise.",
])
def test_a_compound_beyond_the_meeting_noun_phrase_names_no_sides(text: str) -> None:
    assert talks(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Conseil nordique réunit les dirigeants des cinq États membres.", []),
    ("La Ligue arabe rassemble les ministres de l'Égypte et de la Jordanie.", []),
    ("La Ligue arabe a réuni les ministres de la Défense de l'Égypte et de la Jordanie.",
     [{"Ligue arabe", "Égypte", "Jordanie"}]),
])
def test_a_body_that_gathers_its_members_in_the_present_describes_itself_no_meeting(
        text: str, expected: list[set[str]]) -> None:
    assert talks(text) == expected


def test_a_deal_the_meeting_acts_under_is_one_between_its_sides() -> None:
    found = analyse_text("Titre\nLa réunion du comité mixte de défense tchado-soudanais s'est tenue lundi à "
                         "Khartoum. En application du protocole de sécurité signé en 2015, la réunion a dressé le "
                         "bilan des patrouilles.")
    assert [{p.label for p in f.get("party")} for f in found.facts if f.kind == "agreement"] == [{"Tchad", "Soudan"}]
