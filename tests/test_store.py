"""The store boundary: loading, replacing, querying, dumping, persistence and locking."""
from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import RDFS

from kg.errors import QueryError, StoreError
from kg.rdf import actor_iri, actors_graph, article_graph, article_iri, contradiction_graph
from kg.store import DEFAULT_STORE, Store, default_store_path, to_oxigraph, to_rdflib
from kg.vocab import CG, SCHEMA

MAIN = "kyiv-strikes"
FOLLOWUP = "kyiv-followup"


def test_add_quads_puts_each_article_in_its_own_graph(fixture_store, fixture_quads):
    assert fixture_store.count() == len(fixture_quads)
    assert fixture_store.graphs() == sorted([article_graph(MAIN), article_graph(FOLLOWUP), contradiction_graph(),
                                             actors_graph()])


def test_add_quads_takes_the_pyoxigraph_quads_kg_rdf_makes(fixture_store):
    from kg.rdf import article_quads
    from tests.fixtures.graph.claimgraph_fixture import main_article

    quads = article_quads(*main_article())
    with Store() as store:
        assert store.add_quads(quads) == len(quads)
        assert set(store.quads(article_graph(MAIN))) == set(fixture_store.quads(article_graph(MAIN)))


def test_add_quads_writes_nothing_when_one_quad_is_bad(fixture_quads):
    bad = (URIRef("http://ex/s"), URIRef("not an iri"), Literal("x"), URIRef("http://ex/g"))
    with Store() as store:
        with pytest.raises(StoreError):
            store.add_quads([*fixture_quads[:10], bad])
        assert store.count() == 0


def test_article_hash_reads_the_content_hash(fixture_store):
    assert fixture_store.article_hash(MAIN) == "hash-main-1"
    assert fixture_store.article_hash(FOLLOWUP) == "hash-followup-1"
    assert fixture_store.article_hash("never-built") is None


def test_select_gives_plain_literals_and_none_for_unbound(fixture_store):
    rows = fixture_store.query(
        "SELECT ?label ?missing WHERE { ?a rdfs:label ?label OPTIONAL { ?a cg:nothing ?missing } } ORDER BY ?label",
        None,
    )
    assert rows.variables == ["label", "missing"]
    labels = [r["label"] for r in rows]
    assert Literal("Moscow") in labels
    moscow = next(lab for lab in labels if str(lab) == "Moscow")
    assert moscow.datatype is None and moscow == Literal("Moscow")
    assert all(r["missing"] is None for r in rows)


def test_queries_see_the_union_of_named_graphs(fixture_store):
    # the contradiction node lives in one graph, the statements it relates in the article graphs
    rows = fixture_store.query(
        "SELECT ?text WHERE { ?c cg:contradictionKind cg:DenialOfAssertion ; cg:between ?s . ?s schema:text ?text }"
    )
    assert {str(r["text"]) for r in rows} == {"its missiles had hit any homes",
                                              "Russian missiles destroyed 40 homes in Kyiv"}


def test_ask_and_construct(fixture_store):
    assert fixture_store.query("ASK { ?a cg:claims ?s }") is True
    assert fixture_store.query("ASK { ?a cg:claims cg:Nothing }") is False
    graph = fixture_store.query("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a cg:Person ; rdfs:label ?l }")
    assert isinstance(graph, Graph)
    assert (actor_iri("moscow"), RDFS.label, Literal("Moscow")) not in graph
    assert (actor_iri("igor-konashenkov"), RDFS.label, Literal("Igor Konashenkov")) in graph


def test_bindings_through_substitutions_and_values(fixture_store):
    # projected variable: pyoxigraph substitution
    rows = fixture_store.query("SELECT ?a ?name WHERE { ?a rdfs:label ?name }", {"name": Literal("Moscow")})
    assert [r["a"] for r in rows] == [actor_iri("moscow")]
    # variable only used in a FILTER: bound through VALUES
    rows = fixture_store.query(
        "SELECT DISTINCT ?a WHERE { ?a rdfs:label ?l FILTER(CONTAINS(LCASE(?l), ?needle)) }", {"needle": Literal("kona")}
    )
    assert [r["a"] for r in rows] == [actor_iri("igor-konashenkov")]


def test_a_binding_cannot_inject_sparql(fixture_store):
    before = fixture_store.count()
    hostile = Literal('x") } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("')
    rows = fixture_store.query(
        "SELECT DISTINCT ?a WHERE { ?a rdfs:label ?l FILTER(CONTAINS(?l, ?needle)) }", {"needle": hostile}
    )
    assert list(rows) == []
    assert fixture_store.count() == before


def test_invalid_sparql_is_a_query_error(fixture_store):
    with pytest.raises(QueryError, match="invalid SPARQL"):
        fixture_store.query("SELECT WHERE {")


def test_replace_graph_swaps_one_graph_only(fixture_store):
    graph = article_graph(FOLLOWUP)
    new = [(article_iri(FOLLOWUP), CG.contentHash, Literal("hash-followup-2"), graph)]
    assert fixture_store.replace_graph(graph, new) == 1
    assert fixture_store.article_hash(FOLLOWUP) == "hash-followup-2"
    assert len(list(fixture_store.quads(graph))) == 1
    assert fixture_store.article_hash(MAIN) == "hash-main-1"
    assert len(list(fixture_store.quads(contradiction_graph()))) > 0


def test_failed_replace_keeps_the_old_graph(fixture_store):
    graph = article_graph(FOLLOWUP)
    before = sorted(map(str, fixture_store.quads(graph)))
    wrong_graph = [(article_iri(FOLLOWUP), CG.contentHash, Literal("h"), article_graph(MAIN))]
    with pytest.raises(StoreError, match="given to replace graph"):
        fixture_store.replace_graph(graph, wrong_graph)
    bad_term = [(article_iri(FOLLOWUP), URIRef("bad iri"), Literal("h"), graph)]
    with pytest.raises(StoreError):
        fixture_store.replace_graph(graph, bad_term)
    assert sorted(map(str, fixture_store.quads(graph))) == before


def test_replace_graph_escapes_literals(fixture_store):
    graph = URIRef("https://w3id.org/claimgraph/graph/test")
    tricky = Literal('a "quoted" } line\nand } ; DROP ALL # not a comment')
    fixture_store.replace_graph(graph, [(URIRef("http://ex/s"), SCHEMA.text, tricky)])
    quads = list(fixture_store.quads(graph))
    assert quads == [(URIRef("http://ex/s"), SCHEMA.text, tricky, graph)]
    assert fixture_store.article_hash(MAIN) == "hash-main-1"


def test_remove_graph(fixture_store):
    fixture_store.remove_graph(article_graph(MAIN))
    assert article_graph(MAIN) not in fixture_store.graphs()
    assert fixture_store.article_hash(MAIN) is None
    assert fixture_store.article_hash(FOLLOWUP) == "hash-followup-1"


def test_store_persists_and_closes(tmp_path, fixture_quads):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_quads(fixture_quads)
    with pytest.raises(StoreError, match="closed"):
        store.count()
    with Store(path, create=False) as again:  # the lock was released by close()
        assert again.count() == len(fixture_quads)


def test_missing_store_is_an_error_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_default_store_location(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert default_store_path() == DEFAULT_STORE
    assert str(DEFAULT_STORE) == ".kg/store"
    monkeypatch.setenv("KG_STORE", str(tmp_path / "elsewhere"))
    assert default_store_path() == tmp_path / "elsewhere"


def test_locked_store_names_the_directory(oxigraph_server):
    with pytest.raises(StoreError) as info:
        Store(oxigraph_server.location)
    message = str(info.value)
    assert str(oxigraph_server.location) in message
    assert "another process holds it" in message
    assert "\n" not in message


def test_term_conversion_round_trips():
    for term in (URIRef("http://ex/a"), Literal("plain"), Literal("hallo", lang="de"), Literal("7", datatype=rdfns.XSD.integer),
                 Literal("true", datatype=rdfns.XSD.boolean)):
        assert to_rdflib(to_oxigraph(term)) == term
    assert to_rdflib(ox.Literal("x", datatype=ox.NamedNode(str(rdfns.XSD.string)))) == Literal("x")


def test_oxigraph_canonicalises_numbers(fixture_store):
    # documented: decimals and integer subtypes come back in canonical form
    rows = fixture_store.query("SELECT ?b WHERE { ?s nif:beginIndex ?b } LIMIT 1")
    assert rows[0]["b"].datatype == rdfns.XSD.integer


def test_dump_nt_merges_graphs_without_duplicates(fixture_store):
    out = io.BytesIO()
    fixture_store.dump(out, "nt")
    lines = [ln for ln in out.getvalue().decode().splitlines() if ln]
    assert len(lines) == len(set(lines)) == len(fixture_store.union_graph())
    assert len(lines) < fixture_store.count()  # actors appear in both article graphs


def test_dump_nq_and_trig_keep_graphs(fixture_store, tmp_path):
    fixture_store.dump(tmp_path / "x.nq", "nq")
    fixture_store.dump(tmp_path / "x.trig", "trig")
    for name, fmt in (("x.nq", "nquads"), ("x.trig", "trig")):
        ds = Dataset()
        ds.parse(tmp_path / name, format=fmt)
        names = {g.identifier for g in ds.graphs() if len(g)}
        assert set(fixture_store.graphs()) <= names
        assert len(list(ds.quads((None, None, None, None)))) == fixture_store.count()


def test_dump_jsonld_keeps_graphs(fixture_store, tmp_path):
    fixture_store.dump(tmp_path / "x.jsonld", "jsonld")
    ds = Dataset()
    ds.parse(tmp_path / "x.jsonld", format="json-ld")
    assert len(list(ds.quads((None, None, None, None)))) == fixture_store.count()
    assert (actor_iri("moscow"), RDFS.label, Literal("Moscow")) in ds.graph(actors_graph())
    assert (actor_iri("moscow"), CG.nameInArticle, Literal("Moscow")) in ds.graph(article_graph(MAIN))


def test_dump_rejects_unknown_format(fixture_store):
    with pytest.raises(StoreError, match="unknown format"):
        fixture_store.dump(io.BytesIO(), "rdfxml")


def test_bulk_load_shards(fixture_store, tmp_path):
    fixture_store.dump(tmp_path / "all.nq", "nq")
    (tmp_path / "extra.nt").write_text('<http://ex/s> <http://ex/p> "o" .\n', encoding="utf-8")
    with Store(tmp_path / "bulk") as store:
        assert store.bulk_load([tmp_path / "all.nq", tmp_path / "extra.nt"], to_graph="http://ex/g") == 2
        assert store.count() == fixture_store.count() + 1
        assert URIRef("http://ex/g") in store.graphs()
        assert store.article_hash(MAIN) == "hash-main-1"
        with pytest.raises(StoreError, match="expected a .nq or .nt"):
            store.bulk_load([tmp_path / "x.ttl"])


def test_bulk_load_validates_unless_trusted(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text('<http://ex/%zz> <http://ex/p> "o" <http://ex/g> .\n', encoding="utf-8")  # bad percent-escape
    with Store(tmp_path / "checked") as store:
        with pytest.raises(StoreError, match="cannot bulk-load .*bad.nq"):
            store.bulk_load([bad])
        assert store.count() == 0
    with Store(tmp_path / "trusted") as store:
        assert store.bulk_load([bad], trusted=True) == 1
        assert store.count() == 1


def _shards(tmp_path, count: int, quads: int) -> list[Path]:
    """``count`` N-Quads shards of ``quads`` distinct quads each, shard i in graph ``http://ex/g{i}``."""
    shards = []
    for i in range(count):
        shard = tmp_path / f"shard-{i}.nq"
        shard.write_text("".join(f'<http://ex/s{i}-{k}> <http://ex/p> "o{k}" <http://ex/g{i}> .\n' for k in range(quads)),
                         encoding="utf-8")
        shards.append(shard)
    return shards


def test_bulk_load_of_several_shards_loads_the_good_ones_then_reports_the_bad(tmp_path):
    shards = _shards(tmp_path, 4, 50)
    bad = tmp_path / "shard-bad.nq"
    bad.write_text("<http://ex/s> <http://ex/p> .\n", encoding="utf-8")
    with Store(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="cannot bulk-load .*shard-bad.nq"):
            store.bulk_load([*shards[:2], bad, *shards[2:]])
        assert store.count() == 200
        assert store.bulk_load(shards) == 4 and store.count() == 200  # loading again adds nothing


def _sst_files(store_dir) -> int:
    return len(list(Path(store_dir).glob("*.sst")))


def test_bulk_load_compacts_the_store_unless_told_not_to(tmp_path):
    shards = _shards(tmp_path, 2, 500)
    files = {}
    for compact in (False, True):
        with Store(tmp_path / f"compact-{compact}") as store:
            for shard in shards:  # two loads, so that their files overlap
                store.bulk_load([shard], compact=compact)
            files[compact] = _sst_files(tmp_path / f"compact-{compact}")
            assert store.count() == 1000
    assert files[True] < files[False]
    with Store(tmp_path / "compact-False") as store:
        store.compact()
        assert _sst_files(tmp_path / "compact-False") < files[False] and store.count() == 1000
