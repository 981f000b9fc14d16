"""Posts named as English-speaking firms and the Congolese press write them (sentences written for these tests):
« le Managing Director de la firme, X », « le VPM X »."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le Managing Director de Bharat Dynamics, Anil Sharma, a signé le contrat avec l'armée indienne.",
                 {("Anil Sharma", "managing-director", "Bharat Dynamics")}, id="managing-director"),
    pytest.param("Jean Mbala a reçu l'ambassadeur. Le VPM Mbala a ensuite présidé la réunion de sécurité.",
                 {("Jean Mbala", "deputy-prime-minister", None)}, id="vpm"),
])
def test_english_and_abbreviated_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts(text) == expected


def test_a_director_without_managing_keeps_its_post() -> None:
    """« le directeur général de la firme »: the French post, not the English one."""
    found = posts("Le directeur général de Bharat Dynamics, Anil Sharma, a signé le contrat.")
    assert found == {("Anil Sharma", "director-general", "Bharat Dynamics")}
