"""kg view: the actor network, chains with their evidence, neighbours, centrality, communities, names as people
type them, and every output format (table, JSON, GraphML, GEXF, DOT, PNG, SVG)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.errors import EntityError
from kg.namespaces import KG
from kg.views import find_entity, normalise, pagerank
from tests.conftest import DATA, run

GRAPH = DATA / "relations.ttl"  # written by hand: Suède, Finlande, Pologne, Estonie, Autriche, Lettonie
KGR = "https://w3id.org/kg-news/id/"

ARTICLE = """La Finlande livre des obus à l'Estonie
La Finlande a livré mardi des obus d'artillerie à l'Estonie, a annoncé le ministre finlandais de la Défense, \
Aarne Kivinen.
La Suède accorde un prêt de 300 millions d'euros à la Finlande.
La Pologne pourrait livrer des chars à l'Estonie.
L'Autriche refuse de livrer des munitions à l'Estonie.
"""


@pytest.fixture(scope="module")
def article_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("views")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    out = folder / "graph.ttl"
    result = run("build", str(folder / "article.txt"), "-o", str(out), "--published", "2025-03-10")
    assert result.exit_code == 0, result.stderr
    return out


def view(*args: str) -> str:
    result = run("view", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ------------------------------------------------------------------------------------------ chains and evidence
def test_path_prints_each_hop_with_its_evidence_sentence(article_graph: Path) -> None:
    out = view("path", str(article_graph), "suede", "Estonie")
    assert out.startswith("Suède to Estonie: 1 shortest chain of 2 hops")
    assert "chain 1: Suède — Finlande — Estonie" in out
    assert ("  Suède -finances-> Finlande: « La Suède accorde un prêt de 300 millions d'euros à la Finlande. » "
            "(asserted)") in out
    assert ("  Finlande -supports-> Estonie: « La Finlande a livré mardi des obus d'artillerie à l'Estonie, "
            "a annoncé le ministre finlandais de la Défense, Aarne Kivinen. » (reported") in out


def test_path_read_against_the_direction_of_a_relation(article_graph: Path) -> None:
    out = view("path", str(article_graph), "ESTONIE", "Suède")
    assert "Estonie <-supports- Finlande: « La Finlande a livré mardi" in out
    assert "Finlande <-finances- Suède: « La Suède accorde" in out


def test_possible_facts_only_with_include_possible_and_denied_never(article_graph: Path) -> None:
    direct = view("path", str(article_graph), "pologne", "estonie", "--include-possible")
    assert ("Pologne -supports-> Estonie: « La Pologne pourrait livrer des chars à l'Estonie. » (possible)"
            in direct)
    assert view("path", str(article_graph), "pologne", "estonie").startswith(
        "no chain of relations links Pologne and Estonie (Pologne has no relation in the graph)")
    refused = view("path", str(article_graph), "autriche", "estonie", "--include-possible")
    assert refused.startswith("no chain of relations links Autriche and Estonie")


def test_path_json_lists_chains_hops_and_claims() -> None:
    data = json.loads(view("path", str(GRAPH), "Anna Lindqvist", "finlande", "--format", "json"))
    assert data["from"] == KGR + "person-anna-lindqvist" and data["to"] == KGR + "state-FIN"
    [chain] = data["chains"]
    assert [a["label"] for a in chain["actors"]] == ["Anna Lindqvist", "Suède", "Finlande"]
    second = chain["hops"][1]
    assert [r["kind"] for r in second["relations"]] == ["finances", "negotiates with"]
    negotiation = second["relations"][1]
    assert negotiation["directed"] is False
    assert negotiation["claims"] == [{"fact": KGR + "negotiation-1", "modality": "reported", "attributed_to": "Reuters",
                                      "sentence": "Selon Reuters, la Suède et la Finlande négocieront les 17 et 18 "
                                                  "mars."}]


def test_path_table_names_the_source_of_a_reported_fact() -> None:
    out = view("path", str(GRAPH), "finlande", "suede")
    assert ("Finlande -negotiates with- Suède: « Selon Reuters, la Suède et la Finlande négocieront les 17 et 18 "
            "mars. » (reported, per Reuters)") in out
    assert "Finlande <-finances- Suède" in out


def test_several_shortest_chains_and_limit(tmp_path: Path) -> None:
    square = tmp_path / "square.ttl"
    facts = "\n".join(
        f"kgr:f{i} a kg:Fact, kg:MilitarySupport ; kg:supporter kgr:{a} ; kg:recipient kgr:{b} ; "
        f"kg:modality \"asserted\" ." for i, (a, b) in enumerate([("A", "B"), ("A", "C"), ("B", "D"), ("C", "D")]))
    labels = "\n".join(f'kgr:{n} a kg:State ; skos:prefLabel "{n}land"@fr .' for n in "ABCD")
    prefixes = ("@prefix kg: <https://w3id.org/kg-news/ontology#> .\n@prefix kgr: <https://w3id.org/kg-news/id/> .\n"
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    square.write_text(prefixes + labels + "\n" + facts + "\n", encoding="utf-8")
    out = view("path", str(square), "aland", "dland")
    assert out.startswith("Aland to Dland: 2 shortest chains of 2 hops")
    assert "chain 1: Aland — Bland — Dland" in out and "chain 2: Aland — Cland — Dland" in out
    assert "chain 2" not in view("path", str(square), "aland", "dland", "--limit", "1")


# ------------------------------------------------------------------------------------------ names
@pytest.mark.parametrize(("name", "iri"), [
    ("suede", "state-SWE"), ("SUÈDE", "state-SWE"), ("la Suède", "state-SWE"), ("Sweden", "state-SWE"),
    ("royaume de suede", "state-SWE"), ("Stockholm", "state-SWE"), ("stockh", "state-SWE"),
    ("anna", "person-anna-lindqvist"), ("Erik Lindqvist", "person-erik-lindqvist"),
    ("kgr:state-EST", "state-EST"), (KGR + "state-EST", "state-EST"), ("reuters", "org-reuters"),
])
def test_names_are_matched_as_people_type_them(name: str, iri: str) -> None:
    data = json.loads(view("neighbors", str(GRAPH), name, "--format", "json"))
    assert data["entity"] == KGR + iri


@pytest.mark.parametrize(("name", "key"), [
    ("l'Élysée", "elysee"), ("  La   Maison-Blanche ", "maison blanche"), ("Владимир Путин", "владимир путин"),
    ("Straße", "strasse"), ("The Hague", "hague"),
])
def test_normalise_folds_case_accents_punctuation_and_a_leading_article(name: str, key: str) -> None:
    assert normalise(name) == key


def test_names_in_any_script_and_iris_under_any_printed_prefix() -> None:
    graph = Graph()
    putin, russia = URIRef("http://www.wikidata.org/entity/Q7747"), URIRef(KGR + "state-RUS")
    graph.add((putin, RDF.type, KG.Person))
    graph.add((putin, SKOS.prefLabel, Literal("Vladimir Poutine", lang="fr")))
    graph.add((putin, SKOS.altLabel, Literal("Владимир Путин", lang="ru")))
    graph.add((russia, RDF.type, KG.State))
    graph.add((russia, SKOS.prefLabel, Literal("Russie", lang="fr")))
    assert find_entity(graph, "путин") == str(putin)
    assert find_entity(graph, "wd:Q7747") == str(putin)
    assert find_entity(graph, "kgr:state-RUS") == str(russia)
    with pytest.raises(EntityError, match="no entity wd:Q1 in the graph"):
        find_entity(graph, "wd:Q1")


def test_ambiguous_name_exits_2_with_the_candidates() -> None:
    result = run("view", "neighbors", str(GRAPH), "lindqvist")
    assert result.exit_code == 2
    assert "'lindqvist' is ambiguous: Anna Lindqvist (kgr:person-anna-lindqvist), Erik Lindqvist" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2
    assert "Traceback" not in result.stderr


def test_unknown_name_exits_2_with_the_closest_ones() -> None:
    result = run("view", "path", str(GRAPH), "Sweeden", "Finlande")
    assert result.exit_code == 2
    assert result.stderr == "kg: no actor named 'Sweeden' in the graph; closest: Suède\n"
    assert "closest: Finlande" in run("view", "path", str(GRAPH), "suede", "Finlandia").stderr
    far = run("view", "path", str(GRAPH), "suede", "zzzzzz")
    assert far.exit_code == 2 and "no actor named 'zzzzzz'" in far.stderr and "actors include:" in far.stderr


def test_a_place_that_is_no_capital_is_not_an_actor() -> None:
    result = run("view", "neighbors", str(GRAPH), "Vilnius")
    assert result.exit_code == 2
    assert "no actor named 'Vilnius'" in result.stderr


# ------------------------------------------------------------------------------------------ the network
def test_actors_table_and_json() -> None:
    table = view("actors", str(GRAPH))
    assert table.startswith("7 actors, 6 relations, 6 facts (asserted and reported facts)")
    assert "Suède           finances ->       Finlande  1      asserted" in table
    data = json.loads(view("actors", str(GRAPH), "--format", "json"))
    assert {n["label"]: n["kind"] for n in data["nodes"]} == {
        "Anna Lindqvist": "person", "Erik Lindqvist": "person", "Estonie": "state", "Finlande": "state",
        "Lettonie": "state", "Pologne": "state", "Suède": "state"}
    edges = {(e["source"].removeprefix(KGR), e["kind"], e["target"].removeprefix(KGR)): e for e in data["edges"]}
    assert set(edges) == {
        ("person-anna-lindqvist", "holds post in", "state-SWE"),
        ("person-erik-lindqvist", "holds post in", "state-SWE"),
        ("state-FIN", "supports", "state-EST"), ("state-FIN", "negotiates with", "state-SWE"),
        ("state-LVA", "agrees with", "state-POL"), ("state-SWE", "finances", "state-FIN")}
    financing = edges[("state-SWE", "finances", "state-FIN")]
    assert (financing["weight"], financing["facts"], financing["modalities"], financing["directed"]) == (
        1, [KGR + "financing-1"], ["asserted"], True)
    assert edges[("state-FIN", "negotiates with", "state-SWE")]["attributions"] == ["Reuters"]


def test_include_possible_adds_possible_relations_never_denied() -> None:
    data = json.loads(view("actors", str(GRAPH), "--format", "json", "--include-possible"))
    kinds = {(e["source"].removeprefix(KGR), e["target"].removeprefix(KGR)): e["modality"] for e in data["edges"]}
    assert kinds[("state-POL", "state-EST")] == "possible"
    assert not any("state-AUT" in pair for pair in kinds)  # Austria refused: no relation, no node
    assert "Autriche" not in {n["label"] for n in data["nodes"]}


def test_weight_counts_the_facts_of_one_kind(tmp_path: Path) -> None:
    graph = tmp_path / "twice.ttl"
    graph.write_text(GRAPH.read_text(encoding="utf-8") + """
kgr:financing-2 a kg:Fact, kg:Financing ; kg:funder kgr:state-SWE ; kg:recipient kgr:state-FIN ;
    kg:modality "reported" ; prov:wasDerivedFrom kgr:evidence-1 .
""", encoding="utf-8")
    data = json.loads(view("actors", str(graph), "--format", "json"))
    [edge] = [e for e in data["edges"] if e["kind"] == "finances"]
    assert (edge["weight"], edge["modalities"], edge["modality"]) == (2, ["asserted", "reported"], "asserted")
    assert "Suède           finances ->       Finlande  2      asserted, reported" in view("actors", str(graph))


def test_neighbors_by_depth() -> None:
    one = json.loads(view("neighbors", str(GRAPH), "finlande", "--format", "json"))
    assert {n["label"]: n["distance"] for n in one["neighbors"]} == {"Estonie": 1, "Suède": 1}
    two = json.loads(view("neighbors", str(GRAPH), "finlande", "--depth", "2", "--format", "json"))
    assert {n["label"]: n["distance"] for n in two["neighbors"]} == {
        "Estonie": 1, "Suède": 1, "Anna Lindqvist": 2, "Erik Lindqvist": 2}
    table = view("neighbors", str(GRAPH), "finlande", "--depth", "2")
    assert table.startswith("Finlande: 4 actors within 2 hops")
    assert "2      Anna Lindqvist  person  Suède <-holds post in- Anna Lindqvist  1      asserted" in table
    assert view("neighbors", str(GRAPH), "autriche") == "Autriche has no relation in the graph\n"


def test_central_ranks_by_pagerank_betweenness_or_degree() -> None:
    everyone = json.loads(view("central", str(GRAPH), "--format", "json", "--top", "50"))
    assert len(everyone) == 7
    assert sum(s["pagerank"] for s in everyone) == pytest.approx(1.0, abs=1e-4)
    assert everyone[0]["label"] == "Suède"  # four relations: Finlande twice, two ministers
    suede = everyone[0]
    assert (suede["degree"], suede["facts"]) == (3, 4)
    assert suede["betweenness"] == pytest.approx(5 / 15)  # on 5 of the 15 pairs of the 6 other actors
    top = view("central", str(GRAPH), "--top", "2", "--by", "betweenness")
    assert top.startswith("2 most central of 7 actors (by betweenness)")
    assert "1     Suède" in top and "2     Finlande" in top


def test_pagerank_matches_the_principal_eigenvector() -> None:
    graph = nx.Graph()
    graph.add_weighted_edges_from([("a", "b", 2), ("b", "c", 1), ("c", "a", 1), ("c", "d", 3), ("e", "f", 1)])
    graph.add_node("g")
    import numpy as np

    google = nx.google_matrix(graph, alpha=0.85, weight="weight", nodelist=list(graph))
    values, vectors = np.linalg.eig(google.T)
    principal = np.real(vectors[:, np.argmax(np.real(values))])
    expected = principal / principal.sum()
    found = pagerank(graph)
    assert [found[n] for n in graph] == pytest.approx(list(expected), abs=1e-8)


def test_communities_partition_the_actors() -> None:
    groups = json.loads(view("communities", str(GRAPH), "--format", "json"))
    members = [{m["label"] for m in g["members"]} for g in groups]
    assert {"Lettonie", "Pologne"} in members
    assert sorted(label for group in members for label in group) == sorted(
        ["Anna Lindqvist", "Erik Lindqvist", "Estonie", "Finlande", "Lettonie", "Pologne", "Suède"])
    table = view("communities", str(GRAPH))
    assert table.startswith(f"{len(groups)} communities of 7 actors")


# ------------------------------------------------------------------------------------------ formats
def _edges(graph: nx.Graph) -> set[tuple[str, str, str]]:
    """(source, target, kind): without parallel edges, the readers return a DiGraph and drop the keys."""
    return {(u, v, kind) for u, v, kind in graph.edges(data="kind")}


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_load_back_with_the_same_nodes_and_edges(tmp_path: Path, fmt: str, reader: object) -> None:
    data = json.loads(view("actors", str(GRAPH), "--format", "json", "--include-possible"))
    out = tmp_path / f"actors.{fmt}"
    assert view("actors", str(GRAPH), "-o", str(out), "--include-possible") == ""  # format from the extension
    back = reader(out)  # type: ignore[operator]
    assert set(back.nodes) == {n["id"] for n in data["nodes"]}
    assert _edges(back) == {(e["source"], e["target"], e["kind"]) for e in data["edges"]}
    assert back.nodes[KGR + "state-SWE"]["label"] == "Suède"
    assert back.nodes[KGR + "person-anna-lindqvist"]["kind"] == "person"
    [edge] = [d for u, v, d in back.edges(data=True) if (u, v) == (KGR + "state-POL", KGR + "state-EST")]
    assert edge["modality"] == "possible" and edge["facts"] == KGR + "support-2"
    assert int(edge["weight"]) == 1


def test_graph_formats_carry_scores_and_communities(tmp_path: Path) -> None:
    out = tmp_path / "central.graphml"
    view("central", str(GRAPH), "-o", str(out))
    back = nx.read_graphml(out)
    assert len(back) == 7  # every actor, not only the top ten
    assert back.nodes[KGR + "state-SWE"]["degree"] == 3
    grouped = tmp_path / "communities.gexf"
    view("communities", str(GRAPH), "-o", str(grouped))
    assert {d["community"] for _, d in nx.read_gexf(grouped).nodes(data=True)} >= {1, 2}


def test_dot_is_written_by_hand() -> None:
    dot = view("actors", str(GRAPH), "--format", "dot", "--include-possible")
    lines = dot.splitlines()
    assert lines[0] == "digraph actors {" and lines[-1] == "}"
    assert f'  "{KGR}state-SWE" [label="Suède", fillcolor="#9ecae1"];' in lines
    assert any(line.startswith(f'  "{KGR}state-FIN" -> "{KGR}state-SWE" [label="negotiates with"') and "dir=none"
               in line for line in lines)
    assert any(line.startswith(f'  "{KGR}state-POL" -> "{KGR}state-EST"') and "style=dashed" in line for line in lines)
    assert sum("->" in line for line in lines) == 7


def test_path_as_a_graph_format_holds_only_the_chain(tmp_path: Path) -> None:
    out = tmp_path / "path.graphml"
    view("path", str(GRAPH), "anna lindqvist", "finlande", "-o", str(out))
    back = nx.read_graphml(out)
    assert set(back.nodes) == {KGR + "person-anna-lindqvist", KGR + "state-SWE", KGR + "state-FIN"}
    assert _edges(back) == {(KGR + "person-anna-lindqvist", KGR + "state-SWE", "holds post in"),
                            (KGR + "state-SWE", KGR + "state-FIN", "finances"),
                            (KGR + "state-FIN", KGR + "state-SWE", "negotiates with")}


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_is_a_picture_of_readable_size(tmp_path: Path) -> None:
    out = tmp_path / "actors.png"
    assert view("actors", str(GRAPH), "--include-possible", "-o", str(out)) == ""
    width, height = _png_size(out.read_bytes())
    assert 600 <= width <= 4000 and 400 <= height <= 4000
    assert out.stat().st_size > 20_000  # labels, edges and legend, not an empty canvas
    empty = tmp_path / "empty.png"
    view("neighbors", str(GRAPH), "autriche", "-o", str(empty))
    assert _png_size(empty.read_bytes())[0] > 100


def test_svg_holds_labels_and_legend() -> None:
    svg = view("actors", str(GRAPH), "--format", "svg", "--include-possible")
    assert svg.startswith("<?xml") and "<svg" in svg
    for text in ("Suède", "Anna Lindqvist", "négocie avec", "soutient →", "seulement possible", "personne"):
        assert text in svg


def test_png_needs_a_file_and_a_bad_folder_leaves_nothing(tmp_path: Path) -> None:
    result = run("view", "actors", str(GRAPH), "--format", "png")
    assert result.exit_code == 2 and "png is a binary format: give -o FILE" in result.stderr
    missing = tmp_path / "no-such-folder" / "actors.png"
    result = run("view", "actors", str(GRAPH), "-o", str(missing))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not missing.parent.exists()


def test_bad_graph_and_bad_option_exit_2(tmp_path: Path) -> None:
    assert run("view", "actors", str(tmp_path / "missing.ttl")).exit_code == 2
    result = run("view", "neighbors", str(GRAPH), "suede", "--depth", "0")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    same = run("view", "path", str(GRAPH), "suede", "stockholm")
    assert same.exit_code == 2 and "same actor" in same.stderr


def test_help_of_every_view_command() -> None:
    for command in ("actors", "path", "neighbors", "central", "communities"):
        result = run("view", command, "--help")
        assert result.exit_code == 0
        assert "--include-possible" in result.stdout and "--format" in result.stdout


def test_view_does_not_import_spacy_or_matplotlib_for_text() -> None:
    code = ("import sys\nfrom kg.cli import cli\n"
            "try:\n    cli.main(['view', 'path', sys.argv[1], 'suede', 'estonie', '--format', 'json'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'matplotlib') if m in sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, str(GRAPH)], capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("[]")
    assert json.loads(done.stdout)["chains"]
