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


def test_a_surname_joins_the_most_quoted_bearer_when_only_that_one_shares_a_title_with_it():
    obama = NamedPerson("obama", "Obama", 287, ("mr", "president"))
    barack = NamedPerson("barack-obama", "Barack Obama", 210, ("president",))
    michelle = NamedPerson("michelle-obama", "Michelle Obama", 22, ("first lady",))
    found = joins([obama, barack, michelle])  # 210 is less than ten times 22: the title decides
    assert [(j.member, j.head) for j in found] == [("obama", "barack-obama")]
    assert "the only one also called president" in found[0].reason


def test_no_title_join_when_two_bearers_share_the_title_or_the_one_sharing_it_is_not_the_most_quoted():
    smith = NamedPerson("smith", "Smith", 40, ("senator",))
    assert joins([smith, NamedPerson("john-smith", "John Smith", 30, ("senator",)),
                  NamedPerson("jane-smith", "Jane Smith", 20, ("mrs", "senator"))]) == []
    assert joins([smith, NamedPerson("john-smith", "John Smith", 30, ()),
                  NamedPerson("jane-smith", "Jane Smith", 20, ("senator",))]) == []
    assert joins([NamedPerson("smith", "Smith", 40, ()), NamedPerson("john-smith", "John Smith", 30, ("senator",)),
                  NamedPerson("jane-smith", "Jane Smith", 20, ())]) == []  # a surname never given a title
    assert joins([NamedPerson("smith", "Smith", 40, ("mr",)), NamedPerson("john-smith", "John Smith", 30, ("mr",)),
                  NamedPerson("jane-smith", "Jane Smith", 20, ())]) == []  # an honorific is no role


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


def test_the_register_keeps_the_titles_each_article_gives_and_an_older_register_gets_them_from_the_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Budget\n\nPresident Barack Obama said on Monday that the budget was balanced.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Garden\n\nSen. Mary Landrieu said the levees would hold, and Mr. Obama said "
                                  "the storm had passed.\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    with Store(store_dir) as store:
        build([folder], store)
    with sqlite3.connect(index_path(store_dir)) as db:
        built = {actor: roles for actor, roles in db.execute("SELECT actor, roles FROM people")}
        db.execute("ALTER TABLE people DROP COLUMN roles")
    assert built["barack-obama"] == "president" and built["mary-landrieu"] == "senator" and built["obama"] == "mr"
    from kg.statement_index import StatementIndex
    from kg.identity import update_identity
    with Store(store_dir) as store:
        index = StatementIndex(index_path(store_dir))
        assert index.people_missing
        update_identity(store, index)
        again = {p.key: p.roles for p in index.people()}
        index.close()
    assert again["barack-obama"] == ("president",) and again["mary-landrieu"] == ("senator",)


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


# ---------------------------------------------------------------- one card per actor in the store

CARD_A = "Tony Blair said on Monday that the plan would work. Mr Blair added that taxes would not rise."
CARD_B = "Blair Industries said the plant would close. Tony Blair told reporters the school would reopen."


def _labels_and_kinds(store_dir):
    from kg.rdf import actors_graph

    with Store(store_dir, create=False) as store:
        rows = store.query("SELECT ?actor ?label WHERE { ?actor a cg:Actor ; rdfs:label ?label }")
        labels = [(str(r["actor"]), str(r["label"])) for r in rows]
        kinds = [(str(r["actor"]), str(r["kind"])) for r in store.query(
            "SELECT ?actor ?kind WHERE { VALUES ?kind { cg:Person cg:Organization cg:Place cg:Group } ?actor a ?kind }")]
        graphs = {str(r["g"]) for r in store.query(
            "SELECT DISTINCT ?g WHERE { ?actor a cg:Actor . GRAPH ?g { ?actor rdfs:label ?label } }")}
    return labels, kinds, graphs, str(actors_graph())


def test_plain_sparql_over_actors_gives_one_row_per_actor_across_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):  # three articles naming the same people
        (folder / f"a{i}.txt").write_text(CARD_A.replace("Monday", ["Monday", "Tuesday", "Friday"][i]))
    (folder / "b.txt").write_text(CARD_B)
    store_dir = tmp_path / "store"
    with Store(store_dir) as store:
        build([folder], store)
    labels, kinds, graphs, actors = _labels_and_kinds(store_dir)
    assert len(labels) == len({a for a, _ in labels})  # one label per actor, not one per article graph
    assert len(kinds) == len({a for a, _ in kinds})
    assert graphs == {actors}
    assert ("https://w3id.org/claimgraph/id/actor/tony-blair", "Tony Blair") in labels
    assert CliRunner().invoke(main, ["validate", "--store", str(store_dir)]).exit_code == 0


def test_a_card_takes_the_kind_and_name_most_articles_give():
    from kg.identity import card_quads
    from kg.vocab import CG

    evidence = {"name": {"DNC": 3, "Dnc": 1}, "alias": {"the DNC": 1},
                "kind": {str(CG.Organization): 3, str(CG.Person): 1}}
    quads = card_quads("https://w3id.org/claimgraph/id/actor/dnc", evidence)
    found = {(q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], q.object.value) for q in quads}
    assert ("label", "DNC") in found and ("altLabel", "Dnc") in found and ("altLabel", "the DNC") in found
    assert ("type", str(CG.Organization)) in found and ("type", str(CG.Person)) not in found
    tie = card_quads("https://w3id.org/claimgraph/id/actor/x", {"name": {"X": 1},
                                                             "kind": {str(CG.Place): 1, str(CG.Person): 1}})
    assert any(q.object.value == str(CG.Person) for q in tie)  # a tie: a person stays a person


def test_a_build_that_stopped_before_its_cards_were_made_one_is_mended_by_the_next(tmp_path, monkeypatch):
    import kg.pipeline

    import pyoxigraph as ox

    from kg.rdf import actors_graph

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(CARD_A)
    store_dir = tmp_path / "store"
    monkeypatch.setattr(kg.pipeline, "make_cards", lambda store, actors=None: 0)  # as if stopped there
    with Store(store_dir) as store:
        build([folder], store)
        # a second article's card as it saw the actor, added with its article before the build stopped
        store.add_quads([ox.Quad(ox.NamedNode("https://w3id.org/claimgraph/id/actor/tony-blair"),
                                 ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("TONY BLAIR"),
                                 ox.NamedNode(str(actors_graph())))])
    labels, _, _, _ = _labels_and_kinds(store_dir)
    assert len(labels) > len({a for a, _ in labels})  # two labels for one actor
    monkeypatch.undo()
    with Store(store_dir) as store:
        report = build([folder], store)  # nothing to build again, but the cards are mended
    labels, _, _, _ = _labels_and_kinds(store_dir)
    assert report.articles == 0 and len(labels) == len({a for a, _ in labels})
    assert ("https://w3id.org/claimgraph/id/actor/tony-blair", "Tony Blair") in labels


def test_an_honorific_joins_only_a_bearer_of_the_same_sex():
    people = [NamedPerson("hillary-clinton", "Hillary Clinton", 700, ("mrs", "secretary")),
              NamedPerson("bill-clinton", "Bill Clinton", 45, ("mr", "president")),
              NamedPerson("mr-clinton", "Mr. Clinton", 5, ("mr",)),
              NamedPerson("mrs-clinton", "Mrs. Clinton", 13, ("mrs",))]
    assert {(j.member, j.head) for j in joins(people)} == {("mr-clinton", "bill-clinton"),
                                                            ("mrs-clinton", "hillary-clinton")}


def test_mr_and_mrs_of_one_surname_in_an_article_are_two_people_whom_the_archive_tells_apart(tmp_path):
    """An article naming Bill and Hillary Clinton in full cannot say whose "Mrs. Clinton" is; it keeps "Mr. Clinton"
    and "Mrs. Clinton" apart, and the archive's other articles (Mrs. Clinton for Hillary, Mr. Clinton for Bill)
    join each to the right one."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "her.txt").write_text("Iowa\n\nHillary Clinton said on Monday that the caucus was close. Mrs. Clinton "
                                    "added that her team was ready.\n", encoding="utf-8")
    (folder / "him.txt").write_text("Arkansas\n\nBill Clinton said the library would open in May. Mr. Clinton added "
                                    "that the state had paid for it.\n", encoding="utf-8")
    (folder / "both.txt").write_text("Campaign\n\nBill Clinton and Hillary Clinton spoke in Ohio on Tuesday. Mrs. "
                                     "Clinton said the election would be close. Mr. Clinton said the crowd was "
                                     "large.\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    with Store(store_dir) as store:
        build([folder], store)
        claims = {(str(r["actorLabel"]), str(r["text"])) for r in run_query(store, load_query("who-claims-what")).rows}
    assert ("Hillary Clinton", "the election would be close") in claims
    assert ("Bill Clinton", "the crowd was large") in claims
    assert ("Bill Clinton", "the election would be close") not in claims


def test_a_given_name_in_a_short_or_full_form_is_one_person():
    """"Ed Rendell" and "Edward Rendell" are one person; "Ted Cruz" and "Edward Cruz" are not joined ("Ted" stands
    for more than one name), nor a man and a woman the honorifics tell apart."""
    assert _pairs([("ed-rendell", "Ed Rendell", 28), ("edward-rendell", "Edward Rendell", 5)]) == {
        ("edward-rendell", "ed-rendell")}
    assert _pairs([("ted-cruz", "Ted Cruz", 40), ("edward-cruz", "Edward Cruz", 2)]) == set()
    # a given name made of the full name's initials: "Jeb" of John Ellis Bush; not another Bush
    assert _pairs([("jeb-bush", "Jeb Bush", 60), ("john-ellis-bush", "John Ellis Bush", 6),
                   ("george-walker-bush", "George Walker Bush", 3)]) == {("john-ellis-bush", "jeb-bush")}
    assert _pairs([("chris-smith", "Chris Smith", 4, ("mrs",)),
                   ("christopher-smith", "Christopher Smith", 3, ("mr", "mr"))]) == set()
