"""make bench: how fast kg is, as ratios against a baseline measured in the same process.

1. Views of a synthetic graph of 100,000 triples of facts in the kg model, against parsing and iterating the same
   graph with rdflib.
2. kg build on the development corpus (../shared/corpus/dev, else examples/), against bare spaCy nlp.pipe on the
   same texts.

Run: .venv/bin/python tests/bench.py [--triples N] [--skip-build]. Timings are the best of a few runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import RDF, XSD, Graph, Literal
from rdflib.namespace import PROV, SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespaces import KG, KGR, ORG, SCHEMA  # noqa: E402
from kg.views import (  # noqa: E402
    actor_network,
    actors_view,
    centrality,
    communities,
    find_entity,
    projection,
    render,
    shortest_paths,
)

DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def best(work: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    """The fastest of `runs` timings, and the last result."""
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


# ------------------------------------------------------------------------------------------------ graph
def synthetic_graph(triples: int, seed: int = 0) -> Graph:
    """Facts of every kind and modality between 150 states, 1,500 people and 300 organisations, each fact with
    its evidence sentence, until the graph holds `triples` triples."""
    rng = random.Random(seed)
    graph = Graph()
    states = [KGR[f"state-S{i:03d}"] for i in range(150)]
    people = [KGR[f"person-p{i:04d}"] for i in range(1500)]
    organisations = [KGR[f"org-o{i:03d}"] for i in range(300)]
    for i, state in enumerate(states):
        graph.add((state, RDF.type, KG.State))
        graph.add((state, SKOS.prefLabel, Literal(f"État {i}", lang="fr")))
        graph.add((state, SKOS.prefLabel, Literal(f"State {i}", lang="en")))
    for i, person in enumerate(people):
        graph.add((person, RDF.type, SCHEMA.Person))
        graph.add((person, RDF.type, KG.Person))
        graph.add((person, SKOS.prefLabel, Literal(f"Personne {i}", lang="fr")))
    for i, organisation in enumerate(organisations):
        graph.add((organisation, RDF.type, KG.Organisation))
        graph.add((organisation, SKOS.prefLabel, Literal(f"Organisation {i}", lang="fr")))
    articles = [KGR[f"article-a{i:04d}"] for i in range(500)]
    for i, article in enumerate(articles):
        graph.add((article, RDF.type, SCHEMA.NewsArticle))
        graph.add((article, SCHEMA.headline, Literal(f"Titre {i}", lang="fr")))
    actors = states * 4 + organisations + people  # states take part in most facts, as in the news
    modalities = ["asserted"] * 5 + ["reported"] * 3 + ["possible", "denied"]
    number = 0
    while len(graph) < triples:
        number += 1
        kind = rng.choice(["negotiation", "agreement", "support", "financing", "post"])
        fact = KGR[f"{kind}-{number:06d}"]
        graph.add((fact, RDF.type, KG.Fact))
        graph.add((fact, KG.modality, Literal(rng.choice(modalities))))
        if kind == "negotiation":
            graph.add((fact, RDF.type, KG.Negotiation))
            for participant in rng.sample(states, rng.choice([2, 2, 2, 3])):
                graph.add((fact, KG.participant, participant))
            graph.add((fact, KG.startDate, Literal(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                                   datatype=XSD.date)))
        elif kind == "agreement":
            graph.add((fact, RDF.type, KG.Agreement))
            for party in rng.sample(actors, 2):
                graph.add((fact, KG.party, party))
        elif kind == "support":
            graph.add((fact, RDF.type, KG.MilitarySupport))
            supporter, recipient = rng.sample(actors, 2)
            graph.add((fact, KG.supporter, supporter))
            graph.add((fact, KG.recipient, recipient))
            graph.add((fact, KG.supportKind, Literal("deliver")))
        elif kind == "financing":
            graph.add((fact, RDF.type, KG.Financing))
            funder, recipient = rng.sample(actors, 2)
            graph.add((fact, KG.funder, funder))
            graph.add((fact, KG.recipient, recipient))
        else:
            graph.add((fact, RDF.type, KG.PostHolding))
            post = KGR[f"post-{number:06d}"]
            graph.add((fact, KG.holder, rng.choice(people)))
            graph.add((fact, KG.post, post))
            graph.add((post, RDF.type, ORG.Post))
            graph.add((post, ORG.postIn, rng.choice(states)))
        if rng.random() < 0.3:
            graph.add((fact, KG.attributedTo, rng.choice(organisations)))
        evidence = KGR[f"evidence-{number:06d}"]
        start = rng.randint(0, 5000)
        graph.add((fact, PROV.wasDerivedFrom, evidence))
        graph.add((evidence, RDF.type, KG.Evidence))
        graph.add((evidence, KG.article, rng.choice(articles)))
        graph.add((evidence, KG.sentence, Literal(f"Phrase {number} qui énonce le fait.", lang="fr")))
        graph.add((evidence, KG.charStart, Literal(start, datatype=XSD.nonNegativeInteger)))
        graph.add((evidence, KG.charEnd, Literal(start + 80, datatype=XSD.nonNegativeInteger)))
    return graph


def bench_views(triples: int) -> None:
    graph = synthetic_graph(triples)
    text = graph.serialize(format="nt")
    print(f"views of a synthetic graph: {len(graph):,} triples")
    parse, _ = best(lambda: Graph().parse(data=text, format="nt"), runs=2)
    iterate, _ = best(lambda: sum(1 for _ in graph))
    network_time, network = best(lambda: actor_network(graph))
    possible_time, _ = best(lambda: actor_network(graph, include_possible=True))
    print(f"  {network.number_of_nodes():,} actors, {network.number_of_edges():,} relations")
    nodes = sorted(network)
    rng = random.Random(1)
    pairs = [tuple(rng.sample(nodes, 2)) for _ in range(20)]
    measures = [
        ("actor network", network_time),
        ("actor network, --include-possible", possible_time),
        ("undirected projection", best(lambda: projection(network))[0]),
        ("20 shortest-path searches", best(lambda: [shortest_paths(network, a, b, 10) for a, b in pairs])[0]),
        ("find_entity (name index)", best(lambda: find_entity(graph, "personne 1234", network))[0]),
        ("centrality (degree, betweenness, PageRank)", best(lambda: centrality(network), runs=1)[0]),
        ("communities (Louvain)", best(lambda: communities(network), runs=1)[0]),
        ("GraphML of the network", best(lambda: render(actors_view(network), "graphml"), runs=1)[0]),
        ("PNG of the network (120 most connected)", best(lambda: render(actors_view(network), "png"), runs=1)[0]),
    ]
    print(f"  baseline: rdflib parse (N-Triples) {parse:7.3f} s, iterate all triples {iterate:7.3f} s")
    print(f"  {'view':45s} {'seconds':>8s} {'x parse':>8s} {'x iterate':>10s}")
    for name, seconds in measures:
        print(f"  {name:45s} {seconds:8.3f} {seconds / parse:8.2f} {seconds / iterate:10.2f}")


# ------------------------------------------------------------------------------------------------ build
def bench_build() -> None:
    folder = DEV_CORPUS if DEV_CORPUS.is_dir() else ROOT / "examples"
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    if not paths:
        print(f"build: no article in {folder}")
        return
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    characters = sum(len(t) for t in texts)
    print(f"\nkg build on {len(paths)} articles of {folder} ({characters:,} characters)")

    import spacy

    from kg.nlp import MODEL
    from kg.pipeline import build

    build(paths)  # loads the model, the reference data and the matcher once, as a long build would
    kg_time, report = best(lambda: build(paths))
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts))
    spacy_time, _ = best(lambda: list(nlp.pipe(texts)))
    for name, seconds in ((f"bare spaCy nlp.pipe ({MODEL})", spacy_time),
                          (f"kg build ({report.facts} facts)", kg_time)):
        print(f"  {name:36s} {seconds:7.3f} s {characters / seconds:10,.0f} characters/s")
    print(f"  ratio kg build / spaCy: {kg_time / spacy_time:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=100_000, help="size of the synthetic graph")
    parser.add_argument("--skip-build", action="store_true", help="only the views")
    args = parser.parse_args()
    bench_views(args.triples)
    if not args.skip_build:
        bench_build()


if __name__ == "__main__":
    main()
