"""A state that is (or is named) the client of a named system or maker buys from it (« X devient client du W »,
« Y a désigné X comme client de son W », « X est un client de la firme Y »): the maker's state sells to X. A client
no state is said to be, a client of an industry at large, a client at home give nothing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("L'avionneur brésilien Embraer a désigné la Suède comme le client de son avion de transport C-390.",
     ("bresil", "suede")),
    ("Le Chili devient le nouveau client du système Patriot.", ("etats unis", "chili")),
    ("Le Ghana est devenu client de la firme turque Otokar en commandant vingt blindés Cobra.",
     ("turquie", "ghana")),
    ("Le Pérou, désigné comme client du drone Bayraktar TB2, en recevra six.", ("turquie", "perou")),
])
def test_a_client_of_a_system_or_maker_buys_from_its_maker(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text", [
    # a client of an industry at large: no maker, no system
    "La Grèce reste un client fidèle de l'industrie de défense française.",
    # no state is the client
    "Le constructeur n'a pas révélé le nom de son client pour ces deux avions C-390.",
    "Embraer vise des clients militaires en Afrique pour son avion C-390.",
    # a client at home buys nothing abroad
    "La Turquie est devenue le premier client du drone Bayraktar TB2.",
])
def test_no_sale_without_a_state_client_of_a_foreign_maker(text: str) -> None:
    assert supplies(text) == set()
