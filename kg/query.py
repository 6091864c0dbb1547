"""Named SPARQL queries: load them, bind their parameters safely, run them and format the rows.

A named query is a file ``queries/NAME.rq`` whose leading comment lines describe it::

    # Everything one actor claimed, across all articles.
    # param: actor  The actor's name or alias (case-insensitive substring)
    # example: kg query actor-claims --param actor=zelenskyy

The first comment line is the one-line description; ``# param:`` lines declare the parameters (a SPARQL variable
of the same name that the query leaves unbound); ``# example:`` lines show a command.

Parameter values are never pasted into the query text. They are bound as RDF terms: locally through pyoxigraph's
``substitutions`` when the query projects the variable, otherwise (and always for remote endpoints) through a
``VALUES`` block inserted at the start of the query's ``WHERE`` group and written with ``term.n3()``
(:func:`inject_values`), so a ``FILTER`` in that group sees the value.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.resources import queries_dir
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "json")
"""Output formats of :func:`format_rows`."""

_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(.*)$", re.IGNORECASE)
_EXAMPLE_LINE = re.compile(r"^#\s*example:\s*(.*)$", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


class Queryable(Protocol):
    """Anything that runs SPARQL with bindings: :class:`kg.store.Store` or :class:`kg.endpoint.EndpointQuery`."""

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None): ...


class Rows(list):
    """SELECT results: a list of ``{variable: rdflib term or None}`` dicts, with the variables in order.

    Every row has every variable as a key; an unbound variable maps to ``None``.
    """

    def __init__(self, variables: Sequence[str], rows=()):
        super().__init__(rows)
        self.variables = list(variables)


@dataclass
class Result:
    """What a query returned: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


@dataclass(frozen=True)
class QueryInfo:
    """A named query's header: name, description, parameters (name -> description) and examples."""

    name: str
    path: Path
    description: str
    params: dict[str, str]
    examples: tuple[str, ...]


# ---------------------------------------------------------------- loading


def query_names() -> list[str]:
    """The names of the queries in ``queries/``, sorted."""
    folder = queries_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.rq"))


def query_path(name_or_path: str | Path) -> Path:
    """The file of a named query, or the given ``.rq`` path.

    Raises:
        QueryError: The name is unknown (the message lists the available names) or the file does not exist.
    """
    text = str(name_or_path)
    if text.endswith(".rq"):
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"query file not found: {path}")
        return path
    if not _NAME.match(text):
        raise QueryError(f"not a query name or .rq file: {text!r}")
    path = queries_dir() / f"{text}.rq"
    if not path.is_file():
        import difflib

        close = difflib.get_close_matches(text, query_names(), n=3, cutoff=0.6)
        names = ", ".join(query_names()) or "(none)"
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise QueryError(f"unknown query {text!r}{hint} (available: {names})")
    return path


def load_query(name_or_path: str | Path) -> str:
    """The SPARQL text of a named query (``who-claims-what``) or of a ``.rq`` file.

    Raises:
        QueryError: Unknown name (the message lists the available ones) or unreadable file.
    """
    path = query_path(name_or_path)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query {path}: {exc}") from exc


def _header(sparql: str) -> list[str]:
    lines = []
    for line in sparql.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        lines.append(stripped)
    return lines


def query_parameters(sparql: str) -> list[str]:
    """The parameters declared in a query's header comments, in order.

    >>> query_parameters("# Claims of one actor.\\n# param: actor  The actor's name\\nSELECT ...")
    ['actor']
    """
    return list(query_parameter_docs(sparql))


def query_parameter_docs(sparql: str) -> dict[str, str]:
    """The declared parameters with their descriptions."""
    params: dict[str, str] = {}
    for line in _header(sparql):
        m = _PARAM_LINE.match(line)
        if m:
            params[m.group(1)] = m.group(2).strip()
    return params


def query_info(name_or_path: str | Path) -> QueryInfo:
    """The header of a named query or ``.rq`` file."""
    path = query_path(name_or_path)
    sparql = load_query(path)
    header = _header(sparql)
    description = ""
    for line in header:
        body = line.lstrip("#").strip()
        if body and not _PARAM_LINE.match(line) and not _EXAMPLE_LINE.match(line):
            description = body.removeprefix(f"{path.stem}:").strip()
            break
    examples = tuple(m.group(1).strip() for m in map(_EXAMPLE_LINE.match, header) if m)
    return QueryInfo(path.stem, path, description, query_parameter_docs(sparql), examples)


def list_queries() -> list[QueryInfo]:
    """Every named query with its header."""
    return [query_info(name) for name in query_names()]


# ---------------------------------------------------------------- binding

_SKIP = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\s]*>)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<brace>\{)
    """,
    re.VERBOSE,
)


def _where_brace(sparql: str) -> int:
    """Index of the ``{`` that opens the query's top-level WHERE group."""
    form = None
    for m in _SKIP.finditer(sparql):
        kind = m.lastgroup
        if kind == "word":
            word = m.group().upper()
            if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = word
            elif form is not None and word == "WHERE":
                after = re.compile(r"\s*(?:#[^\n]*\n\s*)*\{").match(sparql, m.end())
                if after:
                    return after.end() - 1
        elif kind == "brace" and form in ("SELECT", "ASK", "DESCRIBE"):
            return m.start()
        elif kind == "brace" and form == "CONSTRUCT":
            # the template's brace; the WHERE keyword follows it (or it is the short form CONSTRUCT WHERE)
            continue
    raise QueryError("cannot bind parameters: no WHERE { ... } group found in the query")


def _check_variable(name: str) -> None:
    """A SPARQL variable name (without ``?``) that can be written into a query as it is, or a QueryError."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"not a valid variable name: {name!r}")


def inject_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """Bind variables with a VALUES block at the start of the query's WHERE group.

    Values are written with ``term.n3()``, which escapes them, so user input never becomes SPARQL syntax.

    >>> from rdflib import Literal
    >>> inject_values('SELECT ?x WHERE { ?x ?p ?name }', {"name": Literal('a" } DROP ALL #')})
    'SELECT ?x WHERE { VALUES (?name) { ("a\\\\" } DROP ALL #") }\\n ?x ?p ?name }'
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        _check_variable(name)
    terms = []
    for name in names:
        term = bindings[name]
        if not isinstance(term, (URIRef, Literal, BNode)):
            raise QueryError(f"parameter {name!r} must be an RDF term, not {type(term).__name__}")
        if isinstance(term, BNode):
            raise QueryError(f"parameter {name!r} cannot be a blank node")
        terms.append(term.n3())
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }}\n"
    at = _where_brace(sparql) + 1
    return sparql[:at] + block + sparql[at:]


def load_part(name: str) -> str:
    """The SPARQL text of ``queries/parts/NAME.rq``: a query the library runs for itself (not a named query).

    Raises:
        QueryError: No such file.
    """
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise QueryError(f"not a query part name: {name!r}")
    path = queries_dir() / "parts" / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query part {path}: {exc}") from exc


def fill_values(sparql: str, name: str, terms: Iterable[Node]) -> str:
    """Fill every empty ``VALUES ?name { }`` block of a query with ``terms``, one row each.

    The query says where the values go; they are written with ``term.n3()``, which escapes them, so user input never
    becomes SPARQL syntax.

    >>> from rdflib import Literal
    >>> fill_values('SELECT ?x WHERE { VALUES ?x { } }', "x", [Literal('a" } DROP ALL #'), Literal("b")])
    'SELECT ?x WHERE { VALUES ?x { "a\\\\" } DROP ALL #" "b" } }'

    Raises:
        QueryError: The query has no empty ``VALUES ?name { }`` block, or a term is not an IRI or a literal.
    """
    _check_variable(name)
    written = []
    for term in terms:
        if not isinstance(term, (URIRef, Literal)):
            raise QueryError(f"a value of ?{name} must be an IRI or a literal, not {type(term).__name__}")
        written.append(term.n3())
    block = re.compile(r"VALUES\s+\?" + name + r"\s*\{\s*\}")
    if not block.search(sparql):
        raise QueryError(f"the query has no empty VALUES ?{name} {{ }} block to fill")
    return block.sub(lambda _: f"VALUES ?{name} {{ {' '.join(written)} }}", sparql)


def with_prefixes(sparql: str) -> str:
    """The query with PREFIX declarations for the :data:`kg.vocab.PREFIXES` it does not declare itself."""
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([A-Za-z0-9_.-]*):", sparql)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(missing) + ("\n" if missing else "") + sparql


def bind_parameters(sparql: str, params: Mapping[str, str] | None) -> dict[str, Literal]:
    """Check ``params`` against the query's declared parameters and turn them into plain literals.

    Raises:
        QueryError: A parameter is not declared by the query, or a declared one is missing.
    """
    params = dict(params or {})
    declared = query_parameter_docs(sparql)
    unknown = [p for p in params if p not in declared]
    if unknown:
        takes = ", ".join(declared) if declared else "no parameters"
        raise QueryError(f"unknown parameter {unknown[0]!r}; this query takes: {takes}")
    missing = [p for p in declared if p not in params and not declared[p].startswith("(optional)")]
    if missing:
        p = missing[0]
        raise QueryError(f"missing parameter {p!r} ({declared[p] or 'no description'}); pass --param {p}=VALUE")
    return {name: Literal(value) for name, value in params.items()}


_UPDATE = re.compile(
    r"^\s*(?:(?:#[^\n]*\n|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def is_update(sparql: str) -> bool:
    """Whether SPARQL text is an update rather than a query (its first keyword after the prologue).

    >>> is_update("PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }"), is_update("SELECT * WHERE { ?s ?p ?o }")
    (True, False)
    """
    return bool(_UPDATE.match(sparql))


def run_query(store_or_endpoint: Queryable, sparql: str, params: Mapping[str, str] | None = None) -> Result:
    """Run a query with its declared parameters bound, on a local store or a remote endpoint.

    Args:
        store_or_endpoint: A :class:`kg.store.Store` or :class:`kg.endpoint.EndpointQuery`.
        sparql: The query text (see :func:`load_query`).
        params: Parameter values by name, as text; each becomes a plain string literal.

    Raises:
        QueryError: Unknown or missing parameter, or invalid SPARQL.
    """
    if is_update(sparql):
        raise QueryError("kg query only reads: this text is a SPARQL update (to change a store, rebuild it with kg "
                         "build; to change a server, use its own update endpoint)")
    bindings = bind_parameters(sparql, params)
    answer = store_or_endpoint.query(sparql, bindings or None)
    if isinstance(answer, bool):
        return Result(boolean=answer)
    if isinstance(answer, Graph):
        return Result(graph=answer)
    variables = list(getattr(answer, "variables", None) or (list(answer[0]) if answer else []))
    return Result(variables=variables, rows=list(answer))


# ---------------------------------------------------------------- formatting

_SHORT = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def shorten(iri: str) -> str:
    """An IRI as ``prefix:local`` when one of :data:`kg.vocab.PREFIXES` fits.

    >>> shorten("https://w3id.org/claimgraph/ontology#Deny")
    'cg:Deny'
    """
    for prefix, ns in _SHORT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _text(term: Node | None, short: bool) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return shorten(str(term)) if short else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_value(term: Node | None):
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value
        if isinstance(value, (float, Decimal)):
            return float(value)
    return _text(term, short=False)


def _is_numeric_column(values: Sequence[Node | None]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(
        isinstance(v, Literal) and isinstance(v.toPython(), (int, float, Decimal)) and not isinstance(v.toPython(), bool)
        for v in present
    )


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text without the characters a terminal would act on rather than show: C0 and C1 controls (an ESC sequence
    from an article could recolour or rewrite the screen) and bidirectional overrides; line ends and tabs stay.

    >>> terminal_safe("said \x1b[31mred\x1b[0m\u202e!")
    'said [31mred[0m!'
    """
    return _TERMINAL_CONTROLS.sub("", text)


def _cell(text: str, width: int | None) -> str:
    text = " ".join(terminal_safe(text).split())
    if width and len(text) > width:
        return text[: width - 1] + "\u2026"
    return text


def format_rows(rows: Sequence[Mapping[str, Node | None]], fmt: str = "table", variables: Sequence[str] | None = None,
                *, max_width: int | None = 80) -> str:
    """Render SELECT rows as an aligned text table, CSV or JSON.

    Args:
        rows: Dicts of rdflib terms (or ``None`` for unbound), as :meth:`kg.store.Store.query` returns.
        fmt: ``table`` (literals as their text, IRIs shortened with the project prefixes), ``csv`` (full IRIs) or
            ``json`` (a list of objects; numbers and booleans typed, IRIs in full).
        variables: Column order; defaults to ``rows.variables`` or the first row's keys.
        max_width: Longest cell in a table, longer text is cut with an ellipsis; ``None`` keeps everything.

    Raises:
        QueryError: Unknown format.

    >>> from rdflib import Literal, URIRef
    >>> print(format_rows([{"who": URIRef("https://w3id.org/claimgraph/id/actor/moscow"), "n": Literal(2)}], "table"))
    who           n
    ------------  -
    actor:moscow  2
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if variables is None:
        variables = getattr(rows, "variables", None) or (list(rows[0]) if rows else [])
    variables = list(variables)
    if fmt == "json":
        data = [{v: _json_value(row.get(v)) for v in variables} for row in rows]
        return json.dumps(data, indent=2, ensure_ascii=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_text(row.get(v), short=False) for v in variables])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(_text(row.get(v), short=True), max_width) for v in variables] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    numeric = [_is_numeric_column([row.get(v) for row in rows]) for v in variables]

    def line(values: Sequence[str]) -> str:
        parts = [val.rjust(w) if num else val.ljust(w) for val, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    lines = [line(variables), "  ".join("-" * w for w in widths)]
    lines.extend(line(r) for r in cells)
    return "\n".join(lines)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render any :class:`Result`: rows with :func:`format_rows`, ASK as ``true``/``false``, a graph as Turtle."""
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower()
    if result.graph is not None:
        for prefix, ns in PREFIXES.items():
            result.graph.bind(prefix, ns, override=True)
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    return format_rows(result.rows, fmt, result.variables)
