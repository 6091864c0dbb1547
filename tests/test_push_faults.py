"""`kg push` against servers that fail: a local fake server that answers 500, hangs, resets, truncates or sends
garbage, and a real Oxigraph server killed in the middle of a push. Every failure is one line that says what the
server is left with; nothing hangs past --timeout; no traceback."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import free_port, oxigraph_binary, stop_process, wait_until_up

RESPONSES = {
    "500": b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: close\r\n\r\nboom!",
    "truncate": b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\npartial",
    "garbage": b"\x00\x01 this is no HTTP at all\r\n\r\n",
}


class FakeServer:
    """A TCP server that reads each request and then fails in one way."""

    def __init__(self, mode: str):
        self.mode, self.requests = mode, 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/query"
        self.open: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.requests += 1
            self.open.append(conn)
            conn.settimeout(2)
            try:
                conn.recv(65536)
                if self.mode == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    conn.close()
                elif self.mode in RESPONSES:
                    conn.sendall(RESPONSES[self.mode])
                    conn.close()
                # "hang": read the request, then say nothing
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()
        for conn in self.open:
            conn.close()


def _push(endpoint: str, store_dir, *extra: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "push", "--endpoint", endpoint, "--store", str(store_dir),
                           *extra], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("mode", ["500", "hang", "reset", "truncate", "garbage"])
def test_a_failing_server_gives_one_line_saying_what_is_left_and_is_retried(mode, fixture_store_dir):
    server = FakeServer(mode)
    try:
        started = time.monotonic()
        result = _push(server.url, fixture_store_dir, "--timeout", "0.5", "--retries", "1", "--no-bulk",
                       "--update-endpoint", server.url.replace("/query", "/update"))
        took = time.monotonic() - started
    finally:
        server.close()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "failed after 2 attempts" in lines[0]  # retried once, as --retries 1 asks
    assert "the server holds 0 of the store's" in lines[0] and "is as it was" in lines[0]
    assert "run the same kg push again" in lines[0]
    assert lines[0].isprintable()  # nothing the server sent reaches the terminal raw
    assert took < 20  # --timeout bounds a server that never answers


def test_a_real_server_killed_mid_push_is_reported_with_what_it_holds(tmp_path, fixture_store_dir):
    from kg.store import Store

    # A store large enough for a push to take a while: many graphs.
    with Store(fixture_store_dir) as store:
        quads = list(store.ox)
        for n in range(400):
            store.add_quads(
                __import__("pyoxigraph").Quad(q.subject, q.predicate, q.object,
                                              __import__("pyoxigraph").NamedNode(f"urn:copy:{n}"))
                for q in quads)
    port = free_port()
    location = tmp_path / "db"
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "RUST_BACKTRACE": "0"})
    try:
        wait_until_up(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", server)
        push = subprocess.Popen([sys.executable, "-m", "kg.cli", "push", "--endpoint",
                                 f"http://127.0.0.1:{port}/query", "--store", str(fixture_store_dir), "--no-bulk",
                                 "--batch", "5", "--retries", "1", "--timeout", "2"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        server.send_signal(signal.SIGKILL)
        out, err = push.communicate(timeout=60)
    finally:
        stop_process(server)
    assert push.returncode == 1, out + err
    assert "Traceback" not in err
    line = err.strip().splitlines()[-1]
    assert line.startswith("Error: ") and "run the same kg push again" in line, line
    assert "is incomplete there" in line or "is as it was" in line, line
    assert "the server holds" in line
