"""Pictures of the actor network: Graphviz DOT written by hand, PNG and SVG drawn with matplotlib (imported only
here, only when a picture is asked for)."""

from __future__ import annotations

import io
import math
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.views.network import RELATION, RELATIONS, projection

NODE_COLOUR = {"state": "#9ecae1", "person": "#fdd49e", "government body": "#c7e9c0", "organisation": "#c7e9c0",
               "international organisation": "#c7e9c0", "company": "#dadaeb", "armed group": "#fcbba1"}
# Pictures are read by French analysts: their legends are in French.
RELATION_FR = {"negotiates with": "négocie avec", "agrees with": "s'accorde avec", "supports": "soutient",
               "finances": "finance", "holds post in": "occupe un poste dans"}
KIND_FR = {"state": "État", "person": "personne", "government body": "organe de gouvernement",
           "organisation": "organisation", "international organisation": "organisation internationale",
           "company": "entreprise", "armed group": "groupe armé"}
COMMUNITY_COLOURS = ("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
                     "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f")


def node_colour(data: dict[str, Any]) -> str:
    """An actor's fill colour: its community's when it has one, else its kind's."""
    if "community" in data:
        return COMMUNITY_COLOURS[(int(data["community"]) - 1) % len(COMMUNITY_COLOURS)]
    return NODE_COLOUR.get(str(data.get("kind")), "#d9d9d9")


def _dot_quote(text: object) -> str:
    escaped = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(network: Any, title: str) -> str:
    """Graphviz DOT, written by hand: relations coloured by kind, possible ones dashed, symmetric ones undirected."""
    lines = ["digraph actors {", f"  graph [label={_dot_quote(title)}, labelloc=t, overlap=false, splines=true];",
             '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node, data in network.nodes(data=True):
        lines.append(f"  {_dot_quote(node)} [label={_dot_quote(data['label'])}, "
                     f"fillcolor={_dot_quote(node_colour(data))}];")
    for source, target, data in network.edges(data=True):
        count = f" ({data['weight']})" if data["weight"] > 1 else ""
        attributes = [f"label={_dot_quote(data['kind'] + count)}",
                      f"color={_dot_quote(RELATION[data['kind']].colour)}",
                      f"penwidth={1 + math.log2(data['weight']):.2f}"]
        if not data["directed"]:
            attributes.append("dir=none")
        if data["modality"] == "possible":
            attributes.append("style=dashed")
        lines.append(f"  {_dot_quote(source)} -> {_dot_quote(target)} [{', '.join(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


DRAWN_ACTORS = 120


def draw(network: Any, title: str, fmt: str) -> str | bytes:
    """A picture of the network (PNG bytes or SVG text): labelled actors coloured by kind (or community), relations
    coloured by kind with a legend, possible ones dashed. Beyond 120 actors, the most connected are drawn."""
    from matplotlib import rc_context  # lazily: only pictures need matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    shown = network
    if network.number_of_nodes() > DRAWN_ACTORS:
        strength = dict(projection(network).degree(weight="weight"))
        keep = sorted(network, key=lambda n: (-strength[n], network.nodes[n]["label"]))[:DRAWN_ACTORS]
        shown = network.subgraph(keep)
        title += f" — showing the {DRAWN_ACTORS} most connected"
    size = max(6.0, min(18.0, 3.0 + 1.1 * math.sqrt(max(1, shown.number_of_nodes())) * 1.6))
    figure = Figure(figsize=(size * 1.25, size), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, fontsize=11)
    if shown.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "aucune relation à représenter", ha="center", va="center", fontsize=12,
                  transform=axes.transAxes)
    else:
        _draw_network(axes, shown, _layout(projection(shown)), FancyArrowPatch)
    kinds = [r.kind for r in RELATIONS if any(d["kind"] == r.kind for _, _, d in shown.edges(data=True))]
    handles = [Line2D([], [], color=RELATION[k].colour, lw=2,
                      label=RELATION_FR.get(k, k) + (" →" if not RELATION[k].symmetric else "")) for k in kinds]
    if any(d["modality"] == "possible" for _, _, d in shown.edges(data=True)):
        handles.append(Line2D([], [], color="#555555", lw=1.5, ls="--", label="seulement possible"))
    if not any("community" in d for _, d in shown.nodes(data=True)):
        for kind in sorted({str(d["kind"]) for _, d in shown.nodes(data=True)}):
            handles.append(Line2D([], [], marker="o", ls="", markersize=10, markerfacecolor=NODE_COLOUR.get(
                kind, "#d9d9d9"), markeredgecolor="#444444", label=KIND_FR.get(kind, kind)))
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    buffer = io.BytesIO()
    with rc_context({"svg.hashsalt": "kg", "svg.fonttype": "none"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": "kg"}
        figure.savefig(buffer, format=fmt, bbox_inches="tight", metadata=metadata)
    return buffer.getvalue().decode("utf-8") if fmt == "svg" else buffer.getvalue()


def _layout(simple: Any) -> dict[str, tuple[float, float]]:
    """Spring layout of each connected component on its own, the components packed in rows, largest first (one
    layout of them all drifts the small ones to the corners)."""
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    sizes = [math.sqrt(len(c)) for c in components]
    row_width = max(sizes[0], math.sqrt(sum(s * s for s in sizes)) * 1.2)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component, size in zip(components, sizes, strict=True):
        if x > 0 and x + size > row_width + 1e-9:
            x, y, row_height = 0.0, y - row_height, 0.0
        if len(component) == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        else:
            sub = simple.subgraph(component)
            local = {n: (float(p[0]), float(p[1])) for n, p in nx.spring_layout(
                sub, seed=7, k=1.6 / math.sqrt(len(component)), iterations=300, weight=None).items()}
        for node, (px, py) in local.items():  # spring_layout fills [-1, 1]; fit it in a size x size cell
            positions[node] = (x + size * (0.5 + 0.42 * px), y - size * (0.5 - 0.42 * py))
        x += size
        row_height = max(row_height, size)
    return positions


def _draw_network(axes: Any, network: Any, layout: dict[str, Any], arrow: Any) -> None:
    strength = dict(projection(network).degree(weight="weight"))
    sizes = {n: 500 + 250 * math.sqrt(strength[n]) for n in network}
    xs, ys = zip(*(layout[n] for n in network), strict=True)
    axes.scatter(xs, ys, s=[sizes[n] for n in network], c=[node_colour(network.nodes[n]) for n in network],
                 edgecolors="#444444", linewidths=0.8, zorder=2)
    drawn: dict[frozenset[str], int] = defaultdict(int)
    for source, target, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"])):
        pair = frozenset((source, target))
        bend = 0.12 * drawn[pair] * (1 if source < target else -1)
        drawn[pair] += 1
        axes.add_patch(arrow(
            layout[source], layout[target], connectionstyle=f"arc3,rad={bend}",
            arrowstyle="-" if not data["directed"] else "-|>", mutation_scale=16, color=RELATION[data["kind"]].colour,
            lw=1.2 + 1.3 * math.log2(data["weight"]), linestyle="--" if data["modality"] == "possible" else "-",
            shrinkA=math.sqrt(sizes[source]) / 2, shrinkB=math.sqrt(sizes[target]) / 2 + 1, zorder=1, alpha=0.9))
    for node in network:
        x, y = layout[node]
        axes.text(x, y, network.nodes[node]["label"], ha="center", va="center", fontsize=9, zorder=3,
                  bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.7})
    axes.margins(0.12)
