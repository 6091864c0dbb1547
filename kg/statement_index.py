"""The statement index beside a store: every statement's :class:`~kg.contradict.Side` and blocking keys, in SQLite.

Contradictions between articles need every other article's statements, but never all of them at once: two
statements are compared only when they share a blocking key (:func:`kg.contradict.blocking_keys`). The index keeps
each statement as JSON with its keys in an indexed table, so when an article is (re)built its candidates come from
one SQL lookup, and memory stays flat however large the corpus grows; the cost of an article is its statements
times the sizes of the buckets they fall in.

The same words said the same way recur across an archive (wire stories reprinted by many outlets, a quote
repeated for weeks), so each statement also keeps a *fingerprint* of everything :func:`kg.contradict.compare` reads
except its position; a comparison already made for two fingerprints is reused instead of repeated
(:class:`_ComparisonMemo`), and the other statement is then not even decoded.

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

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kg import contradict
from kg.contradict import Side, blocking_keys, pairing_role
from kg.contradiction_rules.roles import document_of
from kg.types import Contradiction, Proposition, Span, StatementRef

SUFFIX = ".statements.sqlite"
SCHEMA_VERSION = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sides (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    side TEXT NOT NULL,
    fingerprint INTEGER,
    UNIQUE (article, start, stop)
);
CREATE TABLE IF NOT EXISTS side_keys (
    key TEXT NOT NULL,
    side INTEGER NOT NULL,
    article TEXT NOT NULL,
    role INTEGER,
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
    return _json(_as_dict(side))


_PROPOSITION_FIELDS = tuple(f.name for f in fields(Proposition))


def _as_dict(side: Side) -> dict:
    """``dataclasses.asdict(side)`` without its deep copy (a proposition holds only strings, flags and tuples)."""
    ref, p = side.ref, side.proposition
    return {"ref": {"article_id": ref.article_id, "start": ref.start, "end": ref.end}, "text": side.text,
            "actor": side.actor, "actor_name": side.actor_name, "speech_act": side.speech_act,
            "proposition": {name: getattr(p, name) for name in _PROPOSITION_FIELDS}}


# One encoder for all: json.dumps with these options builds a new encoder at every call (~40,000 calls for the 84
# PolNeAR dev articles); the text is the same.
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def side_from_json(raw: dict) -> Side:
    """A :class:`Side` back from its ``dataclasses.asdict`` JSON form."""
    prop = Proposition(**{k: _tuples(v) for k, v in raw["proposition"].items()})
    return Side(StatementRef(**raw["ref"]), raw["text"], raw["actor"], raw["actor_name"], raw["speech_act"], prop)


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def fingerprint(side: Side) -> int:
    """A 64-bit digest of what :func:`kg.contradict.compare` reads of a statement, its position left out.

    Two statements with the same fingerprint are the same words with the same actor, speech act and proposition;
    the digest is the same in every process, so it can be stored.
    """
    return _encoded(side)[1]


def _encoded(side: Side) -> tuple[str, int]:
    """A side's JSON (:func:`side_to_json`) and its :func:`fingerprint`, from one dict."""
    content = _as_dict(side)
    ref = content.pop("ref")
    digest = hashlib.blake2b(_json(content).encode("utf-8"), digest_size=8).digest()
    return _json({"ref": ref, **content}), int.from_bytes(digest, "big", signed=True)


@dataclass(frozen=True)
class IndexEntry:
    """A statement as the index stores it, prepared wherever it was found (a worker process, usually).

    Attributes:
        side: The statement.
        json: Its :func:`side_to_json` form.
        fingerprint: Its :func:`fingerprint`.
        keys: Its blocking keys (:func:`kg.contradict.blocking_keys`) as :func:`key_to_text` text, sorted, each
            with its :func:`kg.contradict.pairing_role` in that key's bucket.
    """

    side: Side
    json: str
    fingerprint: int
    keys: tuple[tuple[str, int | None], ...]


def index_entry(side: Side) -> IndexEntry:
    """Prepare a statement for :meth:`StatementIndex.replace_article` (the costly part: keys, JSON, digest)."""
    text, digest = _encoded(side)
    return IndexEntry(side, text, digest, tuple(sorted((key_to_text(k), pairing_role(k, side))
                                                      for k in blocking_keys(side))))


def key_to_text(key: tuple) -> str:
    """A blocking key as text, the same for the same key in every process.

    >>> key_to_text(("family", "fail", "dam"))
    '["family","fail","dam"]'
    """
    return _json(list(key))


def contradiction_to_json(c: Contradiction) -> str:
    return _json(asdict(c))


def contradiction_from_json(text: str) -> Contradiction:
    raw = json.loads(text)
    return Contradiction(StatementRef(**raw["a"]), StatementRef(**raw["b"]), raw["kind"], raw["confidence"],
                         raw["explanation"], Span(**raw["evidence_a"]), Span(**raw["evidence_b"]))


def _ref_key(ref: StatementRef) -> tuple[str, int, int]:
    return ref.article_id, ref.start, ref.end


# ---------------------------------------------------------------- reusing comparisons

_Local = tuple[int, int, str]  # an evidence span relative to its statement's start


class _ComparisonMemo:
    """Outcomes of :func:`kg.contradict.compare` by the two statements' fingerprints, positions left out.

    ``compare`` reads a statement's words, actor, speech act and proposition, and of its position only whether the
    two come from one document (rules about one moment in time); the evidence spans it returns lie in their own
    statements. So an outcome, kept with its evidence relative to each statement, holds for any two statements with
    the same fingerprints. Bounded: when full it starts again (memory stays flat on any archive).
    """

    def __init__(self, limit: int = 50_000):
        self._limit = limit
        self._outcomes: dict[tuple[int, int, bool], tuple[str, float, str, _Local, _Local] | None] = {}

    def lookup(self, key: tuple[int, int, bool]):
        """``(True, outcome)`` when the pair was compared before (outcome ``None``: no contradiction)."""
        if key in self._outcomes:
            return True, self._outcomes[key]
        return False, None

    def remember(self, key: tuple[int, int, bool], a: Side, b: Side, found: Contradiction | None) -> None:
        if found is None:
            outcome = None
        else:
            local_a, local_b = _local(found.evidence_a, a), _local(found.evidence_b, b)
            if local_a is None or local_b is None:
                return  # evidence outside its statement: not reusable, never guessed
            outcome = (found.kind, found.confidence, found.explanation, local_a, local_b)
        if len(self._outcomes) >= self._limit:
            self._outcomes.clear()
        self._outcomes[key] = outcome


def _local(span: Span, side: Side) -> _Local | None:
    start = span.start - side.ref.start
    if start < 0 or side.text[start:start + len(span.text)] != span.text:
        return None
    return start, start + len(span.text), span.text


def _placed(outcome, a: StatementRef, b: StatementRef) -> Contradiction:
    """A remembered outcome for the statements at ``a`` and ``b``."""
    kind, confidence, explanation, (sa, ea, ta), (sb, eb, tb) = outcome
    return Contradiction(a, b, kind, confidence, explanation, Span(a.start + sa, a.start + ea, ta),
                         Span(b.start + sb, b.start + eb, tb))


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
        # Each article is one commit of a few hundred rows; checkpointing the log into the file every 40 MB instead
        # of every 4 MB (SQLite's default) takes 40% off the commits (500 articles replayed: 3.1-3.3 s -> 1.8-1.9 s).
        self._db.execute("PRAGMA wal_autocheckpoint=10000")
        self._db.executescript(_SCHEMA)
        self._migrate()
        self._in_tx = False
        self._memo = _ComparisonMemo()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(sides)")}
        if "fingerprint" not in columns:  # an index from before fingerprints (version 1)
            self._db.execute("BEGIN")
            self._db.execute("ALTER TABLE sides ADD COLUMN fingerprint INTEGER")
            rows = self._db.execute("SELECT id, side FROM sides").fetchall()
            self._db.executemany("UPDATE sides SET fingerprint = ? WHERE id = ?",
                                 [(fingerprint(side_from_json(json.loads(text))), row_id) for row_id, text in rows])
            self._db.execute("COMMIT")
        if "role" not in {row[1] for row in self._db.execute("PRAGMA table_info(side_keys)")}:  # before 3
            self._db.execute("BEGIN")
            self._db.execute("ALTER TABLE side_keys ADD COLUMN role INTEGER")
            rows = self._db.execute(
                "SELECT side_keys.key, side_keys.side, sides.side FROM side_keys JOIN sides ON sides.id = side_keys.side"
                " WHERE side_keys.key LIKE '[\"cov\",%' OR side_keys.key LIKE '[\"life\",%'"
                " OR side_keys.key LIKE '[\"count\",%'").fetchall()
            self._db.executemany("UPDATE side_keys SET role = ? WHERE key = ? AND side = ?", [
                (pairing_role(tuple(json.loads(key)), side_from_json(json.loads(text))), key, row_id)
                for key, row_id, text in rows])
            self._db.execute("COMMIT")
        if version != SCHEMA_VERSION:
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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

    def replace_article(self, article_id: str, sides: Iterable[Side | IndexEntry], *, compare: bool = True,
                        max_bucket: int = contradict.MAX_BUCKET) -> tuple[list[Contradiction], list[Contradiction]]:
        """Replace an article's statements and recompute its contradictions with the other articles.

        Deletes the article's old statements and every cross-article contradiction involving it, inserts the new
        statements and their blocking keys, then compares each new statement with the statements of other articles
        that share a key with it (each pair once, the lesser statement reference first). Statements may come as
        :class:`IndexEntry` (prepared by :func:`index_entry` in a worker process) or as plain sides.

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

        mine: dict[int, tuple[Side, int]] = {}
        key_rows: list[tuple] = []
        for entry in sides:
            entry = entry if isinstance(entry, IndexEntry) else index_entry(entry)
            side = entry.side
            if side.ref.article_id != article_id:
                raise ValueError(f"statement {side.ref} given as one of article {article_id!r}")
            cur = db.execute("INSERT INTO sides (article, start, stop, side, fingerprint) VALUES (?, ?, ?, ?, ?)",
                             (article_id, side.ref.start, side.ref.end, entry.json, entry.fingerprint))
            mine[cur.lastrowid] = side, entry.fingerprint
            key_rows += [(key, cur.lastrowid, article_id, role) for key, role in entry.keys]
        key_rows.sort()  # in key order, the rows go into the (key, side) tree page by page
        db.executemany("INSERT OR IGNORE INTO side_keys (key, side, article, role) VALUES (?, ?, ?, ?)", key_rows)

        added: list[Contradiction] = []
        decoded_id, decoded = None, None
        # Ordered by the other statement so each is decoded at most once (and only when no remembered comparison
        # answers for it); the cursor streams, nothing is held but one side.
        rows = db.execute(
            "SELECT pairs.theirs, pairs.mine, sides.article, sides.start, sides.stop, sides.fingerprint, sides.side"
            " FROM ("
            " SELECT DISTINCT theirs.side AS theirs, mine.side AS mine FROM side_keys AS mine"
            " JOIN side_keys AS theirs ON theirs.key = mine.key AND theirs.article != mine.article"
            # kg.contradict.roles_pair, with FIRST = 1 and SECOND = 2 (a row without a role, as a version before 3
            # wrote it, pairs with all)
            " AND (mine.role IS NULL OR theirs.role IS NULL"
            " OR (mine.role & 1 AND theirs.role & 2) OR (mine.role & 2 AND theirs.role & 1))"
            " WHERE mine.article = ? AND (SELECT COUNT(*) FROM (SELECT 1 FROM side_keys AS b WHERE b.key = mine.key"
            " LIMIT ?)) <= ?) AS pairs JOIN sides ON sides.id = pairs.theirs"
            " ORDER BY pairs.theirs, pairs.mine", (article_id, max_bucket + 1, max_bucket)) if mine and compare else ()
        for their_id, my_id, their_article, their_start, their_stop, their_print, text in rows:
            my_side, my_print = mine[my_id]
            if my_print == their_print:
                continue  # the same words said the same way: compare() finds nothing to contradict
            theirs_ref = StatementRef(their_article, their_start, their_stop)
            mine_first = _ref_key(my_side.ref) <= _ref_key(theirs_ref)
            key = ((my_print, their_print) if mine_first else (their_print, my_print)) + (
                document_of(article_id) == document_of(their_article),)
            known, outcome = self._memo.lookup(key)
            if known:
                if outcome is not None:
                    added.append(_placed(outcome, *((my_side.ref, theirs_ref) if mine_first else
                                                    (theirs_ref, my_side.ref))))
                continue
            if their_id != decoded_id:
                decoded_id, decoded = their_id, side_from_json(json.loads(text))
            a, b = (my_side, decoded) if mine_first else (decoded, my_side)
            found = contradict.compare(a, b)
            self._memo.remember(key, a, b, found)
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
