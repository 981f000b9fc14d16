"""Writing a view: the format asked for or named by the file's extension, the view rendered in it (table, JSON,
GraphML, GEXF, DOT, PNG, SVG), written whole to a file or to a stream."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx

from kg.errors import KgError, OutputError
from kg.graphfile import atomic_output
from kg.views.drawing import draw, node_colour, to_dot
from kg.views.network import RELATION
from kg.views.tables import View

SUFFIXES = {".json": "json", ".graphml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot", ".png": "png",
            ".svg": "svg", ".txt": "table"}


def render(view: View, fmt: str) -> str | bytes:
    """The view in one format: text for all but PNG."""
    if fmt == "table":
        return view.table + "\n"
    if fmt == "json":
        return json.dumps(view.data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "graphml":
        return _xml(nx.generate_graphml(_flat(view.network)))
    if fmt == "gexf":
        return _xml(nx.generate_gexf(_flat(view.network, gexf=True)))
    if fmt == "dot":
        return to_dot(view.network, view.title)
    if fmt in {"png", "svg"}:
        return draw(view.network, view.title, fmt)
    raise KgError(f"unknown view format {fmt!r}")


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
    if fmt is not None:
        return fmt
    if output and output != "-":
        suffix = "." + output.rsplit(".", 1)[-1].lower() if "." in output else ""
        return SUFFIXES.get(suffix, "table")
    return "table"


def write_view(view: View, fmt: str, output: str | None, stream: IO[str]) -> None:
    """Write the view to `output` atomically, or text formats to `stream`; a PNG needs a file."""
    content = render(view, fmt)
    if output is None or output == "-":
        if isinstance(content, bytes):
            raise OutputError(f"{fmt} is a binary format: give -o FILE")
        stream.write(content)
        return
    with atomic_output(output, binary=isinstance(content, bytes)) as out:
        out.write(content)
