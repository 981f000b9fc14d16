"""Talks held in, or during a visit to, a building that names the government body it houses (« au Kremlin », « à
la Casa Rosada »; ontology/reference/buildings.ttl): the building is a venue of its own beside its city, a place of
the graph (kg:Building), in its city and linked to the body, never the body itself; a body named by its function
or its address (« au ministère des Armées », « au Quai d'Orsay ») gives its city only; a body that speaks is no
venue. Sentences written for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespaces import KG, SCHEMA
from tests.conftest import build_text, rows, run
from tests.test_extractors import Case, check, params

BUILDINGS = [
    Case("met-in-a-palace", "Le ministre indien de la Défense a rencontré son homologue russe au Kremlin mardi.",
         "negotiation", {"participant": {"Inde", "Russie"}}, venues={"Moscou", "Kremlin"}),
    Case("a-visit-there-where-they-met", "Lors d'une visite à la Casa Rosada où il a rencontré le président "
         "argentin, le ministre japonais a évoqué la coopération.", "negotiation",
         {"participant": {"Argentine", "Japon"}}, venues={"Buenos Aires", "Casa Rosada"}),
    Case("on-a-visit-there", "Le président kényan, en visite au Kremlin, a rencontré son homologue russe.",
         "negotiation", {"participant": {"Kenya", "Russie"}}, venues={"Moscou", "Kremlin"}),
    Case("received-there", "Le ministre polonais a été reçu à la Maison-Blanche par le président américain.",
         "negotiation", {"participant": {"Pologne", "États-Unis"}}, venues={"Washington", "Maison-Blanche"}),
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
def test_a_building_that_names_a_body_is_a_venue_beside_its_city(case: Case) -> None:
    check(case)


def test_the_building_is_a_place_in_its_city_housing_the_body_and_the_graph_conforms(tmp_path: Path) -> None:
    graph_file = build_text(tmp_path, "Titre\nLe ministre chilien de la Défense a rencontré son homologue "
                                      "américain au Pentagone jeudi.\n")
    found = rows(graph_file, "negotiations")
    assert {r.get("venueLabel") for r in found} == {"Washington", "Pentagone"}
    graph = Graph().parse(graph_file)
    places = set(graph.objects(None, KG.place))
    buildings = [p for p in places if (p, RDF.type, KG.Building) in graph]
    assert len(buildings) == 1
    body = graph.value(buildings[0], KG.houses)
    assert (body, RDF.type, KG.GovernmentBody) in graph and body not in places
    assert graph.value(buildings[0], KG.inState) == URIRef("https://w3id.org/kg-news/id/state-USA")
    assert graph.value(buildings[0], SCHEMA.containedInPlace) is None  # it stands outside the capital
    assert run("validate", str(graph_file)).exit_code == 0


def test_a_building_stands_in_the_city_the_reference_data_gives(tmp_path: Path) -> None:
    graph_file = build_text(tmp_path, "Titre\nLe président ghanéen a été reçu au Kremlin par le président russe.\n")
    graph = Graph().parse(graph_file)
    building = next(p for p in graph.objects(None, KG.place) if (p, RDF.type, KG.Building) in graph)
    assert str(graph.value(graph.value(building, SCHEMA.containedInPlace), KG.capitalOf)).endswith("state-RUS")
    assert run("validate", str(graph_file)).exit_code == 0
