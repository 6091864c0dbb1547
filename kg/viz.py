"""Draw the claim network: who claims which statement, and which statements contradict each other.

The picture is built from the rows of one named query, ``queries/claim-network-viz.rq``, so it reads the same from an
rdflib graph (:func:`claim_network_from_graph`) as from the project's store::

    rows = store.query(network_query())
    G = network_from_rows(rows)
    draw(G, "claims.html")

The network is a :class:`networkx.MultiDiGraph` whose node ids and attributes are plain strings, ints and floats, so
``nx.write_gexf`` and ``nx.write_graphml`` accept it as it is:

* actor nodes: ``kind="actor"``, ``label`` (name), ``actor_class`` ("Person", ...), ``voice`` ("source" or "article"
  for an article's authors speaking in its own voice), ``statements`` (how many it claims);
* statement nodes: ``kind="statement"``, ``label`` (the full text), ``speech_act``, ``polarity``, ``actor``
  (the main claimer's name), ``article``, ``headline``, ``begin``;
* ``claims`` edges actor -> statement (key ``"claims"``), ``label`` the speech act as a verb ("denies", "says");
* ``contradicts`` edges, one per unordered pair (key ``"contradicts"``), ``label`` the contradiction kind,
  ``confidence`` and ``explanation``.

The drawing is a layered layout a reader can follow down the page: actors in a left column, each actor's statements
as wrapped text boxes in the column to its right (grouped by actor, in article order), grey claims edges labelled
with the speech act, and contradictions as thick red arcs to the right of the statements.
"""
from __future__ import annotations

import html
import json
import re
import textwrap
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
import rdflib

from kg.errors import KgError, QueryError
from kg.rdf import ACTOR_KIND_TERMS, CONTRADICTION_KIND_TERMS, EXTRACTION_METHOD_TERMS, SPEECH_ACT_TERMS
from kg.resources import queries_dir
from kg.vocab import CG

QUERY_NAME = "claim-network-viz"

CONTRADICTION_COLOR = "#d62728"
CLAIM_COLOR = "#8a8a8a"
ARTICLE_VOICE_COLOR = "#505050"
_NO_SPEAKER_COLOR = "#9a9a9a"
# Qualitative colours for actors, without red (kept for contradictions) or plain grey (kept for the article's voice).
_ACTOR_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#393b79",
    "#637939", "#8c6d31", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363",
)

def _reverse(terms: dict) -> dict:
    """Ontology term (rdflib) -> the closed vocabulary's value, from the one table of :mod:`kg.rdf`."""
    return {rdflib.URIRef(term.value): member.value for member, term in terms.items()}


_SPEECH_ACTS = _reverse(SPEECH_ACT_TERMS)
_VERBS = {
    "assert": "says", "deny": "denies", "accuse": "accuses", "warn": "warns", "vow": "vows", "claim": "claims",
    "believe": "believes", "report": "reports", "question": "questions", "demand": "demands",
}
_METHODS = _reverse(EXTRACTION_METHOD_TERMS)
_KINDS = _reverse(CONTRADICTION_KIND_TERMS)
KIND_LABELS = {
    "opposite-polarity": "opposite polarity", "antonym": "incompatible predicates", "numeric": "numbers clash",
    "denial": "denial of assertion", "exclusive-events": "exclusive events",
    "model-judged": "judged by the model", "": "contradiction",
}
_POLARITIES = {CG.Positive: "positive", CG.Negative: "negative"}
_CLASSES = _reverse(ACTOR_KIND_TERMS)


# --------------------------------------------------------------------------------------------------------------------
# The network
# --------------------------------------------------------------------------------------------------------------------


def network_query() -> str:
    """The SPARQL text of ``queries/claim-network-viz.rq``.

    Raises:
        QueryError: The query file is missing.
    """
    path = queries_dir() / f"{QUERY_NAME}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"query {QUERY_NAME!r} not found at {path}") from exc


def claim_network_from_graph(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Run the claim-network query on an rdflib graph and build the network.

    A :class:`rdflib.Dataset` (or ``ConjunctiveGraph``) is queried over the union of its named graphs, whatever its
    own ``default_union`` says; the graph itself is not changed.

    Args:
        graph: A graph or dataset holding claimgraph triples (as made by :mod:`kg.rdf`).

    Returns:
        The network, as :func:`network_from_rows` builds it.
    """
    target = graph
    if isinstance(graph, rdflib.ConjunctiveGraph) and not getattr(graph, "default_union", True):
        target = rdflib.Dataset(store=graph.store, default_union=True)
    with warnings.catch_warnings():  # rdflib 7's own Dataset.triples warns about its own deprecated attribute
        warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
        rows = list(target.query(network_query()).bindings)
    return network_from_rows(rows)


def network_from_rows(rows: Iterable[Mapping[Any, Any]]) -> nx.MultiDiGraph:
    """Build the claim network from rows of ``claim-network-viz.rq``.

    Args:
        rows: One mapping per result row, from variable name (``str`` or :class:`rdflib.Variable`) to an rdflib term
            (a pyoxigraph term or a plain value also works); an unbound variable is absent or ``None``.

    Returns:
        A MultiDiGraph with actor and statement nodes, ``claims`` and ``contradicts`` edges (see the module doc).
    """
    rows = [{str(k): v for k, v in row.items() if v is not None} for row in rows]
    G = nx.MultiDiGraph()
    claim_rows = [r for r in rows if _text(r.get("edge")) == "claims" and "actor" in r and "statement" in r]
    contra_rows = [r for r in rows if _text(r.get("edge")) == "contradicts" and "statement" in r and "other" in r]

    for r in claim_rows:
        stmt = _text(r["statement"])
        _add_statement(G, stmt, r.get("text"), r.get("begin"), r.get("article"), r.get("headline"))
        if r.get("polarity") is not None and not G.nodes[stmt].get("polarity"):
            G.nodes[stmt]["polarity"] = _POLARITIES.get(_iri(r["polarity"]), _local(r["polarity"]))

        actor = _text(r["actor"])
        if actor not in G:
            G.add_node(actor, kind="actor", label=_text(r.get("actorName")) or _name_from_iri(actor),
                       actor_class="", voice="source", statements=0)
        node = G.nodes[actor]
        if r.get("actorName") is not None and node["label"] == _name_from_iri(actor):
            node["label"] = _text(r["actorName"])
        if r.get("actorClass") is not None and not node["actor_class"]:
            node["actor_class"] = _CLASSES.get(_iri(r["actorClass"]), _local(r["actorClass"]))

        method = _METHODS.get(_iri(r["method"]), _local(r["method"])) if r.get("method") is not None else ""
        act = _SPEECH_ACTS.get(_iri(r["speechAct"]), _local(r["speechAct"])) if r.get("speechAct") is not None else ""
        if method == "article-voice":
            node["voice"] = "article"
        if not G.has_edge(actor, stmt, key="claims"):
            G.add_edge(actor, stmt, key="claims", kind="claims", label=_VERBS.get(act or "assert", act),
                       speech_act=act, method=method, cue=_text(r.get("cue")),
                       confidence=_float(r.get("attributionConfidence")))
            node["statements"] += 1
        else:  # the same claim again (another actor class, another graph): fill in what was missing
            data = G.edges[actor, stmt, "claims"]
            if act and not data["speech_act"]:
                data.update(speech_act=act, label=_VERBS.get(act, act))
            if method and not data["method"]:
                data["method"] = method

    for r in contra_rows:
        a, b = sorted((_text(r["statement"]), _text(r["other"])))
        if a == b:
            continue
        texts = {_text(r["statement"]): (r.get("text"), r.get("begin")),
                 _text(r["other"]): (r.get("otherText"), r.get("otherBegin"))}
        for stmt in (a, b):
            _add_statement(G, stmt, *texts[stmt], None, None)
        kind = _KINDS.get(_iri(r["kind"]), _local(r["kind"])) if r.get("kind") is not None else ""
        if G.has_edge(a, b, key="contradicts"):  # the same pair again, e.g. from a second graph
            data = G.edges[a, b, "contradicts"]
            if kind and not data["contradiction_kind"]:
                data.update(contradiction_kind=kind, label=KIND_LABELS.get(kind, kind.replace("-", " ")))
            if r.get("explanation") is not None and not data["explanation"]:
                data["explanation"] = _text(r["explanation"])
            continue
        G.add_edge(a, b, key="contradicts", kind="contradicts",
                   label=KIND_LABELS.get(kind, kind.replace("-", " ")), contradiction_kind=kind,
                   confidence=_float(r.get("confidence")), explanation=_text(r.get("explanation")))

    # Each statement's main claimer: the one whose group it is drawn in.
    for n, data in G.nodes(data=True):
        if data["kind"] != "statement":
            continue
        main = _main_actor(G, n)
        if main is not None:
            data["actor"] = G.nodes[main]["label"]
            data["speech_act"] = G.edges[main, n, "claims"]["speech_act"]
    return G


def article_needles(articles: Iterable[str]) -> list[str]:
    """What ``--article`` texts match in article IRIs, lower-cased: each as written and as the IRI writes it
    (percent-encoded: the id ``a/index`` is ``a%2Findex`` in its IRI).

    >>> article_needles(["a/index", "Kyiv"])
    ['a/index', 'a%2findex', 'kyiv']
    """
    from urllib.parse import quote

    found = []
    for text in articles:
        for form in (text.lower(), quote(text, safe="-_.~").lower()):
            if form not in found:
                found.append(form)
    return found


def focus(G: nx.MultiDiGraph, *, actors: Iterable[str] = (), articles: Iterable[str] = (),
          contradicted: bool = False) -> nx.MultiDiGraph:
    """The part of the network worth drawing for an archive: some actors, some articles, or only conflicts.

    Statements are kept when they match every filter given: claimed by an actor whose name or IRI contains one of
    ``actors``; from an article whose IRI contains one of ``articles``; in a contradiction (``contradicted``).
    The statements that contradict a kept one are kept too (a conflict is drawn with both sides), with every actor
    claiming a kept statement. Matching ignores case.

    Returns:
        A new graph (``G`` itself when no filter is given).
    """
    actors = [a.lower() for a in actors]
    articles = article_needles(articles)
    if not (actors or articles or contradicted):
        return G

    def conflicts(n: str) -> list[str]:
        return [m for m in nx.all_neighbors(G, n)
                if G.nodes[m]["kind"] == "statement" and (G.has_edge(n, m, "contradicts") or
                                                          G.has_edge(m, n, "contradicts"))]

    def wanted(n: str) -> bool:
        if actors and not any(any(a in str(u).lower() or a in G.nodes[u]["label"].lower() for a in actors)
                              for u in G.predecessors(n) if G.has_edge(u, n, "claims")):
            return False
        if articles and not any(a in G.nodes[n]["article"].lower() for a in articles):
            return False
        return not contradicted or bool(conflicts(n))

    kept = {n for n, d in G.nodes(data=True) if d["kind"] == "statement" and wanted(n)}
    kept |= {m for n in list(kept) for m in conflicts(n)}
    claimers = {u for n in kept for u in G.predecessors(n) if G.has_edge(u, n, "claims")}
    sub = G.subgraph(kept | claimers).copy()
    for n, data in sub.nodes(data=True):
        if data["kind"] == "actor":
            data["statements"] = sum(1 for _, _, k in sub.out_edges(n, keys=True) if k == "claims")
    return sub


def focused_network(store, *, actors: Iterable[str] = (), articles: Iterable[str] = (),
                    contradicted: bool = False) -> nx.MultiDiGraph:
    """What :func:`focus` keeps of a store's claim network, read without reading the whole network.

    On an archive the whole network is large (claim-network-viz takes 41 s and 1.5 GB for the 370k rows of a
    10M-triple store): this finds the statements that match the filters with small queries (``queries/parts/``),
    adds the statements that contradict them, reads the rows of ``claim-network-viz.rq`` for those alone
    (``claim-network-viz-of.rq``, then each actor's name and class and each article's headline once), and applies
    :func:`focus` to the network they make, so the result is the same as ``focus(network_from_rows(...))`` on the
    whole store. Two differences, for actors described differently across an archive: an actor is drawn as an
    article's own voice when one of the drawn claims says so, not when any of its claims in the archive does; and
    an actor typed differently in different articles gets the class most of them give (the whole network takes the
    first row's).

    Args:
        store: An open :class:`kg.store.Store`.
        actors, articles, contradicted: As for :func:`focus`; at least one must be given.

    Raises:
        ValueError: No filter given (draw the whole network with :func:`network_from_rows` instead).
    """
    from kg.query import fill_values, load_part

    actors = [a.lower() for a in actors]
    articles = article_needles(articles)
    if not (actors or articles or contradicted):
        raise ValueError("focused_network needs --actor, --article or --contradicted; draw the whole network instead")
    statements = _statements_to_draw(store, actors, articles, contradicted)
    if not statements:
        return nx.MultiDiGraph()
    rows = [dict(r) for r in store.query(fill_values(load_part("claim-network-viz-of"), "statement",
                                                     [rdflib.URIRef(s) for s in statements]))]
    _add_names(store, rows)
    return focus(network_from_rows(rows), actors=actors, articles=articles, contradicted=contradicted)


def _column(rows, name: str) -> set[str]:
    return {_text(r[name]) for r in rows if r.get(name) is not None}


def _statements_to_draw(store, actors: list[str], articles: list[str], contradicted: bool) -> list[str]:
    """The statements that match every filter given (lower-cased texts), and those that contradict them, sorted."""
    from kg.query import fill_values, load_part, load_query

    found: list[set[str]] = []
    if actors:
        found.append(_column(store.query(fill_values(load_part("statements-of-actors"), "needle",
                                                     [rdflib.Literal(a) for a in actors])), "statement"))
    if articles:
        found.append(_column(store.query(fill_values(load_part("statements-of-articles"), "needle",
                                                     [rdflib.Literal(a) for a in articles])), "statement"))
    if contradicted:  # the named query that lists every contradicting pair
        pairs = list(store.query(load_query("contradiction-network")))
        found.append(_column(pairs, "statementA") | _column(pairs, "statementB"))
    seeds = set.intersection(*found)
    if not seeds:
        return []
    others = _column(store.query(fill_values(load_part("contradicting"), "statement",
                                             [rdflib.URIRef(s) for s in sorted(seeds)])), "other")
    return sorted(seeds | others)


def _add_names(store, rows: list[dict]) -> None:
    """Give rows of ``claim-network-viz-of.rq`` the ``actorName``, ``actorClass`` and ``headline`` that
    ``claim-network-viz.rq`` joins itself, read once per actor and article (``claim-network-names.rq``).

    Several names or headlines for one IRI (rare): the first in sorted order, whatever the engine's order; several
    classes: the one most graphs give.
    """
    from kg.query import fill_values, load_part

    names = load_part("claim-network-names")
    names = fill_values(names, "actor", [rdflib.URIRef(a) for a in sorted(_column(rows, "actor"))])
    names = fill_values(names, "article", [rdflib.URIRef(a) for a in sorted(_column(rows, "article"))])
    name_of: dict[str, Any] = {}
    class_of: dict[str, tuple[int, str, Any]] = {}
    headline_of: dict[str, Any] = {}
    for r in store.query(names):
        if r.get("actorName") is not None:
            key = _text(r["actor"])
            name_of[key] = min(name_of.get(key, r["actorName"]), r["actorName"], key=_text)
        if r.get("actorClass") is not None:
            key = _text(r["actor"])
            ranked = (-int(_text(r["graphs"])), _text(r["actorClass"]), r["actorClass"])
            class_of[key] = min(class_of.get(key, ranked), ranked, key=lambda c: c[:2])
        if r.get("headline") is not None:
            key = _text(r["article"])
            headline_of[key] = min(headline_of.get(key, r["headline"]), r["headline"], key=_text)
    for r in rows:
        if r.get("actor") is not None:
            actor = _text(r["actor"])
            r["actorName"] = name_of.get(actor)
            r["actorClass"] = class_of[actor][2] if actor in class_of else None
        if r.get("article") is not None:
            r["headline"] = headline_of.get(_text(r["article"]))


def _add_statement(G: nx.MultiDiGraph, stmt: str, text: Any, begin: Any, article: Any, headline: Any) -> None:
    if stmt not in G:
        G.add_node(stmt, kind="statement", label="", speech_act="", polarity="", actor="", article="",
                   headline="", begin=-1)
    data = G.nodes[stmt]
    if text is not None and not data["label"]:
        data["label"] = _text(text)
    if begin is not None and data["begin"] < 0:
        try:
            data["begin"] = int(_text(begin))
        except ValueError:
            pass
    if article is not None and not data["article"]:
        data["article"] = _text(article)
    if headline is not None and not data["headline"]:
        data["headline"] = _text(headline)


def _iri(term: Any) -> rdflib.URIRef:
    return rdflib.URIRef(_text(term))


def _text(term: Any) -> str:
    """A term's lexical form or IRI as a plain string (rdflib terms, pyoxigraph terms, plain values)."""
    if term is None:
        return ""
    if isinstance(term, rdflib.term.Node):
        return str(term)
    value = getattr(term, "value", None)  # pyoxigraph NamedNode / Literal
    return str(value) if value is not None else str(term)


def _local(term: Any) -> str:
    iri = _text(term)
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _float(term: Any) -> float:
    try:
        return float(_text(term)) if term is not None else 0.0
    except ValueError:
        return 0.0


def _name_from_iri(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1]).replace("-", " ") or iri


# --------------------------------------------------------------------------------------------------------------------
# Styles (pure: what colour and width each node and edge gets)
# --------------------------------------------------------------------------------------------------------------------


def actor_colors(G: nx.MultiDiGraph) -> dict[str, str]:
    """A distinct colour per actor, in drawing order; the article's own voice is dark grey, never red."""
    colors: dict[str, str] = {}
    i = 0
    for actor in _actor_order(G):
        if G.nodes[actor]["voice"] == "article":
            colors[actor] = ARTICLE_VOICE_COLOR
        else:
            colors[actor] = _ACTOR_PALETTE[i % len(_ACTOR_PALETTE)]
            i += 1
    return colors


def node_styles(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Face colour, edge colour, line width and line style of every node's box."""
    colors = actor_colors(G)
    contested = {n for u, v, k in G.edges(keys=True) if k == "contradicts" for n in (u, v)}
    styles: dict[str, dict[str, Any]] = {}
    for n, data in G.nodes(data=True):
        if data["kind"] == "actor":
            c = colors[n]
            styles[n] = {"facecolor": c, "edgecolor": c, "textcolor": "white", "width": 1.0,
                         "style": "dashed" if data["voice"] == "article" else "solid"}
        else:
            main = _main_actor(G, n)
            c = colors.get(main, _NO_SPEAKER_COLOR) if main else _NO_SPEAKER_COLOR
            styles[n] = {"facecolor": _tint(c, 0.88), "edgecolor": CONTRADICTION_COLOR if n in contested else c,
                         "textcolor": "#111111", "width": 2.2 if n in contested else 1.2, "style": "solid"}
    return styles


def edge_styles(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Colour, width, line style and label of every edge: claims grey and thin, contradicts red and thick.

    A claims edge from an actor other than the statement's main claimer (the statement is drawn in another actor's
    group) is dashed.
    """
    styles: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if data["kind"] == "contradicts":
            label = data["label"] + (f" · {data['confidence']:.2f}" if data.get("confidence") else "")
            styles[(u, v, k)] = {"color": CONTRADICTION_COLOR, "width": 2.8, "style": "solid", "label": label}
        else:
            main = _main_actor(G, v)
            styles[(u, v, k)] = {"color": CLAIM_COLOR, "width": 1.1, "style": "solid" if u == main else "dashed",
                                 "label": data["label"]}
    return styles


def _tint(color: str, amount: float) -> str:
    from matplotlib.colors import to_hex, to_rgb

    r, g, b = to_rgb(color)
    return to_hex((r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount))


def _main_actor(G: nx.MultiDiGraph, stmt: str) -> str | None:
    """The claimer a statement is drawn under: a quoted source before the article's voice, then the actor with
    the most statements, then by name."""
    claims = sorted((G.nodes[u]["voice"] == "article", -G.nodes[u]["statements"], G.nodes[u]["label"], u)
                    for u, _, k in G.in_edges(stmt, keys=True) if k == "claims")
    return claims[0][-1] if claims else None


def _statement_key(G: nx.MultiDiGraph, n: str) -> tuple[str, int, str]:
    d = G.nodes[n]
    return d.get("article", ""), d.get("begin", -1), n


def _actor_order(G: nx.MultiDiGraph) -> list[str]:
    """Actors in the order their first statement appears (article order); the article's voice last."""
    first: dict[str, tuple] = {}
    for n, d in G.nodes(data=True):
        if d["kind"] != "statement":
            continue
        main = _main_actor(G, n)
        if main is not None:
            key = _statement_key(G, n)
            first[main] = min(first.get(main, key), key)
    actors = [n for n, d in G.nodes(data=True) if d["kind"] == "actor"]
    far = ("\uffff", 1 << 62, "")
    return sorted(actors, key=lambda a: (G.nodes[a]["voice"] == "article", first.get(a, far), G.nodes[a]["label"], a))


# --------------------------------------------------------------------------------------------------------------------
# Layout (in inches: one data unit is one inch of the figure)
# --------------------------------------------------------------------------------------------------------------------

_TEXT_PT = 9.0
_ACTOR_PT = 10.0
_CAPTION_PT = 7.5
_EDGE_PT = 7.5
_KEY_PT = 8.5
_LINE = 1.25  # line height, in multiples of the font size
_BADGE = 0.2  # diameter of a contradiction's number on its arc, inches


@dataclass
class Box:
    """A node's box: top-left corner, size and the wrapped lines inside."""

    x: float
    y: float
    w: float
    h: float
    lines: list[str]

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass
class Arc:
    """A contradiction arc from the right edge of one statement box to another's."""

    u: str
    v: str
    x: float
    y0: float
    y1: float
    bulge: float
    number: int = 0
    badge: tuple[float, float] = (0.0, 0.0)

    def point(self, t: float) -> tuple[float, float]:
        """The point at parameter ``t`` of the cubic curve the arc is drawn as."""
        k = 4 / 3 * self.bulge  # control points k to the right: the apex is then ``bulge`` to the right
        x = self.x + 3 * (1 - t) * t * k
        y = (1 - t) ** 3 * self.y0 + 3 * (1 - t) ** 2 * t * self.y0 + 3 * (1 - t) * t ** 2 * self.y1 + t ** 3 * self.y1
        return x, y


@dataclass
class KeyEntry:
    """One numbered line of the contradictions key under the picture."""

    number: int
    y: float
    head: str
    lines: list[str]
    explanation: list[str]


@dataclass
class Layout:
    """Where everything goes; produced by :func:`claim_layout`."""

    width: float
    height: float
    actors: dict[str, Box] = field(default_factory=dict)
    statements: dict[str, Box] = field(default_factory=dict)
    arcs: list[Arc] = field(default_factory=list)
    key: list[KeyEntry] = field(default_factory=list)
    key_top: float = 0.0
    top: float = 0.0


def wrap_label(text: str, width: int = 40, max_lines: int = 4) -> list[str]:
    """Wrap text into at most ``max_lines`` lines of about ``width`` characters, ending with … when cut.

    >>> wrap_label("Ukrainian forces had not resisted Russian and separatist forces", 28, 2)
    ['Ukrainian forces had not', 'resisted Russian and…']
    """
    lines = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (last if len(last) < width else last[: width - 1].rsplit(" ", 1)[0]).rstrip(" ,;:.") + "…"
    return lines


def _text_width(lines: list[str], size: float, bold: bool = False) -> float:
    """Width of the widest line in inches, measured with matplotlib's own font metrics."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(10, 10, 72)
    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    return max((renderer.get_text_width_height_descent(ln, prop, ismath=False)[0] for ln in lines if ln),
               default=0.0) / 72


def claim_layout(G: nx.MultiDiGraph, *, wrap_width: int = 40, max_lines: int = 4, top: float = 1.35) -> Layout:
    """Place actors, statements and contradiction arcs so that nothing overlaps.

    Actors sit in a left column, each centred on its group of statements; groups follow one another down the page
    in article order. Contradiction arcs go to the right of the statement column, arcs that enclose others bulge
    further out, and their labels are pushed apart vertically.
    """
    pad, gap, group_gap = 0.09, 0.13, 0.32
    line_h = _TEXT_PT * _LINE / 72
    actors = _actor_order(G)
    statements = [n for n, d in G.nodes(data=True) if d["kind"] == "statement"]
    groups: dict[str | None, list[str]] = {a: [] for a in actors}
    groups[None] = []
    for s in sorted(statements, key=lambda n: _statement_key(G, n)):
        groups[_main_actor(G, s)].append(s)

    stmt_lines = {s: wrap_label(G.nodes[s]["label"], wrap_width, max_lines) for s in statements}
    actor_lines = {a: wrap_label(G.nodes[a]["label"], 22, 3) + [_actor_caption(G, a)] for a in actors}
    # The box holds the name (bold) and the caption under it ("article's own voice · 1 statement", smaller).
    actor_w = max([max(_text_width(ls[:-1], _ACTOR_PT, True), _text_width(ls[-1:], _CAPTION_PT))
                   for ls in actor_lines.values()] + [1.2]) + 2 * pad + 0.1
    actor_w = min(max(actor_w, 1.6), 2.7)
    stmt_w = max([_text_width(ls, _TEXT_PT) for ls in stmt_lines.values()] + [1.5]) + 2 * pad + 0.05

    margin = 0.3
    actor_x = margin
    stmt_x = actor_x + actor_w + 1.25
    arc_x = stmt_x + stmt_w
    lay = Layout(width=0.0, height=0.0, top=top)

    y = top
    for actor in [*actors, None]:
        members = groups[actor]
        if not members:
            if actor is not None:  # an actor without statements of its own still gets a box
                h = len(actor_lines[actor]) * _ACTOR_PT * _LINE / 72 + 2 * pad
                lay.actors[actor] = Box(actor_x, y, actor_w, h, actor_lines[actor])
                y += h + group_gap
            continue
        heights = [len(stmt_lines[s]) * line_h + 2 * pad for s in members]
        stack = sum(heights) + gap * (len(members) - 1)
        a_h = len(actor_lines[actor]) * _ACTOR_PT * _LINE / 72 + 2 * pad if actor is not None else 0.0
        block = max(stack, a_h)
        sy = y + (block - stack) / 2
        for s, h in zip(members, heights):
            lay.statements[s] = Box(stmt_x, sy, stmt_w, h, stmt_lines[s])
            sy += h + gap
        if actor is not None:
            lay.actors[actor] = Box(actor_x, y + (block - a_h) / 2, actor_w, a_h, actor_lines[actor])
        y += block + group_gap

    lay.arcs = _arcs(G, lay, arc_x)
    max_bulge = max([a.bulge for a in lay.arcs] + [0.0])
    lay.width = max(arc_x + (max_bulge + _BADGE + 0.3 if lay.arcs else 0.2) + margin, 10.0)
    lay.height = max(y - group_gap + 0.35, top + 1.0)
    if lay.arcs:
        _key(G, lay, margin)
    return lay


def _key(G: nx.MultiDiGraph, lay: Layout, margin: float) -> None:
    """The numbered list of contradictions under the picture: kind, confidence, the two sides, the explanation."""
    chars = int((lay.width - 2 * margin - 0.35) * 72 / (_KEY_PT * 0.56))
    line_h = _KEY_PT * _LINE / 72
    lay.key_top = lay.height + 0.15
    y = lay.key_top + 0.42
    for arc in sorted(lay.arcs, key=lambda a: a.number):
        d = G.edges[arc.u, arc.v, "contradicts"]
        head = d["label"] + (f" · confidence {d['confidence']:.2f}" if d.get("confidence") else "")
        upper, lower = sorted((arc.u, arc.v), key=lambda n: lay.statements[n].y)
        sides = "  ⟷  ".join(f"{_claimer_phrase(G, s)}: “{_short(G.nodes[s]['label'])}”" for s in (upper, lower))
        lines, expl = textwrap.wrap(sides, chars), textwrap.wrap(d.get("explanation", ""), chars)
        lay.key.append(KeyEntry(arc.number, y, head, lines, expl))
        y += (1 + len(lines) + len(expl)) * line_h + 0.12
    lay.height = y + 0.2


def _short(text: str, width: int = 90) -> str:
    return textwrap.shorten(text, width, placeholder="…")


def _claimer_phrase(G: nx.MultiDiGraph, stmt: str) -> str:
    main = _main_actor(G, stmt)
    if main is None:
        return "(no speaker)"
    return f"{G.nodes[main]['label']} {G.edges[main, stmt, 'claims']['label']}"


def _actor_caption(G: nx.MultiDiGraph, actor: str) -> str:
    n = G.nodes[actor]["statements"]
    what = f"{n} statement" + ("" if n == 1 else "s")
    if G.nodes[actor]["voice"] == "article":
        return f"article's own voice · {what}"
    cls = G.nodes[actor].get("actor_class", "")
    return f"{cls.lower()} · {what}" if cls else what


def _arcs(G: nx.MultiDiGraph, lay: Layout, x: float) -> list[Arc]:
    pairs = [(u, v) for u, v, k in G.edges(keys=True)
             if k == "contradicts" and u in lay.statements and v in lay.statements]
    # Each statement spreads its arc endpoints down its right edge, ordered by where the other end is.
    ends: dict[str, list[tuple[float, int]]] = {}
    for i, (u, v) in enumerate(pairs):
        ends.setdefault(u, []).append((lay.statements[v].cy, i))
        ends.setdefault(v, []).append((lay.statements[u].cy, i))
    point: dict[tuple[str, int], float] = {}
    for s, items in ends.items():
        box = lay.statements[s]
        for j, (_, i) in enumerate(sorted(items)):
            point[(s, i)] = box.y + box.h * (j + 1) / (len(items) + 1)
    arcs = [Arc(u, v, x, point[(u, i)], point[(v, i)], 0.0) for i, (u, v) in enumerate(pairs)]

    # Longer arcs bulge further out, evenly spread by rank, so an arc always encloses the shorter arcs inside it
    # and no two apexes coincide.
    order = sorted(range(len(arcs)), key=lambda i: (abs(arcs[i].y1 - arcs[i].y0), min(arcs[i].y0, arcs[i].y1)))
    widest = min(0.4 + 0.42 * (len(arcs) - 1), 3.2)
    for rank, i in enumerate(order):
        arcs[i].bulge = 0.4 + (widest - 0.4) * rank / max(len(arcs) - 1, 1)

    # Number the arcs down the page and put each number on its arc, sliding it along the arc off other numbers.
    placed: list[tuple[float, float]] = []
    for n, arc in enumerate(sorted(arcs, key=lambda a: ((a.y0 + a.y1) / 2, a.bulge)), start=1):
        arc.number = n
        for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82):
            bx, by = arc.point(t)
            if all(abs(bx - px) > _BADGE or abs(by - py) > _BADGE for px, py in placed):
                break
        else:
            bx, by = arc.point(0.5)
        arc.badge = (bx, by)
        placed.append((bx, by))
    return arcs


# --------------------------------------------------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------------------------------------------------


def draw(G: nx.MultiDiGraph, out_path: str | Path, *, title: str | None = None, wrap_width: int = 40,
         max_lines: int = 4, dpi: int = 120) -> Path:
    """Write the network to ``out_path``; the suffix chooses the format.

    ``.png`` and ``.svg`` are drawn with matplotlib (Agg, no display needed); ``.html`` is one self-contained page
    (inline SVG, tooltips with the full statement text, a table of the contradictions; nothing loaded from the
    network); ``.gexf`` and ``.graphml`` are written by networkx for Gephi and friends.

    Args:
        G: A network from :func:`network_from_rows` or :func:`claim_network_from_graph`.
        out_path: Where to write.
        title: The picture's title; by default says what it shows.
        wrap_width, max_lines: How statement texts are wrapped and cut in the boxes.
        dpi: Resolution of a PNG.

    Returns:
        The path written.

    Raises:
        KgError: The suffix is not one of the formats above.
    """
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix == ".gexf":
        nx.write_gexf(G, out)
    elif suffix == ".graphml":
        nx.write_graphml(G, out)
    elif suffix == ".html":
        out.write_text(render_html(G, title=title, wrap_width=wrap_width, max_lines=max_lines), encoding="utf-8")
    elif suffix in (".png", ".svg"):
        fig, _ = _figure(G, title=title, wrap_width=wrap_width, max_lines=max_lines)
        if suffix == ".png":
            fig.savefig(out, format="png", dpi=_safe_dpi(fig, dpi), facecolor="white")
        else:
            import matplotlib

            with matplotlib.rc_context({"svg.fonttype": "none"}):
                fig.savefig(out, format="svg", facecolor="white", metadata=_NO_SVG_METADATA)
    else:
        raise KgError(f"cannot draw to {out.name}: use .png, .svg, .html, .gexf or .graphml")
    return out


def _badge_box(color: str) -> dict[str, Any]:
    return {"boxstyle": "circle,pad=0.25", "facecolor": color, "edgecolor": "white", "linewidth": 0.8}


_NO_SVG_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}


def _safe_dpi(fig: Any, dpi: int) -> int:
    """Lower the resolution of a very tall picture so it stays under the PNG writer's size limit."""
    w, h = fig.get_size_inches()
    return max(30, min(dpi, int(60000 / max(w, h))))


def render_svg(G: nx.MultiDiGraph, *, title: str | None = None, wrap_width: int = 40, max_lines: int = 4) -> str:
    """The picture as SVG text with real ``<text>`` elements (searchable, selectable)."""
    return _svg(G, title=title, wrap_width=wrap_width, max_lines=max_lines)[0]


def _svg(G: nx.MultiDiGraph, **kw: Any) -> tuple[str, dict[str, dict[str, Any]]]:
    import io

    import matplotlib

    fig, items = _figure(G, **kw)
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimgraph"}):
        fig.savefig(buf, format="svg", facecolor="white", metadata=_NO_SVG_METADATA)
    return buf.getvalue(), items


def _figure(G: nx.MultiDiGraph, *, title: str | None, wrap_width: int, max_lines: int) -> tuple[Any, dict]:
    """The matplotlib figure and, for the HTML page, what each element with an id stands for."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyBboxPatch, Patch, PathPatch
    from matplotlib.path import Path as MPath

    lay = claim_layout(G, wrap_width=wrap_width, max_lines=max_lines)
    nstyle, estyle = node_styles(G), edge_styles(G)
    fig = Figure(figsize=(lay.width, lay.height))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.axis("off")
    items: dict[str, dict[str, Any]] = {}
    ids = {n: f"{'a' if G.nodes[n]['kind'] == 'actor' else 's'}{i}" for i, n in enumerate(G.nodes)}

    n_act, n_stmt = len(lay.actors), len(lay.statements)
    n_con = sum(1 for *_, k in G.edges(keys=True) if k == "contradicts")
    heads = sorted({d["headline"] for _, d in G.nodes(data=True) if d.get("headline")})
    ax.text(0.3, 0.38, title or "Who claims what, and which statements contradict each other", fontsize=15,
            fontweight="bold", va="baseline", parse_math=False)
    sub = f"{n_act} actors · {n_stmt} statements · {n_con} contradictions"
    if len(heads) == 1:
        sub += f"   —   article: {textwrap.shorten(heads[0], 90, placeholder='…')}"
    elif heads:
        sub += f"   —   {len(heads)} articles"
    ax.text(0.3, 0.66, sub, fontsize=9.5, color="#444444", va="baseline", parse_math=False)

    handles = [
        Patch(facecolor=_ACTOR_PALETTE[0], edgecolor=_ACTOR_PALETTE[0], label="actor (one colour each)"),
        Patch(facecolor=_tint(_ACTOR_PALETTE[0], 0.88), edgecolor=_ACTOR_PALETTE[0], label="statement"),
        Line2D([], [], color=CLAIM_COLOR, lw=1.2, label="claims (speech act)"),
        Line2D([], [], color=CONTRADICTION_COLOR, lw=2.8, label="contradicts (kind · confidence)"),
        Patch(facecolor="white", edgecolor=CONTRADICTION_COLOR, lw=2.0, label="contested statement"),
    ]
    if any(d.get("voice") == "article" for _, d in G.nodes(data=True)):
        handles.append(Patch(facecolor=ARTICLE_VOICE_COLOR, edgecolor=ARTICLE_VOICE_COLOR, linestyle="--",
                             label="article's own voice"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.3 / lay.width, 1 - 0.78 / lay.height),
              ncol=min(len(handles), 6 if lay.width > 11.5 else 3), fontsize=8.5, frameon=False,
              handlelength=2.2, columnspacing=1.6, borderaxespad=0)
    if not lay.statements and not lay.actors:
        ax.text(0.3, lay.top + 0.4, "No statements in the graph.", fontsize=11, color="#444444")

    # claims edges first, under the boxes
    for (u, v, k), st in estyle.items():
        if k != "claims" or u not in lay.actors or v not in lay.statements:
            continue
        a, s = lay.actors[u], lay.statements[v]
        gid = f"e{len(items)}"
        bus = a.x + a.w + 0.25
        if st["style"] == "solid":  # a tree: out of the actor, down its bus, across to the statement
            xs, ys = [a.x + a.w, bus, bus, s.x], [a.cy, a.cy, s.cy, s.cy]
            lx, ly = (bus + s.x) / 2, s.cy
        else:  # claimed too by an actor from another group: a straight dashed line
            xs, ys = [a.x + a.w, s.x], [a.cy, s.cy]
            dx, dy = a.x + a.w - s.x, a.cy - s.cy
            f = 0.4 / max((dx * dx + dy * dy) ** 0.5, 0.4)  # label 0.4 in from the statement, along the line
            lx, ly = s.x + dx * f, s.cy + dy * f
        ax.add_line(Line2D(xs, ys, color=st["color"], lw=st["width"], linestyle=st["style"], zorder=1, gid=gid,
                           solid_joinstyle="round"))
        ax.text(lx, ly, st["label"], fontsize=_EDGE_PT, style="italic", color="#333333", ha="center",
                va="center", zorder=2, parse_math=False, gid=f"{gid}-l",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9})
        data = G.edges[u, v, k]
        items[gid] = {"title": f"{G.nodes[u]['label']} {st['label']}",
                      "lines": [G.nodes[v]["label"]] + ([f"cue: “{data['cue']}”"] if data.get("cue") else []),
                      "related": [ids[u], ids[v]]}

    # contradiction arcs
    for i, arc in enumerate(lay.arcs):
        key = (arc.u, arc.v, "contradicts")
        st = estyle[key]
        k = 4 / 3 * arc.bulge  # a cubic curve leaving each box horizontally, its apex ``bulge`` to the right
        path = MPath([(arc.x, arc.y0), (arc.x + k, arc.y0), (arc.x + k, arc.y1), (arc.x, arc.y1)],
                     [MPath.MOVETO, MPath.CURVE4, MPath.CURVE4, MPath.CURVE4])
        gid = f"c{i}"
        ax.add_patch(PathPatch(path, facecolor="none", edgecolor=st["color"], lw=st["width"], zorder=3,
                               capstyle="round", gid=gid))
        ax.plot([arc.x, arc.x], [arc.y0, arc.y1], linestyle="none", marker="o", markersize=4.5, color=st["color"],
                zorder=4, gid=f"{gid}-m")
        ax.text(*arc.badge, str(arc.number), fontsize=7.5, fontweight="bold", color="white", ha="center",
                va="center", zorder=5, gid=f"{gid}-l", bbox=_badge_box(st["color"]))
        data = G.edges[key]
        items[gid] = {"title": f"Contradiction: {st['label']}",
                      "lines": [f"{G.nodes[arc.u]['actor'] or '?'}: {G.nodes[arc.u]['label']}",
                                f"{G.nodes[arc.v]['actor'] or '?'}: {G.nodes[arc.v]['label']}"]
                      + ([data["explanation"]] if data.get("explanation") else []),
                      "related": [ids[arc.u], ids[arc.v]]}

    if lay.key:
        ax.text(0.3, lay.key_top + 0.2, "Contradictions", fontsize=11, fontweight="bold", va="center")
        ax.add_line(Line2D([0.3, lay.width - 0.3], [lay.key_top, lay.key_top], color="#cccccc", lw=0.8))
        lh = _KEY_PT * _LINE / 72
        by_number = {arc.number: i for i, arc in enumerate(lay.arcs)}
        for entry in lay.key:
            gid = f"c{by_number[entry.number]}-k"
            ax.text(0.3 + _BADGE / 2, entry.y + lh / 2, str(entry.number), fontsize=7.5, fontweight="bold",
                    color="white", ha="center", va="center", bbox=_badge_box(CONTRADICTION_COLOR), gid=gid)
            ax.text(0.3 + _BADGE + 0.12, entry.y + lh / 2, entry.head, fontsize=_KEY_PT, fontweight="bold",
                    color=CONTRADICTION_COLOR, va="center", parse_math=False, gid=f"{gid}h")
            ax.text(0.3 + _BADGE + 0.12, entry.y + lh, "\n".join(entry.lines), fontsize=_KEY_PT,
                    color="#222222", va="top", linespacing=_LINE, parse_math=False, gid=f"{gid}t")
            if entry.explanation:
                ye = entry.y + lh * (1 + len(entry.lines))
                ax.text(0.3 + _BADGE + 0.12, ye, "\n".join(entry.explanation), fontsize=_KEY_PT, style="italic",
                        color="#555555", va="top", linespacing=_LINE, parse_math=False, gid=f"{gid}x")

    # boxes
    for n, box in [*lay.actors.items(), *lay.statements.items()]:
        st = nstyle[n]
        is_actor = G.nodes[n]["kind"] == "actor"
        gid = ids[n]
        ax.add_patch(FancyBboxPatch((box.x, box.y), box.w, box.h, boxstyle="round,pad=0,rounding_size=0.06",
                                    facecolor=st["facecolor"], edgecolor=st["edgecolor"], lw=st["width"],
                                    linestyle=st["style"], zorder=6, gid=gid))
        if is_actor:
            lh = _ACTOR_PT * _LINE / 72
            names = box.lines[:-1]
            ax.text(box.x + box.w / 2, box.y + 0.09 + len(names) * lh / 2, "\n".join(names), fontsize=_ACTOR_PT,
                    fontweight="bold", color=st["textcolor"], ha="center", va="center", linespacing=_LINE,
                    zorder=7, parse_math=False, gid=f"{gid}-t")
            ax.text(box.x + box.w / 2, box.y + 0.09 + (len(names) + 0.5) * lh, box.lines[-1], fontsize=_CAPTION_PT,
                    color=st["textcolor"], ha="center", va="center", zorder=7, parse_math=False, gid=f"{gid}-c")
            stmts = [v for _, v, k in G.out_edges(n, keys=True) if k == "claims"]
            said = [f"{G.edges[n, v, 'claims']['label']}: {G.nodes[v]['label']}" for v in stmts[:8]]
            more = [f"… and {len(stmts) - 8} more"] if len(stmts) > 8 else []
            items[gid] = {"title": G.nodes[n]["label"], "lines": [_actor_caption(G, n), *said, *more],
                          "related": [ids[v] for v in stmts] + [ids[n]]}
        else:
            ax.text(box.x + 0.09, box.cy, "\n".join(box.lines), fontsize=_TEXT_PT, color=st["textcolor"],
                    ha="left", va="center", linespacing=_LINE, zorder=7, parse_math=False, gid=f"{gid}-t")
            d = G.nodes[n]
            claimers = [u for u, _, k in G.in_edges(n, keys=True) if k == "claims"]
            others = [w for w in nx.all_neighbors(G, n) if G.nodes[w]["kind"] == "statement"]
            items[gid] = {"title": " · ".join(f"{G.nodes[u]['label']} {G.edges[u, n, 'claims']['label']}"
                                               for u in claimers) or "no speaker",
                          "lines": [d["label"]] + ([f"polarity: {d['polarity']}"] if d.get("polarity") else [])
                          + ([f"article: {d['headline']}"] if d.get("headline") else [])
                          + [f"contradicts: {G.nodes[w]['label']}" for w in others],
                          "related": [ids[u] for u in claimers] + [ids[w] for w in others] + [gid]}
    return fig, items


# --------------------------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------------------------

_CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 1.2em; color: #111; background: #fff; }
h1 { font-size: 1.3em; margin: 0 0 .2em; } p.note { color: #555; margin: 0 0 1em; font-size: .9em; }
#cg-picture { overflow: auto; border: 1px solid #ddd; }
#cg-picture svg { display: block; height: auto; max-width: none; }
#cg-picture svg g[id].cg-dim { opacity: .18; }
#cg-tip { position: fixed; display: none; max-width: 30em; background: #fffdf5; border: 1px solid #999;
  border-radius: 4px; padding: .5em .7em; font-size: .85em; box-shadow: 0 2px 6px rgba(0,0,0,.25);
  pointer-events: none; z-index: 10; }
#cg-tip b { display: block; margin-bottom: .3em; } #cg-tip div { margin: .2em 0; }
table { border-collapse: collapse; margin: .5em 0 1.5em; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; } td.kind { color: #d62728; font-weight: bold; white-space: nowrap; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
"""

_JS = """
(function () {
  var data = JSON.parse(document.getElementById('cg-data').textContent);
  var pic = document.getElementById('cg-picture'), tip = document.getElementById('cg-tip');
  var parts = {};
  Array.prototype.forEach.call(pic.querySelectorAll('g[id]'), function (el) {
    var k = el.id.split('-')[0];
    if (data[k]) { (parts[k] = parts[k] || []).push(el); }
  });
  function itemOf(el) {
    while (el && el !== pic) {
      if (el.id) { var k = el.id.split('-')[0]; if (data[k]) { return k; } }
      el = el.parentNode;
    }
    return null;
  }
  var current = null;
  function dim(k) {
    if (k === current) { return; }
    current = k;
    var keep = {};
    if (k) { keep[k] = true; data[k].related.forEach(function (r) { keep[r] = true; }); }
    Object.keys(parts).forEach(function (p) {
      var edge = p.charAt(0) !== 'a' && p.charAt(0) !== 's';
      var on = !k || keep[p] || (edge && data[p].related.every(function (r) { return keep[r]; }));
      parts[p].forEach(function (el) { el.classList.toggle('cg-dim', !on); });
    });
  }
  pic.addEventListener('mousemove', function (ev) {
    var k = itemOf(ev.target);
    if (!k) { tip.style.display = 'none'; dim(null); return; }
    dim(k);
    tip.textContent = '';
    var b = document.createElement('b'); b.textContent = data[k].title; tip.appendChild(b);
    data[k].lines.forEach(function (t) {
      var d = document.createElement('div'); d.textContent = t; tip.appendChild(d);
    });
    tip.style.display = 'block';
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) { x = Math.max(0, ev.clientX - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > window.innerHeight) { y = Math.max(0, ev.clientY - tip.offsetHeight - 14); }
    tip.style.left = x + 'px'; tip.style.top = y + 'px';
  });
  pic.addEventListener('mouseleave', function () { tip.style.display = 'none'; dim(null); });
})();
"""


def render_html(G: nx.MultiDiGraph, *, title: str | None = None, wrap_width: int = 40, max_lines: int = 4) -> str:
    """One self-contained HTML page: the picture as inline SVG with hover tooltips, then the contradictions and the
    statements as tables. No script, style or font is loaded from anywhere."""
    svg, items = _svg(G, title=title, wrap_width=wrap_width, max_lines=max_lines)
    # Inline SVG in HTML needs neither the XML declaration and DOCTYPE nor the namespace declarations: the page
    # then names no URL at all.
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", svg[: svg.index(">") + 1], count=2) + svg[svg.index(">") + 1:]
    heading = title or "Who claims what, and which statements contradict each other"
    esc = lambda s: html.escape(str(s), quote=False)  # noqa: E731
    payload = json.dumps(items, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")

    rows = []
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: -e[3].get("confidence", 0.0)):
        if k != "contradicts":
            continue
        a, b = G.nodes[u], G.nodes[v]
        rows.append(
            f"<tr><td>{esc(a['actor'] or '?')}: {esc(a['label'])}</td><td>{esc(b['actor'] or '?')}: "
            f"{esc(b['label'])}</td><td class=\"kind\">{esc(d['label'])}</td>"
            f"<td>{d['confidence']:.2f}</td><td>{esc(d.get('explanation', ''))}</td></tr>")
    contra = ("<table><tr><th>statement</th><th>contradicts</th><th>kind</th><th>confidence</th>"
              "<th>explanation</th></tr>" + "".join(rows) + "</table>") if rows else "<p>None found.</p>"

    srows = []
    for actor in _actor_order(G):
        for _, s, k, d in sorted(G.out_edges(actor, keys=True, data=True), key=lambda e: _statement_key(G, e[1])):
            if k == "claims":
                srows.append(f"<tr><td>{esc(G.nodes[actor]['label'])}</td><td>{esc(d['label'])}</td>"
                             f"<td>{esc(G.nodes[s]['label'])}</td></tr>")
    stmts = ("<table><tr><th>actor</th><th>speech act</th><th>statement</th></tr>" + "".join(srows) + "</table>"
             if srows else "<p>None found.</p>")

    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{esc(heading)}</h1>\n"
        "<p class=\"note\">Hover over an actor, a statement, a grey claims line or a red contradiction arc to read "
        "it in full; the rest of the picture fades.</p>\n"
        f"<div id=\"cg-picture\">{svg}</div>\n<div id=\"cg-tip\"></div>\n"
        f"<h2>Contradictions</h2>\n{contra}\n<h2>Statements by actor</h2>\n{stmts}\n"
        f"<script type=\"application/json\" id=\"cg-data\">{payload}</script>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
