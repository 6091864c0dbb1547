"""Export the store to a file: Turtle, N-Triples, N-Quads, TriG or JSON-LD, or, for fact-checkers' tools, each
statement as a schema.org ``Claim`` (``claimreview``) or a W3C Web Annotation (``annotation``), see
:mod:`kg.fact_check`, or as NIF 2.1 with RFC 5147 fragments (``nif``, :mod:`kg.nif`).

Turtle and N-Triples hold one graph, so the article graphs and the contradictions graph are merged (each triple
once); TriG, N-Quads and JSON-LD keep the named graphs. Turtle and TriG use the prefixes of
:data:`kg.vocab.PREFIXES` (``cg:``, ``schema:``, ``cgid:`` ...), never generated ``ns1:`` names.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from kg.errors import StoreError
from kg.store import DUMP_FORMATS, Store

FORMATS = (*DUMP_FORMATS, "claimreview", "annotation", "nif")
"""Formats :func:`export` writes."""

EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld",
              "claimreview": ".claims.jsonld", "annotation": ".annotations.jsonld", "nif": ".nif.ttl"}
"""The usual file extension of each format."""


def export(store: Store, out_path: str | os.PathLike[str] | IO, fmt: str = "turtle") -> Path | None:
    """Write the whole store to ``out_path`` (a path, ``-`` for standard output, or a stream).

    Args:
        store: An open :class:`kg.store.Store`.
        out_path: Where to write; parent folders are created.
        fmt: One of :data:`FORMATS`.

    Returns:
        The path written, or ``None`` for a stream.

    Raises:
        StoreError: Unknown format, or the file cannot be written.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in {"claimreview", "annotation", "nif"}:
        return _export_json(store, out_path, fmt)
    if str(out_path) == "-":
        store.dump(sys.stdout.buffer, fmt)
        sys.stdout.flush()
        return None
    if not isinstance(out_path, (str, os.PathLike)):
        store.dump(out_path, fmt)
        return None
    path = Path(out_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create folder {path.parent}: {exc}") from None
    store.dump(path, fmt)
    return path


def _export_json(store: Store, out_path, fmt: str) -> Path | None:
    """The exports for other tools (claimreview, annotation: JSON-LD; nif: Turtle), written whole or not at all."""
    from kg.fact_check import write_annotations, write_claims
    from kg.nif import write_nif

    write = {"claimreview": write_claims, "annotation": write_annotations, "nif": write_nif}[fmt]
    if str(out_path) == "-":
        write(store, sys.stdout)
        return None
    if not isinstance(out_path, (str, os.PathLike)):
        write(store, out_path)
        return None
    path = Path(out_path)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            write(store, fh)
        tmp.replace(path)  # a complete file or none
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from None
    return path
