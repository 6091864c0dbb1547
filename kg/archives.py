"""Inputs that hold many pages: RSS/Atom feeds (``.rss``, ``.atom``; feedparser) and web archives (``.warc``,
``.warc.gz``, as news crawls such as CC-NEWS are shipped; warcio).

A feed entry is an article: its title, its content (else its summary) as text, its link as ``url`` and id (the URL
without its scheme), its publication date. A web archive's HTML responses are articles read as HTML pages are
(trafilatura), their target URL as ``url`` and id, the page's date else the capture's; every other record (requests,
metadata, images, scripts) is passed over. Both are read record by record, whatever the file's size.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.fetch import article_id_of_url
from kg.types import Article, InputProblem

def _html_text(fragment: str) -> str:
    """The text of an HTML fragment, a paragraph per line."""
    import lxml.html

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, lxml.etree.ParserError):
        return fragment
    blocks = [" ".join(p.text_content().split()) for p in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n".join(blocks) if blocks else " ".join(root.text_content().split())


def feed_items(path: Path, source: str) -> Iterator[Article | InputProblem]:
    """The articles of an RSS or Atom feed, one per entry."""
    import feedparser

    from kg.ingest import clean_text, open_binary

    try:
        with open_binary(path) as fh:
            feed = feedparser.parse(fh.read())
    except (OSError, EOFError) as error:
        yield InputProblem(source, f"cannot read file ({error})")
        return
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield InputProblem(source, f"no feed entries ({reason})" if reason else "no feed entries")
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}:entry {number}"
        link = entry.get("link") or ""
        content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        title = " ".join((entry.get("title") or "").split()) or None
        body = _html_text(content)
        if not body.strip():
            yield InputProblem(where, "the entry has no text")
            continue
        article_id = article_id_of_url(link) if link else f"{path.name}/{entry.get('id') or number}"
        try:
            yield clean_text(f"{title}\n\n{body}" if title else body, article_id=article_id, source=where,
                             title=title, url=link or None,
                             date=entry.get("published") or entry.get("updated"),
                             publisher=feed.feed.get("title"),
                             authors=[entry["author"]] if entry.get("author") else ())
        except InputError as error:
            yield InputProblem(where, str(error))


def warc_items(path: Path, source: str) -> Iterator[Article | InputProblem]:
    """The articles of a web archive: its HTML responses, read as HTML pages."""
    from warcio.archiveiterator import ArchiveIterator

    from kg.ingest import html_article, max_input_bytes

    limit = max_input_bytes()
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if kind not in {"text/html", "application/xhtml+xml"}:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{source}:{url}"
                data = record.content_stream().read(limit + 1)
                if len(data) > limit:
                    yield InputProblem(where, "too large")
                    continue
                charset = record.http_headers.get_header("Content-Type") or ""
                encoding = charset.split("charset=", 1)[1].strip() if "charset=" in charset else "utf-8"
                try:
                    html = data.decode(encoding, "replace")
                except LookupError:
                    html = data.decode("utf-8", "replace")
                try:
                    yield html_article(html, article_id=article_id_of_url(url), source=where, url=url,
                                       date=record.rec_headers.get_header("WARC-Date"))
                except InputError as error:
                    yield InputProblem(where, str(error))
    except Exception as error:  # noqa: BLE001 - warcio on a damaged archive: report the file, keep its articles
        yield InputProblem(source, f"damaged web archive ({type(error).__name__}: {error})")
