"""Articles from the web: ``kg build URL...`` and files of URLs (``*.urls``, one per line), fetched politely.

The only part of ``kg build`` that asks the network, and only for the URLs it is given: a ``User-Agent`` naming the
tool, a timeout, retries with back-off on connection errors and 5xx answers (honouring ``Retry-After``), a size
limit (``$KG_MAX_INPUT_MB``), HTML only; the page's main text through trafilatura, as for HTML files. The article's
id is the URL without its scheme (``www.example.org/news/a``), its ``url`` the URL.
"""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator

from kg.errors import InputError
from kg.types import Article, InputProblem

USER_AGENT = "claimgraph (kg build; +https://w3id.org/claimgraph)"
TIMEOUT = 30.0
RETRIES = 2
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(text: str) -> bool:
    """Whether an input names a web page rather than a file.

    >>> is_url("https://www.bbc.com/news/a"), is_url("news/a.html")
    (True, False)
    """
    return text.startswith(("http://", "https://"))


def article_id_of_url(url: str) -> str:
    """The id of a fetched page's article: the URL without scheme, query or fragment, nor a final slash.

    >>> article_id_of_url("https://www.example.org/news/a/?utm=x#top")
    'www.example.org/news/a'
    """
    rest = url.split("://", 1)[-1]
    return rest.split("#", 1)[0].split("?", 1)[0].rstrip("/") or rest


def fetch(url: str, *, timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = 1.0) -> str:
    """The text of the HTML page at ``url``.

    Raises:
        InputError: Not reachable after the retries, refused (4xx), not HTML, too large, or not decodable.
    """
    from kg.ingest import MAX_INPUT_ENV, max_input_bytes

    limit = max_input_bytes()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    for attempt in range(retries + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                kind = answer.headers.get_content_type()
                if kind not in _HTML_TYPES:
                    raise InputError(f"not an HTML page ({kind})")
                data = answer.read(limit + 1)
                charset = answer.headers.get_content_charset() or "utf-8"
            if len(data) > limit:
                raise InputError(f"too large (over {limit / 1e6:.0f} MB, the limit set by ${MAX_INPUT_ENV})")
            return data.decode(charset, "replace")
        except urllib.error.HTTPError as error:
            if error.code < 500 and error.code != 429 or attempt == retries:
                raise InputError(f"the server answered HTTP {error.code}") from None
            wait = error.headers.get("Retry-After", "") if error.headers else ""
            time.sleep(float(wait) if wait.isdigit() else backoff * 2**attempt)
        except (urllib.error.URLError, OSError, ValueError) as error:
            if attempt == retries:
                reason = getattr(error, "reason", None) or error
                raise InputError(f"cannot fetch ({reason})") from None
            time.sleep(backoff * 2**attempt)
    raise InputError("cannot fetch")  # not reached


def url_items(url: str, source: str | None = None) -> Iterator[Article | InputProblem]:
    """The article of one web page, or the problem that kept it out."""
    from kg.ingest import html_article

    where = source or url
    try:
        yield html_article(fetch(url), article_id=article_id_of_url(url), source=where, url=url)
    except InputError as error:
        yield InputProblem(where, str(error))
