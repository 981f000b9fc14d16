"""Command line: parse options, call one library function, print, map errors to exit codes (0, 1, 2)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.cli_options import date_option, graph_source, param_option
from kg.cli_views import view
from kg.errors import InputError, KgError
from kg.read import DEFAULT_MAX_BYTES


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
@click.option("-o", "--output", help="Graph file to write (.ttl, .nt, .nq, .trig, .jsonld), or - for Turtle on stdout.")
@click.option("--store", metavar="DIR", help="Build into the corpus store in DIR instead: unchanged articles are "
                                             "skipped, changed ones replaced.")
@click.option("--prune", is_flag=True, help="With --store: remove the articles of sources no longer given.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="cores",
              help="Worker processes that analyse articles.")
@click.option("--strict", is_flag=True, help="Stop at the first unreadable source (default: report and skip it).")
@click.option("--published", callback=date_option, metavar="YYYY-MM-DD",
              help="Publication date: anchors dates without a year and relative ones (« mardi »).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse articles larger than this.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@click.option("--dask", metavar="ADDRESS|local", help="Analyse on a Dask cluster (a scheduler address, or local for "
                                                      "--jobs worker processes), each task pushing to --endpoint.")
@click.option("--endpoint", metavar="URL", help="With --dask: the Graph Store Protocol address the graphs go to.")
def build(articles: tuple[str, ...], output: str | None, store: str | None, prune: bool, jobs: int, strict: bool,
          published: dt.date | None, max_bytes: int, quiet: bool, dask: str | None, endpoint: str | None) -> int:
    """Read ARTICLES (.txt, .md, .html, .jsonl files, folders of them searched recursively, globs, or - for
    stdin) and write their graph to -o OUT or into --store DIR.

    Exit 0 when every article was analysed, 3 when some failed or could not be read (they are listed and
    skipped), 2 on bad input.
    """
    from kg.graphfile import output_format, write_graph
    from kg.pipeline import build as build_graph
    from kg.pipeline import build_into_store
    from kg.read import expand_inputs
    from kg.text import plural

    if dask is not None or endpoint is not None:
        return _build_on_dask(articles, dask, endpoint, output or store, jobs, strict, published, max_bytes, quiet)
    if (output is None) == (store is None):
        raise click.UsageError("give -o OUT or --store DIR, one of them")
    if prune and store is None:
        raise click.UsageError("--prune needs --store")
    fmt = output_format(output) if output is not None else None
    paths = expand_inputs(articles)
    interactive = not quiet and sys.stderr.isatty()
    with _announce_loading(interactive), _progress(interactive and len(paths) > 1, len(paths)) as advance:
        if store is not None:
            report = build_into_store(paths, store, published, max_bytes, advance, jobs, strict, prune)
        else:
            report = build_graph(paths, published, max_bytes, advance, jobs, strict)
    for line in [f"warning: {w}" for w in report.warnings] + report.failed:
        click.echo(f"kg: {line}", err=True)
    if store is None and report.articles == 0:
        raise InputError("no article could be analysed; nothing written")
    if output is not None and fmt is not None:
        write_graph(report.dataset, output, fmt, sys.stdout)
    if not quiet:
        kept = f", {report.unchanged} unchanged" if store else ""
        pruned = f", {plural(len(report.pruned), 'source')} pruned" if report.pruned else ""
        click.echo(f"kg: {plural(report.articles, 'article')}, {plural(report.facts, 'fact')}{kept}{pruned} -> "
                   f"{'stdout' if output == '-' else output or store}", err=True)
    return 3 if report.failed else 0


def _build_on_dask(articles: tuple[str, ...], dask: str | None, endpoint: str | None, local: str | None, jobs: int,
                   strict: bool, published: dt.date | None, max_bytes: int, quiet: bool) -> int:
    from kg.distributed import build_on_dask
    from kg.text import plural

    if dask is None or endpoint is None or local is not None:
        raise click.UsageError("--dask and --endpoint go together, without -o or --store")
    report = build_on_dask(articles, endpoint, dask, published, max_bytes, strict, workers=jobs)
    for line in [f"warning: {w}" for w in report.warnings] + report.failed:
        click.echo(f"kg: {line}", err=True)
    if not quiet:
        click.echo(f"kg: {plural(report.articles, 'article')}, {plural(report.facts, 'fact')} -> {endpoint}", err=True)
    return 3 if report.failed else 0


class _EchoHandler(logging.Handler):
    """Log records as « kg: message » lines on the stderr of the moment (above a progress bar)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kg: {record.getMessage()}", err=True)


@contextlib.contextmanager
def _announce_loading(shown: bool) -> Iterator[None]:
    """« kg: loading the French model… » when (and only when) the model loads, if `shown`."""
    if not shown:
        yield
        return
    logger = logging.getLogger("kg.nlp")
    handler, level = _EchoHandler(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextlib.contextmanager
def _progress(shown: bool, total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr (rich) that the build advances once per article, with the rate and the time left;
    nothing when not `shown`."""
    if not shown:
        yield lambda _source: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=Console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task("analysing", total=total, rate="")
        first: list[float] = []  # when the first article was done: the model is loaded by then

        def advance(source: str) -> None:
            now = time.monotonic()
            if not first:
                first.append(now)
            done = bar.tasks[0].completed  # articles done since the first one
            rate = f"{done / (now - first[0]):.1f} articles/s" if done and now > first[0] else ""
            bar.update(task, advance=1, description=Path(source).name[:40], rate=rate)

        yield advance


@cli.command()
@graph_source
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(graph: str | None, store: str | None, fmt: str) -> int:
    """Check GRAPH against the SHACL shapes; exit 0 if it conforms, 1 if not (each violation is listed with its
    node, rule and source sentence)."""
    import json

    from kg.rdf import merged
    from kg.sources import open_graph
    from kg.validate import format_report
    from kg.validate import validate as run_validation

    violations = run_validation(merged(open_graph(graph, store)))
    if fmt == "json":
        click.echo(json.dumps({"conforms": not violations, "violations": [v.__dict__ for v in violations]},
                              ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(violations, graph or store or ""), nl=False)
    return 1 if violations else 0


@cli.command()
@click.argument("query_file", metavar="QUERY.rq")
@graph_source
@click.option("--endpoint", metavar="URL", help="Ask this SPARQL endpoint instead of a GRAPH file (credentials from "
                                                "KG_ENDPOINT_TOKEN, or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "markdown"]),
              help="json is W3C SPARQL 1.1 Query Results JSON. Default: from the -o extension (.csv .tsv .json .md "
                   ".txt), else table.")
@click.option("--param", "params", multiple=True, callback=param_option, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI in <...> or http(s)://..., « text@fr » a French literal, else a "
                   "plain literal). Repeatable.")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=60.0, show_default=True,
              help="Stop a query that runs longer than this many seconds.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses (they reach remote endpoints).")
@click.option("-o", "--output", help="Write results to this file instead of stdout.")
@click.option("--wide", is_flag=True, help="Tables: show every cell whole (by default they fit the terminal).")
def query(query_file: str, graph: str | None, store: str | None, endpoint: str | None, fmt: str | None,
          params: dict[str, str], timeout: float, allow_service: bool, output: str | None, wide: bool) -> None:
    """Run the SPARQL query in QUERY.rq on GRAPH, a --store or an --endpoint (read-only: updates are refused)."""
    from kg.graphfile import format_for, write_text
    from kg.sparql import QUERY_SUFFIXES, format_result, read_query
    from kg.table import table_width

    chosen = format_for(fmt, output, QUERY_SUFFIXES)
    text = read_query(query_file)
    result = _answer(text, query_file, graph, store, endpoint, params, timeout, allow_service)
    width = table_width(wide, to_file=output not in (None, "-"))
    write_text(output, format_result(result, chosen, width), sys.stdout)


def _answer(text: str, name: str, graph: str | None, store: str | None, endpoint: str | None,
            params: dict[str, str], timeout: float, allow_service: bool) -> Any:
    """The result of a query on a graph file, a corpus store (run by Oxigraph) or a remote endpoint."""
    from kg.sources import check_source, open_graph
    from kg.sparql import run_query

    if endpoint is not None:
        if graph is not None or store is not None or params:
            raise click.UsageError("--endpoint takes no GRAPH, --store or --param")
        from kg.remote import remote_result

        return remote_result(endpoint, text, timeout)
    check_source(graph, store)
    if store is not None:
        from kg.oxigraph_store import open_store

        with open_store(store, read_only=True) as corpus:
            return corpus.query(text, params, timeout, allow_service, name=name)
    return run_query(open_graph(graph, None), text, params, timeout, allow_service, name=name)


@cli.command()
@graph_source
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld"]), required=True)
@click.option("-o", "--output", required=True, help="File to write ('-' for stdout).")
def export(graph: str | None, store: str | None, fmt: str, output: str) -> None:
    """Re-serialise GRAPH (or a --store) as Turtle, N-Triples, N-Quads, TriG or JSON-LD."""
    from kg.graphfile import EXPORT_FORMATS, serialize, write_text
    from kg.sources import open_graph

    write_text(output, serialize(open_graph(graph, store), EXPORT_FORMATS[fmt]), sys.stdout)


@cli.command()
@graph_source
@click.option("--endpoint", metavar="URL", required=True,
              help="SPARQL 1.1 Graph Store Protocol address (e.g. http://host:7878/store for Oxigraph, "
                   "/ds/data for Fuseki).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Give up on a request after this many seconds.")
def push(graph: str | None, store: str | None, endpoint: str, timeout: float) -> None:
    """Send GRAPH (or a --store) to a SPARQL endpoint, one named graph per article. Credentials come from the
    environment: KG_ENDPOINT_TOKEN (bearer), or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD."""
    from kg.remote import push as push_graphs
    from kg.sources import check_source, open_graph
    from kg.text import plural

    check_source(graph, store)
    if store is not None:
        from kg.oxigraph_store import open_store

        with open_store(store, read_only=True) as corpus:
            sent = push_graphs(corpus, endpoint, timeout)
    else:
        sent = push_graphs(open_graph(graph, None), endpoint, timeout)
    click.echo(f"kg: {plural(sent, 'graph')} pushed to {endpoint}", err=True)


@cli.command()
@graph_source
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(graph: str | None, store: str | None, fmt: str) -> None:
    """Counts of GRAPH by class and relation, and the share of facts by modality."""
    import json

    from kg.rdf import merged
    from kg.sources import open_graph
    from kg.stats import format_stats, graph_stats

    counts = graph_stats(merged(open_graph(graph, store)))
    click.echo(json.dumps(counts, ensure_ascii=False, indent=1) if fmt == "json" else format_stats(counts))


@cli.command()
@click.argument("entity")
@graph_source
def explain(entity: str, graph: str | None, store: str | None) -> None:
    """Which names in which articles were merged into ENTITY (a label, alias or IRI) and why, one line each; the
    names kept apart from it too. Exit 2 for an unknown entity."""
    from kg.identity_rdf import explain as explain_entity
    from kg.rdf import merged
    from kg.sources import open_graph
    from kg.views import find_entity

    rdf = merged(open_graph(graph, store))
    for line in explain_entity(rdf, find_entity(rdf, entity)):
        click.echo(line)




@cli.command()
@graph_source
@click.option("-o", "--output", required=True, help="HTML file to write (written whole or not at all).")
@click.option("--actor", metavar="NAME", help="Only the facts of this actor (any label or alias, as in kg view).")
@click.option("--since", callback=date_option, metavar="YYYY-MM-DD", help="Only facts dated on or after this day.")
@click.option("--until", callback=date_option, metavar="YYYY-MM-DD", help="Only facts dated on or before this day.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True, help="Language of the page.")
def report(graph: str | None, store: str | None, output: str, actor: str | None, since: dt.date | None,
           until: dt.date | None, lang: str) -> None:
    """Write one self-contained HTML page to read GRAPH: summary, interactive actor network, timeline, facts with
    their evidence, and the claims on which articles disagree. It opens offline and asks nothing of the network.

    A fact's date is its own, else its article's publication date; --since and --until leave out undated facts."""
    from kg.graphfile import atomic_output
    from kg.rdf import merged
    from kg.report import Scope, build_report
    from kg.sources import open_graph
    from kg.views import find_entity

    rdf = merged(open_graph(graph, store))
    scope = Scope(find_entity(rdf, actor) if actor is not None else None, since, until)
    page = build_report(rdf, lang, scope)
    with atomic_output(output) as out:
        out.write(page)


cli.add_command(view)


def main() -> None:
    cli.main()
if __name__ == "__main__":
    main()
