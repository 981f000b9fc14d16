"""Names after a title each followed by « pour » and the state they speak for (sentences written for these tests):
each holds the title for that state (« les ministres, A pour le Pays et B pour l'Autre »); not a « pour » that
names no state, nor a state told after the verb."""

from __future__ import annotations

from tests.conftest import post_states


def test_each_minister_serves_the_state_after_his_pour() -> None:
    found = post_states("Les ministres des Affaires étrangères, Jean Kouassi pour la Côte d'Ivoire et Ahmed Ould "
                        "Salem pour la Mauritanie, ont souligné la nécessité d'agir ensemble.")
    assert found.get("Jean Kouassi") == "Côte d'Ivoire"
    assert found.get("Ahmed Ould Salem") == "Mauritanie"


def test_a_side_told_by_its_demonym() -> None:
    found = post_states("Les chefs de la diplomatie, Moussa Traoré pour la partie malienne et Issa Boubacar pour "
                        "la partie nigérienne, ont signé le procès-verbal de la session.")
    assert found.get("Moussa Traoré") == "Mali"
    assert found.get("Issa Boubacar") == "Niger"


def test_one_name_and_its_state_after_a_comma() -> None:
    found = post_states("Le ministre de la Défense, Paul Biyong, pour le Cameroun, a ouvert les travaux à Libreville.")
    assert found.get("Paul Biyong") == "Cameroun"


def test_a_state_after_the_verb_is_not_the_post_s() -> None:
    found = post_states("Les ministres de la Défense, Paul Biyong et Karim Diallo, ont ouvert les travaux pour le "
                        "Sénégal.")
    assert found.get("Karim Diallo") != "Sénégal"


def test_a_pour_that_names_no_state() -> None:
    found = post_states("Le ministre de l'Intérieur, Paul Biyong pour la deuxième fois, a reçu la délégation.")
    assert found.get("Paul Biyong") is None
