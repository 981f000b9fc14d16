"""A police title that names no state serves the one state whose police the article names elsewhere (« la police
mauricienne »): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize("text", [
    "Une vedette a été livrée au Sénégal par un chantier espagnol. Le commissaire de police Amadou Fall a remercié "
    "le constructeur. Selon la police sénégalaise, la vedette patrouillera au large de Dakar.",
    "La police du Sénégal a reçu une vedette d'un chantier espagnol. Le commissaire de police Amadou Fall a remercié "
    "le constructeur en Espagne.",
])
def test_a_police_title_serves_the_state_whose_police_the_article_names(text: str) -> None:
    assert post_states(text)["Amadou Fall"] == "Sénégal"


def test_two_states_police_give_no_state() -> None:
    """The article names the police of two states: the title's is not told."""
    found = post_states("La police sénégalaise et la police espagnole coopèrent. Le commissaire de police Amadou "
                        "Fall a remercié ses collègues.")
    assert found.get("Amadou Fall") not in {"Sénégal", "Espagne"}


def test_the_police_of_a_state_does_not_place_another_title() -> None:
    """A title with no police word keeps the state the story gives it, not the police's."""
    found = post_states("Selon la police sénégalaise, une vedette a été livrée. Le directeur du chantier espagnol "
                        "Navantia, Pablo Ruiz, a remercié les autorités.")
    assert found.get("Pablo Ruiz") != "Sénégal"
