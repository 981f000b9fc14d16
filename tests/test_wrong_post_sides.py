"""Posts given the wrong state or body (sentences written for these tests): a title's complement read past a name
in quotation marks (« directeur de l'arsenal "Nom" de la marine du Pays »)."""

from __future__ import annotations

from tests.conftest import post_states


def test_a_quoted_yard_name_does_not_end_the_complement() -> None:
    found = post_states("L'accord a été paraphé par la ministre des Armées de la Grèce, Eleni Kosta, et le capitaine "
                        "de vaisseau Jorge Ruiz, directeur de l'arsenal « Cartagena » de la marine espagnole, lors "
                        "d'une cérémonie à Athènes.")
    assert found.get("Eleni Kosta") == "Grèce"
    assert found.get("Jorge Ruiz") == "Espagne"


def test_a_listed_title_with_a_quoted_name_keeps_its_own_state() -> None:
    found = post_states("Le contrat a été signé par le ministre de la Défense du Pérou, Raúl Pinto, et le vice-amiral "
                        'Tomás Vidal, directeur du chantier "Astinave" de la marine argentine, dans la capitale.')
    assert found.get("Raúl Pinto") == "Pérou"
    assert found.get("Tomás Vidal") == "Argentine"


def test_a_quoted_title_of_a_review_names_no_state_after_its_comma() -> None:
    found = post_states("Pierre Martin, directeur de la revue « Défense », a critiqué le Chili pour ses achats.")
    assert found.get("Pierre Martin") != "Chili"
