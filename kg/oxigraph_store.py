"""The on-disk corpus store (Oxigraph): one named graph per article, incremental by content hash.

Layout of a store:
- each article's facts and evidence in its own named graph (the article IRI, as kg's Dataset names it);
- shared reference entities (states, organisations, weapon systems copied from ontology/) in the default
  graph, as in `kg build -o x.nq`, so an export of the store equals the file build of the same articles;
- one index graph, INDEX_GRAPH, with per source (file path or URL) its article graph and content hash.
  It is bookkeeping, not corpus: queries, dataset() and export() leave it out.

Every change to an article (its graph, its reference triples, its index entry) is one RocksDB transaction (a
SPARQL Update, or one extend() for an article new to the store): readers and a process killed mid-way never
see half an article. Conversions between rdflib and pyoxigraph terms and answers live in kg.terms.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pyoxigraph as ox
from rdflib import RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import InputError, KgError, QueryError
from kg.sparql import SKIPPED, parameters, with_timeout, with_values
from kg.terms import as_result, rdflib_term, to_oxigraph

INDEX_GRAPH = "https://w3id.org/kg-news/id/graph-store-index"
IDENTITY_GRAPH = "https://w3id.org/kg-news/id/graph-identity"  # kg.identity_rdf: merges and events of the corpus
_KG = "https://w3id.org/kg-news/ontology#"  # kg:source, kg:contentHash, kg:articleGraph (declare in ontology/kg.ttl)
SOURCE, CONTENT_HASH, ARTICLE_GRAPH = (ox.NamedNode(_KG + n) for n in ("source", "contentHash", "articleGraph"))
# Oxigraph holds what it writes in RocksDB memtables (about 1 KB a quad) until it flushes them: a build of 1,000
# articles grew by 190 MB. Flushing after this many quads keeps a build's memory flat whatever the corpus size.
FLUSH_QUADS = 20_000
EXPORT_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "nt": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}
Triple = tuple[Any, Any, Any]


class StoreError(KgError):
    """The store folder cannot be opened (not a folder, unreadable, in use) or written."""


@dataclass(frozen=True)
class StoredArticle:
    """What the store knows of one source: the named graph holding its facts and the hash it was built from."""

    source: str
    graph: str
    content_hash: str


def content_hash(text: str, *context: str) -> str:
    """SHA-256 of an article's text and of whatever else shapes its graph (kg version, --published date):
    the same inputs give the same hash, any change gives another."""
    digest = hashlib.sha256(text.encode("utf-8"))
    for part in context:
        digest.update(b"\x1f" + part.encode("utf-8"))
    return digest.hexdigest()


class CorpusStore:
    """An Oxigraph store in a folder, holding a corpus of articles. Open with `open_store`."""

    def __init__(self, store: ox.Store, path: str, read_only: bool = False) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only
        self._closed = False
        self._unflushed = 0  # quads written since the last flush

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush to disk and release the folder's lock (the store cannot be used afterwards)."""
        if not self._closed:
            if not self.read_only:
                self._store.flush()
            self._closed = True
            del self._store

    # ------------------------------------------------------------------------------------------ index
    def known_articles(self) -> dict[str, StoredArticle]:
        """Every source in the store -> its article graph and content hash."""
        known: dict[str, StoredArticle] = {}
        found = self._store.query(f"SELECT ?source ?graph ?hash WHERE {{ GRAPH <{INDEX_GRAPH}> {{ "
                                  f"?entry {SOURCE} ?source ; {ARTICLE_GRAPH} ?graph ; {CONTENT_HASH} ?hash }} }}")
        assert isinstance(found, ox.QuerySolutions)
        for row in found:
            source, graph, digest = (row[v] for v in ("source", "graph", "hash"))
            assert source is not None and graph is not None and digest is not None
            known[source.value] = StoredArticle(source.value, graph.value, digest.value)
        return known

    def article_graphs(self) -> list[str]:
        """IRIs of the named graphs that hold articles (the index graph left out), sorted."""
        return sorted(g.value for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != INDEX_GRAPH)

    def __len__(self) -> int:
        """Number of quads of the corpus (the index graph left out)."""
        return len(self._store) - sum(1 for _ in self._store.quads_for_pattern(None, None, None,
                                                                                 ox.NamedNode(INDEX_GRAPH)))

    # ---------------------------------------------------------------------------------------- changes
    def replace_article(self, source: str, digest: str, graph: Graph | Iterable[Triple],
                        graph_iri: str | None = None, reference: Iterable[Triple] = (),
                        identity: Iterable[Triple] = ()) -> None:
        """Make `graph` the one named graph of `source`, in one transaction: its previous graph is dropped
        (unless another source shares it), `reference` triples join the default graph, the index records
        `digest`, `identity` triples join the corpus identity graph (kg.identity_rdf). `graph_iri` defaults to the
        identifier of an rdflib graph."""
        if graph_iri is None:
            if not isinstance(graph, Graph) or not isinstance(graph.identifier, URIRef):
                raise ValueError("replace_article needs graph_iri when graph is not a named rdflib Graph")
            graph_iri = str(graph.identifier)
        if graph_iri == INDEX_GRAPH:
            raise ValueError(f"{INDEX_GRAPH} is reserved for the store index")
        entry = _entry(source)
        index = [ox.Triple(entry, SOURCE, ox.Literal(source)), ox.Triple(entry, ARTICLE_GRAPH, ox.NamedNode(graph_iri)),
                 ox.Triple(entry, CONTENT_HASH, ox.Literal(digest))]
        blocks = [(None, list(reference)), (graph_iri, list(graph)), (IDENTITY_GRAPH, list(identity))]
        if self._unknown(entry, graph_iri) and not any(_has_blank_node(t) for _, triples in blocks for t in triples):
            # a new source and a new graph: nothing to forget or drop, so the quads go in as they are, in one
            # transaction (the update below parses its text and runs the identity clean-up over the whole
            # identity graph, which left the store consistent after the previous article: twice the time)
            index_graph = ox.NamedNode(INDEX_GRAPH)
            self._extend([*_quads(blocks), *(ox.Quad(t.subject, t.predicate, t.object, index_graph) for t in index)])
        else:
            drops = self._orphaned_by(entry) | {graph_iri}
            written = [(name, [_ox_triple(t) for t in triples]) for name, triples in blocks] + [(INDEX_GRAPH, index)]
            parts = [_forget(entry), *_forget_identity(drops), *(f"DROP SILENT GRAPH <{g}>" for g in sorted(drops)),
                     "INSERT DATA {\n" + "".join(_block(name, triples) for name, triples in written) + "}"]
            self._update(" ;\n".join(parts))
        self._unflushed += sum(len(triples) for _, triples in blocks) + len(index)
        if self._unflushed >= FLUSH_QUADS:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None
            self._unflushed = 0

    def remove_article(self, source: str) -> bool:
        """Drop a source's graph (unless another source shares it) and its index entry; False if unknown."""
        return bool(self.prune(set(self.known_articles()) - {source}))

    def prune(self, keep: Iterable[str]) -> list[str]:
        """Remove, in one transaction, every source not in `keep` with its graph; the sources removed, sorted.
        Reference triples in the default graph stay (they describe reference data, not an article's facts)."""
        known = self.known_articles()
        gone = sorted(set(known) - set(keep))
        if gone:
            orphans = sorted(self._orphans(known, set(gone)))
            parts = [_forget(_entry(s)) for s in gone] + _forget_identity(orphans)
            parts += [f"DROP SILENT GRAPH <{g}>" for g in orphans]
            self._update(" ;\n".join(parts))
        return gone

    @staticmethod
    def _orphans(known: Mapping[str, StoredArticle], leaving: set[str]) -> set[str]:
        """Graphs of the `leaving` sources that no remaining source shares."""
        kept = {a.graph for s, a in known.items() if s not in leaving}
        return {known[s].graph for s in leaving if s in known} - kept

    def _orphaned_by(self, entry: ox.NamedNode) -> set[str]:
        """The graph a source's index entry names, unless another entry names it too (two sources, one text).
        Looks up this entry only: a corpus build stays linear in the number of articles."""
        index = ox.NamedNode(INDEX_GRAPH)
        graphs = {q.object for q in self._store.quads_for_pattern(entry, ARTICLE_GRAPH, None, index)}
        return {g.value for g in graphs if isinstance(g, ox.NamedNode) and all(
            q.subject == entry for q in self._store.quads_for_pattern(None, ARTICLE_GRAPH, g, index))}

    def _unknown(self, entry: ox.NamedNode, graph_iri: str) -> bool:
        """The store holds nothing of a source (no index entry) nor of its graph (no quad, no identity decision
        or event that names it)."""
        graph = ox.NamedNode(graph_iri)
        found = (self._store.quads_for_pattern(entry, None, None, ox.NamedNode(INDEX_GRAPH)),
                 self._store.quads_for_pattern(None, None, None, graph),
                 self._store.quads_for_pattern(None, None, graph, ox.NamedNode(IDENTITY_GRAPH)))
        return not self._store.contains_named_graph(graph) and all(next(iter(q), None) is None for q in found)

    def _update(self, update: str) -> None:
        try:
            self._store.update(update)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None

    def _extend(self, quads: Iterable[ox.Quad]) -> None:
        try:
            self._store.extend(quads)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None

    # ---------------------------------------------------------------------------------------- reading
    def quads(self, graph: ox.NamedNode | ox.DefaultGraph | None = None) -> Iterator[ox.Quad]:
        """Every quad of the corpus (or of one graph), the index graph left out, literals of kg properties
        with their declared XSD type (Oxigraph stores xsd:nonNegativeInteger as xsd:integer)."""
        index = ox.NamedNode(INDEX_GRAPH)
        ranges = _datatype_ranges()
        for quad in self._store.quads_for_pattern(None, None, None, graph):
            if quad.graph_name == index:
                continue
            value, declared = quad.object, ranges.get(quad.predicate.value)
            if declared is not None and isinstance(value, ox.Literal) and value.datatype.value != declared:
                quad = ox.Quad(quad.subject, quad.predicate, ox.Literal(value.value, datatype=ox.NamedNode(declared)),
                               quad.graph_name)
            yield quad

    def dataset(self) -> Dataset:
        """The corpus as an rdflib Dataset (one named graph per article, reference data in the default graph,
        queries over the union), equal to what `load_graph` gives for an N-Quads export of the store."""
        dataset = Dataset(default_union=True)
        add = dataset.addN
        default = dataset.default_graph
        graphs: dict[str, Graph] = {}
        batch = []
        for quad in self.quads():
            name = quad.graph_name
            target = default if isinstance(name, ox.DefaultGraph) else (
                graphs.get(name.value) or graphs.setdefault(name.value, dataset.graph(URIRef(name.value))))
            batch.append((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object), target))
        add(batch)
        return dataset

    def export(self, output: IO[bytes] | str, fmt: str = "nquads") -> None:
        """Write the corpus as nquads or trig (named graphs kept), or nt or turtle (the merged view)."""
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"cannot export a store as {fmt} (use {', '.join(EXPORT_FORMATS)})")
        quads: Iterable[Any] = self.quads()
        if fmt in {"nt", "turtle"}:
            quads = {q.triple for q in quads}
        ox.serialize(quads, output, EXPORT_FORMATS[fmt])

    def graph_ntriples(self, graph_iri: str | None) -> bytes:
        """One graph (None: the default graph) as N-Triples."""
        name = ox.DefaultGraph() if graph_iri is None else ox.NamedNode(graph_iri)
        out = ox.serialize((q.triple for q in self.quads(name)), None, ox.RdfFormat.N_TRIPLES)
        assert out is not None
        return out

    def query(self, text: str, params: Mapping[str, str] | None = None, timeout: float | None = None,
              allow_service: bool = False, name: str = "query") -> Result:
        """Run a read-only SPARQL query with Oxigraph over the union of the corpus graphs; the answer is an
        rdflib Result (SELECT rows, ASK boolean, CONSTRUCT graph) that kg's result formatter prints."""
        if not allow_service and _mentions_service(text):
            raise QueryError(f"{name}: SERVICE (a remote endpoint) is refused; pass --allow-service to permit it")
        graphs: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(g) for g in self.article_graphs()]
        text = with_values(text, parameters(text, params, name))

        def answer() -> Result:  # Oxigraph's solutions stay in the thread that made them
            try:
                # the union as Oxigraph's own option: listing a thousand graphs as the default made every
                # triple pattern a thousand lookups (minutes for states.rq on 1,000 articles)
                found = self._store.query(text, use_default_graph_as_union=True, named_graphs=graphs)
            except SyntaxError as exc:
                message = " ".join(str(exc).split())[:160]
                raise QueryError(f"{name}: malformed or non-read-only SPARQL ({message})") from None
            return as_result(found, name)

        return with_timeout(answer, timeout, name)


@functools.cache
def _datatype_ranges() -> dict[str, str]:
    """kg properties with an XSD range (kg:charStart -> xsd:nonNegativeInteger). Oxigraph keeps values but
    stores derived types as their base (nonNegativeInteger as integer); dataset() restores the declared type."""
    from kg.resources import data_dir

    ontology = Graph().parse(data_dir("ontology") / "kg.ttl", format="turtle")
    return {str(p): str(r) for p, r in ontology.subject_objects(RDFS.range)
            if isinstance(r, URIRef) and str(r).startswith(str(XSD))}


def open_store(path: str, read_only: bool = False) -> CorpusStore:
    """Open the store in folder `path`, creating it unless `read_only`. A path that is a file, unreadable,
    or held by another kg process is one line of StoreError. Read-only opening works while a build holds it."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{path}: not a folder (a store is a folder)")
    if read_only and not (folder / "CURRENT").is_file():
        raise StoreError(f"{path}: no store here" if folder.is_dir() or not folder.exists()
                         else f"{path}: not a folder")
    try:
        store = ox.Store.read_only(path) if read_only else ox.Store(path)
    except OSError as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise StoreError(f"{path}: the store is in use by another process (a running kg build?)") from None
        if "permission" in text.lower():
            raise StoreError(f"{path}: permission denied") from None
        raise StoreError(f"{path}: cannot open the store ({' '.join(text.split())[:160]})") from None
    return CorpusStore(store, path, read_only)


# -------------------------------------------------------------------------------------------- helpers
def _entry(source: str) -> ox.NamedNode:
    return ox.NamedNode(f"https://w3id.org/kg-news/id/source-{hashlib.sha256(source.encode()).hexdigest()[:24]}")


def _forget(entry: ox.NamedNode) -> str:
    return f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ {entry} ?p ?o }} }}"


def _forget_identity(graphs: Iterable[str]) -> list[str]:
    """Updates that take the articles of `graphs` out of the identity graph (run before the graphs are dropped):
    their facts leave the events they joined, an event seen in fewer than two articles goes, and a merge
    decision seen in no stored article any more goes. The owl:sameAs links stay: they keep old IRIs resolving.
    Only the events and decisions seen in `graphs` are looked at (the rest of the identity graph keeps what it
    had): looking at every one made each article's update as long as the corpus."""
    values = " ".join(f"<{g}>" for g in sorted(graphs))
    if not values:
        return []
    kg, idg, gone = _KG, IDENTITY_GRAPH, ", ".join(f"<{g}>" for g in sorted(graphs))
    return [
        f"DELETE {{ GRAPH <{idg}> {{ ?fact <{kg}event> ?event }} }} WHERE {{ VALUES ?g {{ {values} }} "
        f"GRAPH <{idg}> {{ ?fact <{kg}event> ?event }} GRAPH ?g {{ ?fact ?p ?o }} }}",
        f"DELETE {{ GRAPH <{idg}> {{ ?fact <{kg}event> ?event . ?event ?p ?o }} }} WHERE {{ VALUES ?g {{ {values} }} "
        f"GRAPH <{idg}> {{ ?event <{kg}seenIn> ?g ; a <{kg}Event> ; ?p ?o . OPTIONAL {{ ?fact <{kg}event> ?event }} "
        f"FILTER NOT EXISTS {{ ?event <{kg}seenIn> ?a , ?b FILTER(?a != ?b && ?a NOT IN ({gone}) "
        f"&& ?b NOT IN ({gone})) }} }} }}",
        f"DELETE {{ GRAPH <{idg}> {{ ?node ?p ?o }} }} WHERE {{ VALUES ?g {{ {values} }} GRAPH <{idg}> {{ "
        f"?node <{kg}seenIn> ?g ; a <{kg}IdentityDecision> ; ?p ?o "
        f"FILTER NOT EXISTS {{ ?node <{kg}seenIn> ?a FILTER(?a NOT IN ({gone})) }} }} }}",
        f"DELETE {{ GRAPH <{idg}> {{ ?node <{kg}seenIn> ?g }} }} WHERE {{ VALUES ?g {{ {values} }} "
        f"GRAPH <{idg}> {{ ?node <{kg}seenIn> ?g }} }}",
    ]


def _has_blank_node(triple: Triple) -> bool:
    """A blank node of INSERT DATA is a new one at each update; one given to extend() is the same node.
    An IRI or a literal (nearly every term) is told by its type at once: isinstance on an rdflib class goes through
    ABCMeta's check in Python, a third of the time of the store's conversions."""
    subject, value = triple[0], triple[2]
    return ((type(subject) is not URIRef and isinstance(subject, BNode))
            or (type(value) not in _NOT_BLANK and isinstance(value, BNode)))


_NOT_BLANK = frozenset({URIRef, Literal})


def _quads(blocks: Iterable[tuple[str | None, list[Triple]]]) -> Iterator[ox.Quad]:
    """The triples of each named block as Oxigraph quads; a term is converted once per build (most are repeated:
    properties, classes, the article's own nodes, modalities, labels)."""
    nodes = _NODES
    for name, triples in blocks:
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        for triple in triples:
            subject, predicate, value = triple[:3]
            yield ox.Quad(nodes.get(subject) or _node(subject), nodes.get(predicate) or _node(predicate),
                          nodes.get(value) or _node(value), graph)


_NODES: dict[Any, Any] = {}  # rdflib term -> its Oxigraph term (rdflib's equality: the same lexical form and type)


def _node(term: Any) -> Any:
    if len(_NODES) >= 100_000:  # a bound on memory over a long build
        _NODES.clear()
    node = _NODES[term] = to_oxigraph(term)
    return node


def _block(graph_iri: str | None, triples: Iterable[ox.Triple]) -> str:
    body = "".join(f"{t} .\n" for t in triples)
    if graph_iri is None or not body:
        return body
    return f"GRAPH <{graph_iri}> {{\n{body}}}\n"


def _ox_triple(triple: Triple) -> ox.Triple:
    s, p, o = triple[:3]
    return ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))


def _mentions_service(text: str) -> bool:
    """True if the SERVICE keyword occurs outside comments, IRIs and strings (Oxigraph would fetch it)."""
    return re.search(r"(?<![?$:\w])SERVICE\b(?!:)", SKIPPED.sub(" ", text), re.IGNORECASE) is not None
