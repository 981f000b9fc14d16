"""Graph -> the report page: content gathered from the graph, rendered by a Jinja2 template with its script,
styles and the network library inlined, so the file opens offline and asks nothing of the network."""

from __future__ import annotations

from importlib import resources

import jinja2
from rdflib import Graph

from kg import __version__
from kg.report import content
from kg.report.content import Scope
from kg.report.data import facts_data
from kg.report.facts import Labels, articles, facts
from kg.report.labels import KINDS, LANGUAGES, MODALITIES, TEXT, format_date
from kg.report.network import most_central, network_of, network_payload

KIND_COLOUR = {"negotiation": "#1f77b4", "agreement": "#2ca02c", "support": "#d62728", "financing": "#ff7f0e",
               "post": "#7f7f7f"}


def build_report(graph: Graph, lang: str = "fr", scope: Scope | None = None) -> str:
    """The report of `graph` as one HTML document, labels in `lang` (fr or en)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    scope = scope or Scope()
    label = Labels(graph, lang)
    by_article = articles(graph)
    every = facts(graph, label)
    shown = [fact for fact in every if content.in_scope(fact, by_article, scope)]
    rows = {fact.iri: content.table_row(fact, by_article, label, lang) for fact in shown}
    network = network_of(graph, shown)
    kinds = [{"id": k, "label": name, "colour": KIND_COLOUR[k]} for k, name in KINDS[lang].items()]
    timeline = content.timeline(list(rows.values()), lang, TEXT[lang]["no_year"])
    number = {fact.iri: n for n, fact in enumerate(shown)}
    drawn = network_payload(network, {fact.iri: fact for fact in shown}, label)
    for edge in drawn["edges"]:
        edge["facts"] = [number[iri] for iri in edge["facts"]]
    page = {
        "lang": lang, "text": TEXT[lang], "version": __version__,
        "scope": _scope_text(scope, label, lang),
        "summary": content.summary(shown, by_article, lang),
        "central": most_central(network, label),
        "facts": len(shown), "dated": len(timeline),
        "disagreements": content.disagreements(shown, rows),
        "several_articles": len(by_article) > 1,
        "kinds": kinds,
        "modalities": [{"id": m, "label": name} for m, name in MODALITIES[lang].items()],
        "data": {"network": drawn, "kinds": kinds, "modalities": MODALITIES[lang], "text": _page_text(lang),
                 **facts_data(shown, rows, by_article, lang, timeline)},
    }
    return _template().render(page=page, script=_static("report.js"), style=_static("report.css"),
                              library=_static("vis-network.min.js"))


def _page_text(lang: str) -> dict[str, str]:
    """The words the page's script writes."""
    return {key: TEXT[lang][key] for key in ("more_sentence", "more_sentences", "show_more", "left", "no_year")}


def _scope_text(scope: Scope, label: Labels, lang: str) -> str:
    parts = []
    if scope.actor is not None:
        parts.append(label(scope.actor))
    for word, day in (("since", scope.since), ("until", scope.until)):
        if day is not None:
            parts.append(f"{TEXT[lang][word]} {format_date(day.isoformat(), lang)}")
    return ", ".join(parts)


def _static(name: str) -> str:
    text = (resources.files("kg.report") / "static" / name).read_text(encoding="utf-8")
    # Inlined in <script>, a literal "</script" would end the element early.
    return text.replace("</script", "<\\/script")


def _template() -> jinja2.Template:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("kg.report", "templates"),
                                     autoescape=True, trim_blocks=True, lstrip_blocks=True,
                                     undefined=jinja2.StrictUndefined)
    # The data block in the page's own characters, without spaces: smaller than \u-escaped ASCII.
    environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":"), "sort_keys": True}
    return environment.get_template("report.html.j2")
