"""Graph files: reading them safely, writing them atomically, running SPARQL, formatting results."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from kg.errors import InputError, OutputError, QueryError

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3"}
EXPORT_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "nquads": "nquads",
                  "trig": "trig", "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml"}
QUAD_FORMATS = {"nquads", "trig"}
DEFAULT_MAX_GRAPH_BYTES = 500_000_000


def rdf_format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unknown RDF file type {suffix or '(none)'} (use {known})")
    return FORMATS[suffix]


def load_graph(path: str, max_bytes: int = DEFAULT_MAX_GRAPH_BYTES) -> Graph:
    """Parse an RDF file without ever reaching the network; any parse error is one line of InputError."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file" if not file.exists() else f"{path}: not a file")
    size = file.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > max_bytes:
        raise InputError(f"{path}: larger than {max_bytes} bytes")
    fmt = rdf_format(path)
    data = file.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, expected RDF text")
    if fmt == "xml" and (b"<!ENTITY" in data or b"<!DOCTYPE" in data):
        raise InputError(f"{path}: RDF/XML with a DOCTYPE or entity declarations is refused")
    graph: Graph = Dataset(default_union=True) if fmt in QUAD_FORMATS else Graph()
    try:
        with warnings.catch_warnings():  # rdflib's quad parsers use its own deprecated Dataset API
            warnings.simplefilter("ignore", DeprecationWarning)
            if fmt == "json-ld":
                _parse_json_ld(graph, data, path)
            else:
                graph.parse(data=data.decode("utf-8"), format=fmt, publicID="urn:kg:input")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except InputError:
        raise
    except Exception as exc:
        message = " ".join(str(exc).split())[:200]
        raise InputError(f"{path}: not valid {fmt} ({message})") from None
    return graph


def _parse_json_ld(graph: Graph, data: bytes, path: str) -> None:
    """JSON-LD with remote contexts refused: a context must be inline."""
    document = json.loads(data.decode("utf-8"))

    def remote(node: Any) -> bool:
        if isinstance(node, dict):
            context = node.get("@context")
            if isinstance(context, str) or (isinstance(context, list) and any(isinstance(c, str) for c in context)):
                return True
            return any(remote(v) for v in node.values())
        if isinstance(node, list):
            return any(remote(v) for v in node)
        return False

    if remote(document):
        raise InputError(f"{path}: JSON-LD with a remote @context is refused (inline the context)")
    graph.parse(data=data.decode("utf-8"), format="json-ld", publicID="urn:kg:input")


@contextlib.contextmanager
def atomic_output(path: str, binary: bool = False) -> Any:
    """Write to a temporary file beside `path`, fsync, then rename: readers never see half a file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "wb" if binary else "w", encoding=None if binary else "utf-8") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def serialize(graph: Graph, fmt: str) -> str:
    """Graph or Dataset -> text; triple formats get the merged view, quad formats keep one named graph per
    article (a plain graph goes into the default graph)."""
    from kg.rdf import bound_prefixes, merged

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if fmt in QUAD_FORMATS:
            dataset = graph if isinstance(graph, Dataset) else _as_dataset(graph)
            for prefix, namespace in bound_prefixes():
                dataset.bind(prefix, namespace)
            return dataset.serialize(format=fmt)
        return merged(graph).serialize(format=fmt)


def _as_dataset(graph: Graph) -> Dataset:
    dataset = Dataset()
    for triple in graph:
        dataset.add(triple)
    return dataset


def write_graph(dataset: Graph, path: str, fmt: str | None = None) -> None:
    text = serialize(dataset, fmt or rdf_format(path))
    with atomic_output(path) as out:
        out.write(text)


# ---------------------------------------------------------------------------------------------- queries
_REFUSED = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "SERVICE")


def read_query(path: str) -> str:
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
              allow_service: bool = False, name: str = "query") -> Result:
    """Run a read-only SPARQL query; parameters are bound as values (initBindings), never pasted into the text."""
    try:
        query = prepareQuery(text)
    except Exception as exc:
        message = " ".join(str(exc).split())[:160]
        upper = " ".join(text.upper().split())
        if any(f"{word} " in upper for word in _REFUSED[:-1]):
            raise QueryError(f"{name}: SPARQL Update (INSERT, DELETE, LOAD...) is refused: kg query is read-only") \
                from None
        raise QueryError(f"{name}: malformed SPARQL ({message})") from None
    if not allow_service and _uses_service(query.algebra):
        raise QueryError(f"{name}: SERVICE (a remote endpoint) is refused; pass --allow-service to permit it")
    bindings = {k: _binding(v) for k, v in (params or {}).items()}

    def evaluate() -> Result:
        try:
            return _materialise(graph.query(query, initBindings=bindings))
        except Exception as exc:  # rdflib's own failures (ORDER BY or GROUP_CONCAT DISTINCT over unbound values)
            message = " ".join(str(exc).split())[:160]
            raise QueryError(f"{name}: rdflib could not evaluate the query ({type(exc).__name__}: {message})") \
                from None

    return _with_timeout(evaluate, timeout, name)


def _uses_service(node: Any) -> bool:
    if isinstance(node, Mapping):
        if getattr(node, "name", "") == "ServiceGraphPattern":
            return True
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, list | tuple):
        return any(_uses_service(v) for v in node)
    return False


def _binding(value: str) -> URIRef | Literal:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    return Literal(value)


def _materialise(result: Result) -> Result:
    if result.type == "SELECT":
        result.bindings = list(result.bindings)
    return result


def _with_timeout(work: Callable[[], Result], timeout: float | None, name: str) -> Result:
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


def _term_text(term: Any) -> str:
    if term is None:
        return ""
    return str(term)


def format_result(result: Result, fmt: str) -> str:
    """SELECT results as table, csv, tsv, json (W3C SPARQL 1.1 results) or markdown; ASK as true/false;
    CONSTRUCT and DESCRIBE as Turtle."""
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
        return "true" if result.askAnswer else "false"
    variables = [str(v) for v in result.vars or []]
    rows = [[row.get(v) if hasattr(row, "get") else None for v in result.vars or []] for row in result.bindings]
    if fmt == "json":
        return json.dumps({"head": {"vars": variables},
                           "results": {"bindings": [{v: _json_term(t) for v, t in zip(variables, row, strict=True)
                                                     if t is not None} for row in rows]}},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[_term_text(t) for t in row] for row in rows])
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
        return "\n".join(lines) + "\n"
    texts = [[_short(t) for t in row] for row in rows]
    if fmt == "markdown":
        out = ["| " + " | ".join(variables) + " |", "|" + "---|" * len(variables)]
        out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in texts]
        return "\n".join(out) + "\n"
    widths = [max([len(v), *(len(r[i]) for r in texts)]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in texts]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in (("kgr:", "https://w3id.org/kg-news/id/"), ("wd:", "http://www.wikidata.org/entity/"),
                           ("kg:", "https://w3id.org/kg-news/ontology#")):
            if text.startswith(ns):
                return prefix + text[len(ns):]
        return f"<{text}>"
    return str(term)


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


def write_text(path: str | None, text: str, stream: IO[str]) -> None:
    if path is None or path == "-":
        stream.write(text)
        return
    with atomic_output(path) as out:
        out.write(text)
