"""Talks held in, or during a visit to, a building that names the government body it houses (« au Kremlin », « à
la Casa Rosada »; ontology/reference/buildings.ttl): their venue is the city the building stands in, as the
reference data gives it, never the building nor the body itself; a building outside a city the reference data
knows gives no venue; a body named by its function or its address (« au ministère des Armées », « au Quai
d'Orsay ») gives its city; a body that speaks is no venue. Sentences written for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_text, rows, run
from tests.test_extractors import Case, check, params

BUILDINGS = [
    Case("met-in-a-palace", "Le ministre indien de la Défense a rencontré son homologue russe au Kremlin mardi.",
         "negotiation", {"participant": {"Inde", "Russie"}}, venues={"Moscou"}),
    Case("a-visit-there-where-they-met", "Lors d'une visite à la Casa Rosada où il a rencontré le président "
         "argentin, le ministre japonais a évoqué la coopération.", "negotiation",
         {"participant": {"Argentine", "Japon"}}, venues={"Buenos Aires"}),
    Case("on-a-visit-there", "Le président kényan, en visite au Kremlin, a rencontré son homologue russe.",
         "negotiation", {"participant": {"Kenya", "Russie"}}, venues={"Moscou"}),
    Case("received-there", "Le ministre polonais a été reçu à la Maison-Blanche par le président américain.",
         "negotiation", {"participant": {"Pologne", "États-Unis"}}, venues={"Washington"}),
    Case("welcomed-in-the-blue-house", "Le président sud-coréen a reçu lundi à la Maison Bleue le ministre "
         "philippin de la Défense.", "negotiation",
         {"participant": {"Corée du Sud", "Philippines"}}, venues={"Séoul"}),
    Case("a-ministry-gives-its-city", "Le ministre indonésien de la Défense a été reçu au ministère des Armées "
         "par son homologue française.", "negotiation", {"participant": {"Indonésie", "France"}},
         venues={"Paris"}),
    Case("an-address-gives-its-city", "Le ministre indonésien a rencontré son homologue français au Quai "
         "d'Orsay.", "negotiation", {"participant": {"Indonésie", "France"}}, venues={"Paris"}),
    Case("a-speaking-body-is-no-venue", "Le Kremlin a indiqué que le président russe avait rencontré son "
         "homologue kényan à Nairobi.", "negotiation", {"participant": {"Russie", "Kenya"}}, "reported",
         venues={"Nairobi"}),
]


@pytest.mark.parametrize("case", params(BUILDINGS))
def test_talks_in_a_building_that_names_a_body_are_held_in_its_city(case: Case) -> None:
    check(case)


def test_a_building_outside_a_known_city_gives_no_venue_and_the_graph_conforms(tmp_path: Path) -> None:
    graph_file = build_text(tmp_path, "Titre\nLe ministre chilien de la Défense a rencontré son homologue "
                                      "américain au Pentagone jeudi.\n")
    found = rows(graph_file, "negotiations")
    assert {r.get("participantLabel") for r in found} == {"Chili", "États-Unis"}
    assert not {r.get("venueLabel") for r in found} - {None}
    assert run("validate", str(graph_file)).exit_code == 0
