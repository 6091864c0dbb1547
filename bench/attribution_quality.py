"""Benchmark the attribution extractor on PolNeAR dev with the shared scorer, and show where it goes wrong.

    python bench/attribution_quality.py [--gold PATH] [--pred PATH] [--examples N] [--no-run]

Runs :func:`kg.attributions.predict_attributions` (the same extraction ``kg build`` runs) on
``../shared/data/polnear/polnear_dev.jsonl``, scores it with ``../shared/eval/score_attributions.py`` in a
subprocess, prints the scorer's figures, then the misses and false positives by error class with a few examples:

* missed, cue lemma not in the lexicon / missed direct quote / missed with a pronoun source / missed, other;
* boundary: a prediction overlaps the gold content but with token Dice < 0.5;
* wrong source: the content matched, the source did not;
* recall by cue type (no cue word, a cue verb of the lexicon, one not in it, a cue noun, "according to") and by
  source kind (named or described, pronoun, none), beside the scorer's recall of direct and indirect speech;
* precision by rule (the name each attribution carries, ``kg/extract/records.py`` ``ATTRIBUTION_RULES``);
* false positives by extraction method.

When the shared folder is missing it says so and exits 0. Nothing from the data is written into the project.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "who", "his", "their",
             "its", "our", "my", "this", "that", "which"}


def _shared_dir() -> Path | None:
    for candidate in (Path("/work/shared"), ROOT.parent / "shared"):
        if (candidate / "eval" / "score_attributions.py").exists():
            return candidate
    return None


def _load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_attributions", shared / "eval" / "score_attributions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cue_known(text: str, lexicon) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if "according" in words:
        return True
    for w in words:
        stems = {w, w[:-1], w[:-2], w[:-3], w[:-1] + "e" if w.endswith("d") else w, w.rstrip("s"),
                 w[:-3] + "e" if w.endswith("ing") else w, w[:-3] + "y" if w.endswith("ied") else w,
                 w[:-3] if w.endswith("ing") else w}
        irregular = {"said": "say", "told": "tell", "thought": "think", "knew": "know", "wrote": "write",
                     "felt": "feel", "says": "say", "believes": "believe"}
        stems.add(irregular.get(w, w))
        if stems & lexicon:
            return True
    return False


def _cue_type(cue_text: str, verbs: set[str], nouns: set[str]) -> str:
    """The kind of cue a gold attribution has: none, "according to", a cue noun, a cue verb of the lexicon, else one
    the lexicon does not have."""
    if not cue_text.strip() or cue_text.strip() in {"-", ":"}:
        return "no cue word"
    if "according" in cue_text.lower():
        return "according to"
    if _cue_known(cue_text, nouns) and not _cue_known(cue_text, verbs):
        return "cue noun"
    return "cue verb (lexicon)" if _cue_known(cue_text, verbs) else "cue not in lexicon"


def _source_kind(source_text: str) -> str:
    text = source_text.strip().lower()
    return "no source" if not text or text == "-" else "pronoun" if text in _PRONOUNS else "named or described"


def _print_recall(title: str, found: dict[str, Counter]) -> None:
    print(f"\n== recall by {title} (gold; content / content+source) ==")
    for name, c in sorted(found.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"{name:24s} gold {c['gold']:5d}  content R {c['content'] / c['gold']:.3f}  content+source R "
              f"{c['source'] / c['gold']:.3f}")


def analyse_errors(sc, gold_path: Path, pred_path: Path, examples: int) -> None:
    from kg.cues import cues, noun_cues

    lexicon = set(cues()) | set(noun_cues())
    by_cue: dict[str, Counter] = defaultdict(Counter)
    by_source: dict[str, Counter] = defaultdict(Counter)
    gold = {d["id"]: d for d in map(json.loads, gold_path.open(encoding="utf-8"))}
    pred = {d["id"]: d for d in map(json.loads, pred_path.open(encoding="utf-8"))}
    missed = defaultdict(list)
    fps = defaultdict(list)
    wrong_source = []
    tp_method = Counter()
    tp_rule, fp_rule, rule_source_ok = Counter(), Counter(), Counter()
    for did, gd in gold.items():
        doc = sc.Doc(gd["text"])
        text = gd["text"]
        G = [x for x in gd["attributions"] if x.get("content")]
        P = [x for x in pred.get(did, {}).get("attributions", []) if x.get("content")]
        gcov = [doc.cover(x["content"]) for x in G]
        pcov = [doc.cover(x["content"]) for x in P]
        pairs = sorted(((sc.dice(gc, pc), gi, pi) for gi, gc in enumerate(gcov) for pi, pc in enumerate(pcov)),
                       reverse=True)
        used_g, used_p, match = set(), set(), {}
        for score, gi, pi in pairs:
            if score < 0.5:
                break
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            match[gi] = pi

        def show(span):
            if not span:
                return "-"
            return " | ".join(text[s:e] for s, e in sc.frags(span)).replace("\n", " ")

        for gi, g in enumerate(G):
            classes = (by_cue[_cue_type(show(g.get("cue")), set(cues()), set(noun_cues()))],
                       by_source[_source_kind(show(g.get("source")))])
            for counts in classes:
                counts["gold"] += 1
                counts["content"] += gi in match
                counts["source"] += gi in match and sc.source_ok(doc, g.get("source"), P[match[gi]].get("source"))
            if gi in match:
                p = P[match[gi]]
                tp_method[p.get("method", "?")] += 1
                tp_rule[p.get("rule") or "?"] += 1
                if sc.source_ok(doc, g.get("source"), p.get("source")):
                    rule_source_ok[p.get("rule") or "?"] += 1
                if not sc.source_ok(doc, g.get("source"), p.get("source")):
                    wrong_source.append((did, show(g.get("source")), show(p.get("source")), show(g["content"])[:100]))
                continue
            line = (did, show(g.get("source")), show(g.get("cue")), show(g["content"])[:160])
            overlap = [pi for pi, pc in enumerate(pcov) if pc & gcov[gi]]
            src = (g.get("source") or {}).get("text", "") or show(g.get("source"))
            if overlap:
                missed["boundary (overlap, Dice<0.5)"].append(line + (show(P[overlap[0]]["content"])[:160],))
            elif sc.QUOTE_CHARS & set(g["content"]["text"]):
                missed["missed direct quote"].append(line)
            elif g.get("cue") and not _cue_known(show(g["cue"]), lexicon):
                missed["missed, cue lemma not in lexicon"].append(line)
            elif src.strip().lower() in _PRONOUNS:
                missed["missed pronoun source"].append(line)
            else:
                missed["missed, other"].append(line)
        for pi, p in enumerate(P):
            if pi not in used_p:
                fp_rule[p.get("rule") or "?"] += 1
                fps[p.get("method", "?")].append((did, show(p.get("source")), show(p.get("cue")),
                                                  show(p["content"])[:160]))

    _print_recall("cue type", by_cue)
    _print_recall("source kind", by_source)
    print("\n== misses by class (gold not matched) ==")
    for name, items in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        print(f"{name}: {len(items)}")
    cue_words = Counter()
    for item in missed["missed, cue lemma not in lexicon"]:
        cue_words[item[2].lower()] += 1
    if cue_words:
        print("  unknown cues:", ", ".join(f"{w} {n}" for w, n in cue_words.most_common(30)))
    print(f"wrong source (content matched): {len(wrong_source)}")
    print("\n== precision by rule (content matched / predicted; with the right source) ==")
    for name in sorted(set(tp_rule) | set(fp_rule), key=lambda r: -(tp_rule[r] + fp_rule[r])):
        n = tp_rule[name] + fp_rule[name]
        print(f"{name:36s} {n:5d} predicted  content P {tp_rule[name] / n:.3f}  content+source P "
              f"{rule_source_ok[name] / n:.3f}")
    print("\n== false positives by method ==")
    for name, items in sorted(fps.items(), key=lambda kv: -len(kv[1])):
        print(f"{name}: {len(items)}  (true positives {tp_method[name]})")
    if examples:
        for name, items in sorted(missed.items(), key=lambda kv: -len(kv[1])):
            print(f"\n-- {name} (first {examples}) --")
            for item in items[:examples]:
                print("  ", " || ".join(item[1:]))
        print(f"\n-- wrong source (first {examples}): gold | predicted | content --")
        for item in wrong_source[:examples]:
            print("  ", " || ".join(item[1:]))
        for name, items in sorted(fps.items(), key=lambda kv: -len(kv[1])):
            print(f"\n-- false positives, {name} (first {examples}) --")
            for item in items[:examples]:
                print("  ", " || ".join(item[1:]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", help="gold JSONL (default: shared polnear dev)")
    ap.add_argument("--pred", default="/tmp/polnear_dev.pred.jsonl", help="where to write the predictions")
    ap.add_argument("--examples", type=int, default=8, help="examples per error class (0: none)")
    ap.add_argument("--no-run", action="store_true", help="score an existing --pred file")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    shared = _shared_dir()
    if shared is None:
        print("bench/attribution_quality.py: the shared evaluation folder (/work/shared or ../shared) is missing; "
              "nothing to benchmark.")
        return 0
    gold = Path(args.gold) if args.gold else shared / "data" / "polnear" / "polnear_dev.jsonl"
    if not gold.exists():
        print(f"bench/attribution_quality.py: {gold} is missing; nothing to benchmark.")
        return 0
    pred = Path(args.pred)
    if not args.no_run:
        from kg.attributions import predict_attributions

        t0 = time.perf_counter()
        report = predict_attributions(gold, pred, workers=args.workers)
        print(f"predicted: {report.summary()} in {time.perf_counter() - t0:.1f} s -> {pred}")
        for problem in report.problems:
            print("  problem:", problem)
    scorer = shared / "eval" / "score_attributions.py"
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True,
                            check=False)
    print(result.stdout, end="")
    if result.returncode:
        print(result.stderr, end="")
        return result.returncode
    analyse_errors(_load_scorer(shared), gold, pred, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
