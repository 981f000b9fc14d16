"""SHACL validation of a graph against shapes/, with a report that names the node, the rule and the sentence."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, SH

from kg.namespaces import KG
from kg.resources import ontology_files, shapes_files
from kg.text import short_iri


@dataclass(frozen=True)
class Violation:
    node: str
    rule: str
    message: str
    sentence: str | None


def shapes_graph() -> Graph:
    graph = Graph()
    for path in shapes_files():
        graph.parse(path, format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The class hierarchy, mixed into the data so that sh:class sees a kg:Company as a kg:Organisation."""
    graph = Graph()
    graph.parse(ontology_files()[0], format="turtle")
    return graph


def validate(data: Graph) -> list[Violation]:
    """Every SHACL violation of `data`, in a stable order."""
    from pyshacl import validate as shacl_validate

    _conforms, report, _text = shacl_validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                              inference="none",
                                              abort_on_first=False, allow_warnings=True)
    assert isinstance(report, Graph)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        node = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        component = report.value(result, SH.sourceConstraintComponent)
        message = report.value(result, SH.resultMessage)
        rule = short_iri(path) if path is not None else ""
        if component is not None:
            rule = f"{rule} ({short_iri(component).replace('ConstraintComponent', '')})".strip()
        violations.append(Violation(short_iri(node), rule, str(message or ""), _sentence_of(data, node)))
    return sorted(violations, key=lambda v: (v.node, v.rule, v.message))


def _sentence_of(data: Graph, node: object) -> str | None:
    """The source sentence of a fact, or of the fact that points to this node."""
    if not isinstance(node, URIRef):
        return None
    candidates = [node, *data.subjects(None, node)]
    for candidate in candidates:
        for evidence in data.objects(candidate, PROV.wasDerivedFrom):
            sentence = data.value(evidence, KG.sentence)
            if sentence is not None:
                return str(sentence)
    return None


def format_report(violations: list[Violation], graph_name: str) -> str:
    if not violations:
        return f"{graph_name}: conforms\n"
    lines = [f"{graph_name}: {len(violations)} violation{'s' if len(violations) != 1 else ''}"]
    for v in violations:
        lines.append(f"- {v.node}: {v.rule}: {v.message}")
        if v.sentence:
            lines.append(f"    sentence: « {v.sentence} »")
    return "\n".join(lines) + "\n"
