"""Remote SPARQL servers: push a corpus with the SPARQL 1.1 Graph Store Protocol, query with the SPARQL 1.1
Protocol. Standard library only. Credentials come from the environment, never from arguments:
KG_ENDPOINT_TOKEN (a bearer token), or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic)."""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import KgError
from kg.oxigraph_store import CorpusStore

DEFAULT_TIMEOUT = 30.0
_NTRIPLES = "application/n-triples"


class RemoteError(KgError):
    """The endpoint is down, refused the request (HTTP status) or did not answer in time."""


def auth_headers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Authorization header the environment asks for: bearer token first, else Basic, else none."""
    env = os.environ if environ is None else environ
    if env.get("KG_ENDPOINT_TOKEN"):
        return {"Authorization": f"Bearer {env['KG_ENDPOINT_TOKEN']}"}
    user, password = env.get("KG_ENDPOINT_USER"), env.get("KG_ENDPOINT_PASSWORD")
    if user is None and password is None:
        return {}
    if not user or password is None:
        raise RemoteError("set both KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (or KG_ENDPOINT_TOKEN)")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _graphs(source: Dataset | Graph | CorpusStore) -> Iterator[tuple[str | None, bytes]]:
    """(graph IRI or None for the default graph, its N-Triples) for every non-empty graph of `source`."""
    if isinstance(source, CorpusStore):
        for iri in [None, *source.article_graphs()]:
            body = source.graph_ntriples(iri)
            if body or iri is None:
                yield iri, body
        return
    if not isinstance(source, Dataset):
        yield None, source.serialize(format="nt", encoding="utf-8")
        return
    with warnings.catch_warnings():  # rdflib's Dataset iteration uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        default = source.default_graph.identifier
        graphs = [(None if g.identifier == default else str(g.identifier), g.serialize(format="nt", encoding="utf-8"))
                  for g in source.graphs() if g.identifier == default or len(g)]
    yield from graphs


def push(source: Dataset | Graph | CorpusStore, endpoint: str, timeout: float = DEFAULT_TIMEOUT) -> int:
    """PUT every named graph of `source` to `endpoint?graph=IRI` and its default graph to `endpoint?default`
    (SPARQL 1.1 Graph Store Protocol): each remote graph then holds exactly ours. Returns the graphs sent.
    A store's index graph is not sent."""
    sent = 0
    for iri, body in _graphs(source):
        send_graph(endpoint, body, iri, timeout=timeout)
        sent += 1
    return sent


def send_graph(endpoint: str, body: bytes, iri: str | None = None, merge: bool = False,
               timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send one graph as N-Triples to `endpoint?graph=IRI` (`endpoint?default` for the default graph): PUT
    replaces the remote graph, POST (`merge`) adds to it (Graph Store Protocol)."""
    headers = {"Content-Type": f"{_NTRIPLES}; charset=utf-8", **auth_headers()}
    target = _with_query(endpoint, "default" if iri is None else "graph=" + urllib.parse.quote(iri, safe=""))
    what = "the default graph" if iri is None else f"graph <{iri}>"
    method = "POST" if merge else "PUT"
    _send(urllib.request.Request(target, data=body, headers=headers, method=method), endpoint, what, timeout)


def remote_query(endpoint: str, text: str, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Run a SELECT or ASK query on a SPARQL 1.1 Protocol endpoint (POST form); the W3C JSON results."""
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json",
               **auth_headers()}
    answer = _send(urllib.request.Request(endpoint, data=body, headers=headers, method="POST"),
                   endpoint, "the query", timeout)
    try:
        results: dict[str, Any] = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RemoteError(f"{endpoint}: the answer is not SPARQL JSON results (a CONSTRUCT query? use SELECT)") \
            from None
    if not isinstance(results, dict) or ("results" not in results and "boolean" not in results):
        raise RemoteError(f"{endpoint}: the answer is not SPARQL JSON results")
    return results


def remote_result(endpoint: str, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
    """remote_query as an rdflib Result, for kg's result formatter (table, csv, tsv, json)."""
    import io

    answer = json.dumps(remote_query(endpoint, text, timeout)).encode("utf-8")
    return Result.parse(io.BytesIO(answer), format="json")


def _with_query(url: str, query: str) -> str:
    return url + ("&" if urllib.parse.urlsplit(url).query else "?") + query


def _send(request: urllib.request.Request, endpoint: str, what: str, timeout: float) -> bytes:
    """Send `request`; any failure is one line of RemoteError naming the endpoint and what was sent."""
    if urllib.parse.urlsplit(endpoint).scheme not in {"http", "https"}:
        raise RemoteError(f"{endpoint}: not an http(s) URL")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as exc:
        exc.close()
        hint = " (check KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER/PASSWORD)" if exc.code in {401, 403} else ""
        raise RemoteError(f"{endpoint}: refused {what}: HTTP {exc.code} {exc.reason}{hint}") from None
    except TimeoutError:
        raise RemoteError(f"{endpoint}: no answer within {timeout:g} s while sending {what}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise RemoteError(f"{endpoint}: no answer within {timeout:g} s while sending {what}") from None
        text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
        raise RemoteError(f"{endpoint}: cannot reach the endpoint ({text})") from None
    except OSError as exc:
        raise RemoteError(f"{endpoint}: connection failed ({exc.strerror or exc})") from None
