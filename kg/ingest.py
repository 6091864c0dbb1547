"""Read news articles from files and clean them into :class:`~kg.types.Article` records.

Inputs are plain-text files (``.txt``, ``.text``, ``.md`` or no extension), HTML pages (``.html``, ``.htm``) and JSONL
files (``.jsonl``, one article a line). :func:`iter_articles` walks files and directories and yields one
:class:`~kg.types.Article` per article, or one :class:`~kg.types.InputProblem` per bad input, and never raises for bad
input: one broken file or line is reported and the batch goes on.

:func:`clean_text` turns raw text into an article: it splits it into paragraphs (a paragraph is a non-empty line),
drops page furniture (captions, photo credits, bylines, share buttons, advertisements, trailing "You might also like"
sections) and joins the kept paragraphs with blank lines. The furniture rules are regular expressions in
``kg/data/furniture.txt``. Every kept paragraph is a :class:`~kg.types.Segment` back into the raw text, so offsets in
``Article.text`` can be mapped to the input with :func:`to_raw_offset` and back with :func:`to_clean_offset`.

Example:
    >>> article = clean_text("Kyiv says it held\\n\\nADVERTISEMENT\\n\\nThe mayor said the city held.", article_id="a1")
    >>> article.title, article.text
    ('Kyiv says it held', 'Kyiv says it held\\n\\nThe mayor said the city held.')
    >>> to_raw_offset(article, article.paragraphs[1].start)
    34
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.cues import name_particles
from kg.errors import InputError
from kg.types import Article, InputProblem, Segment, Span

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
MAX_INPUT_ENV = "KG_MAX_INPUT_MB"
_DEFAULT_MAX_INPUT_MB = 64


def kind_suffix(path: str | os.PathLike) -> str:
    """The suffix that says what a file holds, under a ``.gz`` ("a.html.gz" -> ".html"), lower-cased.

    >>> kind_suffix("news/a.HTML.gz"), kind_suffix("wire.jsonl"), kind_suffix("notes")
    ('.html', '.jsonl', '')
    """
    path = Path(path)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.suffix.lower()


def stem_of(path: Path) -> str:
    """A file's name without its kind and ``.gz`` suffixes ("a.html.gz" -> "a")."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem


def open_binary(path: Path):
    """A file opened for reading bytes, decompressed as it is read when it ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def max_input_bytes() -> int:
    """The largest file read as one article (and the longest JSONL line): ``$KG_MAX_INPUT_MB`` megabytes, default
    64; a larger input is reported without being read."""
    try:
        return int(float(os.environ.get(MAX_INPUT_ENV, _DEFAULT_MAX_INPUT_MB)) * 1_000_000)
    except ValueError:
        return _DEFAULT_MAX_INPUT_MB * 1_000_000
FEED_SUFFIXES = frozenset({".rss", ".atom"})
WARC_SUFFIXES = frozenset({".warc"})
_ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
_EXPECTED = ".txt, .text, .md, .html, .htm, .jsonl, .rss, .atom, .warc or no extension, each also .gz"

_BINARY_SNIFF = 8192
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# A headline: at most this many words and characters, and no final full stop.
_TITLE_MAX_WORDS = 25
_TITLE_MAX_CHARS = 250
# A caption repeated with a credit appended: the first copy has at least this many words, and the appended part is a
# credit or at most this many words.
_CAPTION_MIN_WORDS = 4
_CREDIT_MAX_WORDS = 12
# The article body has started once a paragraph of this many words ending a sentence has been kept.
_BODY_MIN_WORDS = 8

_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SECTIONS = ("drop-line", "credit", "stop-at", "byline")


# --------------------------------------------------------------------------------------------------------------------
# Furniture rules (data)
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rules:
    """The compiled furniture patterns, one tuple per section of ``furniture.txt``."""

    drop_line: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    stop_at: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]


def parse_furniture(text: str, *, name: str = "furniture.txt") -> dict[str, tuple[re.Pattern[str], ...]]:
    """Compile a furniture file's patterns by section.

    Args:
        text: The file's content (see ``kg/data/furniture.txt`` for the format).
        name: The file name, for error messages.

    Returns:
        Section name -> compiled patterns, in file order. ``byline`` patterns are case-sensitive, the others are not.

    Raises:
        ValueError: A pattern outside a known section, an unknown section, a bad regular expression, or a byline
            pattern without a ``(?P<names>...)`` group. The message names the line.

    Example:
        >>> rules = parse_furniture("[drop-line]\\n# ads\\nadvertisement\\n")
        >>> bool(rules["drop-line"][0].fullmatch("ADVERTISEMENT"))
        True
    """
    sections: dict[str, list[re.Pattern[str]]] = {section: [] for section in _SECTIONS}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("[") and stripped.endswith("]") and stripped[1:-1] in _SECTIONS:
            current = stripped[1:-1]
            continue
        if current is None:
            raise ValueError(f"{name}, line {number}: pattern before any [section] header")
        flags = 0 if current == "byline" else re.IGNORECASE
        try:
            pattern = re.compile(stripped, flags)
        except re.error as error:
            raise ValueError(f"{name}, line {number}: bad regular expression ({error})") from None
        if current == "byline" and "names" not in pattern.groupindex:
            raise ValueError(f"{name}, line {number}: a [byline] pattern needs a (?P<names>...) group")
        sections[current].append(pattern)
    return {section: tuple(patterns) for section, patterns in sections.items()}


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Load ``kg/data/furniture.txt`` once."""
    text = resources.files("kg").joinpath("data", "furniture.txt").read_text(encoding="utf-8")
    sections = parse_furniture(text)
    return _Rules(
        drop_line=sections["drop-line"],
        credit=sections["credit"],
        stop_at=sections["stop-at"],
        byline=sections["byline"],
    )


def _matches(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(pattern.fullmatch(text) for pattern in patterns)


# --------------------------------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One candidate paragraph: its text (stripped) and where it starts in the raw input."""

    raw_start: int
    text: str

    @property
    def norm(self) -> str:
        """The text with whitespace collapsed, for matching."""
        return " ".join(self.text.split())


def _split_lines(raw: str) -> list[_Line]:
    """Split raw text into non-empty stripped lines (markdown heading marks removed), with raw offsets."""
    lines = []
    for match in _LINE.finditer(raw):
        chunk = match.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        start = match.start() + (len(chunk) - len(chunk.lstrip()))
        heading = _MARKDOWN_HEADING.match(stripped)
        if heading and heading.end() < len(stripped):
            start += heading.end()
            stripped = stripped[heading.end():]
        lines.append(_Line(start, stripped))
    return lines


def _split_glued(name: str) -> list[str]:
    """Split names glued together by a page ("Naira DavlashyanOrlando Crowcroft").

    A split happens where an upper-case letter follows at least four lower-case letters inside a word, and only when
    every resulting name still has two or more words, so "McDonald" or "Jeff VanderMeer" stay whole.
    """
    cuts = [
        i for i in range(4, len(name))
        if name[i].isupper() and i + 1 < len(name) and name[i + 1].islower()
        and all(ch.isalpha() and ch.islower() for ch in name[i - 4:i])
    ]
    if not cuts:
        return [name]
    pieces = [name[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(name)])]
    if all(len(piece.split()) >= 2 for piece in pieces):
        return pieces
    return [name]


def _looks_like_name(name: str) -> bool:
    """True when every word is capitalised (or a particle such as "van") and made of letters."""
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    capitalised = 0
    for word in words:
        if word in name_particles():
            continue
        if not word[0].isupper() or not all(ch.isalpha() or ch in "'’.-" for ch in word):
            return False
        capitalised += 1
    return capitalised > 0


def split_names(text: str) -> tuple[str, ...]:
    """Split a byline's names ("Jane Doe and John Smith", "Naira DavlashyanOrlando Crowcroft").

    Args:
        text: The names part of a byline, or an ``authors`` string.

    Returns:
        The names in order, or ``()`` when any part does not look like a name (then it is not a byline).

    Example:
        >>> split_names("Naira DavlashyanOrlando Crowcroft")
        ('Naira Davlashyan', 'Orlando Crowcroft')
        >>> split_names("the end of the day")
        ()
    """
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(text.strip()):
        part = " ".join(part.split())
        if not part:
            continue
        for name in _split_glued(part):
            if not _looks_like_name(name):
                return ()
            names.append(name.title() if name.isupper() and len(name) > 3 else name)
    return tuple(dict.fromkeys(names))


def _byline_names(text: str, rules: _Rules) -> tuple[str, ...] | None:
    """The names when ``text`` is a byline, else ``None``."""
    for pattern in rules.byline:
        match = pattern.fullmatch(text)
        if match:
            names = split_names(match.group("names"))
            if names:
                return names
    return None


def _is_caption_with_credit(shorter: str, longer: str, rules: _Rules) -> bool:
    """True when ``longer`` is ``shorter`` followed by a photo credit (or a few more words)."""
    if len(shorter.split()) < _CAPTION_MIN_WORDS or not longer.startswith(shorter) or len(longer) == len(shorter):
        return False
    if longer[len(shorter)].isalnum() and shorter[-1].isalnum():
        return False  # not at a word boundary
    rest = longer[len(shorter):].strip(" \t-–—|,;:")
    return not rest or _matches(rules.credit, rest) or len(rest.split()) <= _CREDIT_MAX_WORDS


def _duplicates(texts: list[str | None], rules: _Rules) -> set[int]:
    """Indices of repeated paragraphs: later exact copies, and both copies of a caption repeated with its credit.

    Args:
        texts: Normalised paragraph texts; ``None`` for paragraphs already dropped.
        rules: The furniture rules (for credits).
    """
    drop: set[int] = set()
    seen_exact: set[str] = set()
    by_prefix: dict[tuple[str, ...], list[int]] = {}
    for j, text in enumerate(texts):
        if text is None:
            continue
        if text in seen_exact:
            drop.add(j)
            continue
        seen_exact.add(text)
        key = tuple(text.split()[:_CAPTION_MIN_WORDS])
        for i in by_prefix.get(key, ()):
            earlier = texts[i]
            if earlier is not None and _is_caption_with_credit(earlier, text, rules):
                drop.add(j)
                if i != 0:  # the first paragraph may be the headline: keep it
                    drop.add(i)
        if len(key) == _CAPTION_MIN_WORDS:
            by_prefix.setdefault(key, []).append(j)
    return drop


def _is_body(text: str) -> bool:
    return len(text.split()) >= _BODY_MIN_WORDS and bool(_SENTENCE_END.search(text))


def _select(lines: list[_Line], rules: _Rules) -> tuple[list[_Line], tuple[str, ...]]:
    """Drop furniture; return the kept lines and the byline names found before the trailing section."""
    bylines: dict[int, tuple[str, ...]] = {}
    texts: list[str | None] = []
    for index, line in enumerate(lines):
        norm = line.norm
        names = _byline_names(norm, rules)
        if names is not None:
            bylines[index] = names
        if names is not None or _matches(rules.drop_line, norm) or _matches(rules.credit, norm):
            texts.append(None)
        else:
            texts.append(norm)
    repeated = _duplicates(texts, rules)
    kept: list[_Line] = []
    authors: list[str] = []
    body_started = False
    for index, (line, norm) in enumerate(zip(lines, texts)):
        authors.extend(bylines.get(index, ()))
        if norm is None or index in repeated:
            continue
        if _matches(rules.stop_at, norm):
            if body_started:
                break
            continue
        kept.append(line)
        body_started = body_started or _is_body(norm)
    return kept, tuple(dict.fromkeys(authors))


def _looks_like_headline(text: str) -> bool:
    """Short, has a letter, and does not end like a sentence."""
    bare = text.rstrip("\"'”’»)] ")
    return (
        len(text.split()) <= _TITLE_MAX_WORDS
        and len(text) <= _TITLE_MAX_CHARS
        and any(ch.isalpha() for ch in text)
        and not bare.endswith((".", ",", ";", ":"))
    )


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _optional(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


MAX_PARAGRAPH_CHARS = 10_000
"""A paragraph longer than this (a page without line breaks, a scraped wall of text) is parsed in pieces that end at
a sentence's end where one is near (spaCy refuses texts over a million characters, and its cost per text grows
faster than the text)."""

_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def paragraph_pieces(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of a paragraph, each at most ``limit`` characters, cut after the last sentence end
    (else the last space, else anywhere) before the limit.

    >>> paragraph_pieces("One. Two. Three.", limit=10)
    [(0, 10), (10, 16)]
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > limit // 2 else (window.rfind(" ") + 1 or limit)
        if cut <= limit // 4:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def clean_text(
    raw: str,
    *,
    article_id: str,
    source: str = "",
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    authors: Iterable[str] = (),
) -> Article:
    """Remove page furniture from raw article text and build the article.

    Every non-empty line is a paragraph. Furniture paragraphs (see ``kg/data/furniture.txt``) are dropped, and so
    is a photo caption repeated with its credit appended (both copies); a byline is dropped and its names kept as
    authors. The kept paragraphs, joined by blank lines, are ``Article.text``.

    The headline: when ``title`` is given and the first kept paragraph is that title, the paragraph is the headline;
    when ``title`` is given but the text does not start with it, ``Article.title`` is ``title`` and the text is left
    as it is (nothing is prepended). Without ``title``, the first paragraph is the headline when it looks like one
    (at most 25 words, no final full stop). The headline stays the first paragraph of the text.

    Args:
        raw: The raw text (a plain-text file's content, HTML-extracted text, a JSONL ``text``).
        article_id: The article's id.
        source: Where it came from, for ``Article.source``.
        title: A headline given by the input's metadata.
        url: The article's URL, if known.
        date: Its publication date, if known.
        publisher: Its publisher, if known.
        authors: Authors given by the metadata; byline names found in the text are added after them.

    Returns:
        The article, with ``segments`` mapping each paragraph back into ``raw``.

    Raises:
        InputError: Nothing is left after removing page furniture.

    Example:
        >>> a = clean_text("By Jane Doe and John Smith\\nShare this article\\nTroops left the city.", article_id="x")
        >>> a.text, a.authors
        ('Troops left the city.', ('Jane Doe', 'John Smith'))
    """
    if _LONE_SURROGATE.search(article_id):
        raise InputError("the article id is not valid Unicode (an unpaired surrogate)")
    raw, title, url, date, publisher = (_valid_unicode(v) for v in (raw, title, url, date, publisher))
    authors = [_valid_unicode(a) for a in authors]
    rules = _rules()
    kept, byline_authors = _select(_split_lines(raw), rules)
    if not kept:
        raise InputError("no article text left after removing page furniture")
    paragraphs: list[Span] = []
    segments: list[Segment] = []
    offset = 0
    for line in kept:
        paragraphs += [Span(offset + start, offset + end, line.text[start:end])
                       for start, end in paragraph_pieces(line.text)]
        segments.append(Segment(start=offset, raw_start=line.raw_start, length=len(line.text)))
        offset += len(line.text) + 2
    text = "\n\n".join(line.text for line in kept)
    title = _optional(title)
    if title is None and _looks_like_headline(kept[0].text):
        title = kept[0].text
    elif title is not None and _same_text(title, kept[0].text):
        title = kept[0].text
    names = [" ".join(name.split()) for name in authors if name and name.strip()]
    return Article(
        id=article_id,
        text=text,
        paragraphs=tuple(paragraphs),
        title=title,
        source=source,
        url=_optional(url),
        date=_optional(date),
        publisher=_optional(publisher),
        authors=tuple(dict.fromkeys([*names, *byline_authors])),
        segments=tuple(segments),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


# --------------------------------------------------------------------------------------------------------------------
# Offsets
# --------------------------------------------------------------------------------------------------------------------


def to_raw_offset(article: Article, clean_offset: int) -> int:
    """Map an offset in ``article.text`` to the raw input.

    An offset inside a paragraph (or at its end) maps into that paragraph's raw text; an offset in the blank line
    between two paragraphs maps to the raw end of the paragraph before it. An article without segments is its own
    raw text.

    Args:
        article: The article.
        clean_offset: An offset in ``article.text``, ``0 <= clean_offset <= len(article.text)``.

    Returns:
        The matching offset in the raw input (for a file: characters of the decoded text, BOM removed).

    Raises:
        ValueError: The offset is outside the text.
    """
    if not 0 <= clean_offset <= len(article.text):
        raise ValueError(f"offset {clean_offset} is outside the article text (0..{len(article.text)})")
    if not article.segments:
        return clean_offset
    index = bisect.bisect_right(article.segments, clean_offset, key=lambda segment: segment.start) - 1
    segment = article.segments[max(index, 0)]
    return segment.raw_start + min(clean_offset - segment.start, segment.length)


def to_clean_offset(article: Article, raw_offset: int) -> int | None:
    """Map an offset in the raw input to ``article.text``.

    Args:
        article: The article.
        raw_offset: An offset in the raw input.

    Returns:
        The offset in ``article.text``, or ``None`` when the raw offset lies in text that cleaning removed.
    """
    if not article.segments:
        return raw_offset if 0 <= raw_offset <= len(article.text) else None
    index = bisect.bisect_right(article.segments, raw_offset, key=lambda segment: segment.raw_start) - 1
    if index < 0:
        return None
    segment = article.segments[index]  # segments are in raw order: cleaning only drops lines
    if raw_offset - segment.raw_start > segment.length:
        return None
    return segment.start + raw_offset - segment.raw_start


# --------------------------------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Decode a file's bytes as UTF-8 text.

    Raises:
        InputError: Empty, binary, UTF-16 or not UTF-8; the message names the problem.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith(_UTF16_BOMS):
        raise InputError("not UTF-8 (UTF-16 byte-order mark); save the file as UTF-8")
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError("binary file (NUL bytes), not text")
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[skip + error.start]:02x} at offset {skip + error.start})"
        ) from None
    if not text.strip():
        raise InputError("empty file")
    return text


def _read_text(path: Path) -> str:
    limit = max_input_bytes()
    try:
        with open_binary(path) as fh:
            data = fh.read(limit + 1)  # a compressed file may hold far more than its size says
    except (OSError, EOFError) as error:
        raise InputError(f"cannot read file ({getattr(error, 'strerror', None) or error})") from None
    if len(data) > limit:
        raise InputError(f"too large (over {limit / 1e6:.0f} MB once decompressed, the limit set by ${MAX_INPUT_ENV})")
    return _decode(data)


PART_BYTES = 200_000
"""A text file larger than this (a dump of many pages, a scraped wall of text; a long news article is some tens of
kilobytes) is read and built in parts of about this size, cut at paragraph ends, so that memory stays bounded
whatever the file's size; each part is an article, ``ID~2`` for the second, its offsets into that part."""


def _text_articles(path: Path, source: str, article_id: str) -> Iterator[Article | InputProblem]:
    try:
        size = os.stat(path).st_size
    except OSError as error:
        yield InputProblem(source, f"cannot read file ({error.strerror or error})")
        return
    if size <= PART_BYTES and kind_suffix(path) == path.suffix.lower():  # small, and not compressed
        try:
            yield clean_text(_read_text(path), article_id=article_id, source=source)
        except InputError as error:
            yield InputProblem(source, str(error))
        return
    parts = _text_parts(path)
    first = next(parts, None)
    if first is None:
        yield InputProblem(source, "empty file")
        return
    second = next(parts, None)
    if second is None:  # one part (a small compressed file): the file is the article
        raw, problem = first
        try:
            if problem is not None:
                raise InputError(problem)
            yield clean_text(raw, article_id=article_id, source=source)
        except InputError as error:
            yield InputProblem(source, str(error))
        return
    for number, (raw, problem) in enumerate(itertools.chain([first, second], parts), start=1):
        where = f"{source} (part {number})"
        if problem is not None:
            yield InputProblem(where, problem)
            continue
        try:
            yield clean_text(raw, article_id=article_id if number == 1 else f"{article_id}~{number}", source=where)
        except InputError as error:
            yield InputProblem(where, str(error))


def _text_parts(path: Path) -> Iterator[tuple[str, str | None]]:
    """The text of a large file in parts of about :data:`PART_BYTES`, each cut at a blank line where there is one,
    else at a line's end, else (one endless line) after a sentence; read as it goes."""
    try:
        fh = open_binary(path)
    except OSError as error:
        yield "", f"cannot read file ({error.strerror or error})"
        return
    with fh:
        try:
            yield from _parts_of(fh)
        except (OSError, EOFError) as error:  # a damaged or cut .gz
            yield "", f"cannot read file ({error})"


def _parts_of(fh) -> Iterator[tuple[str, str | None]]:
    pending: list[bytes] = []
    size = 0
    for number, line in enumerate(fh):
        if number == 0 and line.startswith(_UTF8_BOM):
            line = line[len(_UTF8_BOM):]
        pending.append(line)
        size += len(line)
        if size >= PART_BYTES and (not line.strip() or size >= 2 * PART_BYTES):
            yield from _decoded_parts(b"".join(pending))
            pending, size = [], 0
    if pending:
        yield from _decoded_parts(b"".join(pending))


def _decoded_parts(data: bytes) -> Iterator[tuple[str, str | None]]:
    if not data.strip():
        return
    try:
        text = _decode(data)
    except InputError as error:
        yield "", str(error)
        return
    for start, end in paragraph_pieces(text, limit=2 * PART_BYTES):
        yield text[start:end], None


def _html_article(path: Path, source: str, article_id: str) -> Article:
    """Extract the main text of an HTML page with trafilatura (offline) and clean it.

    The raw text the segments point into is trafilatura's extracted text, with the page's title as its first line
    when the extracted text does not already start with it.
    """
    return html_article(_read_text(path), article_id=article_id, source=source)


def html_article(html: str, *, article_id: str, source: str, url: str | None = None,
                 date: str | None = None) -> Article:
    """An article from an HTML page's text (a file's, or a page fetched from ``url``): see :func:`_html_article`.

    Raises:
        InputError: The page has no article text or cannot be parsed.
    """
    import trafilatura  # slow import: only when there is HTML

    try:
        body = trafilatura.extract(
            html, include_comments=False, include_tables=False, output_format="txt", with_metadata=False
        )
        meta = trafilatura.extract_metadata(html) if body and body.strip() else None
    except Exception as error:  # noqa: BLE001 - a third-party parser on untrusted input: report, never abort a batch
        detail = " ".join(str(error).split())
        raise InputError(f"HTML page could not be parsed ({type(error).__name__}: {detail})") from None
    if not body or not body.strip():
        raise InputError("HTML page has no article text")
    title = _optional(getattr(meta, "title", None))
    raw = body
    if title and not _same_text(body.strip().split("\n", 1)[0], title):
        raw = f"{title}\n\n{body}"
    author = _optional(getattr(meta, "author", None))
    authors = (split_names(author) or (author,)) if author else ()
    try:
        article = clean_text(
            raw,
            article_id=article_id,
            source=source,
            title=title,
            url=url or getattr(meta, "url", None),
            date=getattr(meta, "date", None) or date,
            publisher=getattr(meta, "sitename", None),
            authors=authors,
        )
    except InputError:
        raise InputError("HTML page has no article text") from None
    if all(paragraph.text == article.title for paragraph in article.paragraphs):
        raise InputError("HTML page has no article text")  # a headline alone is not an article
    if not any(_is_body(paragraph.text) for paragraph in article.paragraphs if paragraph.text != article.title):
        raise InputError("HTML page has no article text (only menus, links or labels)")
    return article


def _record_str(record: dict, key: str, number: int) -> str | None:
    """An optional string field of a JSONL record (numbers are converted)."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"line {number}: '{key}' is not a string")
    return str(value)


def _record_authors(record: dict, number: int) -> tuple[str, ...]:
    value = record.get("authors")
    if value is None:
        return ()
    if isinstance(value, str):
        if not value.strip():
            return ()
        return split_names(value) or (" ".join(value.split()),)
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        return tuple(name for name in value if name.strip())
    raise InputError(f"line {number}: 'authors' is not a string or a list of strings")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(value: str | None) -> str | None:
    """A text with every unpaired surrogate (``"\\ud800"``, which JSON allows and no text encoding can write)
    replaced by U+FFFD, one character for one so that offsets keep their place."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _record_article(line: str, number: int, source: str) -> Article:
    """One JSONL line as an article.

    Raises:
        InputError: The line is not a JSON object, lacks ``id`` or ``text``, or has no text left after cleaning.
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"line {number}: not a JSON object")
    if isinstance(record.get("id"), str) and _LONE_SURROGATE.search(record["id"]):
        raise InputError(f"line {number}: 'id' is not valid Unicode (an unpaired surrogate escape such as \\ud800)")
    article_id = record.get("id")
    if article_id is None:
        raise InputError(f"line {number}: no 'id' field")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)) or not str(article_id).strip():
        raise InputError(f"line {number}: 'id' must be a non-empty string or an integer")
    text = record.get("text")
    if text is None:
        raise InputError(f"line {number}: no 'text' field")
    if not isinstance(text, str):
        raise InputError(f"line {number}: 'text' is not a string")
    if not text.strip():
        raise InputError(f"line {number}: empty 'text'")
    try:
        return clean_text(
            text,
            article_id=str(article_id).strip(),
            source=f"{source}:{number}",
            title=_record_str(record, "title", number),
            url=_record_str(record, "url", number),
            date=_record_str(record, "date", number),
            publisher=_record_str(record, "publisher", number),
            authors=_record_authors(record, number),
        )
    except InputError as error:
        if str(error).startswith(f"line {number}:"):
            raise
        raise InputError(f"line {number}: {error}") from None


def _jsonl_items(path: Path, source: str) -> Iterator[Article | InputProblem]:
    """Yield the articles of a JSONL file, and one problem per bad line (or for the whole file).

    The file is read line by line, so an archive of any size is streamed; a line that is not UTF-8 is a problem of
    its own. Lines end at ``\\n`` only (JSON text may hold U+2028 and other separators inside strings).
    """
    try:
        fh = open_binary(path)
    except OSError as error:
        yield InputProblem(source, f"cannot read file ({error.strerror or error})")
        return
    with fh:
        head = fh.read(_BINARY_SNIFF)
        if head.startswith(_UTF16_BOMS):
            yield InputProblem(source, "not UTF-8 (UTF-16 byte-order mark); save the file as UTF-8")
            return
        if b"\x00" in head:
            yield InputProblem(source, "binary file (NUL bytes), not text")
            return
    first_line: dict[str, int] = {}
    any_line = False
    for number, line in enumerate(jsonl_lines(path), start=1):
        if isinstance(line, InputError):
            any_line = True
            yield InputProblem(source, f"line {number}: {line}")
            continue
        if not line.strip():
            continue
        any_line = True
        try:
            article = _record_article(line, number, source)
        except InputError as error:
            yield InputProblem(source, str(error))
            continue
        if article.id in first_line:
            first = first_line[article.id]
            yield InputProblem(source, f"line {number}: duplicate id {article.id!r} (first on line {first})")
            continue
        first_line[article.id] = number
        yield article
    if not any_line:
        yield InputProblem(source, "empty file")


def _file_items(path: Path, source: str, article_id: str) -> Iterator[Article | InputProblem]:
    """Yield what one file holds: articles or problems."""
    suffix = kind_suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_items(path, source)
        return
    if suffix in FEED_SUFFIXES or suffix in WARC_SUFFIXES:
        from kg.archives import feed_items, warc_items

        yield from (feed_items if suffix in FEED_SUFFIXES else warc_items)(path, source)
        return
    if suffix not in HTML_SUFFIXES:
        yield from _text_articles(path, source, article_id)
        return
    try:
        yield _html_article(path, source, article_id)
    except InputError as error:
        yield InputProblem(source, str(error))


def _is_article_file(name: str) -> bool:
    return not name.startswith(".") and not name.endswith("~") and kind_suffix(name) in _ALL_SUFFIXES


def shown(path: str | os.PathLike) -> str:
    """A path as text any terminal prints: the bytes of a name that is not UTF-8 written as ``\\xff``.

    >>> shown(os.fsdecode(b"bad\\xffname.txt"))
    'bad\\\\xffname.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _file_problem(path: Path) -> str | None:
    """Why a file cannot be read as an input, without opening it (a FIFO would block, /dev/zero never ends)."""
    try:
        info = os.stat(path)
    except OSError as error:
        return f"cannot read ({error.strerror or error})"  # a symlink loop: "Too many levels of symbolic links"
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _FILE_KINDS if test(info.st_mode)), "not a file")
        return f"not a regular file ({kind}), skipped"
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return "the file name is not UTF-8: rename the file"
    if kind_suffix(path) not in JSONL_SUFFIXES | WARC_SUFFIXES and info.st_size > max_input_bytes():
        return (f"too large ({info.st_size / 1e6:.1f} MB; the limit for one article is {max_input_bytes() / 1e6:.0f}"
                f" MB, set by ${MAX_INPUT_ENV})")
    return None


SKIPPED = f"skipped: not an article file (expected {_EXPECTED})"


def _walk(directory: Path) -> Iterator[tuple[Path, str | None]]:
    """Article files under ``directory``, recursively, in sorted order, each with a problem when it cannot be read;
    hidden files and folders are skipped, and a folder that cannot be read is a problem of its own."""
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop(0)
            yield Path(error.filename or root), f"cannot read folder ({error.strerror or error})"
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if _is_article_file(name):
                yield Path(root) / name, _file_problem(Path(root) / name)
            elif not name.startswith(".") and not name.endswith("~"):
                yield Path(root) / name, SKIPPED
    for error in unreadable:
        yield Path(error.filename or directory), f"cannot read folder ({error.strerror or error})"


def article_id_of(path: Path, given: Path | None = None) -> str:
    """The id of a file's article: its path relative to the folder given, without the extension ("a/index" and
    "b/index" are two articles), or the file's stem when the file itself was given.

    >>> article_id_of(Path("news/a/index.txt"), Path("news")), article_id_of(Path("news/a/index.txt"))
    ('a/index', 'index')
    """
    if given is None:
        return stem_of(path)
    relative = path.relative_to(given)
    return relative.with_name(stem_of(relative)).as_posix()


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, InputProblem | None, str]]:
    """The files to read, in order, each with a problem when it cannot be read at all, and its article's id."""
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            for found, problem in _walk(path):
                yield found, (InputProblem(shown(found), problem, skipped=problem == SKIPPED) if problem
                              else None), _safe_id(found, path)
            continue
        try:
            exists = os.path.lexists(path)
        except (OSError, ValueError):
            exists = False
        if not exists:
            yield path, InputProblem(shown(path), "no such file or directory"), stem_of(path)
        elif kind_suffix(path) not in _ALL_SUFFIXES and os.path.isfile(path):
            yield path, InputProblem(shown(path), f"unknown file type {path.suffix!r} (expected {_EXPECTED})"), ""
        else:
            problem = _file_problem(path)
            yield path, InputProblem(shown(path), problem) if problem else None, stem_of(path)


def _safe_id(found: Path, given: Path) -> str:
    try:
        return article_id_of(found, given)
    except ValueError:
        return stem_of(found)


def jsonl_lines(path: str | os.PathLike) -> Iterator[str | InputError]:
    """The lines of a JSONL file, streamed, without their line ends; a line that is not UTF-8 comes as an
    :class:`InputError` saying so.

    Lines end at ``\\n`` only: ``str.splitlines`` would also split at U+2028, which JSON allows inside strings.
    """
    limit = max_input_bytes()
    with open_binary(Path(path)) as fh:
        for number, raw in enumerate(iter(lambda: fh.readline(limit + 1), b""), start=1):
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of a line too long to read is passed over, a chunk at a time
                yield InputError(f"line too long (over {limit / 1e6:.0f} MB, the limit set by ${MAX_INPUT_ENV})")
                continue
            if number == 1 and raw.startswith(_UTF8_BOM):
                raw = raw[len(_UTF8_BOM):]
            try:
                yield raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as error:
                yield InputError(f"not UTF-8 (invalid byte 0x{raw[error.start]:02x})")


def json_objects(lines: Iterable[str | InputError]) -> Iterator[tuple[int, dict | InputError]]:
    """``(line number, object)`` for each non-blank line of JSONL text (e.g. from :func:`jsonl_lines`); a line that
    is not UTF-8, not valid JSON or not a JSON object comes as an :class:`InputError` saying which."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield number, line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, InputError(f"not valid JSON ({error.msg})")
            continue
        yield number, record if isinstance(record, dict) else InputError("not a JSON object")


def _count_lines(fh) -> int:
    """The non-blank lines of a binary file, read a chunk at a time (a line may be longer than memory allows)."""
    count, open_line = 0, False
    for chunk in iter(lambda: fh.read(1 << 20), b""):
        pieces = chunk.split(b"\n")
        for i, piece in enumerate(pieces):
            open_line = open_line or bool(piece.strip())
            if i < len(pieces) - 1:
                count += open_line
                open_line = False
    return count + open_line


_SOURCE_SUFFIX = re.compile(r"(?::\d+| \(part \d+\))$")


def another_file(stored_source: str, source: str) -> bool:
    """Whether an article stored from ``stored_source`` was read from a file other than ``source``'s, one that
    still exists (a moved or deleted file is no other; the line of a JSONL record or the part of a large file
    does not count).

    >>> another_file("wire.jsonl:3", "wire.jsonl:7"), another_file("gone/a.txt", "new/a.txt")
    (False, False)
    """
    old, new = _SOURCE_SUFFIX.sub("", stored_source), _SOURCE_SUFFIX.sub("", source)
    if old == new or not os.path.exists(old):
        return False
    return os.path.realpath(old) != os.path.realpath(new)


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many items :func:`iter_articles` will yield (articles and problems), for a progress bar's total.

    One per file, one per non-blank line of a JSONL file (read in binary, without parsing), one per missing or
    unreadable path. Fast: no text is decoded or cleaned.
    """
    total = 0
    seen: set[Path] = set()
    files = []
    for given in paths:
        kind = _input_kind(given)
        if kind == "url":
            total += 1
        elif kind == "url-list":
            with open_binary(Path(given)) as fh:
                total += _count_lines(fh)
        else:
            files.append(given)
    for path, problem, _ in _expand(files):
        if problem is None:
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
        if problem is None and kind_suffix(path) in JSONL_SUFFIXES:
            try:
                with open_binary(path) as fh:
                    total += max(1, _count_lines(fh))
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputProblem]:
    """Read articles from files and directories.

    Directories are searched recursively in sorted order; in them only article files are read (``.txt``, ``.text``,
    ``.md``, no extension, ``.html``, ``.htm``, ``.jsonl``); every other file (``*.gold.json``, a ``.csv``) is named
    in a problem marked ``skipped`` (no error), and hidden files are passed over. A file named explicitly with another extension is a problem. A file reached twice is read once.

    Each bad input yields one :class:`~kg.types.InputProblem` (for JSONL, one per bad line) and the batch goes on:
    empty, binary or non-UTF-8 files, broken JSON lines, records without ``id`` or ``text``, HTML without article
    text, text with nothing left after removing page furniture, and an article id already used in the batch.

    Args:
        paths: Files and directories, in the order to read them.

    Yields:
        Articles and problems, in input order. The id of a file's article is the file's stem; of a JSONL record,
        its ``id``.

    Example:
        >>> items = list(iter_articles(["no/such/file.txt"]))
        >>> str(items[0])
        'no/such/file.txt: no such file or directory'
    """
    seen_files: set[Path] = set()
    id_sources: dict[str, str] = {}
    for item in _inputs(paths, seen_files):
        if isinstance(item, Article):
            if item.id in id_sources:
                message = f"duplicate article id {item.id!r} (already read from {id_sources[item.id]})"
                yield InputProblem(item.source, message)
                continue
            id_sources[item.id] = item.source
        yield item


def _inputs(paths: Iterable[str | Path], seen_files: set[Path]) -> Iterator[Article | InputProblem]:
    """What each input holds, in order: web pages (a URL, or a ``.urls`` file given by name), files, folders."""
    from kg.fetch import url_items

    for given in paths:
        kind = _input_kind(given)
        if kind == "url":
            yield from url_items(str(given))
            continue
        if kind == "url-list":
            yield from _url_list_items(Path(given))
            continue
        for path, problem, article_id in _expand([given]):
            if problem is not None:
                yield problem
                continue
            resolved = path.resolve()
            if resolved in seen_files:
                continue
            seen_files.add(resolved)
            yield from _file_items(path, shown(path), article_id)


URL_LIST_SUFFIX = ".urls"


def _input_kind(given: str | Path) -> str:
    """What an input names: a web page ("url"), a list of them given by name ("url-list"), else files ("path")."""
    from kg.fetch import is_url

    if isinstance(given, str) and is_url(given):
        return "url"
    if Path(given).suffix.lower() == URL_LIST_SUFFIX and os.path.isfile(given):
        return "url-list"
    return "path"


def _url_list_items(path: Path) -> Iterator[Article | InputProblem]:
    """The pages a ``.urls`` file lists, one URL per line (blank lines and ``#`` comments passed over)."""
    from kg.fetch import is_url, url_items

    for number, line in enumerate(jsonl_lines(path), start=1):
        where = f"{shown(path)}:{number}"
        if isinstance(line, InputError):
            yield InputProblem(where, str(line))
            continue
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            yield InputProblem(where, f"not an http(s) URL: {line[:80]!r}")
            continue
        yield from url_items(line, where)
