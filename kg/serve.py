"""Serve the store as a SPARQL endpoint with the ``oxigraph serve`` binary (PyPI package ``oxigraph``).

It answers SPARQL at ``http://HOST:PORT/query``, the Graph Store Protocol at ``/store`` and shows the project's
query page in the browser at ``http://HOST:PORT/`` (the named queries, shared links, nothing loaded from
elsewhere). A small proxy (:mod:`kg.serve_proxy`) listens there, in front of the Oxigraph server on a private
loopback port. It runs with ``--union-default-graph``, so queries see every article graph
without ``GRAPH`` clauses, exactly as ``kg query --store`` does.

**Read-only by default** (``oxigraph serve-read-only``): no update, no Graph Store write, whoever sends it (a page of
another origin posting a form to ``/update`` included). This process holds the store's lock meanwhile, so no build
writes under the reader's feet. With ``writable=True`` (``kg serve --writable``) updates are taken only with the
token given or printed at start (``Authorization: Bearer TOKEN``): ``oxigraph serve`` listens on a private loopback
port and a small proxy (:mod:`kg.serve_proxy`) in front of it lets reads through and asks writes for the token, which
no cross-origin form can send. The server listens on the loopback interface unless told otherwise (another host is
warned about), and dies with this process (``PR_SET_PDEATHSIG`` on Linux), so a killed ``kg serve`` leaves no
server holding the store.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from collections import deque
from pathlib import Path

from kg.errors import StoreError

BINARY = "oxigraph"


def find_oxigraph() -> str:
    """The ``oxigraph`` binary: next to the running Python (a virtualenv's ``bin``), else on ``PATH``.

    Raises:
        StoreError: It is not installed.
    """
    beside = Path(sys.executable).parent / BINARY
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(BINARY)
    if found:
        return found
    raise StoreError("the `oxigraph` server binary was not found; install it with `pip install oxigraph`")


LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine's loopback interface only."""
    return host in LOOPBACK or host.startswith("127.")


def serve_command(store_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878,
                  *, union_default_graph: bool = True, writable: bool = False) -> list[str]:
    """The command line that serves ``store_path`` (read-only unless ``writable``)."""
    mode = "serve" if writable else "serve-read-only"
    command = [find_oxigraph(), mode, "--location", str(store_path), "--bind", f"{host}:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    return command


def _die_with_parent() -> None:
    """In the child, before ``exec``: ask Linux to send SIGTERM when the parent dies (no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _hold_lock(path: Path):
    """Open the store in this process so that no other process writes it while it is served read-only."""
    import pyoxigraph

    try:
        return pyoxigraph.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"store {path} is locked: another process holds it ({exc})") from None
        raise StoreError(f"cannot open store {path}: {exc}") from None


def serve(store_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878,
          *, union_default_graph: bool = True, writable: bool = False, token: str | None = None) -> int:
    """Serve the store directory until stopped (Ctrl-C or SIGTERM stops it cleanly).

    Args:
        store_path: The store directory; it must exist and must not be open in any process.
        host: Interface to listen on; the loopback interface by default.
        port: TCP port.
        union_default_graph: Let queries see all named graphs as the default graph.
        writable: Take SPARQL updates and Graph Store writes, with ``token`` only.
        token: The token writes must carry (``Authorization: Bearer TOKEN``); required when ``writable``.

    Returns:
        The server's exit status (0 after Ctrl-C or SIGTERM).

    Raises:
        StoreError: The store does not exist, the binary is missing, or the server failed (for instance because
            another process holds the store, or the port is taken); the message gives the server's last words.
    """
    path = Path(store_path)
    if not path.is_dir():
        raise StoreError(f"no store at {path}: build one first, or pass --store DIR")
    if writable and not token:
        raise StoreError("a writable server needs a token (kg serve --writable prints one, or set $KG_SERVE_TOKEN)")
    lock = None if writable else _hold_lock(path)
    proxy = None
    try:
        from kg.serve_proxy import TokenProxy, free_port

        backend = free_port()
        try:
            proxy = TokenProxy(host, port, f"http://127.0.0.1:{backend}", token if writable else None)
        except OSError as exc:
            raise StoreError(f"oxigraph serve failed on {host}:{port}: {exc.strerror or exc}") from None
        command = serve_command(path, "127.0.0.1", backend, union_default_graph=union_default_graph,
                                writable=writable)
        return _run_server(command, path, host, port, proxy)
    finally:
        if proxy is not None:
            proxy.close()
        del lock


def _run_server(command: list[str], path: Path, host: str, port: int, proxy) -> int:
    try:
        env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}  # one-line errors, no stack dump
        process = subprocess.Popen(command, stderr=subprocess.PIPE, env=env, preexec_fn=_die_with_parent)
    except OSError as exc:
        raise StoreError(f"cannot start {command[0]}: {exc}") from None
    if proxy is not None:
        proxy.start()

    last_lines: deque[str] = deque(maxlen=5)

    def relay() -> None:
        assert process.stderr is not None
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace")
            last_lines.append(line.strip())
            sys.stderr.write(line)
            sys.stderr.flush()

    reader = threading.Thread(target=relay, daemon=True)
    reader.start()
    stopped = False

    def stop(signum, frame) -> None:
        nonlocal stopped
        stopped = True
        process.terminate()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, stop)
    try:
        status = process.wait()
    except KeyboardInterrupt:
        stopped = True
        process.terminate()
        status = _wait_or_kill(process)
    finally:
        if process.poll() is None:
            process.terminate()
            _wait_or_kill(process)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        reader.join(timeout=2)
    if stopped:
        return 0
    if status != 0:
        errors = [line.removeprefix("Error:").strip() for line in last_lines if line.startswith("Error:")]
        detail = (errors or [line for line in last_lines if line] or [f"exit status {status}"])[-1]
        if "lock" in detail.lower():
            raise StoreError(f"store {path} is locked: another process holds it ({detail})")
        raise StoreError(f"oxigraph serve failed on {host}:{port}: {detail}")
    return status


def _wait_or_kill(process: subprocess.Popen, timeout: float = 5.0) -> int:
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
