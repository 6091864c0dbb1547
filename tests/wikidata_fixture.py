"""A small graph in Wikidata's data model for the ``kg link`` tests, written by the tests themselves.

Items have English labels and aliases (``rdfs:label``, ``skos:altLabel``), classes (``wdt:P31``, ``wdt:P279``),
positions held (P39), citizenship (P27), occupations (P106), party (P102), country (P17), descriptions
(``schema:description``) and sitelink counts (``wikibase:sitelinks``), as the Wikidata Query Service shows them.
The facts are real Wikidata facts, cut down; the namesakes ("John Smith", "Paris") are there to be told apart or
left unlinked.
"""
from __future__ import annotations

from pathlib import Path

PREFIXES = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix wikibase: <http://wikiba.se/ontology#> .
"""

# (id, label, aliases, classes, {property: [value ids]}, description, sitelinks)
ITEMS = [
    ("Q22686", "Donald Trump", ["Donald J. Trump", "Trump", "Donald John Trump"], ["Q5"],
     {"P39": ["Q11696"], "P27": ["Q30"], "P102": ["Q29468"], "P106": ["Q131524", "Q82955"]},
     "president of the United States from 2017 to 2021", 250),
    ("Q99000001", "Donald Trump", [], ["Q4167410"], {}, "Wikimedia disambiguation page", 5),
    ("Q6294", "Hillary Clinton", ["Hillary Rodham Clinton", "Hillary Diane Rodham Clinton"], ["Q5"],
     {"P39": ["Q14213"], "P27": ["Q30"], "P102": ["Q29552"], "P106": ["Q82955", "Q40348"]},
     "American politician and diplomat", 200),
    ("Q228024", "John Smith", ["Captain John Smith"], ["Q5"], {"P106": ["Q11900058"], "P27": ["Q145"]},
     "English explorer", 60),
    ("Q99000002", "John Smith", [], ["Q5"], {"P106": ["Q937857"], "P27": ["Q145"]}, "English footballer", 8),
    ("Q99000003", "Mark Brown", [], ["Q5"], {"P106": ["Q937857"]}, "Scottish footballer", 3),
    ("Q7817", "World Health Organization", ["WHO"], ["Q15925165"], {}, "specialized agency of the United Nations",
     200),
    ("Q90", "Paris", ["City of Light"], ["Q5119"], {"P17": ["Q142"]}, "capital of France", 300),
    ("Q830149", "Paris", [], ["Q1093829"], {"P17": ["Q30"]}, "city in Texas, United States", 50),
    ("Q29468", "Republican Party", ["GOP"], ["Q7278"], {"P17": ["Q30"]}, "political party in the United States",
     120),
    # the values of the facts above, and the classes
    ("Q11696", "President of the United States", [], ["Q4164871"], {}, "", 0),
    ("Q14213", "United States Secretary of State", [], ["Q4164871"], {}, "", 0),
    ("Q30", "United States of America", ["USA", "America"], ["Q6256"], {}, "country in North America", 300),
    ("Q145", "United Kingdom", ["UK"], ["Q6256"], {}, "country in north-western Europe", 300),
    ("Q142", "France", [], ["Q6256"], {}, "country in western Europe", 300),
    ("Q29552", "Democratic Party", [], ["Q7278"], {}, "political party in the United States", 100),
    ("Q131524", "entrepreneur", [], [], {}, "", 0),
    ("Q82955", "politician", [], [], {}, "", 0),
    ("Q40348", "lawyer", [], [], {}, "", 0),
    ("Q11900058", "explorer", [], [], {}, "", 0),
    ("Q937857", "association football player", [], [], {}, "", 0),
    ("Q5", "human", [], [], {}, "", 0),
    ("Q4167410", "Wikimedia disambiguation page", [], [], {}, "", 0),
    ("Q15925165", "specialized agency of the United Nations", [], [], {}, "", 0),
    ("Q1093829", "city of the United States", [], [], {}, "", 0),
]
SUBCLASSES = [("Q15925165", "Q484652"), ("Q1093829", "Q515"), ("Q5119", "Q515")]


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def write_wikidata_fixture(path: Path) -> Path:
    """Write the fixture as Turtle to ``path`` and return it."""
    lines = [PREFIXES]
    for qid, label, aliases, classes, facts, description, sitelinks in ITEMS:
        lines.append(f"wd:{qid} rdfs:label {_literal(label)} .")
        lines += [f"wd:{qid} skos:altLabel {_literal(a)} ." for a in aliases]
        lines += [f"wd:{qid} wdt:P31 wd:{c} ." for c in classes]
        lines += [f"wd:{qid} wdt:{p} wd:{v} ." for p, values in facts.items() for v in values]
        if description:
            lines.append(f"wd:{qid} schema:description {_literal(description)} .")
        if sitelinks:
            lines.append(f"wd:{qid} wikibase:sitelinks {sitelinks} .")
    lines += [f"wd:{sub} wdt:P279 wd:{sup} ." for sub, sup in SUBCLASSES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
