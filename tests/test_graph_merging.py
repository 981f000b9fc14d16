"""A graph of many articles stays valid: a post named in the articles' own words with capitals in one and plainly in
another (« Secrétaire du Conseil Suprême » / « secrétaire du conseil suprême ») is two roles, each with one French
label; the same sides told twice in one sentence with two modalities are two facts, each with one modality.
Sentences written for the purpose."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.namespaces import KG
from tests.conftest import run, write_articles

ARTICLES = {
    "capitals.txt": "Titre\nLe Secrétaire du Conseil Suprême de la Sécurité iranien, Ali Rezaei, a rencontré mardi "
                    "à Bagdad le président irakien.\n",
    "plain.txt": "Titre\nLe secrétaire du Conseil suprême de la sécurité iranien, Ali Rezaei, a rencontré mardi à "
                 "Damas le président syrien.\n",
    "planned.txt": "Titre\nSelon le quotidien Le Soir, \"Caracas a envoyé des responsables à Minsk le 3 mai pour "
                   "finaliser l'accord, ajoutant des radars à un accord qui prévoyait également la livraison de drones "
                   "vénézuéliens au Bélarus\".\n",
}


def _built(tmp_path: Path) -> Path:
    out = tmp_path / "graph.ttl"
    result = run("build", str(write_articles(tmp_path / "in", ARTICLES)), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_a_graph_of_several_articles_conforms(tmp_path: Path) -> None:
    result = run("validate", str(_built(tmp_path)))
    assert result.exit_code == 0, result.output


def test_each_role_and_post_has_one_french_label_and_each_fact_one_modality(tmp_path: Path) -> None:
    graph = Graph().parse(_built(tmp_path))
    labelled = {s for s in graph.subjects(SKOS.prefLabel, None)}
    for node in labelled:
        french = [o for o in graph.objects(node, SKOS.prefLabel) if getattr(o, "language", None) == "fr"]
        assert len(french) <= 1, (node, french)
    secretaries = {str(o) for o in graph.objects(None, SKOS.prefLabel) if "ecrétaire du" in str(o)}
    assert len({s.split(" (")[0] for s in secretaries}) == 2  # both spellings kept, one role each
    for fact in set(graph.subjects(KG.modality, None)):
        assert len(set(graph.objects(fact, KG.modality))) == 1, fact
    supports = {str(m) for f in graph.subjects(KG.supporter, None) for m in graph.objects(f, KG.modality)}
    assert "possible" in supports  # the delivery an accord provides for is told as possible
