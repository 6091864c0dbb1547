"""Benchmark who the actors are across an archive: one real actor one node, no generic node for everybody.

    python bench/actor_identity.py [--all] [--work DIR] [--top 30]

Builds the PolNeAR articles (2016 election coverage; the 84 dev articles, or with ``--all`` the 840 training
articles too) and the seed article into a fresh store with ``kg build``, then prints:

* the most-quoted people (``--top``, by statements) and, for each, every Person node whose label ends in the same
  surname (Trump / Donald Trump / Donald J. Trump are one person split in three; two Clintons may be two people, so
  read the list);
* actors that hold statements from more than one article although their label is a generic word ("the government",
  "officials", "the company": a description means the same only inside one article);
* actors whose label is no name (letters but no capital, or one of a page's labels), and how many are a share of
  the people polled ("26%");
* the SHACL violations of the store (``kg validate``).

Nothing is asserted: the lists are for reading. When the shared data is missing it says so and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from shared_data import shared_file  # noqa: E402

GENERIC = {"government", "officials", "official", "police", "company", "spokesman", "spokeswoman", "spokesperson",
           "critics", "experts", "authorities", "administration", "ministry", "campaign", "aides", "aide", "sources",
           "source", "analysts", "residents", "people", "article", "statement", "report", "reports", "people",
           "witnesses", "supporters", "democrats", "republicans", "voters", "lawmakers", "prosecutors", "lawyers",
           "investigators", "observers", "organizers", "researchers", "scientists", "doctors", "teachers"}



def _kg() -> list[str]:
    exe = Path(sys.executable).parent / "kg"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="the PolNeAR training articles too (840 more)")
    parser.add_argument("--work", type=Path, help="where the store goes [default: a temporary folder]")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    files = [shared_file("data/polnear/polnear_dev.jsonl")]
    if args.all:
        files.append(shared_file("data/polnear/polnear_train.jsonl"))
    if None in files:
        print("actor_identity: ../shared/data/polnear/ not found; nothing to measure")
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-actors-"))
    store = work / "store"
    kg = _kg()
    built = subprocess.run([*kg, "build", *map(str, files), str(ROOT / "seeds"), "--store", str(store), "-q",
                            "--force"], capture_output=True, text=True)
    print(f"build: {(built.stdout.strip().splitlines() or [''])[-1]}")
    out = subprocess.run([*kg, "query", "actors", "--store", str(store), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    for r in rows:  # one row per actor, actors joined across articles or by Wikidata counted as one
        r["statements"], r["articles"] = int(r["statements"]), int(r["articles"])
        r["kind"] = re.split(r"[#:]", r.get("kind") or "")[-1]
        r["label"] = r.get("actorLabel") or ""
        r["joined"] = r.get("otherNames") or ""
    people = [r for r in rows if r["kind"] == "Person"]
    by_surname: dict[str, list[dict]] = collections.defaultdict(list)
    for r in people:
        words = re.findall(r"[\w'-]+", r["label"])
        if words:
            by_surname[words[-1].lower()].append(r)
    print(f"\nactors {len(rows)}, people {len(people)}")
    print(f"\nthe {args.top} most-quoted people and the person nodes sharing their surname:")
    seen = set()
    for r in sorted(people, key=lambda r: -r["statements"]):
        words = re.findall(r"[\w'-]+", r["label"])
        surname = words[-1].lower() if words else ""
        if surname in seen:
            continue
        seen.add(surname)
        nodes = sorted(by_surname[surname], key=lambda x: -x["statements"])
        names = ", ".join(f"{x['label']} ({x['statements']}{'; joined: ' + x['joined'] if x['joined'] else ''})"
                          for x in nodes)
        print(f"  {len(nodes)} node{'s' if len(nodes) > 1 else ''}: {names}")
        if len(seen) >= args.top:
            break
    generic = [r for r in rows if r["articles"] > 1 and set(re.findall(r"[a-z]+", r["label"].lower())) & GENERIC]
    print(f"\nactors with a generic word in their label and statements from more than one article: {len(generic)}")
    for r in sorted(generic, key=lambda r: -r["articles"])[:20]:
        print(f"  {r['label']} ({r['kind'] or '?'}): {r['statements']} statements in {r['articles']} articles")
    unnamed = [r for r in rows if re.search(r"[a-z]", r["label"]) and not re.search(r"[A-Z]", r["label"])]
    print(f"\nactors whose label has no capital letter: {len(unnamed)}")
    for r in sorted(unnamed, key=lambda r: -r["statements"])[:20]:
        print(f"  {r['label']}: {r['statements']} statements")
    # "26% say ...": the share of those polled, a group of its article, written without letters
    shares = [r for r in rows if not re.search(r"[^\W\d_]", r["label"])]
    across = sum(r["articles"] > 1 for r in shares)
    print(f"actors written as a share or count of people (\"26%\"): {len(shares)}, across articles: {across}")
    valid = subprocess.run([*kg, "validate", "--store", str(store)], capture_output=True, text=True)
    lines = (valid.stdout + valid.stderr).strip().splitlines()
    print(f"\nkg validate: {lines[0] if lines else ''}")
    for line in lines[1:11]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
