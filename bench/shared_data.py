"""Where the benches find the shared evaluation data (``../shared`` beside the project, or ``/work/shared``).

Nothing from it is copied into the project; a bench whose data is missing says so and exits 0.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = "data/polnear/polnear_dev.jsonl"


def shared_file(relative: str) -> Path | None:
    """``relative`` inside the shared folder, or ``None`` when no shared folder has it."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / relative).exists():
            return candidate / relative
    return None


def polnear_dev(given: Path | None, bench: str) -> Path | None:
    """The PolNeAR dev file to read: ``given``, else the shared one; ``None`` (after saying so) when it is missing."""
    data = given or shared_file(POLNEAR_DEV)
    if data is None or not data.is_file():
        where = given or f"../shared/{POLNEAR_DEV} (or /work/shared/{POLNEAR_DEV})"
        print(f"{bench}: {where} not found; nothing to measure")
        return None
    return data
