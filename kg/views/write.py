"""Writing a view: the format asked for or named by the file's extension, the view rendered in it (table, JSON,
GraphML, GEXF, DOT, PNG, SVG), written whole to a file or to a stream."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx

from kg.errors import KgError, OutputError
from kg.graphfile import atomic_output, format_for
from kg.views.drawing import draw, node_colour, to_dot
from kg.views.network import RELATION
from kg.views.tables import View

SUFFIXES = {".json": "json", ".graphml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot", ".png": "png",
            ".svg": "svg", ".txt": "table", ".csv": "csv", ".tsv": "tsv", ".md": "markdown"}
FORMATS = ("table", "json", "csv", "tsv", "markdown", "graphml", "gexf", "dot", "png", "svg")


def render(view: View, fmt: str, width: int | None = None) -> str | bytes:
    """The view in one format: text for all but PNG; tables fitted to `width` (None: no limit)."""
    if fmt == "table":
        return view.text(width) + "\n"
    if fmt in {"csv", "tsv", "markdown"}:
        return _rows(view, fmt)
    if fmt == "json":
        return json.dumps(view.data, ensure_ascii=False, indent=1) + "\n"
    if view.network is None:
        raise OutputError(f"this view has no network to write as {fmt}; use table, json, csv, tsv or markdown")
    if fmt == "graphml":
        return _xml(nx.generate_graphml(_flat(view.network)))
    if fmt == "gexf":
        return _xml(nx.generate_gexf(_flat(view.network, gexf=True)))
    if fmt == "dot":
        return to_dot(view.network, view.title)
    if fmt in {"png", "svg"}:
        return draw(view.network, view.title, fmt)
    raise KgError(f"unknown view format {fmt!r}")


def _rows(view: View, fmt: str) -> str:
    """The view's table as CSV, TSV or markdown; views without a table (path, communities) have JSON instead."""
    if not view.headers:
        raise OutputError(f"this view has no table to write as {fmt}; use json")
    if fmt == "markdown":
        lines = ["| " + " | ".join(view.headers) + " |", "|" + "---|" * len(view.headers)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in view.rows]
        return "\n".join(lines) + "\n"
    buffer = io.StringIO()
    csv_like = fmt == "csv"
    writer = csv.writer(buffer, delimiter="," if csv_like else "\t", lineterminator="\r\n" if csv_like else "\n")
    writer.writerows([view.headers, *view.rows])
    return buffer.getvalue()


def _xml(lines: Iterable[str]) -> str:
    return "\n".join(lines) + "\n"


def _flat(network: Any, gexf: bool = False) -> Any:
    """A copy whose attributes are scalars (GraphML and GEXF hold no lists): lists become « | »-joined text."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        attributes = dict(data)
        if gexf:
            attributes["viz"] = _viz(node_colour(data))
        flat.add_node(node, **attributes)
    for source, target, key, data in network.edges(keys=True, data=True):
        attributes = {k: " | ".join(v) if isinstance(v, list) else v for k, v in data.items()}
        attributes["label"] = data["kind"]
        if gexf:
            attributes["viz"] = _viz(RELATION[data["kind"]].colour)
        flat.add_edge(source, target, key=key, **attributes)
    return flat


def _viz(colour: str) -> dict[str, Any]:
    """GEXF's colour attribute for « #rrggbb »."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}


def view_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's extension names, else a table."""
    return format_for(fmt, output, SUFFIXES)


def write_view(view: View, fmt: str, output: str | None, stream: IO[str], width: int | None = None) -> None:
    """Write the view to `output` atomically, or text formats to `stream`; a PNG needs a file."""
    content = render(view, fmt, width)
    if output is None or output == "-":
        if isinstance(content, bytes):
            raise OutputError(f"{fmt} is a binary format: give -o FILE")
        stream.write(content)
        return
    with atomic_output(output, binary=isinstance(content, bytes)) as out:
        out.write(content)
