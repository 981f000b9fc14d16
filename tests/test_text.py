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


def test_a_table_fitted_to_a_width_cuts_its_widest_column_with_an_ellipsis() -> None:
    row = ["f1", "Les deux ministres se sont entretenus à Rome."]
    lines = render_table(["fact", "sentence"], [row], 20).splitlines()
    assert lines == ["fact  sentence", "----  --------------", "f1    Les deux mini…"]
    assert all(len(line) <= 20 for line in lines)


def test_table_cells_are_measured_in_terminal_cells_and_kept_on_one_line() -> None:
    # a CJK character takes two cells: the next column stays aligned; a line break in a literal is a space
    lines = render_table(["name", "kind"], [["東京", "city"], ["Paris", "city"], ["deux\nlignes", "text"]]).splitlines()
    assert lines == ["name         kind", "-----------  ----", "東京         city", "Paris        city",
                     "deux lignes  text"]
