"""Benchmark contradiction edges across whole archives: the shared scorer's figures, then the same per rule.

    python bench/archive_contradictions.py [ARCHIVE.jsonl ...] [--work DIR] [--reuse] [--sample N]

For each archive (default: ``../shared/data/archive/emergent_dev_archive.jsonl`` and ``mixed_dev_archive.jsonl``) it
runs ``../shared/eval/eval_archive.py`` (which builds the archive with ``kg build`` into ``--work``/<name> and prints
edges, cross-story and cross-corpus edges, and story recall), then reads the contradiction-network query of that
store (``kg query contradiction-network``, with its ``rule`` column) and prints, per rule: the edges it drew, how
many join two articles, how many of those cross stories or corpora (wrong by construction), and how many join a
"for"/"claim" article with an "against" one of the same story. ``--sample N`` prints N random edges with both
statements, for reading them as a fact-checker would (nothing is written into the project). With ``--reuse`` the
stores of an earlier run are queried again without building. When the shared folder is missing it says so and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from shared_data import shared_file  # noqa: E402

ARCHIVES = ("data/archive/emergent_dev_archive.jsonl", "data/archive/mixed_dev_archive.jsonl")


def _kg() -> list[str]:
    """The ``kg`` command of this interpreter's environment."""
    exe = Path(sys.executable).parent / "kg"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]


def _article(iri: str) -> str | None:
    m = re.search(r"/statement/(.+)_\d+-\d+$", iri)
    return unquote(m.group(1)) if m else None


def _texts(kg: list[str], store: Path) -> dict[str, str]:
    """Statement IRI -> its text, for printing sampled edges."""
    sparql = ("PREFIX schema: <http://schema.org/> PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
              "SELECT DISTINCT ?s ?t WHERE { ?c cg:between ?s . ?s schema:text ?t }")
    out = subprocess.run([*kg, "query", "--sparql", sparql, "--store", str(store), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    return {row["s"]: row["t"] for row in json.loads(out)}


def per_rule(archive: Path, store: Path, kg: list[str], sample: int) -> None:
    meta = {}
    for line in archive.open(encoding="utf-8"):
        d = json.loads(line)
        meta[str(d["id"])] = d
    out = subprocess.run([*kg, "query", "contradiction-network", "--store", str(store), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for row in rows:
        rule = row.get("rule") or "(none)"
        a, b = _article(row["statementA"]), _article(row["statementB"])
        c = counts[rule]
        c["edges"] += 1
        if a == b:
            continue
        c["across"] += 1
        ma, mb = meta.get(a, {}), meta.get(b, {})
        if ma.get("corpus") != mb.get("corpus"):
            c["cross-corpus"] += 1
        if ma.get("story") is not None and mb.get("story") is not None:
            if ma["story"] != mb["story"]:
                c["cross-story"] += 1
            elif {ma.get("stance"), mb.get("stance")} & {"for", "claim"} and "against" in {ma.get("stance"),
                                                                                           mb.get("stance")}:
                c["opposed"] += 1
    print(f"  per rule ({len(rows)} edges):")
    for rule, c in sorted(counts.items(), key=lambda kv: -kv[1]["edges"]):
        print(f"    {rule:36s} edges {c['edges']:5d}  across articles {c['across']:5d}  cross-story "
              f"{c['cross-story']:4d}  cross-corpus {c['cross-corpus']:4d}  for/against {c['opposed']:4d}")
    if sample and rows:
        texts = _texts(kg, store)
        random.seed(1)
        for row in random.sample(rows, min(sample, len(rows))):
            print(f"  --- {row.get('rule')} | {_article(row['statementA'])} / {_article(row['statementB'])}")
            print(f"      A: {texts.get(row['statementA'], '')[:200]}")
            print(f"      B: {texts.get(row['statementB'], '')[:200]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archives", nargs="*", type=Path)
    parser.add_argument("--work", type=Path, help="where the stores go [default: a temporary folder]")
    parser.add_argument("--reuse", action="store_true", help="query the stores an earlier run left in --work")
    parser.add_argument("--sample", type=int, default=0, help="print N random edges of each archive")
    args = parser.parse_args(argv)
    scorer = shared_file("eval/eval_archive.py")
    archives = args.archives or [p for p in (shared_file(a) for a in ARCHIVES) if p is not None]
    if scorer is None or not archives:
        print("archive_contradictions: ../shared/eval/eval_archive.py or the archives are missing; nothing to measure")
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-archives-"))
    kg = _kg()
    env = {**os.environ, "PATH": f"{Path(kg[0]).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for archive in archives:
        here = work / archive.stem
        print(f"{archive.name}:")
        cmd = [sys.executable, str(scorer), str(archive), "--work", str(here)] + (["--reuse"] if args.reuse else [])
        scored = subprocess.run(cmd, capture_output=True, text=True, env=env)
        print("\n".join("  " + line for line in scored.stdout.strip().splitlines()))
        if scored.returncode:
            print(f"  eval_archive.py failed: {scored.stderr.strip()[-400:]}")
            continue
        per_rule(archive, here / "store", kg, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
