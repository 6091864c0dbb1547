"""Check a graph against the SHACL shapes in ``ontology/shapes.ttl`` (with pySHACL)."""
from __future__ import annotations

from functools import lru_cache

import rdflib

from kg.resources import ontology_dir


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "claimgraph.ttl")


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl")


def validate_graph(graph: rdflib.Graph) -> tuple[bool, str]:
    """Validate ``graph`` (the union of a store's graphs) against the shapes.

    The ontology is added to the data so that its individuals (``cg:Deny``, ``cg:ReportingVerb``...) have the
    classes the shapes ask for.

    Returns:
        ``(conforms, report text)``.
    """
    from pyshacl import validate

    data = rdflib.Graph()
    for triple in graph:
        data.add(triple)
    for triple in _ontology():
        data.add(triple)
    conforms, _, text = validate(data, shacl_graph=_shapes(), inference="none", advanced=False)
    return bool(conforms), str(text)
