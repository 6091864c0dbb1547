"""Export: Turtle that rdflib and pyoxigraph both read back to the store's graph; the other formats."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.export import EXTENSIONS, FORMATS, export
from kg.rdf import article_graph


def test_turtle_reparses_isomorphic_with_rdflib(fixture_store, tmp_path):
    out = export(fixture_store, tmp_path / "out" / "claims.ttl", "turtle")
    assert out == tmp_path / "out" / "claims.ttl"
    parsed = Graph().parse(out, format="turtle")
    assert isomorphic(parsed, fixture_store.union_graph())
    assert len(parsed) == len(fixture_store.union_graph())


def test_turtle_reads_back_with_pyoxigraph(fixture_store, tmp_path):
    out = export(fixture_store, tmp_path / "claims.ttl", "turtle")
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(fixture_store.union_graph())
    solutions = list(store.query("SELECT ?l WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
    assert "Moscow" in {s["l"].value for s in solutions}


def test_turtle_uses_the_project_prefixes(fixture_store, tmp_path):
    text = export(fixture_store, tmp_path / "claims.ttl", "turtle").read_text(encoding="utf-8")
    assert "@prefix cg: <https://w3id.org/claimgraph/ontology#>" in text
    assert "@prefix schema: <http://schema.org/>" in text
    assert "ns1:" not in text
    assert "cg:claims" in text


def test_nt_is_the_union_graph(fixture_store, tmp_path):
    out = export(fixture_store, tmp_path / "claims.nt", "nt")
    assert isomorphic(Graph().parse(out, format="nt"), fixture_store.union_graph())


@pytest.mark.parametrize("fmt,parser", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_graph_formats_keep_named_graphs(fixture_store, tmp_path, fmt, parser):
    out = export(fixture_store, tmp_path / f"claims{EXTENSIONS[fmt]}", fmt)
    ds = Dataset()
    ds.parse(out, format=parser)
    assert len(list(ds.quads((None, None, None, None)))) == fixture_store.count()
    main = article_graph("kyiv-strikes")
    assert isomorphic(ds.graph(main), _graph_of(fixture_store, main))


def _graph_of(store, graph_iri):
    g = Graph()
    for s, p, o, _ in store.quads(graph_iri):
        g.add((s, p, o))
    return g


def test_export_to_a_stream_and_bad_format(fixture_store):
    buffer = io.BytesIO()
    assert export(fixture_store, buffer, "nt") is None
    assert buffer.getvalue().count(b"\n") == len(fixture_store.union_graph())
    with pytest.raises(StoreError, match="unknown export format"):
        export(fixture_store, buffer, "xml")
    assert set(FORMATS) == set(EXTENSIONS)
