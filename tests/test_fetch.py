"""`kg build URL` and `.urls` files: web pages fetched from a local HTTP server the test starts."""
from __future__ import annotations

import pytest

from kg.fetch import USER_AGENT
from kg.ingest import iter_articles
from kg.types import Article, InputProblem
from tests.local_site import QuietHandler, serving

BODY = ("The mayor said on Monday that the city would stay under curfew until the weekend. Officials said the "
        "river was still rising and that more rain was expected in the north.")
PAGE = ("<html><head><title>Curfew stays in place</title><meta property='article:published_time' "
        "content='2024-03-01T08:00:00Z'></head><body><article><h1>Curfew stays in place</h1><p>{body}</p>"
        "<p>{body}</p></article></body></html>")


class _Site(QuietHandler):
    asked: list[tuple[str, str]] = []
    flaky = {"count": 0}

    def do_GET(self) -> None:  # noqa: N802
        self.asked.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/flaky" and self.flaky["count"] < 1:
            self.flaky["count"] += 1
            self.send(503, "text/plain", b"busy")
        elif self.path in {"/news/curfew", "/flaky"}:
            self.send(200, "text/html; charset=utf-8", PAGE.format(body=BODY).encode())
        elif self.path == "/data.csv":
            self.send(200, "text/csv", b"a,b\n1,2\n")
        else:
            self.send(404, "text/plain", b"no")


@pytest.fixture
def site():
    _Site.asked.clear()
    _Site.flaky["count"] = 0
    with serving(_Site) as url:
        yield url


def test_pages_by_url_and_from_a_urls_file_with_their_dates_and_problems(site, tmp_path):
    listed = tmp_path / "pages.urls"
    listed.write_text(f"# a newsroom's list\n{site}/flaky\n\n{site}/data.csv\nnot a url\n", encoding="utf-8")
    items = list(iter_articles([f"{site}/news/curfew", f"{site}/missing", str(listed)]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = {i.source.rsplit("/", 1)[-1]: i.message for i in items if isinstance(i, InputProblem)}
    assert [a.id for a in articles] == [f"{site.split('://')[1]}/news/curfew", f"{site.split('://')[1]}/flaky"]
    assert articles[0].url == f"{site}/news/curfew" and articles[0].date.startswith("2024-03-01")
    assert articles[0].title == "Curfew stays in place" and "curfew until the weekend" in articles[0].text
    assert problems == {"missing": "the server answered HTTP 404", "pages.urls:4": "not an HTML page (text/csv)",
                        "pages.urls:5": "not an http(s) URL: 'not a url'"}
    assert all(agent == USER_AGENT for _, agent in _Site.asked)
    assert [p for p, _ in _Site.asked].count("/flaky") == 2  # a 503 is tried again
