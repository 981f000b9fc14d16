"""Graph files: the RDF format of a file name, loading a file safely (size limit, no network), writing graphs and
text atomically (a reader never sees half a file)."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset, Graph

from kg.errors import InputError, OutputError

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3"}
EXPORT_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "nquads": "nquads",
                  "trig": "trig", "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml"}
QUAD_FORMATS = {"nquads", "trig"}
DEFAULT_MAX_GRAPH_BYTES = 500_000_000


def rdf_format(path: str) -> str:
    """The rdflib format that a file name's extension names; InputError for an unknown one."""
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
def atomic_output(path: str, binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path`, fsync, then rename: readers never see half a file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder, give a file name")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        os.chmod(temp, _output_mode(target))
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


def _output_mode(target: Path) -> int:
    """The mode a new output file gets: the one of the file it replaces, else 0666 less the umask (mkstemp's
    0600 would make every output private)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)  # reading the umask means setting it; put it back at once
        os.umask(umask)
        return 0o666 & ~umask


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


def output_format(path: str) -> str:
    """The RDF format to write `path` in: Turtle for « - » (stdout), else the one its extension names; a folder
    (an existing one, or a path ending in « / ») is an OutputError."""
    if path == "-":
        return "turtle"
    if path.endswith(("/", os.sep)) or Path(path).is_dir():
        raise OutputError(f"{path}: is a folder; give a graph file name (such as {path.rstrip('/')}/graph.ttl)")
    return rdf_format(path)


def write_graph(dataset: Graph, path: str, fmt: str | None = None, stream: IO[str] | None = None) -> None:
    """Serialise the graph in the format its file name (or `fmt`) says, and write it atomically (« - »: Turtle
    to `stream`)."""
    text = serialize(dataset, fmt or output_format(path))
    if path == "-" and stream is not None:
        stream.write(text)
        return
    with atomic_output(path) as out:
        out.write(text)


def format_for(fmt: str | None, output: str | None, suffixes: dict[str, str], default: str = "table") -> str:
    """The output format: the one asked for, else the one the output file's extension names (`suffixes`), else
    `default` on stdout; an unknown extension without --format is an OutputError."""
    if fmt is not None:
        return fmt
    if output is None or output == "-":
        return default
    suffix = Path(output).suffix.lower()
    if suffix not in suffixes:
        known = " ".join(sorted(suffixes))
        raise OutputError(f"{output}: unknown output type {suffix or '(none)'} (use {known}, or give --format)")
    return suffixes[suffix]


def write_text(path: str | None, text: str, stream: IO[str]) -> None:
    """Write `text` to the file `path` atomically, or to `stream` when there is no path (or it is « - »)."""
    if path is None or path == "-":
        stream.write(text)
        return
    with atomic_output(path) as out:
        out.write(text)
