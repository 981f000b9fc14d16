"""kg.text: the one text toolkit (folding, slugs, short IRIs, French labels, columns)."""

from __future__ import annotations

import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.table import render_table
from kg.text import fold, french_label, local_name, short_iri

NODE = URIRef("https://w3id.org/kg-news/id/state-NOR")


@pytest.mark.parametrize(("labels", "chosen"), [
    ([(SKOS.prefLabel, "Norway", "en"), (SKOS.prefLabel, "Norvège", "fr"), (RDFS.label, "Noreg", "fr")], "Norvège"),
    ([(SKOS.prefLabel, "Norway", "en"), (SKOS.prefLabel, "Kingdom of Norway", "en")], "Kingdom of Norway"),
    ([(SKOS.prefLabel, "Norway", "en"), (RDFS.label, "Norvège", "fr")], "Norway"),
    ([(RDFS.label, "Norvège", "fr")], "Norvège"),
    ([(SKOS.altLabel, "Norvège", "fr")], "state-NOR"),
])
def test_french_label_prefers_the_first_property_then_french(labels: list[tuple[URIRef, str, str]],
                                                           chosen: str) -> None:
    graph = Graph()
    for prop, text, language in labels:
        graph.add((NODE, prop, Literal(text, lang=language)))
    assert french_label(graph, NODE) == chosen


def test_short_iri_local_name_and_fold() -> None:
    assert short_iri(NODE) == "kgr:state-NOR"
    assert short_iri(URIRef("https://w3id.org/kg-news/ontology#modality")) == "kg:modality"
    assert short_iri(URIRef("http://example.org/x")) == "http://example.org/x"
    assert short_iri(None) == ""
    assert local_name("https://w3id.org/kg-news/ontology#Negotiation") == "Negotiation"
    assert local_name("https://schema.org/Person") == "Person"
    assert fold("Élysée") == "elysee"


def test_columns_are_as_wide_as_their_widest_cell() -> None:
    assert render_table(["a", "name"], [["long cell", "x"], ["b", ""]]).splitlines() == [
        "a          name", "---------  ----", "long cell  x", "b"]
