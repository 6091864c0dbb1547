"""Every named query against the fixture graph, plus loading, parameters, binding and formatting."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as rdfns

from kg.errors import QueryError
from kg.query import (
    Rows, format_rows, inject_values, list_queries, load_query, query_info, query_names, query_parameters, run_query,
    shorten,
)
from kg.rdf import actor_iri, article_iri
from kg.resources import queries_dir
from kg.vocab import CG, DATA

KONASHENKOV = actor_iri("igor-konashenkov")
ZELENSKYY = actor_iri("volodymyr-zelenskyy")
MOSCOW = actor_iri("moscow")
STRIKE = DATA["statement/kyiv-strikes_59-112"]
ACCUSE = DATA["statement/kyiv-strikes_162-199"]
DENY = DATA["statement/kyiv-strikes_220-250"]
VOW = DATA["statement/kyiv-strikes_253-279"]
BLAME = DATA["statement/kyiv-strikes_324-363"]
FORTY = DATA["statement/kyiv-followup_39-82"]


def run(store, name, **params):
    return run_query(store, load_query(name), params)


def texts(rows, column="text"):
    return [str(r[column]) for r in rows]


# ---------------------------------------------------------------- one test per .rq file

TESTED = {
    "who-claims-what", "actor-claims", "contradictions", "actors-in-conflict", "denials-and-accusations", "actors",
    "statement-provenance", "claim-network", "contradiction-network", "claim-network-viz", "timeline",
}


def test_every_query_file_has_a_test():
    assert set(query_names()) == TESTED


def test_actors(fixture_store):
    rows = run(fixture_store, "actors").rows
    got = [(str(r["actorLabel"]), str(r["kind"]).rsplit("#", 1)[-1], int(r["statements"]), int(r["articles"]))
           for r in rows]
    # Most statements first; Zelenskyy speaks in both articles; each actor once, whatever the graphs repeating it.
    assert got == [("Volodymyr Zelenskyy", "Person", 3, 2), ("Igor Konashenkov", "Person", 2, 1),
                   ("Moscow", "Place", 1, 1)]
    assert "spokesperson" in str(rows[1]["roles"]) and rows[0].get("wikidata") is None


def test_who_claims_what(fixture_store):
    result = run(fixture_store, "who-claims-what")
    rows = result.rows
    assert [(str(r["actorLabel"]), str(r["text"])) for r in rows] == [
        ("Igor Konashenkov", "Russian forces struck only military targets overnight"),
        ("Igor Konashenkov", "Ukrainian air defence caused the damage"),
        ("Moscow", "its missiles had hit any homes"),
        ("Volodymyr Zelenskyy", "Russian missiles destroyed 40 homes in Kyiv"),
        ("Volodymyr Zelenskyy", "hitting residential buildings in Kyiv"),
        ("Volodymyr Zelenskyy", "We will rebuild every home"),
    ]
    first = rows[0]
    assert first["speechAct"] == CG.Assert
    assert first["cue"] == Literal("said")
    assert first["article"] == article_iri("kyiv-strikes")
    assert "headline" not in first  # kept narrow enough for a terminal
    assert first["actor"] == KONASHENKOV and first["statement"] == STRIKE
    assert [r["speechAct"] for r in rows] == [CG.Assert, CG.Claim, CG.Deny, CG.Assert, CG.Accuse, CG.Vow]


def test_actor_claims(fixture_store):
    rows = run(fixture_store, "actor-claims", actor="ZELENSK").rows
    assert {r["actorIri"] for r in rows} == {ZELENSKYY}
    # the follow-up article has no date, so it sorts first; then the dated article in text order
    assert texts(rows) == ["Russian missiles destroyed 40 homes in Kyiv", "hitting residential buildings in Kyiv",
                           "We will rebuild every home"]
    assert rows[1]["date"] == Literal("2024-03-01", datatype=rdfns.XSD.date) and rows[0]["date"] is None
    assert rows[2]["speechAct"] == CG.Vow and rows[2]["cue"] == Literal("vowed")
    # an alias (skos:altLabel) finds the actor too
    assert {r["statement"] for r in run(fixture_store, "actor-claims", actor="president volodymyr").rows} == {
        FORTY, ACCUSE, VOW}
    assert texts(run(fixture_store, "actor-claims", actor="konashenkov").rows) == [
        "Russian forces struck only military targets overnight", "Ukrainian air defence caused the damage"]
    assert run(fixture_store, "actor-claims", actor="nobody at all").rows == []


def test_contradictions(fixture_store):
    rows = run(fixture_store, "contradictions").rows
    assert len(rows) == 2
    denial, exclusive = rows  # most confident first
    assert denial["kind"] == CG.DenialOfAssertion
    assert denial["confidence"] == Literal("0.8", datatype=rdfns.XSD.decimal)
    assert {denial["statementA"], denial["statementB"]} == {DENY, FORTY}
    by_side = {denial["statementA"]: "A", denial["statementB"]: "B"}
    side_deny, side_forty = by_side[DENY], by_side[FORTY]
    assert denial[f"actor{side_deny}"] == MOSCOW and denial[f"actor{side_forty}"] == ZELENSKYY
    assert denial[f"actorLabel{side_deny}"] == Literal("Moscow")
    assert denial[f"evidence{side_deny}"] == Literal("had hit any homes")
    assert denial[f"evidence{side_forty}"] == Literal("destroyed 40 homes")
    assert denial[f"sentence{side_deny}"] == Literal("Moscow denied that its missiles had hit any homes.")
    assert str(denial["explanation"]).startswith("Moscow denies")
    assert exclusive["kind"] == CG.ExclusiveEvents
    assert {str(exclusive["textA"]), str(exclusive["textB"])} == {
        "Russian forces struck only military targets overnight", "hitting residential buildings in Kyiv"}
    assert {str(exclusive["evidenceA"]), str(exclusive["evidenceB"])} == {"only military targets",
                                                                          "residential buildings"}


def test_actors_in_conflict(fixture_store):
    rows = run(fixture_store, "actors-in-conflict").rows
    assert [(str(r["labelA"]), str(r["labelB"]), int(r["contradictions"])) for r in rows] == [
        ("Igor Konashenkov", "Volodymyr Zelenskyy", 1),
        ("Moscow", "Volodymyr Zelenskyy", 1),
    ]
    assert rows[0]["actorA"] == KONASHENKOV and rows[0]["actorB"] == ZELENSKYY



def test_actor_names_are_joined_from_distinct_tables_in_every_query():
    """An actor's label (and alias) repeats in every article graph naming it: thousands of times for a president in
    an archive. A query that joins those triples raw multiplies its rows by that count per actor before any DISTINCT
    or GROUP BY (contradictions took 42 s instead of 0.14 s at 10M triples), so every such pattern must sit in a
    ``SELECT DISTINCT`` sub-select of its own (on the same line, as the queries are written). The wikidata-* parts
    run on Wikidata's graph, where a label is one triple."""
    raw = []
    for path in sorted(queries_dir().rglob("*.rq")):  # the named queries and the parts in queries/parts
        if path.name.startswith("wikidata-"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if ("rdfs:label" in code or "skos:altLabel" in code) and "SELECT DISTINCT" not in code \
                    and "GRAPH ?cards" not in code:  # the actors graph holds each card once
                raw.append(f"{path.relative_to(queries_dir())}:{number}: {line.strip()}")
    assert raw == []


def test_a_contradiction_whose_statement_has_no_claimer_gets_no_one_elses_names(fixture_store):
    """The label table is joined on a key that is never unbound: a statement without a ``cg:claims`` edge must not
    pick up every actor's label."""
    before = {(r["statementA"], r["statementB"]): r for r in run(fixture_store, "contradictions").rows}
    import pyoxigraph as ox

    edges = list(fixture_store.ox.quads_for_pattern(None, ox.NamedNode(str(CG.claims)), ox.NamedNode(str(DENY))))
    assert edges
    for quad in edges:
        fixture_store.ox.remove(quad)
    after = {(r["statementA"], r["statementB"]): r for r in run(fixture_store, "contradictions").rows}
    assert after.keys() == before.keys()
    (pair,) = [key for key in after if DENY in key]
    side = "A" if pair[0] == DENY else "B"
    other = "B" if side == "A" else "A"
    assert before[pair][f"actorLabel{side}"] == Literal("Moscow")
    assert after[pair][f"actorLabel{side}"] in (None, Literal(""))
    assert after[pair].get(f"actor{side}") is None
    assert after[pair][f"actorLabel{other}"] == before[pair][f"actorLabel{other}"] == Literal("Volodymyr Zelenskyy")

def test_denials_and_accusations(fixture_store):
    rows = run(fixture_store, "denials-and-accusations").rows
    assert [(r["speechAct"], r["actor"], r["target"]) for r in rows] == [
        (CG.Accuse, ZELENSKYY, MOSCOW),
        (CG.Deny, MOSCOW, None),
    ]
    accusation, denial = rows
    assert accusation["targetLabel"] == Literal("Moscow")
    assert accusation["text"] == Literal("hitting residential buildings in Kyiv")
    assert accusation["cue"] == Literal("accused")
    assert denial["targetLabel"] is None and denial["statement"] == DENY


def test_statement_provenance(fixture_store):
    rows = run(fixture_store, "statement-provenance", statement="Military Targets").rows
    assert len(rows) == 1
    row = rows[0]
    assert row["statementIri"] == STRIKE
    assert row["sentence"] == Literal("Igor Konashenkov said Russian forces struck only military targets overnight.")
    assert (int(row["begin"]), int(row["end"])) == (59, 112)
    assert row["cue"] == Literal("said") and row["speechAct"] == CG.Assert
    assert row["method"] == CG.ReportingVerb
    assert row["confidence"] == Literal("0.95", datatype=rdfns.XSD.decimal)
    assert row["sourceMention"] == Literal("Igor Konashenkov")
    assert row["article"] == article_iri("kyiv-strikes")
    assert row["sourceFile"] == Literal("fixture/kyiv-strikes.txt")
    by_iri = run(fixture_store, "statement-provenance", statement=str(DENY)).rows
    assert [(r["statementIri"], str(r["text"]), r["actor"]) for r in by_iri] == [
        (DENY, "its missiles had hit any homes", MOSCOW)]
    vow = run(fixture_store, "statement-provenance", statement="rebuild").rows[0]
    assert vow["method"] == CG.DirectQuote


def test_claim_network(fixture_store):
    rows = run(fixture_store, "claim-network").rows
    assert {(r["actor"], r["statement"]) for r in rows} == {
        (KONASHENKOV, STRIKE), (KONASHENKOV, BLAME), (MOSCOW, DENY), (ZELENSKYY, ACCUSE), (ZELENSKYY, VOW),
        (ZELENSKYY, FORTY),
    }
    assert len(rows) == 6
    assert {str(r["actorLabel"]) for r in rows} == {"Igor Konashenkov", "Moscow", "Volodymyr Zelenskyy"}
    assert next(r for r in rows if r["statement"] == DENY)["speechAct"] == CG.Deny


def test_contradiction_network(fixture_store):
    rows = run(fixture_store, "contradiction-network").rows
    assert [(r["statementA"], r["statementB"], r["kind"]) for r in rows] == [
        (FORTY, DENY, CG.DenialOfAssertion),
        (ACCUSE, STRIKE, CG.ExclusiveEvents),
    ]
    assert [float(r["confidence"].toPython()) for r in rows] == [0.8, 0.7]


def test_claim_network_viz(fixture_store):
    rows = run(fixture_store, "claim-network-viz").rows
    claims = [r for r in rows if str(r["edge"]) == "claims"]
    contradicts = [r for r in rows if str(r["edge"]) == "contradicts"]
    assert {(r["actor"], r["statement"]) for r in claims} == {
        (KONASHENKOV, STRIKE), (KONASHENKOV, BLAME), (MOSCOW, DENY), (ZELENSKYY, ACCUSE), (ZELENSKYY, VOW),
        (ZELENSKYY, FORTY),
    }
    assert {frozenset((r["statement"], r["other"])) for r in contradicts} == {
        frozenset((DENY, FORTY)), frozenset((STRIKE, ACCUSE))}


# ---------------------------------------------------------------- loading and headers


def test_load_query_by_name_and_by_path(tmp_path):
    assert "cg:claims" in load_query("who-claims-what")
    path = tmp_path / "mine.rq"
    path.write_text("# Count triples.\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert load_query(str(path)).startswith("# Count triples.")
    assert load_query(path).endswith("}\n")


def test_unknown_query_lists_the_available_names():
    with pytest.raises(QueryError) as info:
        load_query("who-says-what")
    assert "who-claims-what" in str(info.value) and "contradictions" in str(info.value)
    with pytest.raises(QueryError, match="not found"):
        load_query("/nonexistent/q.rq")


def test_query_parameters_come_from_the_header():
    assert query_parameters(load_query("actor-claims")) == ["actor", "since", "until"]
    assert query_parameters(load_query("statement-provenance")) == ["statement"]
    assert query_parameters(load_query("who-claims-what")) == ["since", "until"]
    assert query_parameters(load_query("actors")) == []
    sparql = "# Two.\n# param: a  first\n# param: b second\nSELECT * WHERE { ?s ?p ?o }\n# param: c  not in header"
    assert query_parameters(sparql) == ["a", "b"]


def test_every_named_query_documents_itself():
    infos = list_queries()
    assert {i.name for i in infos} == set(query_names())
    for info in infos:
        assert info.description, info.name
        assert info.examples and all(e.startswith("kg query") for e in info.examples), info.name
        text = info.path.read_text(encoding="utf-8")
        for param in info.params:
            assert f"?{param}" in text, (info.name, param)
    assert query_info("actor-claims").params["actor"].startswith("The actor's name")
    assert queries_dir() == Path(__file__).resolve().parents[1] / "queries"


def test_missing_and_unknown_parameters(fixture_store):
    with pytest.raises(QueryError, match="missing parameter 'actor'"):
        run(fixture_store, "actor-claims")
    with pytest.raises(QueryError, match="unknown parameter 'who'.*actor"):
        run(fixture_store, "actor-claims", actor="x", who="y")
    with pytest.raises(QueryError, match="unknown parameter 'actor'; this query takes: since, until"):
        run(fixture_store, "who-claims-what", actor="x")
    with pytest.raises(QueryError, match="takes: no parameters"):
        run(fixture_store, "actors", actor="x")


def test_run_query_ask_and_construct(fixture_store):
    assert run_query(fixture_store, "ASK { ?s cg:contradicts ?o }").boolean is True
    graph = run_query(fixture_store, "CONSTRUCT { ?s cg:contradicts ?o } WHERE { ?s cg:contradicts ?o }").graph
    assert len(graph) == 4  # two contradictions, both directions


# ---------------------------------------------------------------- binding


def test_inject_values_places_values_in_the_where_group():
    sparql = ('PREFIX ex: <http://ex/>\n# WHERE { in a comment\nCONSTRUCT { ?s ex:says "WHERE {" } WHERE # note {\n'
              "{ ?s ?p ?o }")
    out = inject_values(sparql, {"o": URIRef("http://ex/o"), "n": Literal('x" } DROP ALL')})
    assert out.endswith('{ VALUES (?o ?n) { (<http://ex/o> "x\\" } DROP ALL") }\n ?s ?p ?o }')
    assert out.startswith(sparql[: sparql.index("{ ?s ?p ?o }")])
    assert inject_values("ASK { ?s ?p ?o }", {"o": Literal(1)}).startswith("ASK { VALUES (?o)")
    with pytest.raises(QueryError):
        inject_values("SELECT * WHERE { ?s ?p ?o }", {"bad name": Literal(1)})
    with pytest.raises(QueryError):
        inject_values("SELECT * WHERE { ?s ?p ?o }", {"o": "not a term"})


# ---------------------------------------------------------------- formatting


def _sample_rows():
    rows = Rows(["actor", "text", "n"])
    rows.append({"actor": MOSCOW, "text": Literal("its missiles, \"had\" hit"), "n": Literal(12)})
    rows.append({"actor": ZELENSKYY, "text": Literal("a\nb"), "n": None})
    return rows


def test_format_table_aligns_and_shortens():
    lines = format_rows(_sample_rows(), "table").splitlines()
    assert lines[0].split() == ["actor", "text", "n"]
    assert lines[2].startswith("actor:moscow ")
    assert lines[3].startswith("actor:volodymyr-zelenskyy  a b")
    # columns line up: every row's text starts where the header's does
    start = lines[0].index("text")
    assert all(line[start - 2 : start] == "  " for line in lines[2:])
    assert lines[2].endswith("12")


def test_format_csv_and_json():
    rows = list(csv.reader(io.StringIO(format_rows(_sample_rows(), "csv"))))
    assert rows[0] == ["actor", "text", "n"]
    assert rows[1] == [str(MOSCOW), 'its missiles, "had" hit', "12"]
    assert rows[2][2] == ""
    data = json.loads(format_rows(_sample_rows(), "json"))
    assert data[0] == {"actor": str(MOSCOW), "text": 'its missiles, "had" hit', "n": 12}
    assert data[1]["n"] is None
    with pytest.raises(QueryError, match="unknown format"):
        format_rows(_sample_rows(), "xml")


def test_shorten():
    assert shorten(str(CG.Deny)) == "cg:Deny"
    assert shorten("http://example.org/x") == "http://example.org/x"


def test_fill_values_writes_escaped_rows_where_the_query_says_and_refuses_the_rest():
    from rdflib import BNode

    from kg.query import fill_values, load_part

    text = fill_values(load_part("contradicting"), "statement", [STRIKE, DENY])
    assert f"VALUES ?statement {{ <{STRIKE}> <{DENY}> }}" in text
    from kg.store import Store

    hostile = Literal('a" } DROP ALL #')
    with Store() as empty:  # the text stays one value of ?x: nothing of it runs as SPARQL
        rows = empty.query(fill_values("SELECT ?x WHERE { VALUES ?x { } }", "x", [hostile, Literal("b")]))
    assert [row["x"] for row in rows] == [hostile, Literal("b")]
    with pytest.raises(QueryError, match="no empty VALUES"):
        fill_values("SELECT ?x WHERE { ?x ?p ?o }", "x", [STRIKE])
    with pytest.raises(QueryError, match="IRI or a literal"):
        fill_values("SELECT ?x WHERE { VALUES ?x { } }", "x", [BNode()])
    with pytest.raises(QueryError, match="variable name"):
        fill_values("SELECT ?x WHERE { VALUES ?x { } }", "x } #", [STRIKE])
    with pytest.raises(QueryError, match="query part"):
        load_part("../who-claims-what")


def test_timeline_puts_one_actor_s_statements_in_date_order_and_takes_since_and_until(tmp_path):
    import json

    from kg.pipeline import build
    from kg.store import Store

    records = [{"id": "late", "date": "Tue, 15 Mar 2016 09:30:00 GMT",
                "text": "Budget\n\nJohn Smith said the budget would be cut in April."},
               {"id": "early", "date": "2016-01-05T08:00:00Z",
                "text": "Budget plans\n\nJohn Smith said the budget would grow next year."}]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with Store(tmp_path / "store") as store:
        build([path], store)
        rows = run_query(store, load_query("timeline"), {"actor": "john smith"}).rows
        assert [(str(r["date"]), str(r["text"])) for r in rows] == [
            ("2016-01-05", "the budget would grow next year"), ("2016-03-15", "the budget would be cut in April")]
        since = run_query(store, load_query("timeline"), {"actor": "john smith", "since": "2016-02-01"}).rows
        assert [str(r["date"]) for r in since] == ["2016-03-15"]
        until = run_query(store, load_query("actor-claims"), {"actor": "john smith", "until": "2016-02-01"}).rows
        assert [str(r["date"]) for r in until] == ["2016-01-05"]
        dated = store.query("SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/claimgraph/ontology#Statement> ;"
                            " <http://schema.org/datePublished> ?d }")
        assert int(dated[0]["n"]) >= 2  # every statement carries its day


def test_contradictions_since_and_until_keep_those_with_a_statement_of_those_days(fixture_store):
    every = run(fixture_store, "contradictions").rows
    assert every
    assert run_query(fixture_store, load_query("contradictions"), {"since": "2024-01-01"}).rows == every
    assert run_query(fixture_store, load_query("contradictions"), {"since": "2100-01-01"}).rows == []
    assert run_query(fixture_store, load_query("contradictions"), {"until": "2000-01-01"}).rows == []


@pytest.mark.parametrize("name", ["who-claims-what", "denials-and-accusations", "contradictions"])
def test_listings_keep_only_the_days_asked_for(fixture_store, name):
    every = run(fixture_store, name).rows
    ranged = run(fixture_store, name, since="2000-01-01", until="2099-12-31").rows
    assert ranged and all(row in every for row in ranged)  # what has no day is left out of a range
    if "date" in ranged[0]:
        assert all("2000-01-01" <= str(row["date"]) <= "2099-12-31" for row in ranged)
        assert [row for row in every if row["date"] is not None] == ranged
    assert run(fixture_store, name, since="2099-01-01").rows == []
    assert run(fixture_store, name, until="2000-01-01").rows == []
