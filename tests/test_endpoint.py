"""Pushing to and querying a real Oxigraph server, compared with the local store."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kg.endpoint import EndpointQuery, derive_gsp_url, derive_update_url, push
from kg.errors import EndpointError, QueryError
from kg.query import load_query, query_info, query_names, run_query
from kg.rdf import actor_iri, article_graph

PARAMS = {"actor-claims": {"actor": "zelensk", "since": "2024-01-01", "until": "2024-12-31"},
          "timeline": {"actor": "zelensk", "since": "2024-03-01", "until": "2024-03-01"},
          "statement-provenance": {"statement": "homes"},
          "contradictions": {"since": "2024-01-01", "until": "2024-12-31"},
          "who-claims-what": {"since": "2024-01-01", "until": "2024-12-31"},
          "denials-and-accusations": {"since": "2024-01-01", "until": "2024-12-31"}}


def _server_count(url: str) -> int:
    rows = EndpointQuery(url).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"])


def _server_graphs(url: str) -> set:
    rows = EndpointQuery(url).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {r["g"] for r in rows}


def _clear(url: str) -> None:
    import urllib.request

    request = urllib.request.Request(url.replace("/query", "/update"), data=b"DROP ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status in (200, 204)


@pytest.fixture(scope="module")
def pushed_server(oxigraph_server, fixture_quads):
    """The module's server with the fixture store pushed into it through the derived Graph Store URL."""
    from kg.store import Store

    _clear(oxigraph_server.query_url)
    with Store() as store:
        store.add_quads(fixture_quads)
        result = push(store, oxigraph_server.query_url)
    return oxigraph_server, result


def test_gsp_url_is_derived_for_oxigraph(oxigraph_server):
    assert derive_gsp_url(oxigraph_server.union_query_url) == f"{oxigraph_server.base}/store"
    assert derive_update_url(oxigraph_server.union_query_url) == f"{oxigraph_server.base}/update"


def test_push_to_oxigraph_uses_its_bulk_loader(pushed_server, fixture_store):
    server, result = pushed_server
    assert result.method == "bulk"
    assert result.graphs == 4  # two articles, the contradictions between them, the actors' cards
    assert result.triples == fixture_store.count()
    assert result.seconds >= 0
    assert _server_count(server.query_url) == fixture_store.count()
    assert _server_graphs(server.query_url) == set(fixture_store.graphs())


@pytest.mark.parametrize("name", sorted(query_names()))
def test_every_named_query_gives_the_same_rows_remotely(pushed_server, fixture_store, name):
    server, _ = pushed_server
    sparql = load_query(name)
    params = PARAMS.get(name, {})
    assert set(params) == set(query_info(name).params)
    local = run_query(fixture_store, sparql, params)
    remote = run_query(EndpointQuery(server.union_query_url), sparql, params)
    assert remote.variables == local.variables
    assert remote.rows == local.rows
    assert len(local.rows) > 0


def test_remote_query_without_union_sees_nothing(pushed_server):
    server, _ = pushed_server
    rows = EndpointQuery(server.query_url).query(load_query("who-claims-what"))
    assert rows == []  # the data is in named graphs; the plain default graph is empty


def test_remote_bindings_are_terms_not_text(pushed_server):
    server, _ = pushed_server
    endpoint = EndpointQuery(server.union_query_url)
    rows = endpoint.query("SELECT DISTINCT ?a WHERE { ?a rdfs:label ?l FILTER(CONTAINS(LCASE(?l), ?needle)) }",
                          {"needle": Literal('moscow" ) } DROP ALL ; #')})
    assert list(rows) == []
    rows = endpoint.query("SELECT DISTINCT ?a WHERE { ?a rdfs:label ?l FILTER(CONTAINS(LCASE(?l), ?needle)) }",
                          {"needle": Literal("moscow")})
    assert [r["a"] for r in rows] == [actor_iri("moscow")]
    assert endpoint.query("ASK { ?a cg:claims ?s }") is True
    graph = endpoint.query("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a cg:Place ; rdfs:label ?l }")
    assert set(graph) == {(actor_iri("moscow"), next(iter(graph))[1], Literal("Moscow"))}


def test_remote_malformed_query_is_a_query_error(pushed_server):
    server, _ = pushed_server
    with pytest.raises(QueryError):
        EndpointQuery(server.union_query_url).query("SELECT ?x WHERE { ?x ")


def test_push_through_sparql_update_in_batches(oxigraph_server, fixture_store, monkeypatch):
    import kg.endpoint

    calls = []
    real = kg.endpoint._sparql_update
    monkeypatch.setattr(kg.endpoint, "_sparql_update", lambda client, update: calls.append(update) or real(client, update))
    _clear(oxigraph_server.query_url)
    result = push(fixture_store, oxigraph_server.query_url, update_url=f"{oxigraph_server.base}/update",
                  batch_triples=40)
    assert result.method == "update"
    assert result.triples == fixture_store.count()
    sizes = [len(list(fixture_store.quads(g))) for g in fixture_store.graphs()]
    assert len(calls) == sum(-(-n // 40) for n in sizes)
    assert sum(u.startswith("DROP SILENT GRAPH") for u in calls) == 4
    assert _server_count(oxigraph_server.query_url) == fixture_store.count()
    # pushing again replaces each graph instead of duplicating it; a graph removed locally stays remotely
    followup = article_graph("kyiv-followup")
    followup_size = len(list(fixture_store.quads(followup)))
    fixture_store.remove_graph(followup)
    again = push(fixture_store, oxigraph_server.query_url, update_url=f"{oxigraph_server.base}/update")
    assert again.graphs == 3
    assert _server_count(oxigraph_server.query_url) == fixture_store.count() + followup_size


def test_push_through_graph_store_protocol(oxigraph_server, fixture_store):
    _clear(oxigraph_server.query_url)
    result = push(fixture_store, oxigraph_server.query_url, bulk=False)
    assert result.method == "gsp"
    assert result.graphs == 4
    assert _server_count(oxigraph_server.query_url) == fixture_store.count()
    assert _server_graphs(oxigraph_server.query_url) == set(fixture_store.graphs())


def test_bulk_push_replaces_graphs_and_keeps_others(oxigraph_server, fixture_store, fixture_quads):
    from kg.store import Store

    _clear(oxigraph_server.query_url)
    first = push(fixture_store, oxigraph_server.query_url, batch_triples=37)
    assert first.method == "bulk"
    assert _server_count(oxigraph_server.query_url) == fixture_store.count()
    # A smaller version of one graph replaces it (not merged); a graph missing locally stays on the server.
    followup = article_graph("kyiv-followup")
    with Store() as local:
        local.add_quads(fixture_quads)
        kept = [q for q in local.quads(followup)][:5]
        local.remove_graph(followup)
        local.add_quads(kept)
        dropped = next(g for g in local.graphs() if g != followup)
        dropped_size = len(list(local.quads(dropped)))
        local.remove_graph(dropped)
        again = push(local, oxigraph_server.query_url, bulk=True, batch_triples=37)
        assert again.graphs == 3
        assert _server_count(oxigraph_server.query_url) == local.count() + dropped_size
        assert followup in _server_graphs(oxigraph_server.query_url)


def test_push_replaces_graphs_with_gsp(oxigraph_server, fixture_store):
    _clear(oxigraph_server.query_url)
    for _ in range(2):
        push(fixture_store, oxigraph_server.query_url, gsp_url=f"{oxigraph_server.base}/store", batch_triples=100,
             bulk=False)
    assert _server_count(oxigraph_server.query_url) == fixture_store.count()


def test_push_to_a_dead_server_fails_after_retries(fixture_store, unused_tcp_port):
    url = f"http://127.0.0.1:{unused_tcp_port}/query"
    with pytest.raises(EndpointError, match="after 3 attempts"):
        push(fixture_store, url, gsp_url=url.replace("/query", "/store"), retries=2, backoff=0.01)
    with pytest.raises(EndpointError, match="after 2 attempts"):
        push(fixture_store, url, update_url=url.replace("/query", "/update"), retries=1, backoff=0.01)


def test_push_refused_is_not_retried(oxigraph_server, fixture_store):
    with pytest.raises(EndpointError, match="HTTP 404"):
        push(fixture_store, oxigraph_server.query_url, gsp_url=f"{oxigraph_server.base}/nowhere", retries=5,
             backoff=5)


def test_bulk_push_refused_names_the_url(oxigraph_server, fixture_store):
    with pytest.raises(EndpointError, match="HTTP 404"):
        push(fixture_store, oxigraph_server.query_url, gsp_url=f"{oxigraph_server.base}/nowhere", bulk=True,
             retries=5, backoff=5)


def test_query_on_a_dead_endpoint(unused_tcp_port):
    endpoint = EndpointQuery(f"http://127.0.0.1:{unused_tcp_port}/query", retries=0)
    with pytest.raises(EndpointError, match="cannot reach"):
        endpoint.query("ASK {}")


@pytest.mark.parametrize("size", [1, 37, 500, 10**6])
def test_bulk_batches_hold_exactly_the_batch_size(fixture_store, size):
    import pyoxigraph

    from kg.endpoint import _quad_batches

    batches = list(_quad_batches(fixture_store, size))
    counts = [count for _, count in batches]
    assert all(count == size for count in counts[:-1]) and 0 < counts[-1] <= size
    assert [body.count(b"\n") for body, _ in batches] == counts
    # Every quad arrives once, each batch a whole N-Quads document.
    quads = [q for body, _ in batches for q in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_QUADS)]
    assert len(quads) == len(set(quads)) == fixture_store.count()


def test_bulk_batches_stop_when_the_reader_stops(fixture_store):
    import threading

    from kg.endpoint import _quad_batches

    batches = _quad_batches(fixture_store, 5)
    next(batches)
    batches.close()  # the consumer gives up: the dump thread must not stay blocked on a full queue
    assert not [t for t in threading.enumerate() if t.name == "kg-push-reader"]
