"""Where the project's data lives: the ontology, the named queries and the lexicons.

The ontology and the queries sit at the top of the project (``ontology/``, ``queries/``) because users read and
edit them there; an installed package carries a copy made when its wheel is built (``kg/_project``, see
``setup.py``); ``KG_HOME`` points elsewhere.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


@lru_cache(maxsize=1)
def project_dir() -> Path:
    """The folder that holds ``ontology/`` and ``queries/``: ``$KG_HOME``, else the checkout the package runs from,
    else the copy an installed package carries (``kg/_project``, made by ``setup.py`` when the wheel is built)."""
    home = os.environ.get("KG_HOME")
    if home:
        return Path(home)
    checkout = PACKAGE_DIR.parent
    if (checkout / "queries").is_dir() and (checkout / "ontology").is_dir():
        return checkout
    return PACKAGE_DIR / "_project"


def ontology_dir() -> Path:
    """The ontology folder (``claimgraph.ttl`` and ``shapes.ttl``)."""
    return project_dir() / "ontology"


def queries_dir() -> Path:
    """The folder of named SPARQL queries (``NAME.rq``)."""
    return project_dir() / "queries"


def data_file(name: str) -> Path:
    """A lexicon or pattern file shipped in ``kg/data``."""
    return DATA_DIR / name


def read_lexicon(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file, stripped."""
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
