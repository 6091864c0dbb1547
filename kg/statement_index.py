"""The statement index beside a store: every statement's :class:`~kg.contradict.Side` and blocking keys, in SQLite.

Contradictions between articles need every other article's statements, but never all of them at once: two
statements are compared only when they share a blocking key (:func:`kg.contradict.blocking_keys`). The index keeps
each statement as JSON with its keys in an indexed table, so when an article is (re)built its candidates come from
one SQL lookup, and memory stays flat however large the corpus grows; the cost of an article is its statements
times the sizes of the buckets they fall in.

The index also records the contradictions found between articles, so that rebuilding an article can take back
exactly the ones that involved it (:meth:`StatementIndex.replace_article` returns them, the caller removes their
triples from the store's contradictions graph).

It lives in ``<store>.statements.sqlite`` beside an on-disk store (:func:`index_path`); an in-memory store gets an
in-memory index.

>>> from kg.types import Proposition, StatementRef
>>> def side(article, start, negated):
...     ref = StatementRef(article, start, start + 10)
...     return Side(ref, "x" * 10, "anna", "Anna", "assert", Proposition("dam", "fail", (), negated, lemmas=("dam",)))
>>> with StatementIndex(None) as index:
...     removed, added = index.replace_article("a", [side("a", 0, True)])
...     removed, added = index.replace_article("b", [side("b", 5, False)])
...     index.commit()
...     [(c.a.article_id, c.b.article_id, c.kind) for c in added]
[('a', 'b', 'opposite-polarity')]
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from kg import contradict
from kg.contradict import Side, blocking_keys
from kg.types import Contradiction, Proposition, Span, StatementRef

SUFFIX = ".statements.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sides (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    side TEXT NOT NULL,
    UNIQUE (article, start, stop)
);
CREATE TABLE IF NOT EXISTS side_keys (
    key TEXT NOT NULL,
    side INTEGER NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (key, side)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS side_keys_article ON side_keys (article, key);
CREATE TABLE IF NOT EXISTS cross_contradictions (
    a_article TEXT NOT NULL, a_start INTEGER NOT NULL, a_stop INTEGER NOT NULL,
    b_article TEXT NOT NULL, b_start INTEGER NOT NULL, b_stop INTEGER NOT NULL,
    contradiction TEXT NOT NULL,
    PRIMARY KEY (a_article, a_start, a_stop, b_article, b_start, b_stop)
);
CREATE INDEX IF NOT EXISTS cross_b ON cross_contradictions (b_article);
"""


def index_path(store_path: str | os.PathLike[str]) -> Path:
    """Where the index of the store at ``store_path`` lives: ``<store>.statements.sqlite`` beside it."""
    p = Path(store_path)
    return p.parent / (p.name + SUFFIX)


# ---------------------------------------------------------------- JSON forms

def side_to_json(side: Side) -> str:
    """A side as compact JSON (its ``dataclasses.asdict`` form)."""
    return json.dumps(asdict(side), ensure_ascii=False, separators=(",", ":"))


def side_from_json(raw: dict) -> Side:
    """A :class:`Side` back from its ``dataclasses.asdict`` JSON form."""
    prop = Proposition(**{k: _tuples(v) for k, v in raw["proposition"].items()})
    return Side(StatementRef(**raw["ref"]), raw["text"], raw["actor"], raw["actor_name"], raw["speech_act"], prop)


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def key_to_text(key: tuple) -> str:
    """A blocking key as text, the same for the same key in every process.

    >>> key_to_text(("family", "fail", "dam"))
    '["family","fail","dam"]'
    """
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))


def contradiction_to_json(c: Contradiction) -> str:
    return json.dumps(asdict(c), ensure_ascii=False, separators=(",", ":"))


def contradiction_from_json(text: str) -> Contradiction:
    raw = json.loads(text)
    return Contradiction(StatementRef(**raw["a"]), StatementRef(**raw["b"]), raw["kind"], raw["confidence"],
                         raw["explanation"], Span(**raw["evidence_a"]), Span(**raw["evidence_b"]))


def _ref_key(ref: StatementRef) -> tuple[str, int, int]:
    return ref.article_id, ref.start, ref.end


# ---------------------------------------------------------------- the index

class StatementIndex:
    """Statements and cross-article contradictions of a store, in SQLite.

    Changes made by :meth:`replace_article` stay in an open transaction until :meth:`commit` (or :meth:`close`,
    which commits), so the caller can first apply them to the store and roll back if that fails.

    Args:
        path: The SQLite file (created if missing), or ``None`` for an index in memory.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None):
        self.path = Path(path) if path is not None else None
        self._db = sqlite3.connect(str(self.path) if self.path is not None else ":memory:", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self._in_tx = False

    @classmethod
    def for_store(cls, store) -> StatementIndex:
        """The index beside an open :class:`kg.store.Store` (in memory when the store is)."""
        path = getattr(store, "path", None)
        return cls(index_path(path) if path is not None else None)

    # ------------------------------------------------------------ lifecycle

    def _begin(self) -> None:
        if not self._in_tx:
            self._db.execute("BEGIN")
            self._in_tx = True

    def commit(self) -> None:
        """Make the pending changes durable."""
        if self._in_tx:
            self._db.execute("COMMIT")
            self._in_tx = False

    def rollback(self) -> None:
        """Forget the pending changes."""
        if self._in_tx:
            self._db.execute("ROLLBACK")
            self._in_tx = False

    def close(self) -> None:
        """Commit and close. Safe to call twice."""
        if self._db is None:
            return
        try:
            self.commit()
        finally:
            self._db.close()
            self._db = None

    def __enter__(self) -> StatementIndex:
        return self

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is not None and self._db is not None:
            self.rollback()
        self.close()

    # ------------------------------------------------------------ writing

    def replace_article(self, article_id: str, sides: Iterable[Side], *, compare: bool = True,
                        max_bucket: int = contradict.MAX_BUCKET) -> tuple[list[Contradiction], list[Contradiction]]:
        """Replace an article's statements and recompute its contradictions with the other articles.

        Deletes the article's old statements and every cross-article contradiction involving it, inserts the new
        statements and their blocking keys, then compares each new statement with the statements of other articles
        that share a key with it (each pair once, the lesser statement reference first).

        Returns:
            ``(removed, added)``: the cross-article contradictions that were taken back and those found now. The
            changes are pending until :meth:`commit`. With ``compare=False`` nothing is compared (``added`` is
            empty): for filling an index whose contradictions are known otherwise. A key shared by more than
            ``max_bucket`` statements (all articles, this one included) pairs nothing, as in
            :func:`kg.contradict.find_contradictions`.
        """
        db = self._db
        self._begin()
        removed = [contradiction_from_json(row[0]) for row in db.execute(
            "SELECT contradiction FROM cross_contradictions WHERE a_article = ? OR b_article = ?",
            (article_id, article_id))]
        db.execute("DELETE FROM cross_contradictions WHERE a_article = ? OR b_article = ?", (article_id, article_id))
        db.execute("DELETE FROM side_keys WHERE article = ?", (article_id,))
        db.execute("DELETE FROM sides WHERE article = ?", (article_id,))

        mine: dict[int, Side] = {}
        for side in sides:
            if side.ref.article_id != article_id:
                raise ValueError(f"statement {side.ref} given as one of article {article_id!r}")
            cur = db.execute("INSERT INTO sides (article, start, stop, side) VALUES (?, ?, ?, ?)",
                             (article_id, side.ref.start, side.ref.end, side_to_json(side)))
            mine[cur.lastrowid] = side
            db.executemany("INSERT OR IGNORE INTO side_keys (key, side, article) VALUES (?, ?, ?)",
                           [(key_to_text(k), cur.lastrowid, article_id) for k in sorted(blocking_keys(side))])

        added: list[Contradiction] = []
        other_id, other = None, None
        # Ordered by the other statement so each is decoded once; the cursor streams, nothing is held but one side.
        rows = db.execute(
            "SELECT pairs.theirs, pairs.mine, sides.side FROM ("
            " SELECT DISTINCT theirs.side AS theirs, mine.side AS mine FROM side_keys AS mine"
            " JOIN side_keys AS theirs ON theirs.key = mine.key AND theirs.article != mine.article"
            " WHERE mine.article = ? AND (SELECT COUNT(*) FROM (SELECT 1 FROM side_keys AS b WHERE b.key = mine.key"
            " LIMIT ?)) <= ?) AS pairs JOIN sides ON sides.id = pairs.theirs"
            " ORDER BY pairs.theirs, pairs.mine", (article_id, max_bucket + 1, max_bucket)) if mine and compare else ()
        for their_id, my_id, text in rows:
            if their_id != other_id:
                other_id, other = their_id, side_from_json(json.loads(text))
            a, b = sorted((mine[my_id], other), key=lambda s: _ref_key(s.ref))
            found = contradict.compare(a, b)
            if found is not None:
                added.append(found)
        db.executemany(
            "INSERT OR REPLACE INTO cross_contradictions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*_ref_key(c.a), *_ref_key(c.b), contradiction_to_json(c)) for c in added])
        return removed, added

    def remove_article(self, article_id: str) -> list[Contradiction]:
        """Forget an article's statements; returns the cross-article contradictions that involved it (pending)."""
        removed, _ = self.replace_article(article_id, ())
        return removed

    # ------------------------------------------------------------ reading

    def sides(self, article_id: str | None = None) -> Iterator[Side]:
        """The stored statements (of one article, or all), in reference order."""
        if article_id is None:
            cur = self._db.execute("SELECT side FROM sides ORDER BY article, start, stop")
        else:
            cur = self._db.execute("SELECT side FROM sides WHERE article = ? ORDER BY start, stop", (article_id,))
        for (text,) in cur:
            yield side_from_json(json.loads(text))

    def contradictions(self, article_id: str | None = None) -> Iterator[Contradiction]:
        """The cross-article contradictions (involving one article, or all)."""
        if article_id is None:
            cur = self._db.execute("SELECT contradiction FROM cross_contradictions ORDER BY 1")
        else:
            cur = self._db.execute("SELECT contradiction FROM cross_contradictions WHERE a_article = ? OR b_article = ?"
                                   " ORDER BY 1", (article_id, article_id))
        for (text,) in cur:
            yield contradiction_from_json(text)

    def count_sides(self) -> int:
        return self._db.execute("SELECT count(*) FROM sides").fetchone()[0]

    def count_contradictions(self) -> int:
        return self._db.execute("SELECT count(*) FROM cross_contradictions").fetchone()[0]

    def articles(self) -> list[str]:
        """The ids of the articles with statements in the index, sorted."""
        return [r[0] for r in self._db.execute("SELECT DISTINCT article FROM sides ORDER BY article")]
