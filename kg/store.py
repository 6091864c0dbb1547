"""The store boundary: a small layer over a pyoxigraph store (load, replace, query, dump).

Where the store lives:
    ``.kg/store`` under the current directory, unless the environment variable ``KG_STORE`` names another
    directory (see :func:`default_store_path`). ``Store(None)`` is an in-memory store that nothing persists.

Each article's triples live in their own named graph (``https://w3id.org/claimgraph/graph/article/{id}``);
contradictions across articles in ``.../graph/contradictions``. Queries see the union of all named graphs as
their default graph, so a plain ``SELECT`` finds everything.

Terms go in and come out as rdflib terms. Oxigraph types a plain string as ``xsd:string``, which rdflib does not
equate with ``Literal("x")``; :func:`to_rdflib` gives such literals back without a datatype. Oxigraph also stores
literals in canonical form: ``"0.850"^^xsd:decimal`` comes back as ``"0.85"``, and integer subtypes such as
``xsd:nonNegativeInteger`` come back as ``xsd:integer``.

Only one process may open a store directory: while ``oxigraph serve`` (or another ``kg`` command) holds it,
opening it raises :class:`kg.errors.StoreError`.

Errors: every method raises :class:`kg.errors.StoreError` when the store cannot be read or written, and
:meth:`Store.query` raises :class:`kg.errors.QueryError` for invalid SPARQL.

>>> from rdflib import Literal, URIRef
>>> with Store() as store:
...     store.add_quads([(URIRef("http://ex/s"), URIRef("http://ex/p"), Literal("o"), URIRef("http://ex/g"))])
...     rows = store.query("SELECT ?o WHERE { ?s ?p ?o }")
1
>>> rows[0]["o"] == Literal("o")
True
"""
from __future__ import annotations

import functools
import io
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.query import Rows, inject_values
from kg.rdf import article_graph, article_iri
from kg.vocab import CG, PREFIXES

DEFAULT_STORE = Path(".kg") / "store"
"""The store directory used when neither an argument nor ``KG_STORE`` says otherwise (relative to the cwd)."""

DUMP_FORMATS = ("turtle", "nt", "nq", "trig", "jsonld")
"""Formats of :meth:`Store.dump`: ``turtle`` and ``nt`` merge all graphs into one; ``trig``, ``nq`` and
``jsonld`` keep the named graphs."""

_OX_FORMAT = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}
_LOAD_FORMAT = {".nq": ox.RdfFormat.N_QUADS, ".nt": ox.RdfFormat.N_TRIPLES}
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def default_store_path() -> Path:
    """The store directory: ``$KG_STORE`` if set, else ``.kg/store`` in the current directory."""
    env = os.environ.get("KG_STORE")
    return Path(env) if env else DEFAULT_STORE


# ---------------------------------------------------------------- term conversion


# Predicates, classes, actors and graphs repeat across every article: convert each IRI once.
_named_node = functools.lru_cache(maxsize=65536)(ox.NamedNode)


_DEFAULT_GRAPH_IRI = str(DATASET_DEFAULT_GRAPH_ID)


def to_oxigraph(term: Node | None):
    """An rdflib term as a pyoxigraph term; ``None`` or rdflib's default-graph id become ``DefaultGraph``."""
    if term is None:
        return ox.DefaultGraph()
    if isinstance(term, URIRef):  # a plain str comparison: rdflib's own __eq__ is slow, and this runs per term
        iri = str(term)
        return ox.DefaultGraph() if iri == _DEFAULT_GRAPH_IRI else _named_node(iri)
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r} of type {type(term).__name__}")


def to_rdflib(term) -> Node | None:
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals become plain ``Literal(text)``.

    >>> to_rdflib(ox.Literal("x")) == Literal("x")
    True
    """
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"cannot convert {term!r} (RDF-star triples are not supported)")


def to_oxigraph_quad(quad, triples_graph: ox.NamedNode | None = None) -> ox.Quad:
    """An rdflib quad ``(s, p, o, g)`` or triple as a pyoxigraph ``Quad``; a pyoxigraph ``Quad`` is returned as is.

    A triple goes into ``triples_graph`` (the default graph when ``None``).

    Raises:
        StoreError: A term is not valid RDF (an IRI with a space, ...).
    """
    if isinstance(quad, ox.Quad):
        return quad
    if len(quad) not in (3, 4):
        raise StoreError(f"not a triple or quad: {quad!r}")
    s, p, o = quad[:3]
    try:
        graph = to_oxigraph(quad[3]) if len(quad) == 4 else triples_graph or ox.DefaultGraph()
        return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)
    except (ValueError, TypeError) as exc:
        raise StoreError(f"cannot store {quad!r}: {exc}") from None


def _is_lock_error(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("unavailable" in text or "resource" in text or "lock file" in text)


class Store:
    """A pyoxigraph store, on disk at ``path`` or in memory when ``path`` is ``None``.

    Use it as a context manager so it is flushed and closed (which releases the directory lock)::

        with Store(default_store_path()) as store:
            store.replace_graph(graph, quads)

    Args:
        path: The store directory, created if missing (unless ``create`` is false); ``None`` for in memory.
        create: When false, a missing directory raises :class:`StoreError` instead of creating an empty store.

    Raises:
        StoreError: The directory is held by another process (``oxigraph serve``, another ``kg``), is missing
            while ``create`` is false, or is not a store.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, create: bool = True):
        self.path = Path(path) if path is not None else None
        if self.path is not None and not create and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}: build one first, or pass --store DIR")
        if self.path is not None and create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._store: ox.Store | None = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        except OSError as exc:
            if _is_lock_error(exc):
                raise StoreError(
                    f"store {self.path} is locked: another process holds it (an `oxigraph serve` or another kg command); "
                    "stop it or query its endpoint instead"
                ) from None
            raise StoreError(f"cannot open store {self.path}: {exc}") from None

    # ------------------------------------------------------------ lifecycle

    @property
    def ox(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def flush(self) -> None:
        """Write buffered changes to disk (a no-op in memory)."""
        if self._store is not None and self.path is not None:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.path}: {exc}") from None

    def compact(self) -> None:
        """Merge the store's files on disk now (RocksDB compaction; a no-op in memory).

        A bulk load leaves many overlapping files that RocksDB would otherwise merge in the background of whatever
        opens the store next, slowing it: a 1M-triple store pushed 94-102k triples/s right after a bulk load and
        123-126k/s once compacted (2 s).
        """
        if self._store is not None and self.path is not None:
            try:
                self._store.optimize()
            except OSError as exc:
                raise StoreError(f"cannot compact store {self.path}: {exc}") from None

    def close(self) -> None:
        """Flush and release the store (and its directory lock). Safe to call twice."""
        if self._store is None:
            return
        try:
            self.flush()
        finally:
            self._store = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path is not None else "memory"
        return f"Store({where!r}{', closed' if self._store is None else ''})"

    # ------------------------------------------------------------ writing

    def add_quads(self, quads: Iterable[tuple]) -> int:
        """Add quads (rdflib quads or triples, the latter into the default graph, or pyoxigraph quads) in one
        transaction; returns how many were given.

        Either all are written or none: terms are converted first, then written with ``extend``.
        """
        converted = [to_oxigraph_quad(q) for q in quads]
        try:
            self.ox.extend(converted)
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path or 'in memory'}: {exc}") from None
        return len(converted)

    def remove_quads(self, quads: Iterable[tuple]) -> int:
        """Remove quads (as :meth:`add_quads` takes them); returns how many were given. Quads absent are no error."""
        converted = [to_oxigraph_quad(q) for q in quads]
        try:
            for quad in converted:
                self.ox.remove(quad)
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path or 'in memory'}: {exc}") from None
        return len(converted)

    def replace_graph(self, graph_iri: str | URIRef, quads: Iterable[tuple], *, also_remove: Iterable = (),
                      also_add: Iterable = ()) -> int:
        """Replace a named graph's content atomically: drop it and insert ``quads`` in one transaction.

        ``quads`` may be rdflib triples or quads, or pyoxigraph quads; a quad's graph must be ``graph_iri``. An
        interrupted replace leaves the old graph in place. ``also_remove`` and ``also_add`` are pyoxigraph quads of
        other graphs taken out and put in by the same transaction (an article's links to other articles, so that
        no link ever names a statement not stored). Returns the number of triples given.
        """
        graph = ox.NamedNode(str(graph_iri))
        converted = [to_oxigraph_quad(q, graph) for q in quads]
        for oq in converted:
            if oq.graph_name != graph:
                raise StoreError(f"quad in graph {oq.graph_name} given to replace graph {graph_iri}")
        also_remove, also_add = list(also_remove), list(also_add)
        try:
            if not self.ox.contains_named_graph(graph) and not also_remove:
                # A new graph (and the links it brings): one transaction, no SPARQL text to write and parse.
                self.ox.extend(converted + [to_oxigraph_quad(q) for q in also_add])
            else:
                triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in converted)
                parts = [f"DROP SILENT GRAPH {graph}", f"INSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"]
                if also_remove:
                    parts.append(f"DELETE DATA {{ {_graph_blocks(also_remove)} }}")
                if also_add:
                    parts.append(f"INSERT DATA {{ {_graph_blocks(also_add)} }}")
                self.ox.update(" ;\n".join(parts))
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"cannot replace graph {graph_iri}: {exc}") from None
        return len(converted)

    def replace_subjects(self, graph_iri: str | URIRef, subjects: Iterable[str], quads: Iterable[ox.Quad]) -> None:
        """Replace all that one named graph says of some subjects (IRIs) by ``quads``, in one transaction: an
        interruption leaves the old statements, never a half."""
        graph = ox.NamedNode(str(graph_iri))
        old = [q for s in subjects for q in self.ox.quads_for_pattern(ox.NamedNode(s), None, None, graph)]
        new = list(quads)
        if set(old) == set(new):
            return
        parts = ([f"DELETE DATA {{ {_graph_blocks(old)} }}"] if old else []) + (
            [f"INSERT DATA {{ {_graph_blocks(new)} }}"] if new else [])
        if not parts:
            return
        try:
            self.ox.update(" ;\n".join(parts))
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"cannot rewrite graph {graph_iri}: {exc}") from None

    def remove_graph(self, graph_iri: str | URIRef) -> None:
        """Remove a named graph and its triples (nothing happens if it does not exist)."""
        try:
            self.ox.remove_graph(ox.NamedNode(str(graph_iri)))
        except OSError as exc:
            raise StoreError(f"cannot remove graph {graph_iri}: {exc}") from None

    def bulk_load(self, files: Iterable[str | os.PathLike[str]], *, to_graph: str | URIRef | None = None,
                  trusted: bool = False, compact: bool = True) -> int:
        """Load N-Quads (``.nq``) or N-Triples (``.nt``) shards fast; returns the number of files loaded.

        N-Triples go into ``to_graph`` (the default graph if ``None``). Several files are loaded in parallel, one
        thread per core (Oxigraph's loader releases the GIL). Bulk loading bypasses transactions, so a failing shard
        may leave part of itself written; the other shards are still loaded, then the first failure is raised.
        ``trusted`` skips Oxigraph's validation of IRIs and language tags (its ``lenient`` mode, ~15% faster): only
        for files this program wrote itself. ``compact`` (default) then merges the store's files (:meth:`compact`),
        so that the next reader does not pay for it.
        """
        from concurrent.futures import ThreadPoolExecutor

        graph = ox.NamedNode(str(to_graph)) if to_graph is not None else None
        paths = [Path(file) for file in files]
        for path in paths:
            if path.suffix.lower() not in _LOAD_FORMAT:
                raise StoreError(f"cannot bulk-load {path}: expected a .nq or .nt file")

        def load(path: Path) -> str | None:
            fmt = _LOAD_FORMAT[path.suffix.lower()]
            extra = {"to_graph": graph} if fmt == ox.RdfFormat.N_TRIPLES and graph is not None else {}
            try:
                self.ox.bulk_load(path=str(path), format=fmt, lenient=trusted, **extra)
            except (OSError, SyntaxError, ValueError) as exc:
                return f"cannot bulk-load {path}: {exc}"
            return None

        with ThreadPoolExecutor(max_workers=max(1, min(len(paths), os.cpu_count() or 1))) as pool:
            failures = [f for f in pool.map(load, paths) if f is not None]
        if failures:
            raise StoreError(failures[0] + (f" (and {len(failures) - 1} more shards failed)" if len(failures) > 1
                                            else ""))
        if compact:
            self.compact()
        return len(paths)

    # ------------------------------------------------------------ reading

    def article_hash(self, article_id: str) -> str | None:
        """The ``cg:contentHash`` recorded for an article, or ``None`` when it is not in the store."""
        return self._article_value(article_id, CG.contentHash)

    def article_source(self, article_id: str) -> str | None:
        """The ``cg:sourceFile`` recorded for an article (where it was read from), or ``None``."""
        return self._article_value(article_id, CG.sourceFile)

    def _article_value(self, article_id: str, predicate) -> str | None:
        """One value the article's own graph gives its article node, looked up directly (no SPARQL)."""
        pattern = self.ox.quads_for_pattern(
            ox.NamedNode(str(article_iri(article_id))), ox.NamedNode(str(predicate)), None,
            ox.NamedNode(str(article_graph(article_id))),
        )
        for quad in pattern:
            return quad.object.value
        return None

    def count(self) -> int:
        """The number of quads in the store."""
        return len(self.ox)

    def graphs(self) -> list[URIRef]:
        """The named graphs, sorted."""
        return sorted(URIRef(g.value) for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph_iri: str | URIRef | None = None) -> Iterator[tuple]:
        """All quads as rdflib terms (graph ``None`` for the default graph), optionally of one named graph."""
        graph = ox.NamedNode(str(graph_iri)) if graph_iri is not None else None
        for q in self.ox.quads_for_pattern(None, None, None, graph):
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)

    def union_graph(self) -> Graph:
        """All triples of all graphs in one rdflib graph, with the project prefixes bound."""
        graph = _graph()
        for s, p, o, _ in self.quads():
            graph.add((s, p, o))
        return graph

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Rows | bool | Graph:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: A SELECT, ASK, CONSTRUCT or DESCRIBE query; the prefixes of :data:`kg.vocab.PREFIXES` need not be
                declared.
            bindings: Values for variables, as rdflib terms. Passed as pyoxigraph ``substitutions`` when the query
                projects every bound variable; otherwise through a VALUES block (:func:`kg.query.inject_values`).

        Returns:
            :class:`kg.query.Rows` for SELECT (dicts of rdflib terms, ``None`` when unbound), a bool for ASK, an rdflib
            ``Graph`` for CONSTRUCT and DESCRIBE.

        Raises:
            QueryError: Invalid SPARQL. StoreError: the store cannot be read.
        """
        bindings = dict(bindings or {})
        try:
            answer = self._run(sparql, {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()} or None)
        except RuntimeError as exc:
            # pyoxigraph substitutes only projected variables (SEP-0007); bind the others with VALUES
            if not bindings or "projection" not in str(exc):
                raise QueryError(f"query failed: {exc}") from None
            answer = self._run(inject_values(sparql, bindings), None)
        return _convert(answer)

    def _run(self, sparql: str, substitutions):
        try:
            return self.ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=substitutions)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path or 'in memory'}: {exc}") from None

    # ------------------------------------------------------------ writing out

    def dump(self, path_or_stream: str | os.PathLike[str] | IO, fmt: str = "turtle") -> None:
        """Serialise the store.

        Args:
            path_or_stream: A file path, or a binary (or text) stream.
            fmt: ``turtle`` or ``nt`` (all graphs merged into one, each triple once), ``trig`` or ``nq`` (named
                graphs kept), ``jsonld`` (named graphs kept, written by rdflib).

        Raises:
            StoreError: Unknown format or the file cannot be written.
        """
        if fmt not in DUMP_FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}")
        try:
            if fmt == "jsonld":
                with warnings.catch_warnings():  # rdflib 7.6's JSON-LD writer calls its own deprecated Dataset API
                    warnings.simplefilter("ignore", DeprecationWarning)
                    data = self._dataset().serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True,
                                                     encoding="utf-8")
            elif fmt in ("turtle", "nt"):
                order = " ORDER BY ?s ?p ?o" if fmt == "turtle" else ""
                triples = self.ox.query(
                    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o }}{order} }}",
                    use_default_graph_as_union=True,
                )
                data = ox.serialize(triples, format=_OX_FORMAT[fmt], prefixes=PREFIXES if fmt == "turtle" else None)
            else:
                data = self.ox.dump(format=_OX_FORMAT[fmt], prefixes=PREFIXES if fmt == "trig" else None)
            _write(path_or_stream, data)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot write {fmt}: {exc}") from None

    def dump_graph(self, graph_iri: str | URIRef | None, fmt: str = "nt") -> bytes:
        """One graph (``None``: the default graph) as N-Triples or Turtle bytes."""
        graph = ox.NamedNode(str(graph_iri)) if graph_iri is not None else ox.DefaultGraph()
        try:
            return self.ox.dump(format=_OX_FORMAT[fmt], from_graph=graph,
                                prefixes=PREFIXES if fmt == "turtle" else None)
        except (OSError, KeyError) as exc:
            raise StoreError(f"cannot dump graph {graph_iri}: {exc}") from None

    def _dataset(self) -> Dataset:
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        for s, p, o, g in self.quads():
            ds.add((s, p, o, g if g is not None else DATASET_DEFAULT_GRAPH_ID))
        return ds


def _graph_blocks(quads: Iterable[ox.Quad]) -> str:
    """Quads as ``GRAPH <g> { ... }`` blocks of SPARQL update data."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())


def _graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def _convert(answer) -> Rows | bool | Graph:
    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    if isinstance(answer, ox.QueryTriples):
        graph = _graph()
        for t in answer:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return graph
    variables = [v.value for v in answer.variables]
    rows = Rows(variables)
    # Results repeat terms (actors, speech acts, articles): convert each distinct term once. rdflib terms are
    # immutable, so sharing them between rows is safe.
    cache: dict = {None: None}
    for solution in answer:
        row = {}
        for name in variables:
            term = solution[name]
            try:
                row[name] = cache[term]
            except KeyError:
                row[name] = cache[term] = to_rdflib(term)
        rows.append(row)
    return rows


def _write(target, data: bytes) -> None:
    if isinstance(target, (str, os.PathLike)):
        Path(target).write_bytes(data)
    elif isinstance(target, io.TextIOBase):
        target.write(data.decode("utf-8"))
    else:
        target.write(data)
