"""One actor across an archive (:mod:`kg.identity`): a surname alone joins the person of the archive it names."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.identity import IDENTITY_GRAPH, joins
from kg.pipeline import build
from kg.query import load_query, run_query
from kg.statement_index import index_path
from kg.store import Store
from kg.types import NamedPerson


def _pairs(people, items=None):
    return {(j.member, j.head) for j in joins([NamedPerson(*p) for p in people], items)}


def test_a_surname_joins_the_only_person_of_the_archive_named_in_full_with_it():
    assert _pairs([("barack-obama", "Barack Obama", 3), ("obama", "Obama", 40)]) == {("obama", "barack-obama")}


def test_a_surname_shared_by_several_people_joins_only_one_quoted_far_more_than_the_others():
    assert _pairs([("donald-trump", "Donald Trump", 955), ("eric-trump", "Eric Trump", 27), ("trump", "Trump", 79)]) \
        == {("trump", "donald-trump")}
    assert _pairs([("barack-obama", "Barack Obama", 20), ("michelle-obama", "Michelle Obama", 9),
                   ("obama", "Obama", 5)]) == set()
    # a person quoted more than ten times as much as the next, but only three times, is no evidence
    assert _pairs([("ann-fox", "Ann Fox", 3), ("liam-fox", "Liam Fox", 0), ("fox", "Fox", 2)]) == set()


def test_a_name_with_words_before_it_joins_the_person_quoted_far_more_whose_name_it_ends_with():
    assert _pairs([("donald-trump", "Donald Trump", 955), ("runner-donald-trump", "Runner Donald Trump", 2)]) == {
        ("runner-donald-trump", "donald-trump")}
    assert _pairs([("ann-smith", "Ann Smith", 6), ("mary-ann-smith", "Mary Ann Smith", 4)]) == set()


def test_no_join_without_a_full_name_or_for_a_word_that_is_no_surname():
    assert _pairs([("obama", "Obama", 40), ("bob", "Bob", 33), ("us", "US", 3)]) == set()
    assert _pairs([("bob-smith", "Bob Smith", 9), ("bob", "Bob", 3)]) == set()  # a first name is not his surname


def test_actors_linked_to_one_item_are_one_under_a_full_name():
    items = {"hillary-clinton": "http://www.wikidata.org/entity/Q6294",
             "hillary-rodham-clinton": "http://www.wikidata.org/entity/Q6294"}
    found = joins([NamedPerson("hillary-clinton", "Hillary Clinton", 715),
                   NamedPerson("hillary-rodham-clinton", "Hillary Rodham Clinton", 26),
                   NamedPerson("clinton", "Clinton", 21)], items)
    assert {(j.member, j.head) for j in found} == {("hillary-rodham-clinton", "hillary-clinton"),
                                                   ("clinton", "hillary-clinton")}
    assert next(j for j in found if j.member == "hillary-rodham-clinton").reason == "the same Wikidata item Q6294"


ARTICLE_FULL = "Obama visits Ohio\n\nBarack Obama said on Monday that the plant would stay open.\n"
ARTICLE_SHORT = "Plant to stay open\n\nObama said the plant would keep its 300 workers, and Obama added that wages would rise.\n"


def _identity(store_dir):
    with Store(store_dir, create=False) as store:
        return sorted((str(s), str(p), str(o)) for s, p, o, _ in store.quads(IDENTITY_GRAPH))


@pytest.mark.parametrize("order", [("full", "short"), ("short", "full")])
def test_a_surname_in_an_article_that_never_gives_the_full_name_joins_across_builds(tmp_path, order):
    texts = {"full": ARTICLE_FULL, "short": ARTICLE_SHORT}
    store_dir = tmp_path / "store"
    for name in order:  # two builds, one article each: the joins do not depend on the order
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(texts[name], encoding="utf-8")
        with Store(store_dir) as store:
            build([folder], store)
    triples = _identity(store_dir)
    assert ("https://w3id.org/claimgraph/id/actor/obama", "https://w3id.org/claimgraph/ontology#sameActorAs",
            "https://w3id.org/claimgraph/id/actor/barack-obama") in triples
    assert any("the only person of the archive named Obama in full: Barack Obama" in o for _, _, o in triples)
    with Store(store_dir, create=False) as store:
        actors = run_query(store, load_query("actors")).rows
        claims = run_query(store, load_query("who-claims-what")).rows
    obama = [r for r in actors if "Obama" in str(r["actorLabel"])]
    assert len(obama) == 1 and str(obama[0]["actorLabel"]) == "Barack Obama" and int(obama[0]["articles"]) == 2
    assert str(obama[0]["otherNames"]) == "Obama"
    assert {str(r["actorLabel"]) for r in claims if "plant" in str(r["text"])} == {"Barack Obama"}
    assert CliRunner().invoke(main, ["validate", "--store", str(store_dir)]).exit_code == 0


def test_an_index_older_than_the_register_of_people_is_filled_from_the_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "full.txt").write_text(ARTICLE_FULL, encoding="utf-8")
    (folder / "short.txt").write_text(ARTICLE_SHORT, encoding="utf-8")
    store_dir = tmp_path / "store"
    with Store(store_dir) as store:
        build([folder], store)
        store.remove_graph(IDENTITY_GRAPH)
    with sqlite3.connect(index_path(store_dir)) as db:
        db.execute("DROP TABLE people")
    assert _identity(store_dir) == []
    with Store(store_dir) as store:
        report = build([folder], store)  # nothing to build again
    assert report.articles == 0 and len(_identity(store_dir)) == 5


def test_a_name_with_a_middle_name_joins_the_person_quoted_far_more_under_first_and_last_name():
    assert _pairs([("hillary-clinton", "Hillary Clinton", 713), ("hillary-rodham-clinton", "Hillary Rodham Clinton",
                                                                   26)]) == {("hillary-rodham-clinton", "hillary-clinton")}
    assert _pairs([("mary-smith", "Mary Smith", 6), ("mary-ann-smith", "Mary Ann Smith", 4)]) == set()


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_an_actor_written_two_ways_by_two_articles_keeps_one_label_whatever_the_build_order(tmp_path, order):
    texts = {"a": "Convention\n\nThe DNC said the convention would open on Monday.",
             "b": "Convention plans\n\nThe dnc said the hall was booked.",
             "c": "Debate\n\nThe DNC said the debate would be held in Ohio."}
    store_dir = tmp_path / "store"
    for name in [*order, "c"]:
        path = tmp_path / f"{name}.txt"
        path.write_text(texts[name], encoding="utf-8")
        with Store(store_dir) as store:
            build([path], store)
    with Store(store_dir) as store:
        labels = {str(r["l"]) for r in store.query(
            "SELECT DISTINCT ?l WHERE { GRAPH ?g { <https://w3id.org/claimgraph/id/actor/dnc> "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }")}
        alt = {str(r["l"]) for r in store.query(
            "SELECT DISTINCT ?l WHERE { GRAPH ?g { <https://w3id.org/claimgraph/id/actor/dnc> "
            "<http://www.w3.org/2004/02/skos/core#altLabel> ?l } }")}
    assert labels == {"DNC"}
    assert "Dnc" in alt


def test_a_surname_after_a_title_or_a_party_is_a_surname_but_not_after_any_word():
    people = [("bernie-sanders", "Bernie Sanders", 400), ("sen-sanders", "Sen. Sanders", 30),
              ("hillary-clinton", "Hillary Clinton", 700), ("democrat-clinton", "Democrat Clinton", 1),
              ("team-clinton", "Team Clinton", 2)]
    pairs = _pairs(people)
    assert pairs == {("sen-sanders", "bernie-sanders"), ("democrat-clinton", "hillary-clinton")}
