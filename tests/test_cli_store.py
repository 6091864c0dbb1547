"""The query, queries, export, push and serve commands: through click's runner and through real processes."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.endpoint import EndpointQuery
from kg.errors import StoreError
from kg.query import load_query, query_names, run_query
from kg.store import Store


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_every_command_has_help_with_an_example():
    result = invoke("--help")
    assert result.exit_code == 0 and "Example" in result.output
    for name in ("query", "queries", "export", "push", "serve"):
        assert name in main.commands
    for name, command in main.commands.items():
        result = invoke(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"`kg {name} --help` has no example"
        assert command.help and command.help.strip(), name


def test_query_table_csv_and_json(fixture_store_dir):
    table = invoke("query", "who-claims-what", "--store", fixture_store_dir)
    assert table.exit_code == 0, table.output
    assert "Volodymyr Zelenskyy" in table.output and "cg:Accuse" in table.output
    rows = list(csv.DictReader(io.StringIO(invoke("query", "who-claims-what", "--store", fixture_store_dir,
                                                  "--format", "csv").output)))
    assert len(rows) == 6
    assert rows[0]["actorLabel"] == "Igor Konashenkov"
    assert rows[0]["speechAct"] == "https://w3id.org/claimgraph/ontology#Assert"
    data = json.loads(invoke("query", "actors-in-conflict", "--store", fixture_store_dir, "--format", "json").output)
    assert [(d["labelA"], d["contradictions"]) for d in data] == [("Igor Konashenkov", 1), ("Moscow", 1)]


def test_query_with_parameters(fixture_store_dir):
    result = invoke("query", "actor-claims", "--param", "actor=konashenkov", "--store", fixture_store_dir,
                    "--format", "csv")
    assert result.exit_code == 0, result.output
    texts = [r["text"] for r in csv.DictReader(io.StringIO(result.output))]
    assert texts == ["Russian forces struck only military targets overnight", "Ukrainian air defence caused the damage"]


@pytest.mark.parametrize("args,message", [
    (["query", "actor-claims"], "missing parameter 'actor'"),
    (["query", "who-claims-what", "-p", "actor=x"], "unknown parameter 'actor'"),
    (["query", "who-says-what"], "available: actor-claims"),
    (["query", "--sparql", "SELECT WHERE {"], "invalid SPARQL"),
])
def test_library_errors_are_one_line(fixture_store_dir, args, message):
    result = invoke(*args, "--store", fixture_store_dir)
    assert result.exit_code == 1
    assert message in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_usage_errors(fixture_store_dir):
    assert invoke("query", "--store", fixture_store_dir).exit_code == 2
    both = invoke("query", "contradictions", "--sparql", "ASK {}", "--store", fixture_store_dir)
    assert both.exit_code == 2 and "either" in both.output
    mixed = invoke("query", "contradictions", "--store", fixture_store_dir, "--endpoint", "http://127.0.0.1:1/query")
    assert mixed.exit_code == 2 and "not both" in mixed.output
    bad_param = invoke("query", "actor-claims", "--param", "actor", "--store", fixture_store_dir)
    assert bad_param.exit_code == 2 and "NAME=VALUE" in bad_param.output


def test_query_sparql_text_and_rq_file(fixture_store_dir, tmp_path):
    result = invoke("query", "--sparql", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a cg:claims ?s }",
                    "--store", fixture_store_dir, "--format", "csv")
    assert result.output.splitlines() == ["n", "6"]
    path = tmp_path / "deny.rq"
    path.write_text("# Denials.\nSELECT ?s WHERE { ?att cg:speechAct cg:Deny . ?s prov:qualifiedAttribution ?att }\n",
                    encoding="utf-8")
    result = invoke("query", path, "--store", fixture_store_dir, "--format", "json")
    assert json.loads(result.output) == [{"s": "https://w3id.org/claimgraph/id/statement/kyiv-strikes_220-250"}]
    ask = invoke("query", "--sparql", "ASK { ?s cg:contradicts ?o }", "--store", fixture_store_dir)
    assert ask.output.strip() == "true"


def test_store_defaults_to_kg_store_env(fixture_store_dir, tmp_path):
    result = invoke("query", "contradiction-network", "--format", "csv", env={"KG_STORE": str(fixture_store_dir)})
    assert result.exit_code == 0 and len(result.output.splitlines()) == 3
    missing = invoke("query", "contradictions", env={"KG_STORE": str(tmp_path / "none")})
    assert missing.exit_code == 1 and "no store at" in missing.output


def test_queries_lists_names_and_params():
    result = invoke("queries")
    assert result.exit_code == 0
    for name in query_names():
        assert name in result.output
    assert "--param actor=VALUE" in result.output and "--param statement=VALUE" in result.output


def test_export_command(fixture_store_dir, tmp_path):
    out = tmp_path / "claims.ttl"
    result = invoke("export", "--store", fixture_store_dir, "--format", "turtle", "--out", out)
    assert result.exit_code == 0, result.output
    with Store(fixture_store_dir) as store:
        assert isomorphic(Graph().parse(out, format="turtle"), store.union_graph())
    bad = invoke("export", "--store", fixture_store_dir, "--format", "rdfxml", "--out", out)
    assert bad.exit_code == 2


def test_push_then_query_the_endpoint(fixture_store_dir, oxigraph_server):
    result = invoke("push", "--endpoint", oxigraph_server.query_url, "--store", fixture_store_dir, "--batch", 100)
    assert result.exit_code == 0, result.output
    with Store(fixture_store_dir) as store:
        count = store.count()
    assert f"pushed {count} triples in 4 graphs" in result.output and "(bulk)" in result.output
    for name, params in (("contradictions", []), ("actor-claims", ["--param", "actor=moscow"])):
        local = invoke("query", name, *params, "--store", fixture_store_dir, "--format", "csv")
        remote = invoke("query", name, *params, "--endpoint", oxigraph_server.union_query_url, "--format", "csv")
        assert remote.exit_code == 0, remote.output
        assert remote.output == local.output
        assert len(remote.output.splitlines()) > 1


def test_push_without_bulk_uses_the_graph_store_protocol(fixture_store_dir, oxigraph_server):
    result = invoke("push", "--endpoint", oxigraph_server.query_url, "--store", fixture_store_dir, "--no-bulk")
    assert result.exit_code == 0, result.output
    assert "in 4 graphs" in result.output and "(gsp)" in result.output


def test_locked_store_is_a_one_line_error(oxigraph_server):
    result = invoke("query", "contradictions", "--store", oxigraph_server.location)
    assert result.exit_code == 1
    assert "another process holds it" in result.output and str(oxigraph_server.location) in result.output
    assert "Traceback" not in result.output


def test_serve_refuses_a_locked_or_missing_store(oxigraph_server, tmp_path, unused_tcp_port):
    from kg.serve import serve

    with pytest.raises(StoreError, match="locked"):
        serve(oxigraph_server.location, port=unused_tcp_port)
    result = invoke("serve", "--store", tmp_path / "none", "--port", unused_tcp_port)
    assert result.exit_code == 1 and "no store at" in result.output
    (tmp_path / "fresh").mkdir()
    port_taken = int(oxigraph_server.base.rsplit(":", 1)[1])
    with pytest.raises(StoreError, match="serve failed on 127.0.0.1:.*in use"):
        serve(tmp_path / "fresh", port=port_taken)


# ---------------------------------------------------------------- real processes


def _kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=60, **kwargs)


def test_subprocess_query_and_failure_status(fixture_store_dir):
    ok = _kg("query", "denials-and-accusations", "--store", fixture_store_dir, "--format", "csv")
    assert ok.returncode == 0, ok.stderr
    rows = list(csv.DictReader(io.StringIO(ok.stdout)))
    assert [r["actorLabel"] for r in rows] == ["Volodymyr Zelenskyy", "Moscow"]
    failed = _kg("query", "who-says-what", "--store", fixture_store_dir)
    assert failed.returncode == 1
    assert failed.stderr.startswith("Error: unknown query") and "Traceback" not in failed.stderr


def test_subprocess_serve_answers_queries_and_stops(fixture_store_dir, fixture_store, unused_tcp_port, spawn_server):
    env = {**os.environ, "KG_STORE": str(fixture_store_dir)}
    base = f"http://127.0.0.1:{unused_tcp_port}"
    process = spawn_server([sys.executable, "-m", "kg.cli", "serve", "--port", str(unused_tcp_port)],
                           f"{base}/query?query=ASK%7B%7D", env=env)
    with pytest.raises(StoreError, match="another process holds it"):
        Store(fixture_store_dir)
    sparql = load_query("who-claims-what")
    remote = run_query(EndpointQuery(f"{base}/query"), sparql)  # served with --union-default-graph
    assert remote.rows == run_query(fixture_store, sparql).rows
    assert len(remote.rows) == 6
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert "serving" in process.stderr.read().decode()
    with Store(fixture_store_dir, create=False) as store:  # the oxigraph child exited and released the lock
        assert store.count() == fixture_store.count()


def test_control_characters_from_text_never_reach_the_terminal_but_stay_in_exports():
    from rdflib import Literal

    from kg.query import format_rows

    rows = [{"text": Literal("He said \x1b[2J\x1b[31mall is well\u202e")}]
    table = format_rows(rows, "table")
    assert "\x1b" not in table and "\u202e" not in table and "all is well" in table
    assert "\\u001b[2J" in format_rows(rows, "json")  # escaped, not lost


def test_param_bytes_that_are_not_utf8_are_a_one_line_error(fixture_store_dir):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", "actor-claims", "--store",
                             str(fixture_store_dir), "--param", os.fsdecode(b"actor=\xff")],
                            capture_output=True, text=True, errors="replace")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'actor=\\\\xff' is not valid UTF-8" in result.stderr, result.stderr


def test_a_server_without_a_union_default_graph_is_explained(fixture_store_dir, oxigraph_server):
    assert invoke("push", "--endpoint", oxigraph_server.query_url, "--store", fixture_store_dir).exit_code == 0
    result = CliRunner().invoke(main, ["query", "who-claims-what", "--endpoint", oxigraph_server.query_url])
    assert result.exit_code == 0
    assert "default graph is not the union of its named graphs" in result.output
    fine = CliRunner().invoke(main, ["query", "who-claims-what", "--endpoint", oxigraph_server.union_query_url])
    assert "union" not in fine.output and "Konashenkov" in fine.output


def test_an_update_an_empty_parameter_and_a_misspelt_name_are_explained(fixture_store_dir):
    update = invoke("query", "--sparql", "DELETE WHERE { ?s ?p ?o }", "--store", fixture_store_dir)
    assert update.exit_code == 1 and "kg query only reads" in update.output
    empty = invoke("query", "actor-claims", "--param", "actor=", "--store", fixture_store_dir)
    assert empty.exit_code == 2 and "actor is empty" in empty.output
    misspelt = invoke("query", "who-claim-what", "--store", fixture_store_dir)
    assert misspelt.exit_code == 1 and "did you mean who-claims-what?" in misspelt.output
    with Store(fixture_store_dir, create=False) as store:
        assert store.count() > 0
