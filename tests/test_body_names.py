"""Names that look like people's but are a force's, a yard's or a technique's (« la filiale X Naval », « les
Inspecteurs des Forces Royales Air », « (Air Independent Propulsion) ») (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.test_posts import people


@pytest.mark.parametrize("text", [
    pytest.param("Le chantier a créé la filiale Constanta Naval pour l'Entretien en 2017.", id="branch-naval"),
    pytest.param("Le sous-marin recevra une propulsion anaérobie (Air Independent Propulsion) conçue par un "
                 "laboratoire national.", id="technique-in-brackets"),
    pytest.param("La réunion a eu lieu devant les Chefs des Bureaux de l'Etat-Major Général des FAR et des "
                 "Inspecteurs des Forces Royales Air et de la Garde Royale.", id="force-after-a-title"),
])
def test_a_body_s_or_a_technique_s_name_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_person_next_to_a_force_s_name_is_still_read() -> None:
    found = people("Le commandant des Forces Navales, le vice-amiral Tomas Berzins, a visité la filiale Riga Naval.")
    assert "Tomas Berzins" in found
    assert not {name for name in found if name.endswith("Naval")}
