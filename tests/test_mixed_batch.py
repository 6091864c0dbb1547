"""One `kg build` of what a newsroom has at once: 30 web pages listed in a .urls file (served by a local HTTP server
the test starts), an RSS feed and a WARC file, with a .csv and a German article beside them."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import Store
from tests.local_site import QuietHandler, serving

PEOPLE = ["Ana Ruiz", "Tom Hale", "Mina Park", "Jon Ortiz", "Lea Stein", "Omar Diaz", "Ines Cole", "Raj Mehta",
          "Kate Byrne", "Luis Vega"]
THINGS = ["bridge", "school", "hospital"]
GERMAN = ("Die Bürgermeisterin sagte am Montag, dass die Stadt bis zum Wochenende unter Ausgangssperre bleiben werde. "
          "Beamte erklärten, der Fluss steige weiter und im Norden werde mit mehr Regen gerechnet. Die Feuerwehr "
          "teilte mit, dass zahlreiche Keller überflutet seien und die Aufräumarbeiten Wochen dauern könnten.")


def _body(i: int) -> str:
    who, thing = PEOPLE[i % len(PEOPLE)], THINGS[i % len(THINGS)]
    return (f"{who} said on Monday that the {thing} in district {i} would open in May. Officials said the "
            f"{thing} had cost {i + 3} million pounds and that the work was finished. Residents of district {i} "
            f"told reporters they had waited {i + 2} years for it.")


def _page(i: int) -> bytes:
    return (f"<html><head><title>District {i} news</title><meta property='article:published_time' "
            f"content='2024-03-{i % 28 + 1:02d}T08:00:00Z'></head><body><article><h1>District {i} news</h1>"
            f"<p>{_body(i)}</p></article></body></html>").encode()


class _Site(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802
        number = self.path.rsplit("/", 1)[-1]
        if self.path.startswith("/news/") and number.isdigit():
            self.send(200, "text/html; charset=utf-8", _page(int(number)))
        else:
            self.send(404, "text/plain", b"no")


@pytest.fixture
def site():
    with serving(_Site) as url:
        yield url


def _warc(path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in (40, 41):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://archive.example/news/{i}", "response", payload=io.BytesIO(_page(i)), http_headers=http,
                warc_headers_dict={"WARC-Date": "2016-03-15T09:30:00Z"}))


def test_urls_a_feed_and_a_web_archive_build_as_one_batch_with_dates_on_every_statement(site, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (tmp_path / "pages.urls").write_text("".join(f"{site}/news/{i}\n" for i in range(30)), encoding="utf-8")
    items = "".join(f"<item><title>Feed story {i}</title><link>https://feed.example/{i}</link>"
                    f"<pubDate>{i - 40} Mar 2016 09:30:00 GMT</pubDate><description>&lt;p&gt;{_body(i)}"
                    "&lt;/p&gt;</description></item>" for i in (50, 51, 52))
    (inputs / "news.rss").write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed News</title>"
                                     f"{items}</channel></rss>", encoding="utf-8")
    _warc(inputs / "crawl.warc.gz")
    (inputs / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (inputs / "bericht.txt").write_text(GERMAN, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "pages.urls"), str(inputs), "--store", str(store),
                                       "--quiet"])
    out = result.output
    assert "35 articles built" in out, out  # 30 pages, 3 feed entries, 2 archived pages
    assert "table.csv: skipped" in out
    assert "bericht.txt" in out and "German" in out and "skipped" in out
    assert result.exit_code == 1 and "Traceback" not in out  # the German article is reported as not built
    with Store(store, create=False) as s:
        rows = list(s.query("SELECT (COUNT(?st) AS ?n) (SUM(IF(BOUND(?d), 1, 0)) AS ?dated) WHERE { "
                            "?st a cg:Statement OPTIONAL { ?st schema:datePublished ?d } }"))
        sources = {str(r["src"]).split("://")[0] for r in s.query(
            "SELECT DISTINCT ?src WHERE { ?a a cg:Article ; schema:url ?src }")}
    assert int(rows[0]["n"]) >= 35 and int(rows[0]["dated"]) == int(rows[0]["n"])
    assert sources == {"http", "https"}
    # who claims what in a date range: only the pages published 10-12 March 2024
    ranged = CliRunner().invoke(main, ["query", "who-claims-what", "--store", str(store), "--format", "json",
                                       "--param", "since=2024-03-10", "--param", "until=2024-03-12"])
    assert ranged.exit_code == 0, ranged.output
    dates = [row["date"] for row in json.loads(ranged.output)]
    assert dates and all("2024-03-10" <= d <= "2024-03-12" for d in dates)
    assert len(dates) < int(rows[0]["n"])
