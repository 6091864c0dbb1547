"""Push the store into a remote SPARQL 1.1 server, and run named queries on one.

Every URL is configurable; these are the usual paths of common servers (``DS`` a Fuseki dataset, ``ID`` a GraphDB
repository)::

    server     query URL                  update URL                          Graph Store Protocol URL
    Oxigraph   http://HOST:7878/query     http://HOST:7878/update             http://HOST:7878/store
    Fuseki     http://HOST:3030/DS/query  http://HOST:3030/DS/update          http://HOST:3030/DS/data
    GraphDB    http://HOST:7200/repositories/ID                               .../repositories/ID/rdf-graphs/service
                                          .../repositories/ID/statements
    Virtuoso   http://HOST:8890/sparql    http://HOST:8890/sparql-auth        http://HOST:8890/sparql-graph-crud
    Neptune    https://HOST:8182/sparql   https://HOST:8182/sparql            (none: SPARQL Update is used)

Pushing (:func:`push`) writes each named graph of the store, replacing that graph on the server, in one of three ways:

* ``bulk`` (the default for an Oxigraph server, which names itself in its ``Server`` header): the graphs are
  dropped with SPARQL Update (``DROP SILENT GRAPH``, many per request), then the whole store is sent (``POST``) as
  N-Quads batches to the dataset URL (``GSP_URL`` without ``?graph``), with Oxigraph's ``no_transaction`` and
  ``lenient`` parameters so that the server uses its bulk loader, two batches in flight at a time. ``--bulk`` asks
  other servers to take N-Quads at their Graph Store URL without ``?graph`` as well (Fuseki documents this for a
  dataset; only Oxigraph is tested). A batch is not atomic on the server, but sending it again after a failure is
  harmless: RDF graphs are sets, so a retried batch adds nothing twice;
* ``gsp``: Graph Store Protocol per graph (``PUT`` then ``POST`` of N-Triples to ``GSP_URL?graph=IRI``), when a GSP
  URL is given or can be derived from the query URL;
* ``update``: SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` batches), when there is no GSP URL.

Querying (:class:`EndpointQuery`): the named queries expect the article graphs to be visible as the default graph.
The endpoint must therefore expose the union of its named graphs as its default graph: run Oxigraph with
``--union-default-graph`` or add ``?union-default-graph`` to its query URL; set ``tdb2:unionDefaultGraph true``
on a Fuseki TDB2 dataset; GraphDB and Virtuoso do it by default.
"""
from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import EndpointError, QueryError
from kg.query import Rows, inject_values, with_prefixes
from kg.store import Store
from kg.vocab import PREFIXES

T = TypeVar("T")

USER_AGENT = "claimgraph (kg)"
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


@dataclass(frozen=True)
class PushResult:
    """What :func:`push` sent: triples, named graphs, seconds taken and the method (``gsp`` or ``update``)."""

    triples: int
    graphs: int
    seconds: float
    method: str


# ---------------------------------------------------------------- URLs


def _strip_query(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def gsp_candidates(endpoint_url: str) -> list[str]:
    """Graph Store URLs worth probing for a query URL (Oxigraph ``/store``, Fuseki ``/data``, GraphDB).

    >>> gsp_candidates("http://localhost:7878/query?union-default-graph")
    ['http://localhost:7878/store', 'http://localhost:7878/data']
    """
    base = _strip_query(endpoint_url)
    if base.endswith("/query") or base.endswith("/sparql"):
        root = base.rsplit("/", 1)[0]
        return [f"{root}/store", f"{root}/data"] if base.endswith("/query") else [f"{root}/sparql-graph-crud"]
    if re.search(r"/repositories/[^/]+$", base):
        return [f"{base}/rdf-graphs/service"]
    return []


def derive_update_url(endpoint_url: str) -> str:
    """The SPARQL Update URL that usually goes with a query URL.

    >>> derive_update_url("http://localhost:3030/ds/query")
    'http://localhost:3030/ds/update'
    >>> derive_update_url("http://localhost:7200/repositories/claims")
    'http://localhost:7200/repositories/claims/statements'
    >>> derive_update_url("http://localhost:8890/sparql")
    'http://localhost:8890/sparql'
    """
    base = _strip_query(endpoint_url)
    if base.endswith("/query"):
        return base[: -len("/query")] + "/update"
    if re.search(r"/repositories/[^/]+$", base):
        return base + "/statements"
    return base


def derive_gsp_url(endpoint_url: str, timeout: float = 5.0) -> str | None:
    """The first Graph Store URL among :func:`gsp_candidates` that answers ``HEAD ?default`` with 2xx, else ``None``."""
    for candidate in gsp_candidates(endpoint_url):
        if _head_server(f"{candidate}?default", timeout) is not None:
            return candidate
    return None


def is_oxigraph(url: str, timeout: float = 5.0) -> bool:
    """Whether the server at ``url`` is Oxigraph (its ``Server`` header says so)."""
    return (_head_server(url, timeout) or "").lower().startswith("oxigraph")


def _head_server(url: str, timeout: float) -> str | None:
    """The ``Server`` header of a 2xx answer to ``HEAD url`` ('' when absent), or ``None`` when it does not answer 2xx."""
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get("Server", "") if 200 <= response.status < 300 else None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException):
        return None


# ---------------------------------------------------------------- retries


class _Retryable(Exception):
    """A failure worth retrying (connection error, 5xx)."""


def _with_retries(action: Callable[[], T], what: str, retries: int, backoff: float) -> T:
    attempt = 0
    while True:
        try:
            return action()
        except _Retryable as exc:
            if attempt >= retries:
                raise EndpointError(f"{what} failed after {attempt + 1} attempts: {exc}") from None
            time.sleep(backoff * (2**attempt))
            attempt += 1


# Every way a request can fail on the wire: refused, reset, timed out (OSError), a truncated answer or a garbled
# status line (http.client's own errors); HTTPError, a URLError, carries the server's status.
_NETWORK_ERRORS = (urllib.error.URLError, OSError, http.client.HTTPException)


def _network_error(exc: Exception, url: str, refused: str) -> Exception:
    """The exception to raise for a failed request: 5xx and unreachable servers are retried, 4xx are final.

    Args:
        exc: An ``HTTPError`` or one of ``_NETWORK_ERRORS``.
        url: The URL asked.
        refused: How to start the message of a final refusal ("update refused by URL").
    """
    if isinstance(exc, urllib.error.HTTPError):
        try:
            detail = exc.read()[:300].decode("utf-8", "replace").strip().replace("\n", " ") if exc.fp else ""
        except (OSError, http.client.HTTPException):
            detail = ""
        if exc.code >= 500:
            return _Retryable(f"HTTP {exc.code} from {url}: {detail}".rstrip(": "))
        return EndpointError(f"{refused}: HTTP {exc.code} {detail}".rstrip())
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, http.client.HTTPException) and not isinstance(reason, http.client.IncompleteRead):
        return _Retryable(f"{url} answered something that is not HTTP ({type(reason).__name__})")
    if isinstance(reason, http.client.IncompleteRead):
        return _Retryable(f"{url} cut its answer short")
    return _Retryable(f"cannot reach {url}: {str(reason) or type(reason).__name__}")


def _auth(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def _http(method: str, url: str, body: bytes, content_type: str, timeout: float, token: str | None = None) -> int:
    request = urllib.request.Request(
        url, data=body, method=method,
        headers={"Content-Type": content_type, "User-Agent": USER_AGENT, **_auth(token)},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except _NETWORK_ERRORS as exc:  # HTTPError is a URLError
        raise _network_error(exc, url, f"{method} {url} refused") from None


def _sparql_update(client: SPARQLWrapper, update: str) -> None:
    client.setQuery(update)
    try:
        client.query().response.read()  # an update answers 204: never convert(); a cut answer is an error
    except _NETWORK_ERRORS as exc:
        raise _network_error(exc, client.updateEndpoint, f"update refused by {client.updateEndpoint}") from None
    except SPARQLWrapperException as exc:
        message = " ".join(str(exc).split())[:300]
        if "500" in message or "Internal" in type(exc).__name__:
            raise _Retryable(message) from None
        raise EndpointError(f"update refused by {client.updateEndpoint}: {message}") from None


def union_default_graph_missing(endpoint: EndpointQuery) -> bool:
    """Whether the server keeps statements in named graphs that its default graph does not show (two cheap ASKs):
    the named queries, which read the default graph, then find nothing."""
    from kg.query import load_part

    try:
        return bool(endpoint.query(load_part("statements-in-named-graphs"))) and not bool(
            endpoint.query(load_part("statements-in-default-graph")))
    except (EndpointError, QueryError):
        return False


UNION_HINT = ("the endpoint's default graph is not the union of its named graphs, so the named queries see none of "
              "the statements it holds: query URL?union-default-graph (Oxigraph), or set tdb2:unionDefaultGraph true "
              "(Fuseki)")


# ---------------------------------------------------------------- push


def _batches(ntriples: bytes, size: int) -> list[bytes]:
    lines = [ln for ln in ntriples.split(b"\n") if ln.strip()]
    return [b"\n".join(lines[i : i + size]) + b"\n" for i in range(0, len(lines), size)]


class _BatchSink:
    """A binary writer for ``pyoxigraph.Store.dump`` that hands on N-Quads documents of ``size`` quads each.

    N-Quads escape newlines inside literals, so every ``\\n`` ends a quad and a batch can be cut at any of them.
    """

    def __init__(self, put: Callable[[tuple[bytes, int]], None], size: int):
        self._put, self._size = put, size
        self._buffer = bytearray()
        self._lines = 0

    def write(self, data: bytes) -> int:
        start = 0
        while self._lines + data.count(b"\n", start) >= self._size:
            # This chunk completes a batch: cut it after the newline that makes ``size`` (chunks are a few kB).
            cut = start
            for _ in range(self._size - self._lines):
                cut = data.index(b"\n", cut) + 1
            self._buffer += data[start:cut]
            self._put((bytes(self._buffer), self._size))
            self._buffer = bytearray()
            self._lines = 0
            start = cut
        self._buffer += data[start:]
        self._lines += data.count(b"\n", start)
        return len(data)

    def flush(self) -> None:
        """Nothing to do: batches are cut in :meth:`write`, the rest by :meth:`close`."""

    def close(self) -> None:
        if self._buffer:
            self._put((bytes(self._buffer), self._lines))
            self._buffer = bytearray()
            self._lines = 0


def _quad_batches(store: Store, size: int, depth: int = 2) -> Iterator[tuple[bytes, int]]:
    """The store's quads as N-Quads documents of ``size`` quads each (the last may be smaller), with their counts.

    A background thread has Oxigraph write the N-Quads itself (``Store.dump``: no Python object per quad, ~25%
    faster than iterating the quads) up to ``depth`` batches ahead, so reading the store overlaps with the server
    loading the previous batch (the socket wait releases the GIL): a push costs about the slower of the two.
    """
    import queue
    import threading

    slots: queue.Queue = queue.Queue(maxsize=depth)
    done = object()
    stop = threading.Event()

    def put(item) -> None:
        if stop.is_set():
            raise _Abandoned
        slots.put(item)

    def produce() -> None:
        try:
            sink = _BatchSink(put, size)
            store.ox.dump(output=sink, format=pyoxigraph.RdfFormat.N_QUADS)
            sink.close()
            slots.put(done)
        except _Abandoned:
            return
        except BaseException as exc:  # handed to the consumer, which re-raises it
            slots.put(exc)

    thread = threading.Thread(target=produce, name="kg-push-reader", daemon=True)
    thread.start()
    try:
        while (item := slots.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            try:
                slots.get_nowait()
            except queue.Empty:
                thread.join(0.05)


class _Abandoned(Exception):
    """Raised inside the dump when the consumer has stopped reading (an error, or the push was interrupted)."""


def push(
    store: Store,
    endpoint_url: str,
    update_url: str | None = None,
    gsp_url: str | None = None,
    batch_triples: int = 50000,
    retries: int = 3,
    *,
    bulk: bool | None = None,
    backoff: float = 0.5,
    timeout: float = 60.0,
    token: str | None = None,
) -> PushResult:
    """Load every named graph of ``store`` into a SPARQL 1.1 server, replacing those graphs there.

    A push that fails part-way says what it leaves on the server (which graphs are whole, which incomplete, which
    untouched) and that the same command, run again, replaces them all.

    Args:
        store: The local store.
        endpoint_url: The server's query URL (used to derive the others).
        update_url: The SPARQL Update URL; derived from ``endpoint_url`` when needed and not given.
        gsp_url: The Graph Store Protocol URL (Oxigraph ``/store``). When not given, a GSP URL is derived and
            probed; if none answers, SPARQL Update is used.
        batch_triples: Triples per request.
        retries: Extra attempts on connection errors and 5xx answers, with exponential backoff.
        bulk: Send N-Quads to the dataset URL (see the module docstring); ``None`` (default) does so when the
            server is Oxigraph. Needs a GSP URL and an update URL.
        backoff: Seconds before the first retry.
        timeout: Seconds to connect and to wait for each answer.
        token: Sent as ``Authorization: Bearer TOKEN`` (a writable ``kg serve``).

    Returns:
        Counts: triples and graphs sent, seconds, and the method used (``bulk``, ``gsp`` or ``update``).

    Raises:
        EndpointError: The server refused a request (4xx) or could not be reached after the retries.
    """
    if batch_triples < 1:
        raise EndpointError("batch size must be at least 1 triple")
    started = time.monotonic()
    if gsp_url is None and (update_url is None or bulk):
        gsp_url = derive_gsp_url(endpoint_url, min(timeout, 5.0))
    if bulk and gsp_url is None:
        raise EndpointError(f"bulk push needs the server's Graph Store URL: none found for {endpoint_url}; "
                            "give it with --store-endpoint")
    graphs: list[URIRef | None] = list(store.graphs())
    if _has_default(store):
        graphs.append(None)
    named = sum(g is not None for g in graphs)
    oxigraph = gsp_url is not None and bulk is not False and is_oxigraph(f"{_strip_query(gsp_url)}?default", min(timeout, 5.0))
    progress = _Progress(len(graphs))
    try:
        if gsp_url is not None and (bulk or oxigraph):
            triples = _push_bulk(store, graphs, endpoint_url, update_url, gsp_url, batch_triples, oxigraph,
                                 retries, backoff, timeout, token, progress)
            return PushResult(triples, named, time.monotonic() - started, "bulk")
        if gsp_url is not None:
            triples = _push_gsp(store, graphs, gsp_url, batch_triples, retries, backoff, timeout, token, progress)
            return PushResult(triples, named, time.monotonic() - started, "gsp")
        triples = _push_updates(store, graphs, endpoint_url, update_url, batch_triples, retries, backoff, timeout,
                                token, progress)
        return PushResult(triples, named, time.monotonic() - started, "update")
    except EndpointError as exc:
        raise EndpointError(f"{exc}; {progress.left_behind()}") from None


@dataclass
class _Progress:
    """How far a push went, to say what a failure leaves on the server."""

    total: int
    whole: int = 0
    started: object = None  # the graph being sent when it stopped (None: the default graph, or none yet)
    partial: bool = False
    dropped_all: bool = False
    loaded: int = 0

    def left_behind(self) -> str:
        again = "run the same kg push again to replace them"
        if self.dropped_all:
            return (f"the server's copies of the store's {self.total} graphs were dropped for the bulk load and "
                    f"only {self.loaded} triples were loaded since: the server holds part of this store; {again} "
                    "(or use --no-bulk to replace one graph at a time)")
        name = f"<{self.started}>" if self.started is not None else "the default graph"
        if not self.partial:
            return (f"the server holds {self.whole} of the store's {self.total} graphs in full; {name} is as it was "
                    f"(or whole, if the server applied the failed request); the other {self.total - self.whole - 1}"
                    f" are as they were; {again}")
        return (f"the server holds {self.whole} of the store's {self.total} graphs in full; {name} is incomplete "
                f"there; the other {self.total - self.whole - 1} are as they were; {again}")


def _push_gsp(store: Store, graphs, gsp_url: str, batch_triples: int, retries: int, backoff: float,
              timeout: float, token: str | None, progress: _Progress) -> int:
    """Each graph PUT (its first batch) then POSTed (the rest) to the Graph Store URL, one graph at a time."""
    triples = 0
    base = _strip_query(gsp_url)
    for graph in graphs:
        target = f"{base}?default" if graph is None else f"{base}?{urllib.parse.urlencode({'graph': str(graph)})}"
        progress.started, progress.partial = graph, False
        for i, batch in enumerate(_batches(store.dump_graph(graph, "nt"), batch_triples)):
            method = "PUT" if i == 0 else "POST"
            _with_retries(lambda: _http(method, target, batch, "application/n-triples", timeout, token),
                          f"{method} {target}", retries, backoff)
            progress.partial = True  # the first part is there (a PUT replaces the graph whole), the rest not yet
            triples += batch.count(b"\n")
        progress.whole, progress.partial = progress.whole + 1, False
    return triples


def _push_updates(store: Store, graphs, endpoint_url: str, update_url: str | None, batch_triples: int,
                  retries: int, backoff: float, timeout: float, token: str | None, progress: _Progress) -> int:
    """Each graph dropped and inserted with SPARQL Update, one graph at a time."""
    triples = 0
    client = _update_client(endpoint_url, update_url, timeout, token)
    for graph in graphs:
        name = f"GRAPH <{graph}> " if graph is not None else ""
        progress.started, progress.partial = graph, False
        for i, batch in enumerate(_batches(store.dump_graph(graph, "nt"), batch_triples)):
            body = batch.decode("utf-8")
            insert = f"INSERT DATA {{ {name}{{\n{body}}} }}" if name else f"INSERT DATA {{\n{body}}}"
            if i == 0 and graph is not None:
                insert = f"DROP SILENT GRAPH <{graph}> ;\n" + insert
            _with_retries(lambda: _sparql_update(client, insert), f"update of {graph or 'the default graph'}",
                          retries, backoff)
            progress.partial = True  # the first part is there (its update drops the graph first), the rest not yet
            triples += batch.count(b"\n")
        progress.whole, progress.partial = progress.whole + 1, False
    return triples


_DROPS_PER_UPDATE = 1000


def _update_client(endpoint_url: str, update_url: str | None, timeout: float,
                   token: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint_url, updateEndpoint=update_url or derive_update_url(endpoint_url))
    client.setMethod(POST)
    client.setTimeout(max(1, round(timeout)))
    client.agent = USER_AGENT
    for key, value in _auth(token).items():
        client.addCustomHttpHeader(key, value)
    return client


_POSTS_IN_FLIGHT = 2
"""Bulk batches sent at once: the server loads one while it receives the next."""


def _push_bulk(store: Store, graphs: list[URIRef | None], endpoint_url: str, update_url: str | None, gsp_url: str,
               batch_triples: int, oxigraph: bool, retries: int, backoff: float, timeout: float,
               token: str | None, progress: _Progress) -> int:
    """Drop ``graphs`` on the server, then POST the store as N-Quads batches to the dataset URL; triples sent."""
    client = _update_client(endpoint_url, update_url, timeout, token)
    progress.dropped_all = True  # from the first drop on
    drops = [f"DROP SILENT GRAPH <{g}>" if g is not None else "CLEAR SILENT DEFAULT" for g in graphs]
    for i in range(0, len(drops), _DROPS_PER_UPDATE):
        update = " ;\n".join(drops[i : i + _DROPS_PER_UPDATE])
        _with_retries(lambda: _sparql_update(client, update), "dropping the graphs before a bulk push",
                      retries, backoff)
    # Oxigraph's bulk loader: much faster than a transaction, and safe to repeat since a batch only adds quads.
    target = _strip_query(gsp_url) + ("?no_transaction&lenient" if oxigraph else "")
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    import threading

    counting = threading.Lock()

    def post(body: bytes, count: int) -> None:
        _with_retries(lambda: _http("POST", target, body, "application/n-quads", timeout, token),
                      f"POST {target}", retries, backoff)
        with counting:
            progress.loaded += count

    # Two batches in flight: the server loads one while it receives the next (batches only add quads, so their
    # order does not matter). The first failure stops the push once the other request has ended.
    triples = 0
    with ThreadPoolExecutor(max_workers=_POSTS_IN_FLIGHT) as pool:
        pending: set = set()
        for body, count in _quad_batches(store, batch_triples):
            if len(pending) >= _POSTS_IN_FLIGHT:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
            pending.add(pool.submit(post, body, count))
            triples += count
        for future in pending:
            future.result()
    return triples


def _has_default(store: Store) -> bool:
    return next(iter(store.ox.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None) is not None


# ---------------------------------------------------------------- query


def _term(binding: Mapping[str, str]) -> Node:
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        datatype = binding.get("datatype")
        if datatype and datatype not in (_XSD_STRING, _LANG_STRING):
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise EndpointError(f"unexpected term in SPARQL results: {binding!r}")


def _plain(graph: Graph) -> Graph:
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True)
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) == _XSD_STRING:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


class EndpointQuery:
    """Runs SPARQL on a remote endpoint with POST and JSON results, returning what :meth:`kg.store.Store.query` returns.

    The endpoint must show the named graphs in its default graph (see the module docstring); for Oxigraph pass a
    URL ending in ``/query?union-default-graph`` or start it with ``--union-default-graph``.

    Bindings go into a VALUES block written with ``term.n3()`` (:func:`kg.query.inject_values`), never pasted as text.

    Args:
        endpoint_url: The query URL.
        timeout: Seconds per request.
        retries: Extra attempts on connection errors and 5xx answers.
    """

    def __init__(self, endpoint_url: str, *, timeout: float = 60.0, retries: int = 2, backoff: float = 0.5):
        self.endpoint_url = endpoint_url
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff

    def __repr__(self) -> str:
        return f"EndpointQuery({self.endpoint_url!r})"

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Rows | bool | Graph:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; rows are dicts of rdflib terms (``None`` when unbound).

        Raises:
            QueryError: The endpoint rejected the query as malformed.
            EndpointError: The endpoint refused or could not be reached.
        """
        text = with_prefixes(inject_values(sparql, bindings) if bindings else sparql)
        client = SPARQLWrapper(self.endpoint_url)
        client.setMethod(POST)
        client.setTimeout(int(self.timeout))
        client.agent = USER_AGENT
        client.setQuery(text)
        form = client.queryType
        if form in ("CONSTRUCT", "DESCRIBE"):
            client.setReturnFormat(TURTLE)
        elif form in ("SELECT", "ASK"):
            client.setReturnFormat(JSON)
        else:
            raise QueryError(f"not a query (SELECT, ASK, CONSTRUCT or DESCRIBE): {form}")

        def run():
            try:
                response = client.query()
                if form in ("CONSTRUCT", "DESCRIBE"):
                    return Graph().parse(data=response.response.read(), format="turtle")
                return response.convert()
            except _NETWORK_ERRORS as exc:
                raise _network_error(exc, self.endpoint_url, f"query refused by {self.endpoint_url}") from None
            except SPARQLWrapperException as exc:
                message = " ".join(str(exc).split())[:300]
                if type(exc).__name__ == "QueryBadFormed":
                    raise QueryError(f"the endpoint rejected the query: {message}") from None
                if type(exc).__name__ == "EndPointInternalError":
                    raise _Retryable(message) from None
                raise EndpointError(f"query refused by {self.endpoint_url}: {message}") from None

        answer = _with_retries(run, f"query on {self.endpoint_url}", self.retries, self.backoff)
        if isinstance(answer, Graph):
            return _plain(answer)
        if not isinstance(answer, dict):
            raise EndpointError(f"{self.endpoint_url} did not answer with SPARQL JSON results")
        if "boolean" in answer:
            return bool(answer["boolean"])
        variables = list(answer.get("head", {}).get("vars", []))
        rows = Rows(variables)
        for binding in answer.get("results", {}).get("bindings", []):
            rows.append({v: _term(binding[v]) if v in binding else None for v in variables})
        return rows
