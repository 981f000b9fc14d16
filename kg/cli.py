"""Command line: parse options, call one library function, print, map errors to exit codes (0, 1, 2)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import InputError, KgError
from kg.read import DEFAULT_MAX_BYTES

ACTOR_KIND_NAMES = ("state", "person", "government body", "organisation", "international organisation", "company",
                    "armed group")
VIEW_FORMATS = ("table", "json", "csv", "tsv", "markdown", "graphml", "gexf", "dot", "png", "svg")


class KgGroup(click.Group):
    """Turns every KgError and usage error into one or two lines on stderr and exit code 2."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            result = super().main(args=args, prog_name=prog_name or "kg", complete_var=complete_var,
                                  standalone_mode=False, **extra)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "kg"
            click.echo(f"kg: {exc.format_message()}\n(see '{command} --help')", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"kg: {exc.format_message()}", err=True)
            sys.exit(2)
        except KgError as exc:
            click.echo(f"kg: {exc.message}", err=True)
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            click.echo("kg: interrupted", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: turn news articles on diplomacy and defence into an RDF knowledge graph.

    \b
    kg build examples/*.txt -o out/graph.ttl      articles -> graph
    kg validate out/graph.ttl                     SHACL check (exit 1 on violations)
    kg query queries/negotiations.rq out/graph.ttl
    kg export out/graph.ttl --format jsonld -o out/graph.jsonld
    kg view actors out/graph.ttl                  networks of actors (see kg view --help)
    """


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Graph file to write (.ttl, .nt, .nq, .trig, .jsonld), or - for Turtle on stdout.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date: anchors dates without a year and relative ones (« mardi »).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse articles larger than this.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def build(articles: tuple[str, ...], output: str, published: dt.date | None, max_bytes: int, quiet: bool) -> int:
    """Read ARTICLES (.txt, .md, .html files, folders of them, or - for stdin) and write their graph.

    Exit 0 when every article was analysed, 3 when some failed (they are listed and skipped), 2 on bad input.
    """
    from kg.graphfile import output_format, write_graph
    from kg.pipeline import build as build_graph
    from kg.read import expand_inputs
    from kg.text import plural

    fmt = output_format(output)
    paths = expand_inputs(articles)
    interactive = not quiet and sys.stderr.isatty()
    if interactive:
        click.echo("kg: loading the French model…", err=True)
    with _progress(interactive and len(paths) > 1, len(paths)) as advance:
        report = build_graph(paths, published, max_bytes, on_article=advance)
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    for failure in report.failed:
        click.echo(f"kg: {failure}", err=True)
    if report.articles == 0:
        raise InputError("no article could be analysed; nothing written")
    write_graph(report.dataset, output, fmt, sys.stdout)
    if not quiet:
        click.echo(f"kg: {plural(report.articles, 'article')}, {plural(report.facts, 'fact')} -> "
                   f"{'stdout' if output == '-' else output}", err=True)
    return 3 if report.failed else 0


@contextlib.contextmanager
def _progress(shown: bool, total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr (rich) that the build advances once per article; nothing when not `shown`."""
    if not shown:
        yield lambda _source: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analysing", total=total)
        yield lambda source: bar.update(task, advance=1, description=Path(source).name[:40])


@cli.command()
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(graph: str, fmt: str) -> int:
    """Check GRAPH against the SHACL shapes; exit 0 if it conforms, 1 if not (each violation is listed with its
    node, rule and source sentence)."""
    import json

    from kg.graphfile import load_graph
    from kg.rdf import merged
    from kg.validate import format_report
    from kg.validate import validate as run_validation

    violations = run_validation(merged(load_graph(graph)))
    if fmt == "json":
        click.echo(json.dumps({"conforms": not violations, "violations": [v.__dict__ for v in violations]},
                              ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(violations, graph), nl=False)
    return 1 if violations else 0


def _params(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, bound = value.partition("=")
        if not sep or not name.strip().isidentifier():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE")
        out[name.strip().lstrip("?$")] = bound
    return out


@cli.command()
@click.argument("query_file", metavar="QUERY.rq")
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "markdown"]),
              help="json is W3C SPARQL 1.1 Query Results JSON. Default: from the -o extension (.csv .tsv .json .md "
                   ".txt), else table.")
@click.option("--param", "params", multiple=True, callback=_params, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI in <...> or http(s)://..., « text@fr » a French literal, else a "
                   "plain literal). Repeatable.")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=60.0, show_default=True,
              help="Stop a query that runs longer than this many seconds.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses (they reach remote endpoints).")
@click.option("-o", "--output", help="Write results to this file instead of stdout.")
@click.option("--wide", is_flag=True, help="Tables: show every cell whole (by default they fit the terminal).")
def query(query_file: str, graph: str, fmt: str | None, params: dict[str, str], timeout: float, allow_service: bool,
          output: str | None, wide: bool) -> None:
    """Run the SPARQL query in QUERY.rq on GRAPH (read-only: updates are refused)."""
    from kg.graphfile import format_for, load_graph, write_text
    from kg.sparql import QUERY_SUFFIXES, format_result, read_query, run_query
    from kg.table import table_width

    chosen = format_for(fmt, output, QUERY_SUFFIXES)
    text = read_query(query_file)
    result = run_query(load_graph(graph), text, params, timeout, allow_service, name=query_file)
    width = table_width(wide, to_file=output not in (None, "-"))
    write_text(output, format_result(result, chosen, width), sys.stdout)


@cli.command()
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld"]), required=True)
@click.option("-o", "--output", required=True, help="File to write ('-' for stdout).")
def export(graph: str, fmt: str, output: str) -> None:
    """Re-serialise GRAPH as Turtle, N-Triples, N-Quads, TriG or JSON-LD."""
    from kg.graphfile import EXPORT_FORMATS, load_graph, serialize, write_text

    write_text(output, serialize(load_graph(graph), EXPORT_FORMATS[fmt]), sys.stdout)


@cli.command()
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(graph: str, fmt: str) -> None:
    """Counts of GRAPH by class and relation, and the share of facts by modality."""
    import json

    from kg.graphfile import load_graph
    from kg.rdf import merged
    from kg.stats import format_stats, graph_stats

    counts = graph_stats(merged(load_graph(graph)))
    click.echo(json.dumps(counts, ensure_ascii=False, indent=1) if fmt == "json" else format_stats(counts))




def view_options(command: Any) -> Any:
    """The options every `kg view` command shares."""
    options = [
        click.option("--format", "fmt", type=click.Choice(VIEW_FORMATS),
                     help="table, json, csv, tsv and markdown describe; graphml and gexf open in Gephi or Cytoscape; "
                          "dot is Graphviz; png and svg are pictures. Default: from the -o extension, else table."),
        click.option("--wide", is_flag=True, help="Tables: show every cell whole (by default they fit the terminal)."),
        click.option("-o", "--output", help="File to write (written whole or not at all); text formats go to stdout "
                                            "without it, png needs it."),
        click.option("--include-possible", is_flag=True,
                     help="Also relate actors by possible facts (« pourrait livrer »), drawn dashed. Denied facts "
                          "are never relations."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _network(graph: str, include_possible: bool) -> tuple[Any, Any]:
    from kg.graphfile import load_graph
    from kg.views import actor_network

    rdf = load_graph(graph)
    return rdf, actor_network(rdf, include_possible)


def _write(view_: Any, fmt: str | None, output: str | None, wide: bool) -> None:
    from kg.table import table_width
    from kg.views import view_format, write_view

    chosen = view_format(fmt, output)
    write_view(view_, chosen, output, sys.stdout, table_width(wide, to_file=output not in (None, "-")))


@cli.group()
def view() -> None:
    """Networks of actors (states, people, organisations) built from a graph with NetworkX: who is related to
    whom, through what, on what evidence.

    \b
    kg view actors out/graph.ttl                   every relation between two actors
    kg view path out/graph.ttl norvege ukraine     shortest chains, each hop with its sentence
    kg view neighbors out/graph.ttl Kyiv --depth 2
    kg view central out/graph.ttl --top 5          degree, betweenness, PageRank
    kg view communities out/graph.ttl
    kg view actors out/graph.ttl -o actors.png     also .svg .graphml .gexf .dot .json

    Actors are named by any label or alias, in any language, ignoring case and accents; a capital stands for
    its state. Relations come from asserted and reported facts (add possible ones with --include-possible).
    """


@view.command()
@click.argument("graph")
@click.option("--top", type=click.IntRange(min=1), help="Keep the N actors with the most facts.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(ACTOR_KIND_NAMES),
              help="Keep actors of this kind (repeatable).")
@click.option("--min-facts", type=click.IntRange(min=1), default=1, show_default=True,
              help="Keep actors with at least this many facts.")
@view_options
def actors(graph: str, top: int | None, kinds: tuple[str, ...], min_facts: int, fmt: str | None, output: str | None,
           include_possible: bool, wide: bool) -> None:
    """The actor network of GRAPH: one relation per kind and direction (negotiates with, agrees with, supports,
    finances, holds post in) between two actors, weighted by its number of facts. --top, --kind and --min-facts
    keep some actors, and the relations between them."""
    from kg.views import actors_view, keep_actors

    _, network = _network(graph, include_possible)
    kept = keep_actors(network, top=top, kinds=set(kinds), min_facts=min_facts)
    _write(actors_view(kept, include_possible), fmt, output, wide)


@view.command()
@click.argument("graph")
@click.argument("a")
@click.argument("b")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Show at most this many shortest chains.")
@view_options
def path(graph: str, a: str, b: str, limit: int, fmt: str | None, output: str | None, include_possible: bool,
         wide: bool) -> None:
    """The shortest chains of relations between actors A and B, each hop with its relation, the sentence that
    states it and its modality."""
    from kg.views import find_entity, path_view

    rdf, network = _network(graph, include_possible)
    start, end = find_entity(rdf, a, network), find_entity(rdf, b, network)
    _write(path_view(network, start, end, limit, rdf), fmt, output, wide)


@view.command()
@click.argument("graph")
@click.argument("entity")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many relations away to go.")
@view_options
def neighbors(graph: str, entity: str, depth: int, fmt: str | None, output: str | None,
              include_possible: bool, wide: bool) -> None:
    """The actors within DEPTH relations of ENTITY, with the relations that reach them."""
    from kg.views import find_entity, neighbors_view

    rdf, network = _network(graph, include_possible)
    _write(neighbors_view(network, find_entity(rdf, entity, network), depth, rdf), fmt, output, wide)


@view.command()
@click.argument("graph")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many actors to list.")
@click.option("--by", type=click.Choice(["pagerank", "betweenness", "degree", "facts"]), default="pagerank",
              show_default=True, help="Rank actors by this score.")
@view_options
def central(graph: str, top: int, by: str, fmt: str | None, output: str | None, include_possible: bool,
         wide: bool) -> None:
    """The most central actors: degree (actors related), facts, betweenness and PageRank on the undirected
    network. Graph formats write every actor with its scores."""
    from kg.views import central_view

    _, network = _network(graph, include_possible)
    _write(central_view(network, top, by), fmt, output, wide)


@view.command()
@click.argument("graph")
@view_options
def communities(graph: str, fmt: str | None, output: str | None, include_possible: bool,
         wide: bool) -> None:
    """Groups of actors more related to each other than to the rest (Louvain). Graph formats write every actor
    with its community number; pictures colour actors by community."""
    from kg.views import communities_view

    _, network = _network(graph, include_possible)
    _write(communities_view(network), fmt, output, wide)


@cli.command()
@click.argument("graph")
@click.option("-o", "--output", required=True, help="HTML file to write (written whole or not at all).")
@click.option("--actor", metavar="NAME", help="Only the facts of this actor (any label or alias, as in kg view).")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Only facts dated on or after this day.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Only facts dated on or before this day.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True, help="Language of the page.")
def report(graph: str, output: str, actor: str | None, since: dt.date | None, until: dt.date | None,
           lang: str) -> None:
    """Write one self-contained HTML page to read GRAPH: summary, interactive actor network, timeline, facts with
    their evidence, and the claims on which articles disagree. It opens offline and asks nothing of the network.

    A fact's date is its own, else its article's publication date; --since and --until leave out undated facts."""
    from kg.graphfile import atomic_output, load_graph
    from kg.rdf import merged
    from kg.report import Scope, build_report
    from kg.views import find_entity

    rdf = merged(load_graph(graph))
    scope = Scope(find_entity(rdf, actor) if actor is not None else None, since, until)
    page = build_report(rdf, lang, scope)
    with atomic_output(output) as out:
        out.write(page)


def main() -> None:
    cli.main()
if __name__ == "__main__":
    main()
