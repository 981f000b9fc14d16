"""A visitor whose state the article never names, facing the host in one of its cities, acts for the state a
compound adjective pairs with the host (« les relations germano-équatoriennes »); the next stop of a tour (« avant
de se rendre au Chili ») is no side of the talks told. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED

_TOUR = ("Titre du communiqué\n"
         "M. Karl Weber s'est rendu jeudi à Quito en Équateur, première étape de sa tournée de trois jours avant de "
         "se rendre au Chili. Au programme : entretiens officiels.\n\n")


def _talks(text: str) -> list[tuple[set[str], set[str]]]:
    return sides_and_venues([f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"])


def test_a_visitor_of_unsaid_state_acts_for_the_state_a_compound_adjective_pairs_with_the_host() -> None:
    talks = _talks(_TOUR + "À Quito, le 3 mars, M. Karl Weber, ministre de la Défense, s'est entretenu avec Rafael "
                   "Mora, ministre de la Défense équatorien. Ils ont évoqué les relations germano-équatoriennes.")
    assert talks == [({"Allemagne", "Équateur"}, {"Quito"})]


@pytest.mark.parametrize("last", [
    "Ils ont évoqué la situation régionale.",
    "Ils ont évoqué les relations entre l'Équateur et ses voisins.",
])
def test_no_pairing_gives_the_visitor_no_state_and_the_next_stop_is_no_side(last: str) -> None:
    talks = _talks(_TOUR + "À Quito, le 3 mars, M. Karl Weber, ministre de la Défense, s'est entretenu avec Rafael "
                   "Mora, ministre de la Défense équatorien. " + last)
    assert all("Chili" not in sides and "Allemagne" not in sides for sides, _ in talks), talks
