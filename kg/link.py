"""Link actors to Wikidata items (``kg link``): the one stage that asks the network, and only when the user runs it.

``kg build`` never links and never needs the network. ``kg link`` reads the named actors of a store (a description
such as "officials" is an actor of its article and is never linked), asks a SPARQL endpoint with Wikidata's data
model (the public Wikidata Query Service by default, or a local mirror) which items carry each actor's names as a
label or alias, keeps those of a class that fits the actor's kind (``kg/data/wikidata_types.tsv``), compares what
each item is known for (positions held, occupations, citizenship, party, description) with what the texts say of
the actor (its roles and their organisations, the actors quoted in the same articles), and decides:

* **linked** when exactly one item fits and either the text agrees with one of its facts or, carrying the actor's
  full name as its label, it is well known (:data:`WELL_KNOWN_SITELINKS` Wikipedia pages or more); or when several
  fit and the text agrees with one of them more than with any other;
* **NIL** otherwise (precision first): no item of a fitting type (``no-candidate``), several that nothing tells
  apart (``ambiguous``), or one on too little (``unsure``: a surname alone, an alias alone, a little-known namesake).

Each decision is a ``cg:EntityLink`` node (outcome, item, confidence, one line of evidence, number of candidates)
in the named graph :data:`LINKS_GRAPH`, which the command replaces whole; a linked actor also gets ``owl:sameAs``
the item; actors linked to the same item ("Hillary Clinton" and "Hillary Rodham Clinton" built apart) are then one
actor (:mod:`kg.identity` rewrites the actor-identity graph, whose ``cg:sameActorAs`` the named queries follow).

Requests are polite: a User-Agent naming the tool (add a contact with ``--user-agent``, as the Wikidata Query
Service asks), one request at a time at most every ``delay`` seconds, names and items batched in VALUES blocks, and
retries with back-off on 429 and 5xx answers (honouring ``Retry-After``). Every answer is cached beside the store
(``<store>.wikidata.sqlite``), so linking again after a rebuild asks only about names not seen before.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Literal, URIRef
from spacy.lang.en.stop_words import STOP_WORDS

from kg import __version__
from kg.errors import EndpointError, StoreError
from kg.identity import update_identity
from kg.query import fill_values, load_part, with_prefixes
from kg.resources import read_lexicon
from kg.statement_index import StatementIndex
from kg.store import Store
from kg.types import ActorToLink, Candidate, LinkDecision, LinkOutcome
from kg.vocab import CG, DATA, GRAPH

WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql"
LINKS_GRAPH = GRAPH["wikidata-links"]
CACHE_SUFFIX = ".wikidata.sqlite"
USER_AGENT = f"claimgraph/{__version__} (kg link; https://w3id.org/claimgraph)"
WELL_KNOWN_SITELINKS = 20
"""An item with this many Wikipedia pages is well known: the only item of a fitting type whose label is an actor's
full name is taken for it even when the text says nothing more (a namesake that famous would be named apart)."""
LINKED_KINDS = ("Person", "Organization", "Place")
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_OWL_SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
_PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_OUTCOME_TERMS = {
    LinkOutcome.LINKED: CG.Linked, LinkOutcome.NO_CANDIDATE: CG.NoCandidate,
    LinkOutcome.AMBIGUOUS: CG.Ambiguous, LinkOutcome.UNSURE: CG.Unsure,
}


@lru_cache(maxsize=1)
def fitting_types() -> dict[str, frozenset[str]]:
    """The Wikidata classes (item IRIs) an actor of each kind may be an instance of, from ``wikidata_types.tsv``."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in read_lexicon("wikidata_types.tsv"):
        kind, item, *_ = line.split("\t")
        table[kind].add(WIKIDATA_ENTITY + item)
    return {kind: frozenset(items) for kind, items in table.items()}


# ---------------------------------------------------------------- what the store says


def actors_to_link(store: Store) -> list[ActorToLink]:
    """The named actors of a store, each with its kind (the one most article graphs give), names and context.

    The context is what the texts say of the actor: its role labels and the names of the other named actors quoted
    in the same articles.
    """
    kinds: dict[str, dict[str, int]] = defaultdict(dict)
    statements: dict[str, int] = {}
    for row in store.query(load_part("link-actors")):
        actor = str(row["actor"])
        kinds[actor][str(row["kind"]).rsplit("#", 1)[1]] = int(row["graphs"])
        statements[actor] = int(row["statements"])
    labels: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in store.query(load_part("link-names")):
        actor, name = str(row["actor"]), str(row["name"])
        if row["preferred"].toPython():
            labels[actor] = min(labels.get(actor, name), name)
        else:
            aliases[actor].add(name)
    roles: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for row in store.query(load_part("link-context")):
        actor = str(row["actor"])
        if row["role"] is not None:
            roles[actor].add(str(row["role"]))
        if row["article"] is not None and actor in kinds:
            articles[str(row["article"])].add(actor)
    quoted_with: dict[str, set[str]] = defaultdict(set)
    for actors in articles.values():
        for actor in actors:
            quoted_with[actor].update(labels[a] for a in actors if a != actor and a in labels)
    found = []
    for actor, by_kind in kinds.items():
        if actor not in labels:
            continue
        kind = max(sorted(by_kind), key=lambda k: by_kind[k])
        names = {labels[actor], *aliases[actor]}
        context = (roles[actor] | quoted_with[actor]) - names
        found.append(ActorToLink(actor, labels[actor], kind, tuple(sorted(aliases[actor] - {labels[actor]})),
                                 tuple(sorted(context)), statements.get(actor, 0)))
    return sorted(found, key=lambda a: a.iri)


def names_to_ask(actor: ActorToLink) -> list[str]:
    """The names of an actor worth asking about: written as names (a capital letter), a person's full names only.

    >>> names_to_ask(ActorToLink("a", "Donald Trump", "Person", aliases=("Trump", "Donald J. Trump")))
    ['Donald J. Trump', 'Donald Trump']
    >>> names_to_ask(ActorToLink("a", "Blair", "Person"))
    []
    """
    if actor.kind not in LINKED_KINDS:
        return []
    names = []
    for name in {actor.label, *actor.aliases}:
        if not re.search(r"[A-Z]", name) or len(name) < 2:
            continue
        if actor.kind == "Person" and len(name.split()) < 2:
            continue  # a surname alone names too many people
        names.append(name)
    return sorted(names)


# ---------------------------------------------------------------- deciding


def content_words(text: str) -> frozenset[str]:
    """The content words of a phrase, lower-cased and singular, for comparing a text's words with an item's facts.

    >>> sorted(content_words("the Republicans' Secretary of State"))
    ['republican', 'secretary', 'state']
    """
    words = set()
    for word in re.findall(r"[a-z]+", text.lower().replace("\u2019", "'").replace("'s", "")):
        if len(word) < 3 or word in STOP_WORDS:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def agreements(context: Iterable[str], facts: Iterable[str]) -> list[tuple[str, str]]:
    """The (text phrase, item fact) pairs that agree: all the content words of one are words of the other.

    >>> agreements(["President", "United Nations"], ["position held: President of the United States"])
    [('President', 'position held: President of the United States')]
    """
    ordered = sorted(facts, key=lambda f: (_FACT_ORDER.get(f.split(": ", 1)[0], len(_FACT_ORDER)), f))
    fact_words = [(fact, content_words(fact.split(": ", 1)[-1])) for fact in ordered]
    found = []
    for phrase in context:
        words = content_words(phrase)
        if not words:
            continue
        for fact, fwords in fact_words:
            if fwords and (words <= fwords or fwords <= words):
                found.append((phrase, fact))
                break
    return found


_FACT_ORDER = {p: i for i, p in enumerate(("position held", "occupation", "party", "employer", "member of",
                                            "citizenship", "country", "located in", "headquarters", "description"))}


def variant_of(name: str, label: str) -> bool:
    """Whether a name is a fuller or shorter form of a label: the same first and last word.

    >>> variant_of("Hillary Rodham Clinton", "Hillary Clinton"), variant_of("The Donald", "Donald Trump")
    (True, False)
    """
    a, b = name.lower().split(), label.lower().split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]


def _merge(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per item: found by its label if any name was its label."""
    by_item: dict[str, Candidate] = {}
    for c in candidates:
        seen = by_item.get(c.item)
        if seen is None or (seen.by_alias and not c.by_alias):
            by_item[c.item] = c if seen is None else Candidate(
                c.item, c.label or seen.label, c.name, False, seen.types | c.types, c.facts or seen.facts,
                max(seen.sitelinks, c.sitelinks))
        else:
            by_item[c.item] = Candidate(seen.item, seen.label or c.label, seen.name, seen.by_alias,
                                        seen.types | c.types, seen.facts or c.facts, max(seen.sitelinks, c.sitelinks))
    return list(by_item.values())


def _qid(item: str) -> str:
    return item.rsplit("/", 1)[-1]


def _described(c: Candidate) -> str:
    how = "alias" if c.by_alias else "label"
    return f"{_qid(c.item)} ({c.label or c.name}; {how} {c.name!r}; {c.sitelinks} Wikipedia pages)"


def decide(actor: ActorToLink, candidates: Sequence[Candidate], min_confidence: float = 0.7) -> LinkDecision:
    """Link an actor to one item, or to none when unsure: the rules of the module docstring.

    Args:
        actor: The actor and what the texts say of it.
        candidates: The items that carry one of its names (any type).
        min_confidence: A decision below it is NIL (``unsure``).
    """
    if actor.kind == "Person" and not names_to_ask(actor):
        return LinkDecision(actor.iri, LinkOutcome.UNSURE, None, 0.0,
                            f"{actor.label!r} is a surname alone: too many people carry it", 0)
    allowed = fitting_types().get(actor.kind, frozenset())
    fitting = [c for c in _merge(candidates) if c.types & allowed]
    if not fitting:
        other = len({c.item for c in candidates})
        why = f"no item of a {actor.kind.lower()}'s type is named {actor.label!r}"
        return LinkDecision(actor.iri, LinkOutcome.NO_CANDIDATE, None, 0.0,
                            why + (f" ({other} of other types)" if other else ""), 0)
    scored = sorted(((agreements(actor.context, c.facts), c) for c in fitting),
                    key=lambda s: (-len(s[0]), s[1].by_alias, -s[1].sitelinks, s[1].item))
    agree, best = scored[0]
    said = "; ".join(f"the text's {p!r} ~ its {f!r}" for p, f in agree[:3])
    others = ", ".join(_described(c) for _, c in scored[1:4])
    if len(scored) == 1:
        if agree:
            confidence = (0.95 if len(agree) > 1 else 0.9) - (0.1 if best.by_alias else 0.0)
            evidence = f"the only fitting item, {_described(best)}; {said}"
        elif best.sitelinks >= WELL_KNOWN_SITELINKS and not best.by_alias:
            confidence = 0.75
            evidence = f"the only fitting item, {_described(best)}, well known; the text says nothing more of it"
        elif best.sitelinks >= WELL_KNOWN_SITELINKS and variant_of(best.name, best.label):
            confidence = 0.7
            evidence = (f"the only fitting item, {_described(best)}, well known, and the alias is a form of its "
                        "label; the text says nothing more of it")
        else:
            why = "found by an alias only" if best.by_alias else "little known"
            return LinkDecision(actor.iri, LinkOutcome.UNSURE, None, 0.0,
                                f"one fitting item, {_described(best)}, {why}, and nothing in the text confirms it", 1)
    else:
        margin = len(agree) - len(scored[1][0])
        if margin <= 0:
            return LinkDecision(actor.iri, LinkOutcome.AMBIGUOUS, None, 0.0,
                                f"{len(scored)} fitting items and nothing in the text tells them apart: "
                                f"{_described(best)}, {others}", len(scored))
        confidence = min(0.9, 0.8 + 0.05 * (margin - 1)) - (0.1 if best.by_alias else 0.0)
        evidence = f"{_described(best)} of {len(scored)} fitting items; {said}; not {others}"
    if confidence < min_confidence:
        return LinkDecision(actor.iri, LinkOutcome.UNSURE, None, 0.0,
                            f"confidence {confidence:.2f} under {min_confidence:.2f}: {evidence}", len(scored))
    return LinkDecision(actor.iri, LinkOutcome.LINKED, best.item, round(confidence, 3), evidence, len(scored))


# ---------------------------------------------------------------- writing


def link_quads(decisions: Iterable[LinkDecision], endpoint: str) -> Iterator[ox.Quad]:
    """The quads of the links graph: one ``cg:EntityLink`` per decision and ``owl:sameAs`` the item linked."""
    graph = ox.NamedNode(str(LINKS_GRAPH))
    source = ox.NamedNode(endpoint)
    for d in decisions:
        actor = ox.NamedNode(d.actor)
        node = ox.NamedNode(f"{DATA}link/{quote(d.actor.rsplit('/', 1)[-1], safe='-_.~%')}")
        yield ox.Quad(node, _RDF_TYPE, ox.NamedNode(str(CG.EntityLink)), graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.linkedActor)), actor, graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.linkOutcome)), ox.NamedNode(str(_OUTCOME_TERMS[d.outcome])), graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.confidence)), ox.Literal(f"{d.confidence:.3f}", datatype=_DECIMAL),
                      graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.linkEvidence)), ox.Literal(d.evidence), graph)
        yield ox.Quad(node, ox.NamedNode(str(CG.candidateCount)), ox.Literal(str(d.candidates), datatype=_INTEGER),
                      graph)
        yield ox.Quad(node, _PROV_DERIVED, source, graph)
        if d.item:
            yield ox.Quad(node, ox.NamedNode(str(CG.linkedItem)), ox.NamedNode(d.item), graph)
            yield ox.Quad(actor, _OWL_SAME_AS, ox.NamedNode(d.item), graph)


# ---------------------------------------------------------------- asking the endpoint


class LinkCache:
    """The endpoint's answers, kept beside the store (``<store>.wikidata.sqlite``; in memory for a store in memory).

    Keyed by endpoint, question (``names`` or ``facts``) and the name or item asked, so that linking again asks only
    about names not seen before.
    """

    def __init__(self, path: Path | None):
        self.path = path
        try:
            self._db = sqlite3.connect(str(path) if path else ":memory:", isolation_level=None)
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (endpoint TEXT, question TEXT, asked TEXT, "
                             "answer TEXT NOT NULL, fetched REAL, PRIMARY KEY (endpoint, question, asked))")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the Wikidata cache {path}: {exc}") from None

    @classmethod
    def beside(cls, store: Store) -> LinkCache:
        """The cache of a store: beside its directory, or in memory."""
        return cls(store.path.with_name(store.path.name + CACHE_SUFFIX) if store.path else None)

    def get(self, endpoint: str, question: str, asked: Iterable[str]) -> dict[str, list]:
        """The cached answers of those asked that have one."""
        found = {}
        for key in asked:
            row = self._db.execute("SELECT answer FROM answers WHERE endpoint=? AND question=? AND asked=?",
                                   (endpoint, question, key)).fetchone()
            if row is not None:
                found[key] = json.loads(row[0])
        return found

    def put(self, endpoint: str, question: str, answers: dict[str, list]) -> None:
        """Keep answers (one transaction)."""
        now = time.time()
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                                 [(endpoint, question, k, json.dumps(v), now) for k, v in answers.items()])

    def close(self) -> None:
        """Close the database."""
        self._db.close()


class WikidataClient:
    """Asks a SPARQL endpoint with Wikidata's data model, politely, with every answer cached.

    Args:
        endpoint: The query URL (``WIKIDATA_QUERY_SERVICE`` or a mirror).
        cache: Where answers are kept.
        user_agent: Sent with every request; add a contact (the Wikidata Query Service asks for one).
        delay: Seconds at least between two requests.
        batch: Names or items per request.
        retries: Extra attempts after a 429, a 5xx or a failed connection.
        backoff: Seconds before the first retry, doubled at each (``Retry-After`` wins when the server sends it).
        timeout: Seconds per request.
        refresh: Ask again even what the cache answers.
    """

    def __init__(self, endpoint: str = WIKIDATA_QUERY_SERVICE, cache: LinkCache | None = None, *,
                 user_agent: str = USER_AGENT, delay: float = 1.0, batch: int = 50, retries: int = 4,
                 backoff: float = 2.0, timeout: float = 60.0, refresh: bool = False):
        self.endpoint = endpoint
        self.cache = cache or LinkCache(None)
        self.user_agent = user_agent
        self.delay = delay
        self.batch = max(1, batch)
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.refresh = refresh
        self.requests = 0
        self.cached = 0
        self._last = 0.0

    def candidates(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        """The items carrying each name as label or alias, with their types and sitelinks (no facts yet)."""
        rows = self._answers("names", sorted(set(names)), self._ask_names)
        found: dict[str, list[Candidate]] = {}
        for name, answer in rows.items():
            by_item: dict[tuple[str, bool], tuple[set[str], int]] = {}
            for item, by_alias, types, sitelinks in answer:
                seen = by_item.setdefault((item, by_alias), (set(), 0))
                by_item[(item, by_alias)] = (seen[0] | set(types), max(seen[1], sitelinks))
            found[name] = [Candidate(item, "", name, by_alias, frozenset(types), (), sitelinks)
                           for (item, by_alias), (types, sitelinks) in sorted(by_item.items())]
        return found

    def facts(self, items: Iterable[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Each item's English label and its facts ("position held: President of the United States")."""
        rows = self._answers("facts", sorted(set(items)), self._ask_facts)
        found = {}
        for item, answer in rows.items():
            label = next((text for prop, text in answer if prop == "label"), "")
            facts = tuple(sorted({f"{prop}: {text}" for prop, text in answer if prop != "label"}))
            found[item] = (label, facts)
        return found

    def _answers(self, question: str, asked: list[str], ask) -> dict[str, list]:
        found = {} if self.refresh else self.cache.get(self.endpoint, question, asked)
        self.cached += len(found)
        missing = [a for a in asked if a not in found]
        for start in range(0, len(missing), self.batch):
            chunk = missing[start:start + self.batch]
            answers = ask(chunk)
            self.cache.put(self.endpoint, question, answers)
            found.update(answers)
        return found

    def _ask_names(self, names: list[str]) -> dict[str, list]:
        terms = [Literal(n, lang=lang) for n in names for lang in ("en", "mul")]
        bindings = self._select(fill_values(load_part("wikidata-candidates"), "name", terms))
        answers: dict[str, dict[tuple[str, bool], list]] = {n: {} for n in names}
        for b in bindings:
            name, item = b["name"]["value"], b["item"]["value"]
            if name not in answers or not item.startswith(WIKIDATA_ENTITY):
                continue
            by_alias = b["byAlias"]["value"] in ("true", "1")
            entry = answers[name].setdefault((item, by_alias), [item, by_alias, [], 0])
            for var in ("type", "superType"):
                if var in b and b[var]["value"] not in entry[2]:
                    entry[2].append(b[var]["value"])
            if "sitelinks" in b:
                entry[3] = max(entry[3], _int(b["sitelinks"]["value"]))
        return {name: list(rows.values()) for name, rows in answers.items()}

    def _ask_facts(self, items: list[str]) -> dict[str, list]:
        bindings = self._select(fill_values(load_part("wikidata-facts"), "item", [URIRef(i) for i in items]))
        answers: dict[str, list] = {i: [] for i in items}
        for b in bindings:
            item = b["item"]["value"]
            pair = [b["property"]["value"], b["text"]["value"]]
            if item in answers and pair not in answers[item]:
                answers[item].append(pair)
        return answers

    def _select(self, sparql: str) -> list[dict]:
        body = urllib.parse.urlencode({"query": with_prefixes(sparql)}).encode()
        attempt = 0
        while True:
            wait = self._last + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
            self.requests += 1
            request = urllib.request.Request(self.endpoint, data=body, method="POST", headers={
                "User-Agent": self.user_agent, "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded"})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read())["results"]["bindings"]
            except urllib.error.HTTPError as exc:
                if exc.code != 429 and exc.code < 500:
                    detail = " ".join(exc.read()[:300].decode("utf-8", "replace").split())
                    raise EndpointError(f"{self.endpoint} refused the query: HTTP {exc.code} {detail}".rstrip()) \
                        from None
                problem, retry_after = f"HTTP {exc.code}", _retry_after(exc.headers.get("Retry-After"))
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                problem, retry_after = f"cannot reach it ({getattr(exc, 'reason', exc)})", None
            except (ValueError, KeyError) as exc:
                raise EndpointError(f"{self.endpoint} did not answer SPARQL JSON results: {exc}") from None
            if attempt >= self.retries:
                raise EndpointError(f"{self.endpoint}: {problem}, after {attempt + 1} attempts") from None
            time.sleep(retry_after if retry_after is not None else self.backoff * 2 ** attempt)
            attempt += 1


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number of seconds; capped at five minutes)."""
    if value and value.strip().isdigit():
        return min(float(value.strip()), 300.0)
    return None


def _int(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        return 0


# ---------------------------------------------------------------- the stage


@dataclass(frozen=True)
class LinkReport:
    """What :func:`link_store` did: decisions by outcome, requests sent and answers taken from the cache."""

    decisions: tuple[LinkDecision, ...]
    merged: int
    requests: int
    cached: int

    def count(self, outcome: LinkOutcome) -> int:
        """How many decisions had this outcome."""
        return sum(d.outcome is outcome for d in self.decisions)


def link_store(store: Store, client: WikidataClient, *, min_confidence: float = 0.7) -> LinkReport:
    """Link the store's named actors to Wikidata items and replace the links graph with the decisions.

    Raises:
        EndpointError: The endpoint refused or could not be reached (the links graph is left as it was).
    """
    actors = [a for a in actors_to_link(store) if a.kind in LINKED_KINDS]
    names = {a.iri: names_to_ask(a) for a in actors}
    found = client.candidates(n for ns in names.values() for n in ns)
    items = {c.item for cs in found.values() for c in cs}
    allowed = frozenset().union(*fitting_types().values())
    facts = client.facts(c.item for cs in found.values() for c in cs if c.types & allowed) if items else {}
    decisions = []
    for actor in actors:
        candidates = [Candidate(c.item, facts.get(c.item, ("", ()))[0], c.name, c.by_alias, c.types,
                                facts.get(c.item, ("", ()))[1], c.sitelinks)
                      for n in names[actor.iri] for c in found.get(n, ())]
        decisions.append(decide(actor, candidates, min_confidence))
    store.replace_graph(LINKS_GRAPH, link_quads(decisions, client.endpoint))
    with StatementIndex.for_store(store) as index:
        joined = update_identity(store, index)
    store.flush()
    merged = sum(j.reason.startswith("the same Wikidata item") for j in joined)
    return LinkReport(tuple(decisions), merged, client.requests, client.cached)
