"""SPARQL over a graph: reading a query file, running it read-only (no update, no SERVICE unless allowed, values
bound as RDF terms, a timeout), and the result formats (table, W3C CSV/TSV/JSON, markdown, Turtle)."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import InputError, QueryError
from kg.text import PREFIXES, exact_digits, grouped_digits, plural, short_iri

_UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY")


def read_query(path: str) -> str:
    """The text of a query file; InputError when it is missing, not UTF-8 or empty."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such query file")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{path}: the query file is empty")
    return text


def run_query(graph: Graph, text: str, params: Mapping[str, str] | None = None, timeout: float | None = None,
              allow_service: bool = False, name: str = "query", engine: str = "rdflib") -> Result:
    """Run a read-only SPARQL query; parameters are bound as values (initBindings), never pasted into the text.
    rdflib evaluates it (Oxigraph when rdflib cannot), or Oxigraph from the start with `engine="oxigraph"`: much
    faster on joins over many facts, at the cost of copying the graph."""
    from rdflib.plugins.sparql import prepareQuery  # half a second to import: not for a build, which never asks

    try:
        query = prepareQuery(text)
    except Exception as exc:
        message = " ".join(str(exc).split())[:160]
        upper = " ".join(text.upper().split())
        if any(f"{word} " in upper for word in _UPDATES):
            raise QueryError(f"{name}: SPARQL Update (INSERT, DELETE, LOAD...) is refused: kg query is read-only") \
                from None
        raise QueryError(f"{name}: malformed SPARQL ({message})") from None
    if not allow_service and _uses_service(query.algebra):
        raise QueryError(f"{name}: SERVICE (a remote endpoint) is refused; pass --allow-service to permit it")
    bindings = parameters(text, params, name)

    def evaluate() -> Result:
        if engine == "oxigraph":
            return _run_with_oxigraph(graph, text, bindings, name, "not tried")
        try:
            return _materialise(graph.query(query, initBindings=bindings))
        except Exception as exc:  # rdflib's own failures (GROUP_CONCAT DISTINCT or ORDER BY over unbound values)
            reason = f"{type(exc).__name__}: {' '.join(str(exc).split())[:120]}"
        return _run_with_oxigraph(graph, text, bindings, name, reason)

    return with_timeout(evaluate, timeout, name)


# Comments, IRIs and strings of a query text: where a variable or keyword is only text.
SKIPPED = re.compile(r"#[^\n]*|<[^<>\s]*>|\"\"\"(?:.|\n)*?\"\"\"|'''(?:.|\n)*?'''"
                      r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")


def query_variables(text: str) -> set[str]:
    """The names of the variables a query text uses (comments, IRIs and strings left out)."""
    return set(re.findall(r"[?$]([A-Za-z0-9_\u00b7-\uffff]+)", SKIPPED.sub(" ", text)))


def parameters(text: str, params: Mapping[str, str] | None, name: str) -> dict[str, URIRef | Literal]:
    """--param NAME=VALUE pairs as RDF terms; a NAME the query does not use is one line of QueryError."""
    unknown = sorted(set(params or {}) - query_variables(text))
    if unknown:
        raise QueryError(f"{name}: no variable ?{unknown[0]} in the query (--param names one of its variables)")
    return {k: binding(v) for k, v in (params or {}).items()}


def with_values(text: str, bindings: Mapping[str, URIRef | Literal]) -> str:
    """The query with `VALUES (?name ...) { (value ...) }` opening its top-level group, so that its patterns and
    FILTERs see the parameters bound, as rdflib's initBindings do (Oxigraph's own substitutions only replace
    projected variables in the answer: `FILTER(!BOUND(?aName) ...)` never saw them). Values are written as RDF
    terms (escaped by rdflib), never pasted as text."""
    if not bindings:
        return text
    masked = SKIPPED.sub(lambda m: " " * len(m.group()), text)
    where = re.search(r"\bWHERE\s*\{", masked, re.IGNORECASE)
    if where is None:  # « ASK { ... } », « SELECT * { ... } »: the first group after the query form
        form = re.search(r"\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE)\b", masked, re.IGNORECASE)
        brace = masked.find("{", form.end()) if form else -1
        if brace < 0:
            return text
        end = brace + 1
    else:
        end = where.end()
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"{text[:end]} VALUES ({names}) {{ ({values}) }}{text[end:]}"


def _run_with_oxigraph(graph: Graph, text: str, bindings: Mapping[str, URIRef | Literal], name: str,
                       reason: str) -> Result:
    """Valid SPARQL 1.1 that rdflib cannot evaluate, run by Oxigraph on an in-memory copy of the graph (the query
    already passed kg's read-only and SERVICE checks)."""
    import pyoxigraph as ox

    from kg.rdf import merged
    from kg.terms import as_result

    store = ox.Store()
    store.load(merged(graph).serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    try:
        found = store.query(with_values(text, bindings))
    except (SyntaxError, RuntimeError, OSError, ValueError) as exc:
        message = " ".join(str(exc).split())[:120]
        raise QueryError(f"{name}: neither rdflib ({reason}) nor Oxigraph ({message}) could evaluate the query") \
            from None
    return as_result(found, name)


def _uses_service(node: Any) -> bool:
    if isinstance(node, Mapping):
        if getattr(node, "name", "") == "ServiceGraphPattern":
            return True
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, list | tuple):
        return any(_uses_service(v) for v in node)
    return False


_LANGUAGE_TAG = re.compile(r"^(.*)@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$", re.DOTALL)


def binding(value: str) -> URIRef | Literal:
    """<iri> or http(s)://, urn: -> an IRI; « Suède@fr » -> a literal tagged fr; anything else a plain literal."""
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    tagged = _LANGUAGE_TAG.match(value)
    if tagged and tagged.group(1):
        return Literal(tagged.group(1), lang=tagged.group(2))
    return Literal(value)


def _materialise(result: Result) -> Result:
    if result.type == "SELECT":
        result.bindings = list(result.bindings)
    return result


def with_timeout(work: Callable[[], Result], timeout: float | None, name: str) -> Result:
    """Run `work`, giving up with QueryError after `timeout` seconds (the worker thread is left to finish)."""
    if timeout is None:
        return work()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(f"{name}: stopped after {timeout:g} s (--timeout)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


QUERY_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".md": "markdown", ".txt": "table",
                  ".ttl": "turtle"}


def format_result(result: Result, fmt: str, width: int | None = None) -> str:
    """SELECT results as table, csv, tsv, json (W3C SPARQL 1.1 results) or markdown; ASK as true/false;
    CONSTRUCT and DESCRIBE as Turtle."""
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        assert result.graph is not None
        for prefix, namespace in PREFIXES:  # kg's prefixes, not rdflib's ns1: and full IRIs
            result.graph.bind(prefix, namespace, override=True, replace=True)
        return result.graph.serialize(format="turtle")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
        return "true\n" if result.askAnswer else "false\n"
    if fmt == "turtle":
        raise QueryError("a SELECT or ASK query's results cannot be written as Turtle (use .csv .tsv .json .md .txt)")
    variables = [str(v) for v in result.vars or []]
    rows = [[row.get(v) if hasattr(row, "get") else None for v in result.vars or []] for row in result.bindings]
    if fmt == "table":
        return _table(variables, rows, width)
    return _SELECT_FORMATS[fmt](variables, rows)


def _json(variables: list[str], rows: list[list[Any]]) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def _csv(variables: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([["" if t is None else exact_digits(t) if _is_decimal(t) else str(t) for t in row]
                      for row in rows])
    return buffer.getvalue()


def _tsv(variables: list[str], rows: list[list[Any]]) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _markdown(variables: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(variables) + " |", "|" + "---|" * len(variables)]
    lines += ["| " + " | ".join(_table_term(t).replace("|", "\\|") for t in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _table(variables: list[str], rows: list[list[Any]], width: int | None = None) -> str:
    from kg.table import render_table  # rich: imported when a table is printed, not by a build

    table = render_table(variables, [[_table_term(t) for t in row] for row in rows], width)
    return f"{table}\n({plural(len(rows), 'row')})\n"


_SELECT_FORMATS: dict[str, Callable[[list[str], list[list[Any]]], str]] = {
    "json": _json, "csv": _csv, "tsv": _tsv, "markdown": _markdown}


def _table_term(term: Any) -> str:
    """An IRI under a known prefix as `kgr:...`, any other IRI in <...>, a literal as its text."""
    if isinstance(term, URIRef):
        short = short_iri(term)
        return short if short != str(term) else f"<{term}>"
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        return grouped_digits(exact_digits(term))
    return short_iri(term)


def _is_decimal(term: Any) -> bool:
    return isinstance(term, Literal) and term.datatype == XSD.decimal


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
    return out


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term)
