"""The relationship queries (timeline, evidence, issues at stake, claims by source, connections) on a small graph
written by hand, and the query features they rely on: --param, CONSTRUCT and DESCRIBE as Turtle, markdown, stats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from tests.conftest import DATA, QUERIES, rows, run

GRAPH = DATA / "relations.ttl"
KGR = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"


def test_the_test_graph_conforms() -> None:
    result = run("validate", str(GRAPH))
    assert result.exit_code == 0, result.stdout


def test_timeline_orders_dated_facts_and_gives_month_days_the_article_year() -> None:
    found = rows(GRAPH, "timeline")
    assert [(r["date"], r.get("endDate"), r["event"].removeprefix(KGR), r["kind"], r["modality"]) for r in found] == [
        ("2025-02-01", None, "support-1", "military support", "asserted"),
        ("2025-03-05", None, "agreement-1", "agreement", "asserted"),
        ("2025-03-17", "2025-03-18", "negotiation-1", "negotiation", "reported"),
    ]  # the denied talks of 20 March are not events
    talks = found[2]
    assert set(talks["actors"].split(", ")) == {"Suède", "Finlande"}
    assert talks["places"] == "Vilnius"
    assert talks["sentence"] == "Selon Reuters, la Suède et la Finlande négocieront les 17 et 18 mars."
    assert talks["published"] == "2025-03-10"


def test_timeline_without_publication_date_keeps_the_month_day(tmp_path: Path) -> None:
    graph = Graph().parse(GRAPH)
    graph.remove((None, URIRef("https://schema.org/datePublished"), None))
    undated = tmp_path / "undated.ttl"
    graph.serialize(undated, format="turtle")
    talks = [r for r in rows(undated, "timeline") if r["kind"] == "negotiation"]
    assert [(r["date"], r["endDate"]) for r in talks] == [("--03-17", "--03-18")]


def test_evidence_lists_every_fact_with_sentence_modality_and_attribution() -> None:
    found = rows(GRAPH, "evidence")
    assert len(found) == 11  # 10 facts, the talks stated by two sentences
    assert [int(r["start"]) for r in found] == sorted(int(r["start"]) for r in found)
    by_fact: dict[str, list[dict[str, str]]] = {}
    for row in found:
        by_fact.setdefault(row["fact"].removeprefix(KGR), []).append(row)
    assert {r["sentence"] for r in by_fact["negotiation-1"]} == {
        "Selon Reuters, la Suède et la Finlande négocieront les 17 et 18 mars.",
        "Selon des diplomates, les pourparlers pourraient se tenir à Vilnius."}
    talks = by_fact["negotiation-1"][0]
    assert (talks["attributedToLabel"], talks["sourceText"], talks["modality"]) == ("Reuters", "Reuters", "reported")
    denied = by_fact["support-3"][0]
    assert denied["modality"] == "denied"
    assert denied["sentence"].startswith("L'Autriche refuse de livrer")
    assert (denied["start"], denied["end"]) == ("283", "380")
    assert denied["headline"] == "La Suède et la Finlande vont négocier"
    assert by_fact["venue-1"][0]["kind"] == "venue"
    assert "attributedTo" not in by_fact["financing-1"][0]


def test_issues_at_stake_of_talks_with_participants() -> None:
    found = rows(GRAPH, "issues-at-stake")
    assert sorted((r["negotiation"].removeprefix(KGR), r["participantLabel"], r["issueLabel"], r["modality"])
                  for r in found) == [
        ("negotiation-1", "Finlande", "cessez-le-feu", "reported"),
        ("negotiation-1", "Finlande", "questions territoriales", "reported"),
        ("negotiation-1", "Suède", "cessez-le-feu", "reported"),
        ("negotiation-1", "Suède", "questions territoriales", "reported"),
    ]  # the issue of the refused talks (negotiation-2, denied) is left out
    assert {r["issue"] for r in found} == {KGR + "issue-ceasefire", KGR + "issue-territories"}


def test_claims_by_source() -> None:
    found = rows(GRAPH, "claims-by-source")
    assert [(r["sourceLabel"], r.get("source"), r["fact"].removeprefix(KGR), r["modality"]) for r in found] == [
        ("des diplomates", None, "venue-1", "possible"),
        ("Reuters", KGR + "org-reuters", "negotiation-1", "reported"),
    ]
    assert set(found[1]["actors"].split(", ")) == {"Suède", "Finlande"}
    assert found[0]["actors"] == "Vilnius"
    assert found[0]["sentence"] == "Selon des diplomates, les pourparlers pourraient se tenir à Vilnius."


def test_connections_between_two_bound_actors() -> None:
    found = rows(GRAPH, "connections", f"a={KGR}state-SWE", f"b=<{KGR}state-FIN>")
    assert [(r["roleA"], r["kind"], r["roleB"], r["modality"], r["fact"].removeprefix(KGR)) for r in found] == [
        ("funder", "financing", "recipient", "asserted", "financing-1"),
        ("participant", "negotiation", "participant", "reported", "negotiation-1"),
    ]
    assert {(r["aLabel"], r["bLabel"]) for r in found} == {("Suède", "Finlande")}
    assert found[0]["sentence"] == "La Suède accorde un prêt de 300 millions d'euros à la Finlande."
    reverse = rows(GRAPH, "connections", f"a={KGR}state-FIN", f"b={KGR}state-SWE")
    assert [(r["roleA"], r["roleB"]) for r in reverse] == [("recipient", "funder"), ("participant", "participant")]


def test_connections_through_a_post_and_of_a_denied_fact() -> None:
    post = rows(GRAPH, "connections", f"a={KGR}person-anna-lindqvist", f"b={KGR}state-SWE")
    assert [(r["roleA"], r["kind"], r["roleB"]) for r in post] == [("holder", "post holding", "post in")]
    denied = rows(GRAPH, "connections", f"a={KGR}state-AUT", f"b={KGR}state-EST")
    assert [(r["kind"], r["modality"]) for r in denied] == [("military support", "denied")]
    assert rows(GRAPH, "connections", f"a={KGR}state-SWE", f"b={KGR}state-EST") == []


def test_connections_unbound_lists_every_related_pair() -> None:
    pairs = {(r["aLabel"], r["bLabel"]) for r in rows(GRAPH, "connections")}
    assert ("Pologne", "Lettonie") in pairs and ("Lettonie", "Pologne") in pairs
    assert all(a != b for a, b in pairs)


def test_param_binds_a_literal_not_pasted_text(tmp_path: Path) -> None:
    query = tmp_path / "by-modality.rq"
    query.write_text(f"SELECT ?fact WHERE {{ ?fact <{KG}modality> ?modality }} ORDER BY ?fact\n", encoding="utf-8")
    result = run("query", str(query), str(GRAPH), "--param", "modality=denied", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == ["fact", f"{KGR}negotiation-2", f"{KGR}support-3"]
    injected = run("query", str(query), str(GRAPH), "--param", 'modality=denied" } #', "--format", "csv")
    assert injected.stdout.split() == ["fact"]


def test_construct_and_describe_print_turtle(tmp_path: Path) -> None:
    construct = tmp_path / "supports.rq"
    construct.write_text(f"CONSTRUCT {{ ?a <urn:supports> ?b }} WHERE {{ ?f <{KG}supporter> ?a ; <{KG}recipient> ?b ;"
                         f" <{KG}modality> \"asserted\" }}\n", encoding="utf-8")
    result = run("query", str(construct), str(GRAPH))
    assert result.exit_code == 0, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert set(graph) == {(URIRef(KGR + "state-FIN"), URIRef("urn:supports"), URIRef(KGR + "state-EST"))}
    describe = tmp_path / "describe.rq"
    describe.write_text(f"DESCRIBE <{KGR}financing-1>\n", encoding="utf-8")
    described = Graph().parse(data=run("query", str(describe), str(GRAPH)).stdout, format="turtle")
    assert (URIRef(KGR + "financing-1"), URIRef(KG + "modality"), Literal("asserted")) in described


def test_markdown_table_of_a_new_query() -> None:
    result = run("query", str(QUERIES / "issues-at-stake.rq"), str(GRAPH), "--format", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0] == "| negotiation | participantLabel | issue | issueLabel | modality |"
    assert len(lines) == 2 + 4
    assert "| kgr:negotiation-1 | Finlande | kgr:issue-ceasefire | cessez-le-feu | reported |" in lines


def test_stats_counts_facts_by_modality() -> None:
    counts = json.loads(run("stats", str(GRAPH), "--format", "json").stdout)
    assert counts["facts"] == 9  # the possible venue claim is part of its negotiation, not a fact of its own
    assert {m: v["count"] for m, v in counts["modality"].items()} == {
        "asserted": 4, "reported": 2, "possible": 1, "denied": 2}
    assert counts["classes"]["MilitarySupport"] == 3
    table = run("stats", str(GRAPH)).stdout
    assert "facts    9" in table
    assert "denied          2  22%" in table


def test_new_queries_on_a_graph_kg_built(sample_graph: Path) -> None:
    """The article of tests/data/suede-cv90.txt: talks dated « le 3 mars », a refusal, a claim « selon Reuters »."""
    timeline = rows(sample_graph, "timeline")
    # every dated fact: the supply « mardi » (the Tuesday before publication) and the talks « le 3 mars »
    assert [(r["date"], r["kind"], r.get("places")) for r in timeline] == [
        ("2025-02-18", "military support", None), ("2025-03-03", "negotiation", "Riyad")]
    denied = [r for r in rows(sample_graph, "evidence") if r["modality"] == "denied"]
    assert [r["sentence"] for r in denied] == ["La Suisse refuse de livrer des munitions à l'Ukraine."]
    reuters = [r for r in rows(sample_graph, "claims-by-source") if r["sourceLabel"] == "Reuters"]
    assert reuters and all(r["sentence"].startswith("Selon Reuters, la France garantirait") for r in reuters)
    assert {r["modality"] for r in reuters} == {"reported"}


@pytest.mark.parametrize("text", [
    "SELECT ?s ?x WHERE { ?s a ?c OPTIONAL { ?s <urn:x> ?x } } ORDER BY STR(?s) STR(?x)",
    "SELECT ?s (GROUP_CONCAT(DISTINCT ?x) AS ?xs) WHERE { ?s a ?c OPTIONAL { ?s <urn:x> ?x } } GROUP BY ?s",
])
def test_a_query_rdflib_cannot_evaluate_runs_through_oxigraph(tmp_path: Path, text: str) -> None:
    query = tmp_path / "fragile.rq"
    query.write_text(text + "\n", encoding="utf-8")
    result = run("query", str(query), str(GRAPH), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"][0] == "s"
    assert data["results"]["bindings"]


def test_a_query_neither_engine_can_evaluate_is_one_line_and_exit_2(tmp_path: Path) -> None:
    query = tmp_path / "fragile.rq"
    # rdflib fails on GROUP_CONCAT DISTINCT over an unbound value, Oxigraph on a function it does not know
    query.write_text("SELECT ?s (GROUP_CONCAT(DISTINCT ?x) AS ?xs) (<urn:unknown-function>(?s) AS ?y) "
                     "WHERE { ?s a ?c OPTIONAL { ?s <urn:x> ?x } } GROUP BY ?s\n", encoding="utf-8")
    result = run("query", str(query), str(GRAPH))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: {query}: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_parameter_binds_a_query_rdflib_cannot_evaluate_and_oxigraph_answers(tmp_path: Path) -> None:
    query = tmp_path / "fragile.rq"
    query.write_text("SELECT ?s (GROUP_CONCAT(DISTINCT ?x) AS ?xs) WHERE { ?s a ?c OPTIONAL { ?s <urn:x> ?x } } "
                     "GROUP BY ?s\n", encoding="utf-8")
    states = run("query", str(query), str(GRAPH), "--param", "c=https://w3id.org/kg-news/ontology#State",
                 "--format", "csv")
    everything = run("query", str(query), str(GRAPH), "--format", "csv")
    assert states.exit_code == everything.exit_code == 0
    rows = states.stdout.splitlines()[1:]
    assert rows and all("/state-" in row for row in rows)  # ?c bound inside the pattern, not only in the answer
    assert len(rows) < len(everything.stdout.splitlines()) - 1
