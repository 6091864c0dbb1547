"""claimgraph: who claims what, and who contradicts whom, as an RDF knowledge graph built from news articles."""

__version__ = "0.1.0"
