"""One text toolkit: folding for comparison, slugs for IRIs, short IRIs from one prefix table, French labels,
plurals."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from rdflib import RDFS, Graph, Literal
from rdflib.namespace import SKOS
from rdflib.term import Node

# The prefixes kg prints, in the order they are tried (longest namespace first where two nest).
PREFIXES: tuple[tuple[str, str], ...] = (
    ("kgr", "https://w3id.org/kg-news/id/"),
    ("kg", "https://w3id.org/kg-news/ontology#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
    ("schema", "https://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
)
_UNSAFE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: how people type names (« Élysée » -> « elysee »). Kept per text: the rules
    fold the same names and words again and again (2 % of an article's reading)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(text: str, limit: int = 40) -> str:
    """ASCII slug for the readable part of an IRI; a hash beside it keeps IRIs unique."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _UNSAFE.sub("-", ascii_text).strip("-")[:limit].strip("-") or "x"


def short_iri(term: object) -> str:
    """`kgr:state-NOR` for an IRI under a known prefix; any other term as its plain text ('' for None)."""
    if term is None:
        return ""
    text = str(term)
    for prefix, namespace in PREFIXES:
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """« 1 fact », « 2 facts », « 0 facts » (`plural_form` for irregular nouns: « communities »)."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def local_name(iri: object) -> str:
    """The last part of an IRI, after its last « / » or « # » (`Negotiation` for kg:Negotiation)."""
    return re.split(r"[/#]", str(iri))[-1]


def french_label(graph: Graph, node: Node, properties: Sequence[Node] = (SKOS.prefLabel, RDFS.label)) -> str:
    """The label to show for a node: of the first property that has one, its French label, else its label in any
    language (the first in sort order); else the IRI's last part."""
    for prop in properties:
        labels = [o for o in graph.objects(node, prop) if isinstance(o, Literal)]
        for language in ("fr", None):
            chosen = sorted(str(o) for o in labels if language is None or o.language == language)
            if chosen:
                return chosen[0]
    return local_name(node)


def exact_digits(number: object) -> str:
    """A decimal as its exact digits, however rdflib normalised it (4200000000.0 -> 4200000000)."""
    value = Decimal(str(number))
    return format(value.normalize() if value == value.to_integral_value() else value, "f")


def grouped_digits(digits: str) -> str:
    """Thousands apart, as French readers write them: 4200000000 -> 4 200 000 000."""
    whole, dot, fraction = digits.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = [whole[max(i - 3, 0):i] for i in range(len(whole), 0, -3)][::-1]
    return sign + " ".join(groups) + (dot + fraction if dot else "")
