"""The archive at a glance: which actors contradict which, how often, and about what (``kg viz --overview``).

Drawn from two small queries that read only what the picture shows (``queries/parts/overview-actors.rq``: actors
with their statement counts; ``queries/parts/overview-conflicts.rq``: pairs of actors with their contradictions by
kind), so the cost grows with the actors and contradictions, not with the statements' text. The picture keeps the
top actors by conflict and the top actors by statements (:data:`TOP`, ``--top``): one node per actor, its area
the statements it claims, an edge between two actors whose statements contradict, its width the number of
contradictions and its colour their main kind. Labels are placed with the nodes and pushed apart until no two
overlap (:func:`place`), and the figure is sized so that the long side stays within :data:`MAX_PIXELS`.

``.gexf`` and ``.graphml`` get the same network with the same attributes (``label``, ``statements``, ``articles``,
``conflicts`` on nodes; ``weight``, ``kind``, ``kinds``, ``color`` on edges) for Gephi and Cytoscape.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import networkx as nx

from kg.errors import KgError
from kg.query import load_part
from kg.rdf import CONTRADICTION_KIND_TERMS
from kg.viz import KIND_LABELS, wrap_label

TOP = 25
"""Actors kept by conflict, and again by statements (the union is drawn)."""
MAX_PIXELS = 4000
"""The long side of an overview PNG, at most."""
LABEL_PT = 9.0
KIND_COLORS = {
    "opposite-polarity": "#d62728", "antonym": "#ff7f0e", "numeric": "#9467bd", "denial": "#1f77b4",
    "exclusive-events": "#8c564b", "model-judged": "#e377c2", "": "#7f7f7f",
}
_KIND_OF_TERM = {term.value: kind.value for kind, term in CONTRADICTION_KIND_TERMS.items()}


@dataclass(frozen=True)
class OverviewActor:
    """One actor of the overview."""

    iri: str
    label: str
    statements: int
    articles: int
    conflicts: int


@dataclass(frozen=True)
class OverviewEdge:
    """Two actors whose statements contradict; ``a == b`` for an actor contradicting itself."""

    a: str
    b: str
    contradictions: int
    kinds: tuple[tuple[str, int], ...]
    """Each kind with its count, most first."""

    @property
    def main_kind(self) -> str:
        return self.kinds[0][0] if self.kinds else ""


@dataclass(frozen=True)
class Overview:
    """What the overview draws, and how much of the store it leaves out."""

    actors: tuple[OverviewActor, ...]
    edges: tuple[OverviewEdge, ...]
    all_actors: int
    all_statements: int
    all_contradictions: int


def _label_of(iri: str, label: object) -> str:
    if label is not None and str(label).strip():
        return " ".join(str(label).split())
    return unquote(iri.rsplit("/", 1)[-1]).replace("-", " ")


def read_overview(store, top: int = TOP) -> Overview:
    """The top actors by conflict and by statements, and the contradictions among them."""
    counts: dict[str, tuple[str, int, int]] = {}
    for row in store.query(load_part("overview-actors")):
        iri = str(row["actor"])
        counts[iri] = (_label_of(iri, row["label"]), int(row["statements"]), int(row["articles"]))
    kinds: dict[tuple[str, str], dict[str, int]] = {}
    for row in store.query(load_part("overview-conflicts")):
        pair = (str(row["actorA"]), str(row["actorB"]))
        kind = _KIND_OF_TERM.get(str(row["kind"]), "")
        kinds.setdefault(pair, {})[kind] = kinds.get(pair, {}).get(kind, 0) + int(row["contradictions"])
    conflicts: dict[str, int] = {}
    for (a, b), by_kind in kinds.items():
        n = sum(by_kind.values())
        conflicts[a] = conflicts.get(a, 0) + n
        if b != a:
            conflicts[b] = conflicts.get(b, 0) + n
    by_conflict = sorted(conflicts, key=lambda i: (-conflicts[i], -counts.get(i, ("", 0, 0))[1], i))[:top]
    by_statements = sorted(counts, key=lambda i: (-counts[i][1], i))[:top]
    kept = dict.fromkeys(by_conflict + by_statements)
    actors = _distinct_labels(
        [OverviewActor(i, *counts.get(i, (_label_of(i, None), 0, 0)), conflicts.get(i, 0)) for i in kept])
    edges = tuple(OverviewEdge(a, b, sum(k.values()), tuple(sorted(k.items(), key=lambda kv: (-kv[1], kv[0]))))
                  for (a, b), k in sorted(kinds.items()) if a in kept and b in kept)
    totals = next(iter(store.query(load_part("store-counts"))))
    return Overview(actors, edges, len(counts), int(totals["statements"]), int(totals["contradictions"]))


def _distinct_labels(actors: list[OverviewActor]) -> tuple[OverviewActor, ...]:
    """Actors that would read alike ("The article" of two articles, "officials" of two stories) get what their
    IRIs add (the article they belong to), so that no two nodes of the picture carry one label."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    for a in actors:
        seen[a.label.lower()] = seen.get(a.label.lower(), 0) + 1
    out = []
    for a in actors:
        if seen[a.label.lower()] > 1:
            local = unquote(a.iri.rsplit("/", 1)[-1])
            where = local.split("--", 1)[1] if "--" in local else local
            a = replace(a, label=f"{a.label} ({where[:24]})")
        out.append(a)
    return tuple(out)


def overview_graph(overview: Overview) -> nx.Graph:
    """The overview as a networkx graph with plain attributes (what GEXF and GraphML files carry)."""
    G = nx.Graph()
    for a in overview.actors:
        G.add_node(a.iri, label=a.label, statements=a.statements, articles=a.articles, conflicts=a.conflicts)
    for e in overview.edges:
        G.add_edge(e.a, e.b, weight=e.contradictions, kind=e.main_kind, color=KIND_COLORS.get(e.main_kind, "#7f7f7f"),
                   kinds="; ".join(f"{KIND_LABELS.get(k, k)} {n}" for k, n in e.kinds))
    return G


@dataclass(frozen=True)
class Placed:
    """A node's centre, its radius and its label's box (inches, the label centred under the node)."""

    x: float
    y: float
    radius: float
    label_w: float
    label_h: float

    def box(self) -> tuple[float, float, float, float]:
        """The node and its label together: left, bottom, right, top."""
        half = max(self.radius, self.label_w / 2)
        return self.x - half, self.y - self.radius - self.label_h, self.x + half, self.y + self.radius


def _radius(statements: int, most: int) -> float:
    return 0.06 + 0.30 * math.sqrt(statements / most) if most else 0.06


def _label_lines(label: str) -> list[str]:
    return wrap_label(label, 22, 2)


def _label_size(label: str) -> tuple[float, float]:
    lines = _label_lines(label)
    return max(len(line) for line in lines) * LABEL_PT * 0.55 / 72 + 0.08, len(lines) * LABEL_PT * 1.25 / 72 + 0.06


def _overlap(p: tuple[float, float, float, float], q: tuple[float, float, float, float]) -> tuple[float, float]:
    return min(p[2], q[2]) - max(p[0], q[0]), min(p[3], q[3]) - max(p[1], q[1])


def place(G: nx.Graph, *, seed: int = 7, rounds: int = 400) -> dict[str, Placed]:
    """Positions (inches) for every node: a spring layout scaled to the labels' room, then pushed apart until no
    node-and-label box overlaps another."""
    most = max((d["statements"] for _, d in G.nodes(data=True)), default=1)
    sizes = {n: _label_size(d["label"]) for n, d in G.nodes(data=True)}
    radius = {n: _radius(d["statements"], most) for n, d in G.nodes(data=True)}
    if not G:
        return {}
    area = sum((max(w, 2 * radius[n]) + 0.2) * (h + 2 * radius[n] + 0.2) for n, (w, h) in sizes.items())
    side = max(4.0, math.sqrt(area * 3.0))
    raw = nx.spring_layout(G, seed=seed, weight=None, k=1.5 / math.sqrt(len(G)), iterations=200)
    pos = {n: [float(x) * side / 2, float(y) * side / 2] for n, (x, y) in raw.items()}
    nodes = list(G)
    gap = 0.08
    for _ in range(rounds):
        moved = False
        boxes = {n: Placed(*pos[n], radius[n], *sizes[n]).box() for n in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = _overlap(boxes[a], boxes[b])
                if dx + gap <= 0 or dy + gap <= 0:
                    continue
                moved = True
                # Push both apart along the line between them (a column of labels is what pushing along one axis
                # makes), far enough to clear the smaller overlap.
                vx, vy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                norm = math.hypot(vx, vy)
                if norm < 1e-9:
                    vx, vy, norm = 1.0, 0.5, math.hypot(1.0, 0.5)
                step = (min(dx, dy) + gap) / 2 / max(abs(vx) / norm, abs(vy) / norm)
                step = min(step, (min(dx, dy) + gap) * 1.5)
                pos[a][0] += vx / norm * step
                pos[a][1] += vy / norm * step
                pos[b][0] -= vx / norm * step
                pos[b][1] -= vy / norm * step
                boxes[a] = Placed(*pos[a], radius[a], *sizes[a]).box()
                boxes[b] = Placed(*pos[b], radius[b], *sizes[b]).box()
        if not moved:
            break
    return {n: Placed(pos[n][0], pos[n][1], radius[n], *sizes[n]) for n in nodes}


def overlapping_labels(placed: dict[str, Placed]) -> int:
    """How many pairs of node-and-label boxes overlap (0 after :func:`place`)."""
    boxes = [p.box() for p in placed.values()]
    return sum(1 for i, p in enumerate(boxes) for q in boxes[i + 1:] if min(_overlap(p, q)) > 0)


def _width(n: int, most: int) -> float:
    return 1.0 + 5.0 * math.log1p(n) / math.log1p(max(most, 1))


def draw_overview(overview: Overview, out_path: str | Path, *, title: str | None = None) -> Path:
    """Write the overview: ``.png`` / ``.svg`` (matplotlib), ``.gexf`` / ``.graphml`` (networkx)."""
    out = Path(out_path)
    suffix = out.suffix.lower()
    G = overview_graph(overview)
    if suffix == ".gexf":
        nx.write_gexf(G, out)
        return out
    if suffix == ".graphml":
        nx.write_graphml(G, out)
        return out
    if suffix not in (".png", ".svg"):
        raise KgError(f"cannot draw the overview to {out.name}: use .png, .svg, .html, .gexf or .graphml")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle

    placed = place(G)
    margin, header, footer = 0.4, 0.9, 1.1
    if placed:
        boxes = [p.box() for p in placed.values()]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    else:
        left, bottom, right, top = 0.0, 0.0, 6.0, 2.0
    width = max(8.0, right - left + 2 * margin)
    height = top - bottom + 2 * margin + header + footer
    fig = plt.figure(figsize=(width, height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(left - (width - (right - left)) / 2, right + (width - (right - left)) / 2)
    ax.set_ylim(bottom - margin - footer, top + margin + header)
    ax.set_aspect("equal")
    ax.axis("off")
    most = max((e.contradictions for e in overview.edges), default=1)
    for e in sorted(overview.edges, key=lambda e: e.contradictions):
        color = KIND_COLORS.get(e.main_kind, "#7f7f7f")
        a, b = placed[e.a], placed[e.b]
        if e.a == e.b:  # an actor contradicting itself: a ring around its node
            ax.add_patch(Circle((a.x, a.y), a.radius + 0.07, fill=False, edgecolor=color,
                                linewidth=_width(e.contradictions, most), zorder=1))
        else:
            ax.plot([a.x, b.x], [a.y, b.y], color=color, linewidth=_width(e.contradictions, most), alpha=0.75,
                    solid_capstyle="round", zorder=1)
    in_conflict = {e.a for e in overview.edges} | {e.b for e in overview.edges}
    for actor in overview.actors:
        p = placed[actor.iri]
        ax.add_patch(Circle((p.x, p.y), p.radius, facecolor="#4c72b0" if actor.iri in in_conflict else "#a9b8d0",
                            edgecolor="white", linewidth=0.8, zorder=2))
        ax.text(p.x, p.y - p.radius - 0.03, "\n".join(_label_lines(actor.label)), ha="center", va="top",
                fontsize=LABEL_PT, zorder=3, linespacing=1.1,
                bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    shown = len(overview.actors)
    ax.text(left - (width - (right - left)) / 2 + margin, top + margin + header - 0.25,
            title or "Who contradicts whom", fontsize=15, fontweight="bold", va="top")
    import textwrap

    caption = (f"{shown} of {overview.all_actors} actors (the top by contradictions and by statements); "
               f"{overview.all_statements} statements, {overview.all_contradictions} contradictions in the store. "
               "Node area: statements claimed; line width: contradictions between the two; colour: main kind; "
               "a ring: an actor's own statements contradict each other.")
    ax.text(left - (width - (right - left)) / 2 + margin, top + margin + header - 0.55,
            "\n".join(textwrap.wrap(caption, int((width - 2 * margin) * 72 / (8.5 * 0.55)))),
            fontsize=8.5, va="top", color="#333333")
    used = sorted({e.main_kind for e in overview.edges}, key=lambda k: list(KIND_COLORS).index(k))
    handles = [Line2D([0], [0], color=KIND_COLORS[k], linewidth=3, label=KIND_LABELS.get(k, KIND_LABELS[""]))
               for k in used]
    handles += [Line2D([0], [0], marker="o", color="white", markerfacecolor="#a9b8d0", markersize=9,
                       label="no contradiction among the actors shown")]
    ax.legend(handles=handles, loc="lower left", ncol=min(4, len(handles)), fontsize=8.5, frameon=False,
              bbox_to_anchor=(0.01, 0.0))
    dpi = max(60, min(150, int(MAX_PIXELS / max(width, height))))
    if suffix == ".png":
        fig.savefig(out, format="png", dpi=dpi, facecolor="white")
    else:
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(out, format="svg", facecolor="white", metadata={"Creator": None, "Date": None})
    plt.close(fig)
    return out
