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

Copies. A statement repeated in another article is a *copy* (:class:`~kg.types.SameText`) when its text and speech
act are the same and either its articles are near duplicates of each other (syndicated copies and re-posts: half the
shorter article's word 5-grams stand in the other, estimated from a sample of them, :func:`article_shingles`) or
the speaker, proposition and date are the same too. A copy has no keys: the statement it repeats stands for it, so a
contradiction with the text is drawn once, not once per copy. When the original goes (its article rebuilt with other
words, or removed), a copy takes its place and is compared. Near-duplicate articles are never compared with each
other: a re-post's edits are updates, not contradictions.

It lives in ``<store>.statements.sqlite`` beside an on-disk store (:func:`index_path`); an in-memory store gets an
in-memory index.

>>> from kg.types import Proposition, StatementRef
>>> def side(article, start, negated):
...     ref = StatementRef(article, start, start + 10)
...     p = Proposition("dam", "fail", (), negated, lemmas=("dam",), anchors=("mosul dam",))
...     return Side(ref, "x" * 10, "anna", "Anna", "assert", p)
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
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kg import contradict
from kg.contradict import Detector, Side, blocking_keys
from kg.contradiction_rules.learned import Candidate
from kg.contradiction_rules.features import document_of, plain_words
from kg.types import Contradiction, NamedPerson, Proposition, SameText, Span, StatementRef

SUFFIX = ".statements.sqlite"
SCHEMA_VERSION = 4

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sides (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    side TEXT NOT NULL,
    fingerprint INTEGER,
    text_hash INTEGER,
    copy_of INTEGER,
    UNIQUE (article, start, stop)
);
CREATE TABLE IF NOT EXISTS article_shingles (
    shingle INTEGER NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (shingle, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_shingles_article ON article_shingles (article);
CREATE TABLE IF NOT EXISTS near_duplicates (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
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
CREATE TABLE IF NOT EXISTS article_hashes (
    article TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people (
    article TEXT NOT NULL,
    actor TEXT NOT NULL,
    label TEXT NOT NULL,
    statements INTEGER NOT NULL,
    roles TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article, actor)
) WITHOUT ROWID;
"""

_INDEXES = """
CREATE INDEX IF NOT EXISTS sides_text ON sides (text_hash);
CREATE INDEX IF NOT EXISTS sides_copy ON sides (copy_of);
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
            "proposition": {name: getattr(p, name) for name in _PROPOSITION_FIELDS}, "date": side.date,
            "headline": side.headline}


# One encoder for all: json.dumps with these options builds a new encoder at every call (~40,000 calls for the 84
# PolNeAR dev articles); the text is the same.
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def side_from_json(raw: dict) -> Side:
    """A :class:`Side` back from its ``dataclasses.asdict`` JSON form."""
    prop = Proposition(**{k: _tuples(v) for k, v in raw["proposition"].items() if k in _PROPOSITION_FIELDS})
    return Side(StatementRef(**raw["ref"]), raw["text"], raw["actor"], raw["actor_name"], raw["speech_act"], prop,
                raw.get("date"), raw.get("headline", False))


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
        keys: Its blocking keys across articles (:func:`kg.contradict.blocking_keys`) as :func:`key_to_text` text,
            sorted, each with its :func:`kg.contradict.pairing_role` in that key's bucket.
        text_hash: Its :func:`text_hash`.
    """

    side: Side
    json: str
    fingerprint: int
    keys: tuple[tuple[str, int | None], ...]
    text_hash: int = 0


def index_entry(side: Side) -> IndexEntry:
    """Prepare a statement for :meth:`StatementIndex.replace_article` (the costly part: keys, JSON, digests)."""
    text, digest = _encoded(side)
    return IndexEntry(side, text, digest, tuple(sorted((key_to_text(k), contradict._role(k, side))
                                                      for k in blocking_keys(side))), text_hash(side))


def key_to_text(key: tuple) -> str:
    """A blocking key as text, the same for the same key in every process.

    >>> key_to_text(("family", "fail", "dam"))
    '["family","fail","dam"]'
    """
    return _json(list(key))


def contradiction_to_json(c: Contradiction) -> str:
    """A contradiction as compact JSON (its ``dataclasses.asdict`` form)."""
    return _json(asdict(c))


def contradiction_from_json(text: str) -> Contradiction:
    raw = json.loads(text)
    return Contradiction(StatementRef(**raw["a"]), StatementRef(**raw["b"]), raw["kind"], raw["confidence"],
                         raw["explanation"], Span(**raw["evidence_a"]), Span(**raw["evidence_b"]), raw.get("rule", ""))


def text_hash(side: Side) -> int:
    """A 64-bit digest of a statement's words (case and spacing folded) and its speech act: what two copies share."""
    words = " ".join(unicodedata.normalize("NFC", side.text).lower().split())
    digest = hashlib.blake2b(f"{side.speech_act}|{words}".encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_DECODED = 4096
"""Decoded statements an index keeps at most (:meth:`StatementIndex._decoded`)."""
_SHINGLE_WORDS = 5
_SAMPLE_EVERY = 8  # a shingle is kept when its digest is a multiple of this: the same ones in every copy
NEAR_DUPLICATE = 0.5
"""Two articles are near duplicates when this share of the shorter one's sampled word 5-grams stand in the other."""
_MIN_SHARED = 4


def article_shingles(text: str) -> tuple[int, ...]:
    """A sample of an article's word 5-grams, as 64-bit digests (about one in eight, the same in every copy).

    >>> a = article_shingles("The minister said on Monday that the bridge would reopen next week " * 4)
    >>> a == article_shingles("THE MINISTER said on monday that the bridge would reopen next week " * 4)
    True
    """
    words = plain_words(text)
    out = set()
    for i in range(max(0, len(words) - _SHINGLE_WORDS + 1)):
        digest = hashlib.blake2b(" ".join(words[i:i + _SHINGLE_WORDS]).encode("utf-8"), digest_size=8).digest()
        value = int.from_bytes(digest, "big", signed=True)
        if value % _SAMPLE_EVERY == 0:
            out.add(value)
    return tuple(sorted(out))


def _key_name(text: str) -> str:
    """The name of a key in its :func:`key_to_text` form ('["cov","putin","fight"]' -> 'cov')."""
    return text[2:text.index('"', 2)]


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
        self._outcomes: dict[tuple[int, int, bool], tuple[str, float, str, _Local, _Local, str] | None] = {}

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
            outcome = (found.kind, found.confidence, found.explanation, local_a, local_b, found.rule)
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
    kind, confidence, explanation, (sa, ea, ta), (sb, eb, tb), rule = outcome
    return Contradiction(a, b, kind, confidence, explanation, Span(a.start + sa, a.start + ea, ta),
                         Span(b.start + sb, b.start + eb, tb), rule)


# ---------------------------------------------------------------- the index

class StatementIndex:
    """Statements and cross-article contradictions of a store, in SQLite.

    Changes made by :meth:`replace_article` stay in an open transaction until :meth:`commit` (or :meth:`close`,
    which commits), so the caller can first apply them to the store and roll back if that fails.

    Args:
        path: The SQLite file (created if missing), or ``None`` for an index in memory.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, detector: Detector = contradict.DEFAULT):
        self.path = Path(path) if path is not None else None
        self.detector = detector
        self._db = sqlite3.connect(str(self.path) if self.path is not None else ":memory:", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        # Each article is one commit of a few hundred rows; checkpointing the log into the file every 40 MB instead
        # of every 4 MB (SQLite's default) takes 40% off the commits (500 articles replayed: 3.1-3.3 s -> 1.8-1.9 s).
        self._db.execute("PRAGMA wal_autocheckpoint=10000")
        had_people = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'people'").fetchone() is not None
        had_hashes = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'article_hashes'").fetchone() is not None
        self._db.executescript(_SCHEMA)
        self.hashes_missing = not had_hashes and self._db.execute("SELECT 1 FROM sides LIMIT 1").fetchone() is not None
        """An index written before it kept each article's content hash (the caller fills them from the store)."""
        self.people_missing = not had_people and self._db.execute("SELECT 1 FROM sides LIMIT 1").fetchone() is not None
        """An index written before the register of people, or before it kept their roles (:mod:`kg.identity` fills
        it from the store)."""
        if "roles" not in {row[1] for row in self._db.execute("PRAGMA table_info(people)")}:
            self._db.execute("ALTER TABLE people ADD COLUMN roles TEXT NOT NULL DEFAULT ''")
            self.people_missing = self.people_missing or self._db.execute(
                "SELECT 1 FROM people LIMIT 1").fetchone() is not None
        self.rekeyed = self._migrate()
        self._db.executescript(_INDEXES)
        self._in_tx = False
        self._memo = _ComparisonMemo()
        self._sides: dict[int, Side] = {}  # decoded statements by row id, oldest first (see _decoded)

    def _migrate(self) -> bool:
        """Bring an index written by an earlier version up to this one's schema; whether its statements were keyed
        anew (their cross-article contradictions are then gone, and the caller rewrites the contradictions graph).

        Statements indexed before version 4 have no anchors, so they meet no other article's statements until their
        articles are built again (``kg build --force``).
        """
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION or not self._db.execute("SELECT 1 FROM sides LIMIT 1").fetchone():
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            return False
        db = self._db
        db.execute("BEGIN")
        for table, column in (("sides", "fingerprint"), ("sides", "text_hash"), ("sides", "copy_of"),
                              ("side_keys", "role")):
            if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER")
        db.execute("DELETE FROM side_keys")
        db.execute("DELETE FROM cross_contradictions")
        rows = db.execute("SELECT id, article, side FROM sides").fetchall()
        for row_id, article, text in rows:
            entry = index_entry(side_from_json(json.loads(text)))
            db.execute("UPDATE sides SET fingerprint = ?, text_hash = ?, copy_of = NULL WHERE id = ?",
                       (entry.fingerprint, entry.text_hash, row_id))
            db.executemany("INSERT OR IGNORE INTO side_keys (key, side, article, role) VALUES (?, ?, ?, ?)",
                           [(key, row_id, article, role) for key, role in entry.keys])
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("COMMIT")
        return True

    @classmethod
    def for_store(cls, store, *, detector: Detector = contradict.DEFAULT) -> StatementIndex:
        """The index beside an open :class:`kg.store.Store` (in memory when the store is)."""
        path = getattr(store, "path", None)
        return cls(index_path(path) if path is not None else None, detector=detector)

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
            self._sides.clear()

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
                        max_bucket: int = contradict.MAX_BUCKET, shingles: Iterable[int] = ()
                        ) -> tuple[list[Contradiction | SameText], list[Contradiction | SameText]]:
        """Replace an article's statements and recompute its contradictions with the other articles.

        Deletes the article's old statements and every cross-article contradiction involving it, inserts the new
        statements (a copy of another article's statement without keys, see the module docstring; the others with
        their blocking keys), then compares each new statement with the statements of other articles that share a
        key with it, each pair once, the lesser statement reference first, when
        :meth:`~kg.contradict.Detector.comparable_across` allows. Statements may come as :class:`IndexEntry`
        (prepared by :func:`index_entry` in a worker process) or as plain sides.

        Args:
            article_id: The article.
            sides: Its statements.
            compare: With ``False`` nothing is compared (for filling an index whose contradictions are known).
            max_bucket: A key shared by more statements than this (all articles, this one included) pairs nothing,
                as in :func:`kg.contradict.find_contradictions`.
            shingles: The article's :func:`article_shingles`, to recognise near duplicates of it.

        Returns:
            ``(removed, added)``: the cross-article links taken back and those made now: contradictions, and
            :class:`~kg.types.SameText` links from copies to what they repeat. Pending until :meth:`commit`.
        """
        db = self._db
        self._begin()
        removed: list[Contradiction | SameText] = [contradiction_from_json(row[0]) for row in db.execute(
            "SELECT contradiction FROM cross_contradictions WHERE a_article = ? OR b_article = ?",
            (article_id, article_id))]
        removed += self._copies_of_article(article_id)
        db.execute("DELETE FROM cross_contradictions WHERE a_article = ? OR b_article = ?", (article_id, article_id))
        db.execute("DELETE FROM side_keys WHERE article = ?", (article_id,))
        # Copies elsewhere of this article's statements lose their original: they are placed again below.
        orphans = [row[0] for row in db.execute(
            "SELECT copy.id FROM sides AS copy JOIN sides AS original ON copy.copy_of = original.id"
            " WHERE original.article = ? ORDER BY copy.id", (article_id,))]
        for (row_id,) in db.execute("SELECT id FROM sides WHERE article = ?", (article_id,)):
            self._sides.pop(row_id, None)  # SQLite may give a deleted row's id to a new one
        db.execute("DELETE FROM sides WHERE article = ?", (article_id,))
        self._set_near_duplicates(article_id, tuple(shingles))

        mine: dict[int, tuple[Side, int]] = {}
        added: list[Contradiction | SameText] = []
        for entry in sides:
            entry = entry if isinstance(entry, IndexEntry) else index_entry(entry)
            if entry.side.ref.article_id != article_id:
                raise ValueError(f"statement {entry.side.ref} given as one of article {article_id!r}")
            row_id, link = self._insert(entry)
            if link is None:
                mine[row_id] = entry.side, entry.fingerprint
            else:
                added.append(link)
        for row_id in orphans:
            side, printed, link = self._place_again(row_id)
            if link is None:
                mine[row_id] = side, printed
            else:
                added.append(link)
        if mine and compare:
            added += self._compare(mine, max_bucket)
        db.executemany(
            "INSERT OR REPLACE INTO cross_contradictions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*_ref_key(c.a), *_ref_key(c.b), contradiction_to_json(c)) for c in added if isinstance(c, Contradiction)])
        return removed, added

    def _decoded(self, row_id: int, text: str) -> Side:
        """The statement stored as ``text`` under ``row_id``, decoded once while it is among the last few thousand
        met (a statement of a much-covered subject meets every new article on it)."""
        side = self._sides.pop(row_id, None)
        if side is None:
            side = side_from_json(json.loads(text))
            if len(self._sides) >= _DECODED:
                self._sides.pop(next(iter(self._sides)))
        self._sides[row_id] = side
        return side

    def _insert(self, entry: IndexEntry) -> tuple[int, SameText | None]:
        """Store one statement: as a copy of another article's statement (no keys) or with its keys."""
        side = entry.side
        original = self._original_of(side.ref.article_id, entry.text_hash, entry.fingerprint)
        cur = self._db.execute(
            "INSERT INTO sides (article, start, stop, side, fingerprint, text_hash, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (side.ref.article_id, side.ref.start, side.ref.end, entry.json, entry.fingerprint, entry.text_hash,
             original[0] if original else None))
        if original is not None:
            return cur.lastrowid, SameText(side.ref, original[1])
        self._db.executemany("INSERT OR IGNORE INTO side_keys (key, side, article, role) VALUES (?, ?, ?, ?)",
                             [(key, cur.lastrowid, side.ref.article_id, role) for key, role in entry.keys])
        return cur.lastrowid, None

    def _original_of(self, article_id: str, digest: int, printed: int) -> tuple[int, StatementRef] | None:
        """The statement of another article that one with this text (and fingerprint) repeats, if any: the first
        stored of those with the same words and speech act in a near duplicate of the article, or with the same
        fingerprint anywhere."""
        row = self._db.execute(
            "SELECT id, article, start, stop FROM sides WHERE text_hash = ? AND copy_of IS NULL AND article != ?"
            " AND (fingerprint = ? OR article IN (SELECT b FROM near_duplicates WHERE a = ?)) ORDER BY id LIMIT 1",
            (digest, article_id, printed, article_id)).fetchone()
        return None if row is None else (row[0], StatementRef(row[1], row[2], row[3]))

    def _place_again(self, row_id: int) -> tuple[Side, int, SameText | None]:
        """A copy whose original is gone: a copy of another statement, or an original itself (then keyed)."""
        article, digest, printed, text = self._db.execute(
            "SELECT article, text_hash, fingerprint, side FROM sides WHERE id = ?", (row_id,)).fetchone()
        side = side_from_json(json.loads(text))
        original = self._original_of(article, digest, printed)
        self._db.execute("UPDATE sides SET copy_of = ? WHERE id = ?", (original[0] if original else None, row_id))
        if original is not None:
            return side, printed, SameText(side.ref, original[1])
        entry = index_entry(side)
        self._db.executemany("INSERT OR IGNORE INTO side_keys (key, side, article, role) VALUES (?, ?, ?, ?)",
                             [(key, row_id, article, role) for key, role in entry.keys])
        return side, printed, None

    def _copies_of_article(self, article_id: str) -> list[SameText]:
        """The same-text links that involve the article's statements, either way."""
        rows = self._db.execute(
            "SELECT copy.article, copy.start, copy.stop, original.article, original.start, original.stop"
            " FROM sides AS copy JOIN sides AS original ON copy.copy_of = original.id"
            " WHERE copy.article = ? OR original.article = ?", (article_id, article_id)).fetchall()
        return [SameText(StatementRef(*r[:3]), StatementRef(*r[3:])) for r in rows]

    def _set_near_duplicates(self, article_id: str, shingles: tuple[int, ...]) -> None:
        """Record the article's shingles and which stored articles are near duplicates of it."""
        db = self._db
        db.execute("DELETE FROM article_shingles WHERE article = ?", (article_id,))
        db.execute("DELETE FROM near_duplicates WHERE a = ? OR b = ?", (article_id, article_id))
        if not shingles:
            return
        db.executemany("INSERT OR IGNORE INTO article_shingles (shingle, article) VALUES (?, ?)",
                       [(x, article_id) for x in shingles])
        found = []
        # Shared shingles per article, then each candidate's own count (a shingle in many articles is boilerplate
        # and counts like any other: the share decides).
        for other, shared in db.execute(
                "SELECT article, COUNT(*) FROM article_shingles WHERE shingle IN (SELECT shingle FROM article_shingles"
                " WHERE article = ?) AND article != ? GROUP BY article HAVING COUNT(*) >= ?",
                (article_id, article_id, _MIN_SHARED)).fetchall():
            theirs = db.execute("SELECT COUNT(*) FROM article_shingles WHERE article = ?", (other,)).fetchone()[0]
            if shared / min(len(shingles), theirs) >= NEAR_DUPLICATE:
                found += [(article_id, other), (other, article_id)]
        db.executemany("INSERT OR IGNORE INTO near_duplicates (a, b) VALUES (?, ?)", found)

    def _compare(self, mine: dict[int, tuple[Side, int]], max_bucket: int) -> list[Contradiction]:
        """Compare the statements ``mine`` (row id -> side, fingerprint) with those of other articles sharing a
        key with them, but those of near-duplicate articles."""
        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS todo (side INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM todo")
        db.executemany("INSERT INTO todo VALUES (?)", [(i,) for i in mine])
        added: list[Contradiction] = []
        asked: list[tuple[tuple, Candidate]] = []  # compared here: settled by the learned check in one batch
        done: set[tuple[int, int]] = set()
        decoded_id, decoded = None, None
        # One row per pair with the names of the keys it shares, ordered by the other statement so each is decoded
        # at most once (and only when no remembered comparison answers for it); the cursor streams. Asked article by
        # article: the (article, key) index finds the statements' keys.
        articles = sorted({side.ref.article_id for side, _ in mine.values()})
        rows = (row for article in articles for row in db.execute(
            "SELECT pairs.theirs, pairs.mine, pairs.keys, sides.article, sides.start, sides.stop, sides.fingerprint,"
            " sides.side FROM ("
            " SELECT theirs.side AS theirs, mine.side AS mine, group_concat(mine.key, char(30)) AS keys"
            " FROM side_keys AS mine JOIN side_keys AS theirs ON theirs.key = mine.key AND theirs.article != mine.article"
            # kg.contradict.roles_pair, with FIRST = 1 and SECOND = 2
            " AND (mine.role IS NULL OR theirs.role IS NULL"
            " OR (mine.role & 1 AND theirs.role & 2) OR (mine.role & 2 AND theirs.role & 1))"
            " WHERE mine.article = ? AND mine.side IN (SELECT side FROM todo)"
            " AND NOT EXISTS (SELECT 1 FROM near_duplicates WHERE a = mine.article AND b = theirs.article)"
            " AND (SELECT COUNT(*) FROM (SELECT 1 FROM side_keys AS b WHERE b.key = mine.key LIMIT ?)) <= ?"
            " GROUP BY theirs.side, mine.side) AS pairs JOIN sides ON sides.id = pairs.theirs"
            " ORDER BY pairs.theirs, pairs.mine", (article, max_bucket + 1, max_bucket)))
        for their_id, my_id, keys, their_article, their_start, their_stop, their_print, text in rows:
            if (min(their_id, my_id), max(their_id, my_id)) in done:
                continue  # both statements are new (a copy placed again meets this article)
            done.add((min(their_id, my_id), max(their_id, my_id)))
            my_side, my_print = mine[my_id]
            if my_print == their_print:
                continue  # the same words said the same way: compare() finds nothing to contradict
            theirs_ref = StatementRef(their_article, their_start, their_stop)
            mine_first = my_side.ref <= theirs_ref
            names = frozenset(_key_name(k) for k in keys.split(chr(30)))
            memo_key = ((my_print, their_print) if mine_first else (their_print, my_print)) + (
                document_of(my_side.ref.article_id) == document_of(their_article), names)
            known, outcome = self._memo.lookup(memo_key)
            if known:
                if outcome is not None:
                    added.append(_placed(outcome, *((my_side.ref, theirs_ref) if mine_first else
                                                    (theirs_ref, my_side.ref))))
                continue
            if their_id != decoded_id:
                decoded_id, decoded = their_id, self._decoded(their_id, text)
            a, b = (my_side, decoded) if mine_first else (decoded, my_side)
            if not self.detector.comparable_across(a, b) or contradict.is_question(a) or contradict.is_question(b):
                self._memo.remember(memo_key, a, b, None)
                continue
            asked.append((memo_key, Candidate(a, b, self.detector.compare(a, b, names))))
        for (memo_key, candidate), settled in zip(asked, self.detector.settle([c for _, c in asked])):
            self._memo.remember(memo_key, candidate.a, candidate.b, settled.edge)
            if settled.edge is not None:
                added.append(settled.edge)
        return added

    def remove_article(self, article_id: str) -> tuple[list[Contradiction | SameText], list[Contradiction | SameText]]:
        """Forget an article's statements; returns the links taken back and those made for copies of its statements
        that now stand in its place (pending)."""
        self.replace_people(article_id, ())
        self._db.execute("DELETE FROM article_hashes WHERE article = ?", (article_id,))
        return self.replace_article(article_id, ())

    # ------------------------------------------------------------ reading

    def set_article_hash(self, article_id: str, content_hash: str) -> None:
        """Record the content hash of the article just indexed (in the pending transaction)."""
        self._begin()
        self._db.execute("INSERT OR REPLACE INTO article_hashes VALUES (?, ?)", (article_id, content_hash))

    def article_hash(self, article_id: str) -> str | None:
        """The content hash of the article as last indexed (committed or pending), if it was."""
        row = self._db.execute("SELECT content_hash FROM article_hashes WHERE article = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def article_hashes(self) -> dict[str, str]:
        """Every indexed article's content hash."""
        return dict(self._db.execute("SELECT article, content_hash FROM article_hashes"))

    def fill_article_hashes(self, hashes: dict[str, str]) -> None:
        """Record the hashes of the articles an older index holds (read from the store; committed)."""
        self._begin()
        self._db.executemany("INSERT OR REPLACE INTO article_hashes VALUES (?, ?)", sorted(hashes.items()))
        self.commit()
        self.hashes_missing = False

    def replace_people(self, article_id: str, people: Iterable[NamedPerson]) -> None:
        """Replace the people an article names in the register (in the pending transaction)."""
        self._begin()
        self._db.execute("DELETE FROM people WHERE article = ?", (article_id,))
        self._db.executemany("INSERT OR REPLACE INTO people VALUES (?, ?, ?, ?, ?)",
                             [(article_id, p.key, p.label, p.statements, "|".join(p.roles)) for p in people])

    def fill_people(self, by_article: dict[str, list[NamedPerson]]) -> None:
        """Replace the whole register (committed)."""
        self._begin()
        self._db.execute("DELETE FROM people")
        for article_id, people in by_article.items():
            self.replace_people(article_id, people)
        self.commit()
        self.people_missing = False

    def people(self) -> list[NamedPerson]:
        """Every person of the archive once, with the statements it claims summed over the articles and the roles
        the articles give it, a role once for each article that gives it."""
        return [NamedPerson(actor, label, statements, tuple(sorted(r for r in roles.split("|") if r)))
                for actor, label, statements, roles in self._db.execute(
                    "SELECT actor, MIN(label), SUM(statements), GROUP_CONCAT(roles, '|') FROM people "
                    "GROUP BY actor ORDER BY actor")]

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

    def same_text(self) -> Iterator[SameText]:
        """Every copy with the statement it repeats."""
        cur = self._db.execute(
            "SELECT copy.article, copy.start, copy.stop, original.article, original.start, original.stop"
            " FROM sides AS copy JOIN sides AS original ON copy.copy_of = original.id ORDER BY 1, 2, 3")
        for row in cur:
            yield SameText(StatementRef(*row[:3]), StatementRef(*row[3:]))

    def count_sides(self) -> int:
        return self._db.execute("SELECT count(*) FROM sides").fetchone()[0]

    def count_contradictions(self) -> int:
        return self._db.execute("SELECT count(*) FROM cross_contradictions").fetchone()[0]

    def articles(self) -> list[str]:
        """The ids of the articles with statements in the index, sorted."""
        return [r[0] for r in self._db.execute("SELECT DISTINCT article FROM sides ORDER BY article")]
