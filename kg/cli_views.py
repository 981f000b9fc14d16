"""`kg view`: networks of actors built from a graph with NetworkX (the commands; the views are in kg.views)."""

from __future__ import annotations

import sys
from typing import Any

import click

from kg.cli_options import graph_source

ACTOR_KIND_NAMES = ("state", "person", "government body", "organisation", "international organisation", "company",
                    "armed group")
VIEW_FORMATS = ("table", "json", "csv", "tsv", "markdown", "graphml", "gexf", "dot", "png", "svg")


def output_options(command: Any) -> Any:
    """The output options every `kg view` command shares."""
    options = [
        click.option("--format", "fmt", type=click.Choice(VIEW_FORMATS),
                     help="table, json, csv, tsv and markdown describe; graphml and gexf open in Gephi or Cytoscape; "
                          "dot is Graphviz; png and svg are pictures. Default: from the -o extension, else table."),
        click.option("--wide", is_flag=True, help="Tables: show every cell whole (by default they fit the terminal)."),
        click.option("-o", "--output", help="File to write (written whole or not at all); text formats go to stdout "
                                            "without it, png needs it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def view_options(command: Any) -> Any:
    """The options of the network views: output, and whether possible facts relate actors."""
    command = click.option("--include-possible", is_flag=True,
                           help="Also relate actors by possible facts (« pourrait livrer »), drawn dashed. Denied "
                                "facts are never relations.")(command)
    return output_options(command)


def _network(graph: str | None, store: str | None, include_possible: bool) -> tuple[Any, Any]:
    from kg.sources import open_graph
    from kg.views import actor_network

    rdf = open_graph(graph, store)
    return rdf, actor_network(rdf, include_possible)


def _write(view_: Any, fmt: str | None, output: str | None, wide: bool) -> None:
    from kg.table import table_width
    from kg.views import view_format, write_view

    chosen = view_format(fmt, output)
    write_view(view_, chosen, output, sys.stdout, table_width(wide, to_file=output not in (None, "-")))


@click.group()
def view() -> None:
    """Networks of actors (states, people, organisations) built from a graph with NetworkX: who is related to
    whom, through what, on what evidence.

    \b
    kg view actors out/graph.ttl                   every relation between two actors
    kg view path out/graph.ttl norvege ukraine     shortest chains, each hop with its sentence
    kg view neighbors out/graph.ttl Kyiv --depth 2
    kg view central out/graph.ttl --top 5          degree, betweenness, PageRank
    kg view communities out/graph.ttl
    kg view conflicts --store corpus/             facts on which articles disagree
    kg view actors out/graph.ttl -o actors.png     also .svg .graphml .gexf .dot .json

    Actors are named by any label or alias, in any language, ignoring case and accents; a capital stands for
    its state. Relations come from asserted and reported facts (add possible ones with --include-possible).
    """


@view.command()
@graph_source
@click.option("--top", type=click.IntRange(min=1), help="Keep the N actors with the most facts.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(ACTOR_KIND_NAMES),
              help="Keep actors of this kind (repeatable).")
@click.option("--min-facts", type=click.IntRange(min=1), default=1, show_default=True,
              help="Keep actors with at least this many facts.")
@view_options
def actors(graph: str | None, store: str | None, top: int | None, kinds: tuple[str, ...], min_facts: int,
           fmt: str | None, output: str | None, include_possible: bool, wide: bool) -> None:
    """The actor network of GRAPH: one relation per kind and direction (negotiates with, agrees with, supports,
    finances, holds post in) between two actors, weighted by its number of facts. --top, --kind and --min-facts
    keep some actors, and the relations between them."""
    from kg.views import actors_view, keep_actors

    _, network = _network(graph, store, include_possible)
    kept = keep_actors(network, top=top, kinds=set(kinds), min_facts=min_facts)
    _write(actors_view(kept, include_possible), fmt, output, wide)


def _graph_and(names: tuple[str, ...], store: str | None, wanted: int) -> tuple[str | None, tuple[str, ...]]:
    """[GRAPH] NAME...: the graph file comes first unless --store names the store."""
    expected = wanted if store is not None else wanted + 1
    if len(names) != expected:
        shape = " ".join(["GRAPH"] * (store is None) + ["NAME"] * wanted)
        raise click.UsageError(f"expected {shape}{' (with --store, no GRAPH)' if store else ''}")
    return (None, names) if store is not None else (names[0], names[1:])


@view.command()
@click.argument("names", nargs=-1, metavar="[GRAPH] A B")
@click.option("--store", metavar="DIR", help="Read the corpus store in DIR instead of a GRAPH file.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Show at most this many shortest chains.")
@view_options
def path(names: tuple[str, ...], store: str | None, limit: int, fmt: str | None, output: str | None,
         include_possible: bool, wide: bool) -> None:
    """The shortest chains of relations between actors A and B, each hop with its relation, the sentence that
    states it and its modality."""
    from kg.views import find_entity, path_view

    graph, (a, b) = _graph_and(names, store, 2)
    rdf, network = _network(graph, store, include_possible)
    start, end = find_entity(rdf, a, network), find_entity(rdf, b, network)
    _write(path_view(network, start, end, limit, rdf), fmt, output, wide)


@view.command()
@click.argument("names", nargs=-1, metavar="[GRAPH] ENTITY")
@click.option("--store", metavar="DIR", help="Read the corpus store in DIR instead of a GRAPH file.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many relations away to go.")
@view_options
def neighbors(names: tuple[str, ...], store: str | None, depth: int, fmt: str | None, output: str | None,
              include_possible: bool, wide: bool) -> None:
    """The actors within DEPTH relations of ENTITY, with the relations that reach them."""
    from kg.views import find_entity, neighbors_view

    graph, (entity,) = _graph_and(names, store, 1)
    rdf, network = _network(graph, store, include_possible)
    _write(neighbors_view(network, find_entity(rdf, entity, network), depth, rdf), fmt, output, wide)


@view.command()
@graph_source
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many actors to list.")
@click.option("--by", type=click.Choice(["pagerank", "betweenness", "degree", "facts"]), default="pagerank",
              show_default=True, help="Rank actors by this score.")
@view_options
def central(graph: str | None, store: str | None, top: int, by: str, fmt: str | None, output: str | None,
            include_possible: bool, wide: bool) -> None:
    """The most central actors: degree (actors related), facts, betweenness and PageRank on the undirected
    network. Graph formats write every actor with its scores."""
    from kg.views import central_view

    _, network = _network(graph, store, include_possible)
    _write(central_view(network, top, by), fmt, output, wide)


@view.command()
@graph_source
@view_options
def communities(graph: str | None, store: str | None, fmt: str | None, output: str | None,
                include_possible: bool, wide: bool) -> None:
    """Groups of actors more related to each other than to the rest (Louvain). Graph formats write every actor
    with its community number; pictures colour actors by community."""
    from kg.views import communities_view

    _, network = _network(graph, store, include_possible)
    _write(communities_view(network), fmt, output, wide)




@view.command()
@graph_source
@output_options
def conflicts(graph: str | None, store: str | None, fmt: str | None, output: str | None, wide: bool) -> None:
    """Facts on which articles disagree (queries/conflicts.rq): delivered in one and denied in another, possible in
    one and asserted or denied in another, different amounts or venues for the same agreement or talks. Each row
    gives both sides: value, date, article and sentence."""
    from kg.sources import open_graph
    from kg.views import conflicts_view

    _write(conflicts_view(open_graph(graph, store)), fmt, output, wide)
