"""The guard in front of a writable ``kg serve``: reads pass, writes need the server's token.

``oxigraph serve`` takes any update from anyone who can reach it, a web page of another origin included (a form
posted to ``/update`` needs no CORS preflight). The proxy listens where the user asked, forwards every request to
the Oxigraph server on a private loopback port, and lets a request change the store only when it carries
``Authorization: Bearer TOKEN``, a header no cross-origin form can set.
"""
from __future__ import annotations

import hmac
import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_READ_METHODS = {"GET", "HEAD", "OPTIONS"}
_HOP_HEADERS = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
                "transfer-encoding", "upgrade", "host"}


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def is_write(method: str, path: str) -> bool:
    """Whether a request may change the store: anything but a read method, or a POST of a query to ``/query``.

    >>> is_write("POST", "/query"), is_write("POST", "/update"), is_write("PUT", "/store?default"), is_write("GET", "/")
    (False, True, True, False)
    """
    return method not in _READ_METHODS and not (method == "POST" and urlsplit(path).path == "/query")


def query_page() -> bytes:
    """The query page with the named queries (text, description, parameters) and the prefixes written in."""
    import json

    from kg.query import list_queries, load_query
    from kg.resources import data_file
    from kg.vocab import PREFIXES

    queries: dict = {info.name: {"description": info.description, "params": info.params,
                                 "text": load_query(info.name)} for info in list_queries()}
    queries["@prefixes"] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    embedded = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")  # no "</script>" inside the script
    return data_file("query_page.html").read_text(encoding="utf-8").replace("__QUERIES__", embedded).encode()


class TokenProxy:
    """A threaded HTTP proxy on ``host:port`` in front of ``backend`` (``http://127.0.0.1:PORT``); ``token``
    ``None``: no write, ever."""

    def __init__(self, host: str, port: int, backend: str, token: str | None):
        target = urlsplit(backend)
        expected = f"Bearer {token}".encode() if token else None
        page = query_page()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                if self.command in {"GET", "HEAD"} and urlsplit(self.path).path in {"/", "/index.html"}:
                    self._page()
                    return
                if is_write(self.command, self.path):
                    given = (self.headers.get("Authorization") or "").encode()
                    if expected is None or not hmac.compare_digest(given, expected):
                        self._refuse()
                        return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS | {"authorization"}}
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=3600)
                try:
                    connection.request(self.command, self.path, body=body, headers=headers)
                    answer = connection.getresponse()
                    data = answer.read()
                except (OSError, http.client.HTTPException) as exc:
                    self.send_error(502, f"the SPARQL server did not answer: {exc}")
                    return
                finally:
                    connection.close()
                self.send_response(answer.status, answer.reason)
                for key, value in answer.getheaders():
                    if key.lower() not in _HOP_HEADERS | {"content-length"}:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _page(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.send_header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; "
                                                            "style-src 'unsafe-inline'; img-src data:")
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(page)

            def _refuse(self) -> None:
                message = (b"this endpoint takes writes only with its token (Authorization: Bearer TOKEN)\n" if expected
                           else b"this endpoint is read-only (kg serve --writable takes writes with a token)\n")
                self.send_response(403)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(message)))
                self.end_headers()
                self.wfile.write(message)

            do_GET = do_HEAD = do_OPTIONS = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

            def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
                pass

        self.server = ThreadingHTTPServer((host.strip("[]"), port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> None:
        """Start answering, on a thread of this process."""
        self._thread.start()

    def close(self) -> None:
        """Stop answering and free the port."""
        if self._thread.is_alive():
            self.server.shutdown()
        self.server.server_close()
