"""« chef d'état-major général de l'armée de l'air péruvienne »: a body the data does not know, named in common
words after a title, whose closing demonym qualifies those words, names the state the post serves; the official
who receives that holder is then of another side. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told

_SELLER = "La Tchéquie vend des avions à l'Irak. La Tchéquie espère d'autres contrats. "
_BUYER = "L'Irak achète des avions à la Tchéquie. L'Irak paiera comptant. "
_SHIPS = "Le Chili vend des navires au Pérou. Le Chili espère d'autres contrats. "


def states(text: str) -> dict[str, str | None]:
    """Holder -> the state or body of their post, the text's first line being its headline."""
    return {p.holder: p.org for p in posts_told(text, headline=None)}


@pytest.mark.parametrize("text, host, guest, state", [
    (_SELLER + "La réunion a été présidée par le général Ali Hassan, chef d'état-major de l'armée de l'air, qui a "
     "reçu son homologue le général Jan Novak, chef d'état-major général de l'armée de l'air tchèque et son "
     "entourage.", "Ali Hassan", "Jan Novak", "République tchèque"),
    (_BUYER + "Le ministre Ali Hassan a reçu le général Jan Novak, chef d'état-major général de l'armée de l'air "
     "tchèque et sa délégation.", "Ali Hassan", "Jan Novak", "République tchèque"),
    (_SHIPS + "Le ministre Luis Soto a reçu l'amiral Pedro Vargas, commandant général de la marine de guerre "
     "chilienne et sa délégation.", "Luis Soto", "Pedro Vargas", "Chili"),
])
def test_the_host_of_an_official_whose_body_closes_on_a_demonym_is_not_given_that_state(
        text: str, host: str, guest: str, state: str) -> None:
    found = states(text)
    assert found.get(guest) == state
    assert host in found and found[host] != state


def test_the_host_keeps_the_state_the_story_gives_him() -> None:
    text = _BUYER + ("Le ministre Ali Hassan a reçu le général Jan Novak, chef d'état-major général de l'armée de "
                     "l'air tchèque et sa délégation.")
    assert states(text).get("Ali Hassan") == "Irak"


@pytest.mark.parametrize("text, holder", [
    # the demonym is past a verb: the holder's body is not the one qualified
    (_BUYER + "Le général Ali Hassan, chef d'état-major de l'armée, a salué les avions tchèques.", "Ali Hassan"),
    # « avec » opens another phrase: the holder deals with that army, he does not serve it
    (_BUYER + "Le colonel Ali Hassan, responsable de la coopération avec l'armée tchèque, a parlé.", "Ali Hassan"),
])
def test_a_demonym_outside_the_body_gives_no_state(text: str, holder: str) -> None:
    assert states(text).get(holder) != "République tchèque"
