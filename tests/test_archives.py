"""Feeds and web archives as inputs: an RSS feed and a WARC file the test writes, each entry or HTML response an
article with its URL and date; other records passed over; a damaged archive reported."""
from __future__ import annotations

import gzip
import io

from kg.ingest import iter_articles
from kg.types import Article, InputProblem

BODY = ("The mayor said on Monday that the city would stay under curfew until the weekend. Officials said the "
        "river was still rising and that more rain was expected in the north.")


def test_each_feed_entry_is_an_article_with_its_link_and_date(tmp_path):
    (tmp_path / "news.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example News</title>"
        "<item><title>Curfew stays</title><link>https://news.example/curfew</link>"
        "<pubDate>Tue, 15 Mar 2016 09:30:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>"
        "<item><title>Empty</title><link>https://news.example/empty</link><description></description></item>"
        "</channel></rss>", encoding="utf-8")
    items = list(iter_articles([tmp_path / "news.rss"]))
    (article,) = [i for i in items if isinstance(i, Article)]
    assert article.id == "news.example/curfew" and article.url == "https://news.example/curfew"
    assert article.title == "Curfew stays" and BODY in article.text
    assert article.date.startswith("Tue, 15 Mar 2016") and article.publisher == "Example News"
    assert [p.message for p in items if isinstance(p, InputProblem)] == ["the entry has no text"]


def _warc(path, records) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, kind, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http,
                                                          warc_headers_dict={"WARC-Date": "2016-03-15T09:30:00Z"}))
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_the_html_responses_of_a_web_archive_are_articles_and_nothing_else_is(tmp_path):
    page = (f"<html><head><title>Curfew stays</title></head><body><article><h1>Curfew stays</h1><p>{BODY}</p>"
            f"<p>{BODY}</p></article></body></html>").encode()
    _warc(tmp_path / "crawl.warc.gz", [("https://news.example/curfew", "text/html; charset=utf-8", page),
                                       ("https://news.example/logo.png", "image/png", b"\x89PNG"),
                                       ("https://news.example/menu", "text/html", b"<html><nav>Home</nav></html>")])
    items = list(iter_articles([tmp_path]))
    (article,) = [i for i in items if isinstance(i, Article)]
    assert article.id == "news.example/curfew" and article.url == "https://news.example/curfew"
    assert article.date.startswith("2016-03-15") and BODY in article.text
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.source.rsplit(":", 1)[-1] for p in problems] == ["//news.example/menu"]


def test_a_damaged_web_archive_is_reported_with_the_articles_before_the_damage(tmp_path):
    page = f"<html><head><title>A</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    _warc(tmp_path / "crawl.warc.gz", [("https://news.example/a", "text/html", page.encode())])
    data = (tmp_path / "crawl.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data + gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Le"))
    items = list(iter_articles([tmp_path / "cut.warc.gz"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["news.example/a"]
    assert [p.message.split(" (")[0] for p in items if isinstance(p, InputProblem)] == ["damaged web archive"]
