"""Tests for kg.viz: the claim network from queries/claim-network-viz.rq, its styles, layout and drawings."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from matplotlib.colors import to_rgb
from matplotlib.image import imread

from kg import viz
from kg.errors import KgError
from kg.rdf import actor_iri, article_quads, cross_article_quads, rdflib_quads, statement_iri
from kg.types import (
    Actor,
    Article,
    Attribution,
    Claim,
    Contradiction,
    Mention,
    ResolvedArticle,
    Span,
    StatementRef,
)
from kg.vocab import CG

# rdflib 7's Dataset warns about its own deprecated default_context whenever it is filled or read.
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")

TEXT = (
    "Moscow denies Russian forces are bombing Ukrainian cities\n\n"
    "Defence ministry spokesperson Igor Konashenkov said that Ukrainian forces had not resisted. "
    "He said that $5 to $7 million in aid <urgent> & food would arrive by Friday. "
    "Explosions were heard in Kyiv, Kharkiv and Odesa."
)
AID = "moscow-denies"
S_DENY = "Russian forces are bombing Ukrainian cities"
S_RESIST = "Ukrainian forces had not resisted"
S_AID = "$5 to $7 million in aid <urgent> & food would arrive by Friday"
S_VOICE = "Explosions were heard in Kyiv, Kharkiv and Odesa."
TEXTS = (S_DENY, S_RESIST, S_AID, S_VOICE)


def _span(sub: str) -> Span:
    i = TEXT.index(sub)
    return Span(i, i + len(sub), sub)


def _ref(sub: str) -> StatementRef:
    s = _span(sub)
    return StatementRef(AID, s.start, s.end)


def _claim(actor: str, sub: str, act: str, method: str = "reporting-verb", polarity: str = "positive") -> Claim:
    source = None if method == "article-voice" else Mention(_span(sub), "PERSON", actor)
    att = Attribution(AID, _span(sub), source, None, act, polarity, method, 0.8, Span(0, len(TEXT), TEXT))
    return Claim(actor, att)


def _contradiction(a: str, b: str, kind: str, confidence: float) -> Contradiction:
    return Contradiction(_ref(a), _ref(b), kind, confidence, f"{a} vs {b}", _span(a), _span(b))


@pytest.fixture(scope="module")
def dataset() -> rdflib.Dataset:
    """One article in its named graph, one contradiction inside it and one in the shared contradictions graph."""
    article = Article(AID, TEXT, (Span(0, len(TEXT), TEXT),), title=TEXT.split("\n")[0], authors=("Naira Davlashyan",))
    actors = (Actor("moscow", "Moscow", "Place"), Actor("igor-konashenkov", "Igor Konashenkov", "Person"),
              Actor("naira-davlashyan", "Naira Davlashyan", "Person"))
    claims = (
        _claim("moscow", S_DENY, "deny"),
        _claim("igor-konashenkov", S_RESIST, "assert", polarity="negative"),
        _claim("igor-konashenkov", S_AID, "vow"),
        _claim("naira-davlashyan", S_VOICE, "report", method="article-voice"),
    )
    resolved = ResolvedArticle(article, actors, claims, ())
    ds = rdflib.Dataset()  # default_union is False: the picture must still see every named graph
    for quad in rdflib_quads(article_quads(resolved, [_contradiction(S_DENY, S_VOICE, "exclusive-events", 0.75)])):
        ds.add(quad)
    for quad in rdflib_quads(cross_article_quads([_contradiction(S_RESIST, S_VOICE, "denial", 0.5)])):
        ds.add(quad)
    return ds


@pytest.fixture(scope="module")
def G(dataset: rdflib.Dataset) -> nx.MultiDiGraph:
    return viz.claim_network_from_graph(dataset)


def _sid(sub: str) -> str:
    return str(statement_iri(_ref(sub)))


def _edges(G: nx.MultiDiGraph, kind: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == kind]


# --------------------------------------------------------------------------------------------------------------------
# The network
# --------------------------------------------------------------------------------------------------------------------


def test_query_file_is_the_named_query():
    text = viz.network_query()
    assert (Path(viz.__file__).parents[1] / "queries" / "claim-network-viz.rq").read_text(encoding="utf-8") == text
    assert re.search(r"^SELECT", text, re.M)


def test_nodes_and_edges_exactly(G):
    kinds = {n: d["kind"] for n, d in G.nodes(data=True)}
    assert sorted(kinds.values()) == ["actor"] * 3 + ["statement"] * 4
    assert {n for n, k in kinds.items() if k == "statement"} == {_sid(s) for s in TEXTS}
    assert {G.nodes[n]["label"] for n, k in kinds.items() if k == "actor"} == {
        "Moscow", "Igor Konashenkov", "Naira Davlashyan"}
    assert sorted(k for *_, k in G.edges(keys=True)) == ["claims"] * 4 + ["contradicts"] * 2
    for u, v, k, d in G.edges(keys=True, data=True):
        assert d["kind"] == k
        assert G.nodes[v]["kind"] == "statement"
        assert G.nodes[u]["kind"] == ("actor" if k == "claims" else "statement")


def test_claims_edges_carry_the_speech_act(G):
    got = {(G.nodes[u]["label"], G.nodes[v]["label"]): (d["label"], d["speech_act"]) for u, v, d in _edges(G, "claims")}
    assert got == {
        ("Moscow", S_DENY): ("denies", "deny"),
        ("Igor Konashenkov", S_RESIST): ("says", "assert"),
        ("Igor Konashenkov", S_AID): ("vows", "vow"),
        ("Naira Davlashyan", S_VOICE): ("reports", "report"),
    }
    assert G.nodes[_sid(S_RESIST)]["polarity"] == "negative"
    assert G.nodes[_sid(S_DENY)]["actor"] == "Moscow"
    assert G.nodes[str(actor_iri("moscow"))]["actor_class"] == "Place"


def test_article_voice_is_marked(G):
    voices = {d["label"]: d["voice"] for _, d in G.nodes(data=True) if d["kind"] == "actor"}
    assert voices == {"Moscow": "source", "Igor Konashenkov": "source", "Naira Davlashyan": "article"}
    method = {G.nodes[u]["label"]: d["method"] for u, _, d in _edges(G, "claims")}
    assert method["Naira Davlashyan"] == "article-voice"


def test_contradicts_once_per_unordered_pair_from_both_graphs(G):
    got = {frozenset((u, v)): (d["contradiction_kind"], d["label"], d["confidence"], d["explanation"])
           for u, v, d in _edges(G, "contradicts")}
    assert len(_edges(G, "contradicts")) == 2
    assert got == {
        frozenset((_sid(S_DENY), _sid(S_VOICE))): (
            "exclusive-events", "exclusive events", 0.75, f"{S_DENY} vs {S_VOICE}"),
        frozenset((_sid(S_RESIST), _sid(S_VOICE))): (
            "denial", "denial of assertion", 0.5, f"{S_RESIST} vs {S_VOICE}"),
    }


def test_dataset_is_queried_over_the_union_without_being_changed(dataset):
    before = len(dataset)
    assert dataset.default_union is False
    assert viz.claim_network_from_graph(dataset).number_of_nodes() == 7
    assert dataset.default_union is False and len(dataset) == before
    # A plain rdflib.Graph with the same triples gives the same network.
    g = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        g.add((s, p, o))
    g2 = viz.claim_network_from_graph(g)
    assert sorted(g2.nodes) == sorted(viz.claim_network_from_graph(dataset).nodes)
    assert g2.number_of_edges() == 6


def test_network_from_store_like_rows_matches(dataset, G):
    """Rows as the store gives them: a list of dicts from variable name to rdflib term, unbound ones left out."""
    union = rdflib.Dataset(store=dataset.store, default_union=True)
    rows = [{str(k): v for k, v in row.items()} for row in union.query(viz.network_query()).bindings]
    H = viz.network_from_rows(rows)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True), key=str) == sorted(G.edges(keys=True, data=True), key=str)
    # None for an unbound variable is as good as leaving it out
    rows_none = [{**{v: None for v in ("actorName", "speechAct", "kind")}, **r} for r in rows]
    assert viz.network_from_rows(rows_none).number_of_edges() == 6


def test_write_gexf_and_graphml(G, tmp_path):
    for name, read in (("g.gexf", nx.read_gexf), ("g.graphml", nx.read_graphml)):
        path = viz.draw(G, tmp_path / name)
        back = read(path)
        assert back.number_of_nodes() == 7 and back.number_of_edges() == 6
        assert S_AID in {d.get("label") for _, d in back.nodes(data=True)}
    for n, d in G.nodes(data=True):  # all plain values, nothing a writer could choke on
        assert isinstance(n, str)
        assert all(isinstance(x, (str, int, float)) for x in d.values())


# --------------------------------------------------------------------------------------------------------------------
# Styles and layout
# --------------------------------------------------------------------------------------------------------------------


def _is_red(color: str) -> bool:
    r, g, b = to_rgb(color)
    return r > 0.7 and g < 0.3 and b < 0.3


def test_contradicts_edges_are_red_and_thick_claims_grey(G):
    styles = viz.edge_styles(G)
    assert set(styles) == set(G.edges(keys=True))
    red = [s for (u, v, k), s in styles.items() if k == "contradicts"]
    grey = [s for (u, v, k), s in styles.items() if k == "claims"]
    assert len(red) == 2 and all(_is_red(s["color"]) for s in red)
    assert not any(_is_red(s["color"]) for s in grey)
    assert min(s["width"] for s in red) > 2 * max(s["width"] for s in grey)
    assert {s["label"] for s in grey} == {"denies", "says", "vows", "reports"}
    assert {s["label"] for s in red} == {"exclusive events · 0.75", "denial of assertion · 0.50"}


def test_actor_colours_distinct_article_voice_grey_none_red(G):
    colors = viz.actor_colors(G)
    by_name = {G.nodes[a]["label"]: c for a, c in colors.items()}
    assert by_name["Naira Davlashyan"] == viz.ARTICLE_VOICE_COLOR
    assert len(set(colors.values())) == 3
    assert not any(_is_red(c) for c in colors.values())
    nodes = viz.node_styles(G)
    contested = {_sid(S_DENY), _sid(S_RESIST), _sid(S_VOICE)}
    assert {n for n, s in nodes.items() if _is_red(s["edgecolor"])} == contested


def test_wrap_label_cuts_with_ellipsis():
    lines = viz.wrap_label("word " * 60, 28, 3)
    assert len(lines) == 3 and lines[-1].endswith("…") and all(len(ln) <= 28 for ln in lines)
    assert viz.wrap_label("short text", 28, 3) == ["short text"]


def _big_network(n_actors: int = 10, per_actor: int = 3) -> nx.MultiDiGraph:
    rows = []
    for a in range(n_actors):
        for i in range(per_actor):
            s = f"https://w3id.org/claimgraph/id/statement/big/{a * 1000 + i}"
            rows.append({"edge": "claims", "actor": f"https://w3id.org/claimgraph/id/actor/a{a}",
                         "actorName": f"Actor {a} with a rather long official title", "statement": s,
                         "text": f"statement {a}.{i} " + "that goes on and on about the war " * (1 + i % 4),
                         "begin": str(a * 1000 + i), "speechAct": str(CG.Assert)})
    for a in range(0, n_actors - 1, 2):
        rows.append({"edge": "contradicts", "statement": f"https://w3id.org/claimgraph/id/statement/big/{a * 1000}",
                     "other": f"https://w3id.org/claimgraph/id/statement/big/{(a + 1) * 1000 + 2}",
                     "kind": str(CG.NumericClash), "confidence": "0.6"})
    return viz.network_from_rows(rows)


def test_layout_boxes_never_overlap():
    G = _big_network()
    lay = viz.claim_layout(G)
    assert len(lay.statements) == 30 and len(lay.actors) == 10 and len(lay.arcs) == 5
    for boxes in (lay.statements, lay.actors):
        spans = sorted((b.y, b.y + b.h) for b in boxes.values())
        assert all(top2 > bottom1 for (_, bottom1), (top2, _) in zip(spans, spans[1:]))
    right_of_actors = max(b.x + b.w for b in lay.actors.values())
    assert all(b.x > right_of_actors + 0.5 for b in lay.statements.values())
    assert all(0 < b.y and b.y + b.h < lay.height for b in [*lay.statements.values(), *lay.actors.values()])
    # each actor sits beside its own statements
    for a, box in lay.actors.items():
        mine = [lay.statements[v] for _, v, k in G.out_edges(a, keys=True) if k == "claims"]
        assert min(s.y for s in mine) - 0.01 <= box.cy <= max(s.y + s.h for s in mine) + 0.01
    # arcs go to the right of the statements and are numbered 1..n
    assert all(arc.x >= max(b.x + b.w for b in lay.statements.values()) and arc.bulge > 0 for arc in lay.arcs)
    assert sorted(arc.number for arc in lay.arcs) == [1, 2, 3, 4, 5]



def test_actor_boxes_hold_their_name_and_caption(G):
    """"article's own voice · 1 statement" is wider than a short name: the box must hold it too."""
    lay = viz.claim_layout(G)
    for actor, box in lay.actors.items():
        name, caption = box.lines[:-1], box.lines[-1]
        assert caption.startswith(("article's own voice", "person", "place", "organization", "group"))
        assert box.w >= viz._text_width([caption], viz._CAPTION_PT) + 0.18
        assert box.w >= viz._text_width(name, viz._ACTOR_PT, True) + 0.18

# --------------------------------------------------------------------------------------------------------------------
# Drawings
# --------------------------------------------------------------------------------------------------------------------


def test_png_is_a_png_and_grows_with_statements(G, tmp_path):
    small = viz.draw(G, tmp_path / "small.png")
    data = small.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    big = viz.draw(_big_network(), tmp_path / "big.png")
    assert imread(big).shape[0] > imread(small).shape[0] * 2


def test_svg_has_the_statement_texts(G, tmp_path):
    svg = viz.draw(G, tmp_path / "g.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for text in TEXTS:  # every wrapped line of every statement is a real <text> element
        for line in viz.wrap_label(text):
            assert f">{html.escape(line, quote=False)}</text>" in svg
    assert ">Igor Konashenkov</text>" in svg
    # drawn as text, not as mathtext (matplotlib would still leave the string in an XML comment)
    assert ">$5 to $7 million in aid &lt;urgent&gt; &amp; food</text>" in svg
    assert svg.count('stroke: #d62728') >= 2


def test_html_is_self_contained_and_has_the_texts(G, tmp_path):
    page = viz.draw(G, tmp_path / "g.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|<script[^>]+src|@import|url\(\s*['\"]?(?!#)", page, re.I)  # url(#clip) is local
    assert "http://" not in page and "https://" not in page
    for text in TEXTS:
        assert html.escape(text, quote=False) in page
    data = json.loads(re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S)[1])
    assert S_AID in json.dumps(data, ensure_ascii=False)
    ids = set(re.findall(r'<g id="([^"]+)"', page))
    assert set(data) <= ids  # every tooltip belongs to an element of the picture
    assert any(item["title"].startswith("Contradiction") for item in data.values())


def test_empty_network_still_draws(tmp_path):
    path = viz.draw(nx.MultiDiGraph(), tmp_path / "empty.png")
    assert path.read_bytes()[:4] == b"\x89PNG"
    assert "No statements" in viz.render_svg(nx.MultiDiGraph())


def test_unknown_suffix_is_an_error(G, tmp_path):
    with pytest.raises(KgError, match="jpeg"):
        viz.draw(G, tmp_path / "g.jpeg")
    assert not (tmp_path / "g.jpeg").exists()


# --------------------------------------------------------------------------------------------------------------------
# A readable part of a big network
# --------------------------------------------------------------------------------------------------------------------


def _statements(G: nx.MultiDiGraph) -> set[str]:
    return {n for n, d in G.nodes(data=True) if d["kind"] == "statement"}


def test_focus_without_filters_is_the_whole_network(G):
    assert viz.focus(G) is G


def test_focus_on_an_actor_keeps_what_contradicts_it(G):
    part = viz.focus(G, actors=["moscow"])
    # Moscow's denial, and the reported explosions that contradict it (claimed by the byline author)
    assert _statements(part) == {_sid(S_DENY), _sid(S_VOICE)}
    assert {part.nodes[n]["label"] for n, d in part.nodes(data=True) if d["kind"] == "actor"} == {
        "Moscow", "Naira Davlashyan"}
    assert len(_edges(part, "contradicts")) == 1
    assert part.nodes[str(actor_iri("naira-davlashyan"))]["statements"] == 1
    assert len(G) == 7  # the whole network is unchanged


def test_focus_on_conflicts_drops_the_uncontested(G):
    part = viz.focus(G, contradicted=True)
    assert _statements(part) == {_sid(S_DENY), _sid(S_RESIST), _sid(S_VOICE)}
    assert _sid(S_AID) not in part


def test_focus_filters_combine_and_can_match_nothing(G):
    assert _statements(viz.focus(G, actors=["KONASHENKOV"], contradicted=True)) == {_sid(S_RESIST), _sid(S_VOICE)}
    assert _statements(viz.focus(G, articles=["no-such-article"])) == set()
    assert _statements(viz.focus(G, articles=[AID], actors=["igor"])) >= {_sid(S_AID), _sid(S_RESIST)}


# --------------------------------------------------------------------------------------------------------------------
# Drawing a part of a store without reading the whole network
# --------------------------------------------------------------------------------------------------------------------


class _Recording:
    """A store that remembers the SPARQL it was asked."""

    def __init__(self, store):
        self.store, self.asked = store, []

    def query(self, sparql, *args, **kwargs):
        self.asked.append(sparql)
        return self.store.query(sparql, *args, **kwargs)


@pytest.fixture(scope="module")
def store(dataset):
    from kg.store import Store

    with Store() as s:
        s.add_quads((q, p, o, g) for q, p, o, g in dataset.quads((None, None, None, None)))
        yield s


def _same(part: nx.MultiDiGraph, whole: nx.MultiDiGraph) -> None:
    assert dict(part.nodes(data=True)) == dict(whole.nodes(data=True))
    assert sorted((u, v, k, sorted(d.items())) for u, v, k, d in part.edges(keys=True, data=True)) == \
        sorted((u, v, k, sorted(d.items())) for u, v, k, d in whole.edges(keys=True, data=True))


@pytest.mark.parametrize("filters", [
    {"actors": ["moscow"]},
    {"actors": ["KONASHENKOV"], "contradicted": True},
    {"actors": ["igor-konashenkov"]},  # the IRI matches as well as the name
    {"contradicted": True},
    {"articles": [AID.upper()]},
    {"articles": [AID], "actors": ["igor", "moscow"]},
    {"articles": ["no-such-article"]},
    {"actors": ["naira"], "contradicted": True},
])
def test_focused_network_is_focus_of_the_whole_network(store, filters):
    whole = viz.network_from_rows(store.query(viz.network_query()))
    recording = _Recording(store)
    part = viz.focused_network(recording, **filters)
    _same(part, viz.focus(whole, **filters))
    assert bool(_statements(part)) == (filters != {"articles": ["no-such-article"]})
    assert viz.network_query() not in recording.asked  # the whole network was not read


def test_focused_network_needs_a_filter(store):
    with pytest.raises(ValueError):
        viz.focused_network(store)


def test_focused_network_follows_actors_joined_across_the_archive(tmp_path):
    """An article that only writes "Obama" is joined to the archive's Barack Obama (kg.identity): asking for
    "Barack Obama" draws that article's statement too, under one node, as the whole network does."""
    from kg.pipeline import build
    from kg.store import Store

    (tmp_path / "full.txt").write_text("Trade\n\nBarack Obama said the trade deal would create jobs.",
                                       encoding="utf-8")
    (tmp_path / "short.txt").write_text("Jobs\n\nObama said the jobs report was strong.", encoding="utf-8")
    with Store(tmp_path / "store") as s:
        build([tmp_path / "full.txt", tmp_path / "short.txt"], s)
        whole = viz.network_from_rows(s.query(viz.network_query()))
        part = viz.focused_network(s, actors=["barack obama"])
    _same(part, viz.focus(whole, actors=["barack obama"]))
    texts = {d.get("label", "") for _, d in part.nodes(data=True)}
    assert any("jobs report" in t for t in texts), texts
    assert sum(1 for _, d in part.nodes(data=True) if d.get("kind") == "actor") == 1


def test_an_article_is_found_by_its_id_as_written(tmp_path):
    """An id with a character its IRI percent-encodes ("a/index", a file in a folder) is matched as written."""
    from kg.pipeline import build
    from kg.store import Store

    for folder, text in (("a", "The mayor said the bridge would open on Monday."),
                         ("b", "The minister said the road would close on Friday.")):
        (tmp_path / "news" / folder).mkdir(parents=True)
        (tmp_path / "news" / folder / "index.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "store") as s:
        build([tmp_path / "news"], s)
        whole = viz.network_from_rows(s.query(viz.network_query()))
        part = viz.focused_network(s, articles=["a/index"])
    _same(part, viz.focus(whole, articles=["a/index"]))
    texts = {d.get("label", "") for _, d in part.nodes(data=True)}
    assert any("bridge" in t for t in texts) and not any("road" in t for t in texts), texts
