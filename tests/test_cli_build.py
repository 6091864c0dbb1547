"""The build-side commands through click's runner and through a real subprocess, on real files."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import rdflib
from click.testing import CliRunner

from kg.cli import main
from tests.seed_build import GOLD, SEEDS, dice


def _seed_dir(tmp_path: Path) -> Path:
    src = tmp_path / "seeds"
    shutil.copytree(SEEDS, src)
    return src


def test_quick_start_chain_in_a_real_subprocess(tmp_path):
    """The README's first command, minus the install: build, who claims what, Turtle, picture."""
    src = _seed_dir(tmp_path)
    kg = [sys.executable, "-m", "kg.cli"]
    run = lambda *args: subprocess.run([*kg, *args], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    built = run("build", str(src), "--quiet")
    assert built.returncode == 0, built.stderr
    assert "1 articles built" in built.stdout and "0 errors" in built.stdout
    table = run("query", "who-claims-what")
    assert table.returncode == 0 and "Igor Konashenkov" in table.stdout and "Volodymyr Zelenskyy" in table.stdout
    assert run("export", "--format", "turtle", "--out", "out/seeds.ttl").returncode == 0
    pic = run("viz", "--out", "out/seeds.png")
    assert pic.returncode == 0, pic.stderr
    assert (tmp_path / "out/seeds.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    g = rdflib.Graph().parse(tmp_path / "out/seeds.ttl")
    texts = [str(o) for o in g.objects(None, rdflib.URIRef("http://schema.org/text"))]
    gold = json.loads(GOLD.read_text())
    assert sum(any(dice(t, c["content"]["text"]) >= 0.5 for t in texts) for c in gold["claims"]) >= 17
    # a second, independent parser reads the same file
    assert len(list(pyoxigraph.parse(path=str(tmp_path / "out/seeds.ttl"), format=pyoxigraph.RdfFormat.TURTLE))) == len(g)


def test_build_reports_bad_files_one_line_each_and_exits_1(tmp_path):
    src = _seed_dir(tmp_path)
    (src / "empty.txt").write_text("")
    (src / "blob.txt").write_bytes(b"\x00\x01\x02\x03")
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "s/store"), "--quiet"])
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and any("empty.txt" in e for e in errors) and any("blob.txt" in e for e in errors)
    assert "Traceback" not in result.output
    assert "1 articles built" in result.output


def test_build_twice_skips_the_unchanged_article(tmp_path):
    src = _seed_dir(tmp_path)
    args = ["build", str(src), "--store", str(tmp_path / "s/store"), "--quiet"]
    assert CliRunner().invoke(main, args).exit_code == 0
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0 and "0 articles built, 1 unchanged" in second.output


def test_validate_and_viz_html_offline(tmp_path):
    src = _seed_dir(tmp_path)
    store = str(tmp_path / "s/store")
    assert CliRunner().invoke(main, ["build", str(src), "--store", store, "--quiet"]).exit_code == 0
    valid = CliRunner().invoke(main, ["validate", "--store", store])
    assert valid.exit_code == 0 and "conforms" in valid.output
    html = tmp_path / "g.html"
    assert CliRunner().invoke(main, ["viz", "--store", store, "--out", str(html)]).exit_code == 0
    page = html.read_text()
    assert "had not resisted" in page and "<script src=" not in page and "https://" not in page


def test_viz_draws_a_part_of_the_network(tmp_path):
    src = _seed_dir(tmp_path)
    store = str(tmp_path / "s/store")
    assert CliRunner().invoke(main, ["build", str(src), "--store", store, "--quiet"]).exit_code == 0
    whole, part = tmp_path / "whole.svg", tmp_path / "part.svg"
    assert CliRunner().invoke(main, ["viz", "--store", store, "--out", str(whole)]).exit_code == 0
    result = CliRunner().invoke(main, ["viz", "--store", store, "--out", str(part), "--actor", "konashenkov",
                                       "--contradicted"])
    assert result.exit_code == 0, result.output
    svg = part.read_text()
    assert "had not resisted" in svg and "fight back" in svg  # his claim and the vow it contradicts
    assert len(svg) < len(whole.read_text())
    none = CliRunner().invoke(main, ["viz", "--store", store, "--out", str(part), "--actor", "nobody-such"])
    assert none.exit_code == 1 and "nothing to draw" in none.output and len(none.output.strip().splitlines()) == 1


def test_commands_on_a_missing_store_fail_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["viz", "--store", str(tmp_path / "nope"), "--out", str(tmp_path / "x.png")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:") and len(result.output.strip().splitlines()) == 1


def test_attributions_and_compare_commands(tmp_path):
    text = (SEEDS / "000_b091de30a194406f.txt").read_text()
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "seed", "text": text}) + "\n")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(main, ["attributions", str(inp), "--out", str(out)])
    assert result.exit_code == 0, result.output
    pred = json.loads(out.read_text())
    spans = [text[a["content"]["start"]:a["content"]["end"]] for a in pred["attributions"]]
    gold = json.loads(GOLD.read_text())
    assert sum(any(dice(s, c["content"]["text"]) >= 0.5 for s in spans) for c in gold["claims"]) >= 17
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "p1", "premise": "The bridge was not damaged in the storm.",
                                 "hypothesis": "The bridge was damaged in the storm."}) + "\n"
                     + json.dumps({"id": "p2", "premise": "The mayor opened a new library.",
                                   "hypothesis": "It rained in Paris on Monday."}) + "\n")
    dec = tmp_path / "dec.jsonl"
    result = CliRunner().invoke(main, ["compare", str(pairs), "--out", str(dec)])
    assert result.exit_code == 0, result.output
    decided = {d["id"]: d for d in map(json.loads, dec.read_text().splitlines())}
    assert decided["p1"]["contradicts"] is True and decided["p2"]["contradicts"] is False


def test_shards_and_load_commands(tmp_path):
    src = _seed_dir(tmp_path)
    shards = tmp_path / "shards"
    result = CliRunner().invoke(main, ["shards", str(src), "--out", str(shards), "--scheduler", "local:2"])
    assert result.exit_code == 0, result.output
    assert list(shards.glob("*.nq"))
    loaded = CliRunner().invoke(main, ["load", str(shards), "--store", str(tmp_path / "s/store")])
    assert loaded.exit_code == 0 and "loaded 1 shards" in loaded.output
