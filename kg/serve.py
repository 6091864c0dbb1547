"""Serve the store as a SPARQL endpoint with the ``oxigraph serve`` binary (PyPI package ``oxigraph``).

The server opens the store directory itself, so the store must not be open in this process (nor in any other):
only one process may hold it. It answers SPARQL at ``http://HOST:PORT/query``, updates at ``/update``, the
Graph Store Protocol at ``/store`` and shows a query page in the browser at ``http://HOST:PORT/``. It runs with
``--union-default-graph``, so queries see every article graph without ``GRAPH`` clauses, exactly as
``kg query --store`` does. It listens on the loopback interface unless told otherwise.
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


def serve_command(store_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878,
                  *, union_default_graph: bool = True) -> list[str]:
    """The command line that serves ``store_path``."""
    command = [find_oxigraph(), "serve", "--location", str(store_path), "--bind", f"{host}:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    return command


def serve(store_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878,
          *, union_default_graph: bool = True) -> int:
    """Run ``oxigraph serve`` over the store directory until it stops (Ctrl-C or SIGTERM stops it cleanly).

    Args:
        store_path: The store directory; it must exist and must not be open in any process.
        host: Interface to listen on; the loopback interface by default.
        port: TCP port.
        union_default_graph: Let queries see all named graphs as the default graph.

    Returns:
        The server's exit status (0 after Ctrl-C or SIGTERM).

    Raises:
        StoreError: The store does not exist, the binary is missing, or the server failed (for instance because
            another process holds the store, or the port is taken); the message gives the server's last words.
    """
    path = Path(store_path)
    if not path.is_dir():
        raise StoreError(f"no store at {path}: build one first, or pass --store DIR")
    command = serve_command(path, host, port, union_default_graph=union_default_graph)
    try:
        env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}  # one-line errors, no stack dump
        process = subprocess.Popen(command, stderr=subprocess.PIPE, env=env)
    except OSError as exc:
        raise StoreError(f"cannot start {command[0]}: {exc}") from None

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
