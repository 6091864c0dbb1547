"""Compose the stages: ingest -> nlp -> extract -> resolve -> contradict -> rdf -> store.

:func:`build` streams articles through the model, writes each article's named graph as soon as it is done (so an
interrupted build keeps every finished article), skips articles whose text is already stored, and recomputes the
contradictions between articles from the statement index kept beside the store.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.contradict import Side, find_contradictions, sides_of
from kg.extract import extract_article
from kg.ingest import iter_articles
from kg.nlp import load_model, parse_articles
from kg.rdf import article_graph, article_quads, contradiction_graph, cross_article_quads
from kg.resolve import resolve
from kg.types import Article, Attribution, InputProblem, Proposition, ResolvedArticle, StatementRef

SIDES_DIR = "statements"


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, and one line per problem."""

    articles: int = 0
    skipped: int = 0
    actors: int = 0
    claims: int = 0
    contradictions: int = 0
    cross_article_contradictions: int = 0
    words: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.articles} articles built, {self.skipped} unchanged, {self.actors} actors, {self.claims} claims, "
                f"{self.contradictions + self.cross_article_contradictions} contradictions "
                f"({self.cross_article_contradictions} across articles), {len(self.problems)} errors, "
                f"{self.seconds:.1f} s")


def analyse(article: Article, docs) -> tuple[ResolvedArticle, list]:
    """Extract, resolve and find the contradictions inside one parsed article."""
    resolved = resolve(extract_article(article, docs))
    inner = list(find_contradictions(sides_of(resolved)))
    return resolved, inner


def analyse_texts(articles: Iterable[Article], *, model: str | None = None, workers: int = 1,
                  batch_size: int = 64) -> Iterator[tuple[ResolvedArticle, list]]:
    """Parse and analyse articles in memory, without a store (used by ``kg attributions`` and the API)."""
    nlp = load_model(model)
    for article, docs in parse_articles(articles, nlp, batch_size=batch_size, n_process=workers):
        yield analyse(article, docs)


def attributions_of(resolved: ResolvedArticle) -> list[Attribution]:
    """The article's attributions (statements with a speaker), once each, in text order; not the article's own voice."""
    seen: dict[tuple[int, int], Attribution] = {}
    for claim in resolved.claims:
        att = claim.attribution
        if att.method != "article-voice":
            seen.setdefault((att.content.start, att.content.end), att)
    return sorted(seen.values(), key=lambda a: a.content.start)


def build(paths: Iterable[str | os.PathLike], store, *, model: str | None = None, workers: int = 1,
          batch_size: int = 64, force: bool = False,
          progress: Callable[[Article | None, int], None] | None = None) -> BuildReport:
    """Build articles into a store.

    Args:
        paths: Files and folders of articles (text, HTML, JSONL).
        store: An open :class:`kg.store.Store`.
        model: spaCy model name (default: :data:`kg.nlp.DEFAULT_MODEL`).
        workers: Processes for parsing.
        force: Rebuild articles whose text is already stored.
        progress: Called with each finished article and its word count.

    Returns:
        The report; bad inputs are listed in ``problems`` and did not stop the batch.
    """
    t0 = time.perf_counter()
    report = BuildReport()
    sides_dir = _sides_dir(store)

    def fresh() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, InputProblem):
                report.problems.append(item)
                continue
            if not force and store.article_hash(item.id) == item.content_hash:
                report.skipped += 1
                continue
            yield item

    nlp = load_model(model)
    for article, docs in parse_articles(fresh(), nlp, batch_size=batch_size, n_process=workers):
        try:
            resolved, inner = analyse(article, docs)
            store.replace_graph(article_graph(article.id), article_quads(resolved, inner))
        except Exception as exc:  # one bad article must not stop the batch
            report.problems.append(InputProblem(article.source or article.id, f"could not be built: {exc}"))
            continue
        if sides_dir is not None:
            _save_sides(sides_dir, article.id, sides_of(resolved))
        report.articles += 1
        report.actors += len(resolved.actors)
        report.claims += len(resolved.claims)
        report.contradictions += len(inner)
        words = len(article.text.split())
        report.words += words
        if progress is not None:
            progress(article, words)
    if report.articles and sides_dir is not None:
        report.cross_article_contradictions = update_cross_article(store, sides_dir)
    report.seconds = time.perf_counter() - t0
    return report


def update_cross_article(store, sides_dir: Path) -> int:
    """Recompute contradictions between articles from every stored statement; replace their named graph."""
    sides = list(_load_all_sides(sides_dir))
    cross = [c for c in find_contradictions(sides) if c.a.article_id != c.b.article_id]
    store.replace_graph(contradiction_graph(), cross_article_quads(cross))
    return len(cross)


# ---------------------------------------------------------------- the statement index beside the store

def _sides_dir(store) -> Path | None:
    path = getattr(store, "path", None)
    if path is None:
        return None
    d = Path(path).parent / (Path(path).name + "." + SIDES_DIR)
    d.mkdir(parents=True, exist_ok=True)
    return d


def _side_file(sides_dir: Path, article_id: str) -> Path:
    from urllib.parse import quote

    return sides_dir / (quote(article_id, safe="-_.") + ".json")


def _save_sides(sides_dir: Path, article_id: str, sides: list[Side]) -> None:
    target = _side_file(sides_dir, article_id)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([asdict(s) for s in sides]), encoding="utf-8")
    tmp.replace(target)  # atomic: a crash leaves the old index or the new, never half of one


def side_from_json(raw: dict) -> Side:
    """A :class:`Side` back from its ``dataclasses.asdict`` JSON form."""
    prop = raw["proposition"]
    prop = Proposition(**{k: tuple(v) if isinstance(v, list) else v for k, v in prop.items()})
    return Side(StatementRef(**raw["ref"]), raw["text"], raw["actor"], raw["actor_name"], raw["speech_act"], prop)


def _load_all_sides(sides_dir: Path) -> Iterator[Side]:
    for path in sorted(sides_dir.glob("*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8")):
            yield side_from_json(raw)
