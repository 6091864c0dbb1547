"""Builds of the seed shared by several test files (built once per test session; the model loads once)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_ID = "000_b091de30a194406f"
GOLD = SEEDS / f"{SEED_ID}.gold.json"


@lru_cache(maxsize=1)
def seed_analysis():
    """(resolved article, contradictions inside it) for the seed."""
    from kg.ingest import iter_articles
    from kg.pipeline import analyse_texts

    from kg.types import Article

    articles = [a for a in iter_articles([SEEDS]) if isinstance(a, Article)]
    return next(analyse_texts(articles))


@lru_cache(maxsize=1)
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def dice(a: str, b: str) -> float:
    """Word-token Dice overlap, as the gold file's how_to_match defines it."""
    x, y = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0
