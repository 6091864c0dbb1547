"""Fixtures for the store, query, export, endpoint and CLI tests: a small claim graph and a real Oxigraph server."""
from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

_FIXTURE_MODULE = Path(__file__).parent / "fixtures" / "graph" / "claimgraph_fixture.py"


def _load_fixture_module():
    spec = importlib.util.spec_from_file_location("claimgraph_fixture", _FIXTURE_MODULE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fixture_graph():
    """The fixture builder module (tests/fixtures/graph/claimgraph_fixture.py)."""
    return _load_fixture_module()


@pytest.fixture(scope="session")
def fixture_quads(fixture_graph):
    """The fixture graph's quads, as kg.rdf builds them."""
    return fixture_graph.fixture_quads()


@pytest.fixture
def fixture_store(fixture_quads):
    """An in-memory store holding the fixture graph."""
    from kg.store import Store

    with Store() as store:
        store.add_quads(fixture_quads)
        yield store


@pytest.fixture
def fixture_store_dir(tmp_path, fixture_quads):
    """A closed on-disk store holding the fixture graph."""
    from kg.store import Store

    path = tmp_path / "store"
    with Store(path) as store:
        store.add_quads(fixture_quads)
    return path


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unused_tcp_port() -> int:
    """A free loopback TCP port."""
    return free_port()


def oxigraph_binary() -> str:
    """The oxigraph server binary installed next to this Python."""
    path = Path(sys.executable).parent / "oxigraph"
    if not path.is_file():
        pytest.skip("the oxigraph binary is not installed next to sys.executable")
    return str(path)


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Poll ``url`` until it answers; fail early if ``process`` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            raise RuntimeError(f"server exited with {process.returncode}: {err.strip()[:500]}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


def stop_process(process: subprocess.Popen) -> None:
    """Terminate by PID; kill if it does not exit within 5 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture
def spawn_server():
    """A factory: start ``command``, wait until ``url`` answers, return the process; stopped by PID afterwards."""
    started: list[subprocess.Popen] = []

    def spawn(command: list[str], url: str, env: dict | None = None) -> subprocess.Popen:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        started.append(process)
        wait_until_up(url, process)
        return process

    yield spawn
    for process in started:
        stop_process(process)


@dataclass
class OxigraphServer:
    """A running ``oxigraph serve``: its base URL, its store directory and its process."""

    base: str
    location: Path
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def union_query_url(self) -> str:
        return f"{self.base}/query?union-default-graph"


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server on a free loopback port over an empty store directory (stopped after the module)."""
    location = tmp_path_factory.mktemp("oxigraph") / "db"
    port = free_port()
    env = {**os.environ, "RUST_BACKTRACE": "0"}
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/query?query=ASK%7B%7D", process)
        yield OxigraphServer(base, location, process)
    finally:
        stop_process(process)
