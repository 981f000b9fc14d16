"""Deputies of the post told just before (sentences written for these tests): « le directeur adjoint, B » after
« le directeur du Service X, A » serves that service; « le vice-président de la commission » that commission's
state; a firm's deputy chief that firm; not a deputy told sentences later, nor the deputy of another post."""

from __future__ import annotations

from tests.conftest import post_states


def test_the_deputy_director_of_the_agency_told_just_before() -> None:
    found = post_states("Igor Petrov, directeur du Service fédéral pour la coopération militaro-technique russe, "
                        "annonce des ventes en hausse. Au salon, le directeur adjoint, Oleg Smirnov, a confirmé la "
                        "livraison de dix hélicoptères.")
    assert found.get("Oleg Smirnov") == "Service fédéral de coopération militaire et technique"


def test_the_vice_chair_of_the_committee_told_just_before() -> None:
    found = post_states("Le président de la commission de la défense du Sénat italien, Marco Bianchi, a ouvert la "
                        "séance. Le vice-président de la commission, Luca Verdi, a lu le rapport sur les frégates.")
    assert found.get("Luca Verdi") == "Italie"


def test_a_firm_s_deputy_chief_in_the_same_sentence() -> None:
    found = post_states("Le directeur général de Thales, Patrice Morin, et le directeur général adjoint, Pierre "
                        "Durand, ont signé le contrat des radars.")
    assert found.get("Pierre Durand") == "Thales"


def test_a_deputy_told_sentences_later_is_not_read_so() -> None:
    found = post_states("Le directeur général de Thales, Patrice Morin, a signé le contrat. Le Maroc a acheté des "
                        "radars. L'armée attend les livraisons depuis des mois. Le directeur général adjoint, Pierre "
                        "Durand, était présent.")
    assert found.get("Pierre Durand") != "Thales"


def test_the_deputy_of_another_post() -> None:
    found = post_states("Le directeur général de Thales, Patrice Morin, a signé le contrat. Le chef d'état-major "
                        "adjoint, le général Pierre Durand, était présent.")
    assert found.get("Pierre Durand") != "Thales"
