"""The overview as one offline HTML page (``kg viz --overview --out PAGE.html``): who contradicts whom, then the
sentences behind an actor or an edge.

The page (template ``kg/data/overview_page.html``, no script or style from the network) draws the overview of
:mod:`kg.overview` at the same positions as the picture, with zoom (wheel) and pan (drag), a search box over actor
names and statement texts, filters by speech act, contradiction kind, article and date range, and a panel that lists
an actor's statements or an edge's contradictions (both sentences, their articles and days) on a click. Its size
stays bounded: at most :data:`STATEMENTS_PER_ACTOR` statements per actor and :data:`CONTRADICTIONS_PER_EDGE`
contradictions per edge are embedded, and the panel says when it shows only the first ones.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from pathlib import Path

from kg.overview import KIND_COLORS, _KIND_OF_TERM, Overview, _label_lines, overview_graph, place
from kg.viz import KIND_LABELS
from kg.query import fill_values, load_part

STATEMENTS_PER_ACTOR = 60
CONTRADICTIONS_PER_EDGE = 40
_PX = 100  # page units per inch of the layout: labels are 9 pt there, 12.5 units here, so they never overlap


def _text(term) -> str:
    return "" if term is None else str(term)


def _local(term) -> str:
    return _text(term).rsplit("#", 1)[-1]


def page_data(store, overview: Overview) -> dict:
    """What the page embeds: actors with positions and their first statements, edges with their contradictions."""
    import rdflib

    placed = place(overview_graph(overview))
    shown = {a.iri for a in overview.actors}
    statements: dict[str, list[dict]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    iris = sorted(shown)
    for i in range(0, len(iris), 200):
        query = fill_values(load_part("overview-statements"), "actor", [rdflib.URIRef(a) for a in iris[i:i + 200]])
        for row in store.query(query):
            actor = str(row["actor"])
            counts[actor] += 1
            statements[actor].append({"text": _text(row["text"]), "act": _local(row["speechAct"]).lower(),
                                      "article": _text(row["articleId"]), "date": _text(row["date"])[:10]})
    edges: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in store.query(load_part("overview-contradictions")):
        a, b = str(row["actorA"]), str(row["actorB"])
        if a not in shown or b not in shown:
            continue
        first, second = ("A", "B") if a <= b else ("B", "A")
        key = (min(a, b), max(a, b))
        edges[key].append({
            "kind": _KIND_OF_TERM.get(str(row["kind"]), ""), "confidence": round(float(row["confidence"]), 2),
            "explanation": _text(row["explanation"]),
            "a": {"text": _text(row[f"text{first}"]), "article": _text(row[f"article{first}"]),
                  "date": _text(row[f"date{first}"])[:10]},
            "b": {"text": _text(row[f"text{second}"]), "article": _text(row[f"article{second}"]),
                  "date": _text(row[f"date{second}"])[:10]}})
    actors = []
    for a in overview.actors:
        p = placed[a.iri]
        listed = sorted(statements[a.iri], key=lambda s: (s["date"], s["article"]))
        actors.append({"id": a.iri, "label": a.label, "lines": _label_lines(a.label),
                       "statements": a.statements, "articles": a.articles,
                       "x": round(p.x * _PX, 1), "y": round(-p.y * _PX, 1), "r": round(p.radius * _PX, 1),
                       "listed": listed[:STATEMENTS_PER_ACTOR], "more": max(0, counts[a.iri] - STATEMENTS_PER_ACTOR)})
    out_edges = []
    for e in overview.edges:
        found = edges.get((min(e.a, e.b), max(e.a, e.b)), [])
        out_edges.append({"a": e.a, "b": e.b, "n": e.contradictions, "kind": e.main_kind,
                          "contradictions": found[:CONTRADICTIONS_PER_EDGE],
                          "more": max(0, len(found) - CONTRADICTIONS_PER_EDGE)})
    return {"actors": actors, "edges": out_edges, "colors": KIND_COLORS, "kinds": {k: v for k, v in KIND_LABELS.items() if k},
            "totals": {"actors": overview.all_actors, "statements": overview.all_statements,
                       "contradictions": overview.all_contradictions}}


def render_page(data: dict, title: str | None = None) -> str:
    """The page's HTML, the data embedded as JSON (safe inside a script element)."""
    from kg.resources import data_file

    template = data_file("overview_page.html").read_text(encoding="utf-8")
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (template.replace("{{TITLE}}", html.escape(title or "Who contradicts whom"))
            .replace("{{DATA}}", payload))


def write_page(store, overview: Overview, out: str | Path, title: str | None = None) -> Path:
    """Write the overview page for ``overview`` of ``store`` to ``out``."""
    path = Path(out)
    path.write_text(render_page(page_data(store, overview), title), encoding="utf-8")
    return path
