"""``kg link``: actors linked to Wikidata items through a real Oxigraph server loaded with a Wikidata-shaped graph.

The decisions are tested on their own (:func:`kg.link.decide`), then end to end: articles built with spaCy's real
model, a real ``oxigraph serve`` over the fixture of ``tests/wikidata_fixture.py``, a real local HTTP server in
front of it that records what it is sent and answers 429 once, and the ``kg`` command line.
"""
from __future__ import annotations

import http.server
import threading
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.link import LINKS_GRAPH, WIKIDATA_ENTITY, decide, link_store, LinkCache, WikidataClient, USER_AGENT
from kg.pipeline import build
from kg.query import load_query, run_query
from kg.resources import ontology_dir
from kg.store import Store
from kg.types import ActorToLink, Candidate, LinkOutcome
from kg.vocab import CG
from tests.conftest import free_port, oxigraph_binary, stop_process, wait_until_up
from tests.wikidata_fixture import write_wikidata_fixture

HUMAN = frozenset({WIKIDATA_ENTITY + "Q5"})
CITY = frozenset({WIKIDATA_ENTITY + "Q515"})


def _candidate(qid, label="Donald Trump", *, by_alias=False, types=HUMAN, facts=(), sitelinks=0, name=None):
    return Candidate(WIKIDATA_ENTITY + qid, label, name or label, by_alias, types, tuple(facts), sitelinks)


def _actor(label="Donald Trump", kind="Person", context=(), aliases=()):
    return ActorToLink("https://w3id.org/claimgraph/id/actor/x", label, kind, tuple(aliases), tuple(context), 1)


# ---------------------------------------------------------------- decisions


def test_the_only_item_of_the_name_is_linked_when_the_text_agrees_with_one_of_its_facts():
    d = decide(_actor(context=["President"]),
               [_candidate("Q22686", facts=["position held: President of the United States"], sitelinks=3)])
    assert d.outcome is LinkOutcome.LINKED and d.item == WIKIDATA_ENTITY + "Q22686" and d.confidence >= 0.9
    assert "'President' ~ its 'position held: President of the United States'" in d.evidence


def test_the_only_item_of_the_name_is_linked_without_more_only_when_well_known():
    famous = decide(_actor(), [_candidate("Q22686", sitelinks=250)])
    assert famous.outcome is LinkOutcome.LINKED and famous.confidence == 0.75 and "well known" in famous.evidence
    namesake = decide(_actor("Mark Brown"), [_candidate("Q3", "Mark Brown", sitelinks=3)])
    assert namesake.outcome is LinkOutcome.UNSURE and namesake.item is None and "little known" in namesake.evidence


def test_an_alias_alone_links_only_a_fuller_form_of_a_well_known_label():
    fuller = decide(_actor("Hillary Rodham Clinton"),
                    [_candidate("Q6294", "Hillary Clinton", by_alias=True, sitelinks=200,
                                name="Hillary Rodham Clinton")])
    assert fuller.outcome is LinkOutcome.LINKED and fuller.confidence == 0.7
    nickname = decide(_actor("The Donald", kind="Person"),
                      [_candidate("Q22686", by_alias=True, sitelinks=250, name="The Donald")])
    assert nickname.outcome is LinkOutcome.UNSURE


def test_namesakes_that_the_text_does_not_tell_apart_are_left_unlinked():
    both = [_candidate("Q1", "John Smith", facts=["occupation: explorer"], sitelinks=60),
            _candidate("Q2", "John Smith", facts=["occupation: association football player"], sitelinks=8)]
    d = decide(_actor("John Smith", context=["Hillary Clinton"]), both)
    assert d.outcome is LinkOutcome.AMBIGUOUS and d.item is None and d.candidates == 2
    told = decide(_actor("John Smith", context=["footballer", "football player"]), both)
    assert told.outcome is LinkOutcome.LINKED and told.item == WIKIDATA_ENTITY + "Q2"


def test_an_item_of_another_type_is_no_candidate():
    d = decide(_actor(), [_candidate("Q9", types=frozenset({WIKIDATA_ENTITY + "Q4167410"}), sitelinks=5)])
    assert d.outcome is LinkOutcome.NO_CANDIDATE and "1 of other types" in d.evidence
    place = decide(_actor("Paris", kind="Place", context=["France"]),
                   [_candidate("Q90", "Paris", types=CITY, facts=["country: France"], sitelinks=300),
                    _candidate("Q830149", "Paris", types=CITY, facts=["country: United States of America"])])
    assert place.outcome is LinkOutcome.LINKED and place.item == WIKIDATA_ENTITY + "Q90"


def test_a_surname_alone_is_never_asked_about_or_linked():
    d = decide(_actor("Trump"), [_candidate("Q22686", sitelinks=250)])
    assert d.outcome is LinkOutcome.UNSURE and "surname alone" in d.evidence


def test_a_link_under_the_minimum_confidence_is_nil():
    d = decide(_actor(), [_candidate("Q22686", sitelinks=250)], min_confidence=0.8)
    assert d.outcome is LinkOutcome.UNSURE and d.item is None


def test_each_link_outcome_is_an_individual_of_the_ontology():
    onto = rdflib.Graph().parse(ontology_dir() / "claimgraph.ttl")
    from kg.link import _OUTCOME_TERMS

    assert set(_OUTCOME_TERMS) == set(LinkOutcome)
    for term in _OUTCOME_TERMS.values():
        assert (rdflib.URIRef(term), rdflib.RDF.type, CG.LinkOutcome) in onto


# ---------------------------------------------------------------- end to end

ARTICLES = {
    "a1.txt": "Trump says the wall will be built\n\nPresident Donald Trump said on Monday that the wall on the "
              "southern border would be built this year.\n\nJohn Smith, a local resident, said the road had been "
              "closed for a week.\n",
    "a2.txt": "Health agency warns of measles\n\nThe World Health Organization said on Tuesday that measles cases "
              "had doubled in Europe.\n\nHillary Clinton said the vaccines were safe. Mark Brown, a parent, said "
              "his children had been vaccinated.\n",
    "a3.txt": "Clinton backs vaccines\n\nHillary Rodham Clinton said on Wednesday that the vaccines had saved "
              "lives.\n",
}


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory):
    """A real ``oxigraph serve`` over the Wikidata-shaped fixture; yields its query URL."""
    folder = tmp_path_factory.mktemp("wikidata")
    location = folder / "db"
    store = ox.Store(str(location))
    store.load(path=str(write_wikidata_fixture(folder / "wikidata.ttl")), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    port = free_port()
    process = __import__("subprocess").Popen(
        [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=__import__("subprocess").DEVNULL, stderr=__import__("subprocess").PIPE)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop_process(process)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Forwards POSTed queries to the Wikidata-shaped server; answers 429 to the first one; records the headers."""

    target = ""
    seen: list[dict] = []
    refuse_first = True

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append(dict(self.headers))
        if type(self).refuse_first:
            type(self).refuse_first = False
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        request = urllib.request.Request(self.target, data=body, method="POST", headers={
            "Content-Type": self.headers["Content-Type"], "Accept": self.headers["Accept"]})
        with urllib.request.urlopen(request, timeout=30) as answer:
            data = answer.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder(wikidata):
    """A local HTTP server in front of the Wikidata-shaped endpoint (stopped after the test)."""
    _Recorder.target, _Recorder.seen, _Recorder.refuse_first = wikidata, [], True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", _Recorder
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built from three short articles with spaCy's real model."""
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store_dir = tmp_path_factory.mktemp("store") / "store"  # not in the folder built: its files are no articles
    with Store(store_dir) as store:
        build([folder], store)
    return folder, store_dir


def _kg(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _rows(store_dir, name, **params):
    with Store(store_dir, create=False) as store:
        return run_query(store, load_query(name), params or None).rows


def test_kg_link_links_who_it_can_and_leaves_namesakes_unlinked(built, wikidata, tmp_path):
    folder, store_dir = built
    result = _kg("link", "--store", store_dir, "--endpoint", wikidata, "--delay", "0")
    assert result.exit_code == 0, result.output
    assert "linked 4 of 6 named actors" in result.output and "1 joined to an actor" in result.output
    actors = {str(r["actorLabel"]): r for r in _rows(store_dir, "actors")}
    assert str(actors["Donald Trump"]["wikidata"]) == WIKIDATA_ENTITY + "Q22686"
    assert str(actors["World Health Organization"]["wikidata"]) == WIKIDATA_ENTITY + "Q7817"
    assert actors["John Smith"]["wikidata"] is None and actors["Mark Brown"]["wikidata"] is None
    # Hillary Clinton and Hillary Rodham Clinton share Q6294: one actor, under the label with most statements
    clinton = [r for r in actors.values() if r["wikidata"] is not None and str(r["wikidata"]).endswith("Q6294")]
    assert len(clinton) == 1 and int(clinton[0]["statements"]) == 3 and int(clinton[0]["articles"]) == 2
    assert "Hillary" in str(clinton[0]["otherNames"])
    with Store(store_dir, create=False) as store:
        links = rdflib.Graph()
        for s, p, o, _ in store.quads(LINKS_GRAPH):
            links.add((s, p, o))
    smith = next(links.subjects(CG.linkedActor, rdflib.URIRef("https://w3id.org/claimgraph/id/actor/john-smith")))
    assert links.value(smith, CG.linkOutcome) == CG.Ambiguous and links.value(smith, CG.candidateCount).toPython() == 2
    assert "nothing in the text tells them apart" in str(links.value(smith, CG.linkEvidence))
    assert len(set(links.subjects(rdflib.OWL.sameAs, None))) == 4
    assert _kg("validate", "--store", store_dir).exit_code == 0


def test_actor_claims_finds_an_actor_by_wikidata_id_with_the_claims_of_all_its_nodes(built, wikidata):
    folder, store_dir = built
    assert _kg("link", "--store", store_dir, "--endpoint", wikidata, "--delay", "0").exit_code == 0
    by_id = _rows(store_dir, "actor-claims", actor="Q6294")
    texts = sorted(str(r["text"]) for r in by_id)
    assert {"the vaccines had saved lives", "the vaccines were safe"} <= set(texts) and len(texts) == 3
    assert len({str(r["actorIri"]) for r in by_id}) == 1
    assert sorted(str(r["text"]) for r in _rows(store_dir, "actor-claims", actor="rodham")) == texts
    assert _rows(store_dir, "actor-claims", actor="Q629") == []  # an id is matched whole, not as a prefix
    who = {(str(r["actorLabel"]), str(r["text"])) for r in _rows(store_dir, "who-claims-what")}
    assert len({label for label, text in who if "vaccines" in text}) == 1


def test_a_second_link_asks_nothing_and_a_rebuild_keeps_the_links(built, wikidata):
    folder, store_dir = built
    _kg("link", "--store", store_dir, "--endpoint", wikidata, "--delay", "0")
    again = _kg("link", "--store", store_dir, "--endpoint", wikidata, "--delay", "0")
    assert again.exit_code == 0 and "0 requests" in again.output and "linked 4 of 6" in again.output
    with Store(store_dir) as store:
        build([folder], store, force=True)
    assert str({str(r["actorLabel"]): r for r in _rows(store_dir, "actors")}["Donald Trump"]["wikidata"]).endswith(
        "Q22686")


def test_requests_are_polite_batched_and_retried_after_429(built, recorder, tmp_path):
    folder, store_dir = built
    url, seen = recorder
    with Store(store_dir) as store:
        client = WikidataClient(url, LinkCache(tmp_path / "cache.sqlite"), delay=0.0, batch=2, backoff=0.01)
        report = link_store(store, client)
    assert report.count(LinkOutcome.LINKED) == 4
    agents = {h["User-Agent"] for h in seen.seen}
    assert agents == {USER_AGENT}
    # 7 names in batches of 2 = 4 requests (labels and name forms: "John Smith, a local resident" is no name form),
    # facts of 6 items in batches of 2 = 3, plus the one refused with 429
    assert client.requests == len(seen.seen) == 8


def test_an_unreachable_endpoint_is_one_line_and_leaves_the_links_as_they_were(built, wikidata):
    folder, store_dir = built
    assert _kg("link", "--store", store_dir, "--endpoint", wikidata, "--delay", "0").exit_code == 0
    port = free_port()
    result = _kg("link", "--store", store_dir, "--endpoint", f"http://127.0.0.1:{port}/query", "--delay", "0",
                 "--retries", "1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1 and "cannot reach" in result.output
    assert str({str(r["actorLabel"]): r for r in _rows(store_dir, "actors")}["Donald Trump"]["wikidata"]).endswith(
        "Q22686")
