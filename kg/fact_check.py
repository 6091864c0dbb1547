"""What fact-checkers' tools read: each statement as a schema.org ``Claim`` (JSON-LD), ready to be completed with
a ``ClaimReview`` and its rating, or as a W3C Web Annotation on its article's text.

Google's Fact Check Tools and ClaimsKG describe a claim as a schema.org ``Claim``: its ``text``, its ``author`` (who
made it), its ``appearance`` (where it was published: the article's URL, else its IRI), its ``datePublished`` and
``firstAppearance`` (the earliest article carrying the same words, through ``cg:sameTextAs``). A fact-checker adds a
``ClaimReview`` whose ``itemReviewed`` is the claim's ``@id``.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import IO

from kg.query import load_part

SCHEMA_CONTEXT = "https://schema.org"
_KINDS = {"Person": "Person", "Organization": "Organization", "Place": "Place", "Group": "Organization"}


def claim_documents(store) -> list[dict]:
    """One schema.org ``Claim`` per statement, with its author (or authors: two people saying it together, an
    article's two bylines)."""
    rows = store.query(load_part("claims-for-fact-checkers"))
    copies: dict[str, list[str]] = defaultdict(list)
    found: dict[str, dict] = {}
    authors: dict[str, dict[str, dict]] = defaultdict(dict)
    appearances: dict[str, dict] = {}
    for row in rows:
        statement, actor, article = str(row["statement"]), str(row["actor"]), str(row["article"])
        appearances.setdefault(article, _appearance(row))
        if row.get("copy") is not None:  # the same words in two articles, whichever was built first
            copies[statement].append(str(row["copy"]))
            copies[str(row["copy"])].append(statement)
        kind = str(row["actorClass"]).rsplit("#", 1)[-1] if row.get("actorClass") is not None else "Person"
        authors[statement].setdefault(actor, {
            "@type": _KINDS.get(kind, "Person"), "@id": actor,
            "name": str(row["actorLabel"]) if row.get("actorLabel") is not None else actor})
        if statement in found:
            continue
        claim = {"@type": "Claim", "@id": statement, "text": str(row["text"]), "appearance": appearances[article]}
        if row.get("date") is not None:
            claim["datePublished"] = str(row["date"])
        found[statement] = claim
    for statement, claim in found.items():
        people = list(authors[statement].values())
        claim["author"] = people[0] if len(people) == 1 else people
        claim["firstAppearance"] = _earliest([statement, *copies.get(statement, [])], found)
    return list(found.values())


def _appearance(row) -> dict:
    article = str(row["article"])
    work = {"@type": "NewsArticle", "@id": article, "url": str(row["url"]) if row.get("url") is not None else article}
    if row.get("headline") is not None:
        work["headline"] = str(row["headline"])
    if row.get("date") is not None:
        work["datePublished"] = str(row["date"])
    return work


def _earliest(statements: list[str], found: dict) -> dict:
    """The appearance of the earliest dated copy among ``statements`` (undated ones last, then by IRI)."""
    works = {found[s]["appearance"]["@id"]: found[s]["appearance"] for s in statements if s in found}
    return min(works.values(), key=lambda w: (w.get("datePublished") is None, w.get("datePublished", ""), w["@id"]))


def write_claims(store, out: IO[str]) -> int:
    """Write the claims as one JSON-LD document (``@graph``); returns how many."""
    claims = claim_documents(store)
    json.dump({"@context": SCHEMA_CONTEXT, "@graph": claims}, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(claims)


ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_QUOTE_CONTEXT_CHARS = 32


def annotation_documents(store) -> list[dict]:
    """One W3C Web Annotation per statement: who made it (the body), and where it is (the target: the article's URL,
    else its IRI, with a ``TextQuoteSelector`` and a ``TextPositionSelector`` into the article's text)."""
    import rdflib

    annotations: dict[str, dict] = {}
    texts: dict[str, str] = {}
    for row in store.query(load_part("statements-for-annotation")):
        statement, article = str(row["statement"]), str(row["article"])
        if article not in texts:
            found = store.query(load_part("article-texts"), {"article": rdflib.URIRef(article)})
            texts[article] = str(found[0]["string"]) if found else ""
        who = str(row["actorLabel"]) if row.get("actorLabel") is not None else str(row["actor"])
        act = str(row["speechActLabel"]) if row.get("speechActLabel") is not None else "claim"
        if statement in annotations:
            annotations[statement]["body"].append(_body(who, act))
            continue
        begin, end, text = int(row["begin"]), int(row["end"]), texts[article]
        annotations[statement] = {
            "id": f"{statement}#annotation",
            "type": "Annotation",
            "motivation": "describing",
            "body": [_body(who, act)],
            "target": {
                "source": str(row["url"]) if row.get("url") is not None else article,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": str(row["text"]),
                     "prefix": text[max(0, begin - _QUOTE_CONTEXT_CHARS):begin],
                     "suffix": text[end:end + _QUOTE_CONTEXT_CHARS]},
                    {"type": "TextPositionSelector", "start": begin, "end": end},
                ],
            },
        }
    return list(annotations.values())


def _body(who: str, act: str) -> dict:
    return {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": f"{who}: {act}"}


def write_annotations(store, out: IO[str]) -> int:
    """Write the annotations as one JSON-LD document (an ``AnnotationCollection``'s first page); returns how many."""
    items = annotation_documents(store)
    json.dump({"@context": ANNOTATION_CONTEXT, "type": "AnnotationCollection", "total": len(items),
               "first": {"type": "AnnotationPage", "items": items}}, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)
