"""The statement index: incremental contradictions between articles, on hand-made statements and real builds."""
import json

from kg import contradict
from kg.pipeline import build
from kg.rdf import contradiction_graph
from kg.statement_index import SCHEMA_VERSION, StatementIndex, index_path, side_from_json, side_to_json
from kg.store import Store
from kg.types import Proposition, StatementRef
from tests.test_pipeline import ARTICLE_A, ARTICLE_B



def _side(article, start, *, subject="dam", predicate="fail", negated=False, actor="anna", numbers=()):
    text = f"{subject} {'not ' if negated else ''}{predicate}".ljust(20, ".")
    ref = StatementRef(article, start, start + len(text))
    prop = Proposition(subject, predicate, (), negated, None, numbers, (), (subject, predicate),
                       dates=(("fail", "2024"),), anchors=(subject,))
    return contradict.Side(ref, text, actor, actor.title(), "assert", prop)


def test_sides_round_trip_through_json():
    side = _side("a", 0, numbers=("3",))
    assert side_from_json(json.loads(side_to_json(side))) == side


def test_a_new_article_is_compared_with_the_others_and_each_pair_found_once():
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, negated=True), _side("a", 40, predicate="hold")])
        removed, added = index.replace_article("b", [_side("b", 0, actor="bob")])
        index.commit()
        assert removed == []
        assert [(c.a.article_id, c.b.article_id, c.kind) for c in added] == [("a", "b", "opposite-polarity")]
        assert index.count_contradictions() == 1 and index.count_sides() == 3
        assert [c.b for c in index.contradictions("b")] == [_side("b", 0).ref]


def test_rebuilding_an_article_takes_back_its_stale_contradictions():
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, negated=True)])
        index.replace_article("b", [_side("b", 0)])
        index.replace_article("c", [_side("c", 0, actor="cy")])
        assert index.count_contradictions() == 2  # a-b and a-c; b and c agree
        removed, added = index.replace_article("a", [_side("a", 0)])  # a now agrees too: a copy of b's statement
        assert {(c.a.article_id, c.b.article_id) for c in removed} == {("a", "b"), ("a", "c")}
        assert [type(x).__name__ for x in added] == ["SameText"] and index.count_contradictions() == 0
        assert [s.ref.article_id for s in index.sides()] == ["a", "b", "c"]


def test_a_pair_sharing_no_blocking_key_is_never_compared(monkeypatch):
    compared = []
    real = contradict.Detector.compare

    def spy(self, a, b, keys=None):
        compared.append((a.ref.article_id, b.ref.article_id))
        return real(self, a, b, keys)

    monkeypatch.setattr(contradict.Detector, "compare", spy)
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, subject="dam", predicate="fail", negated=True)])
        index.replace_article("b", [_side("b", 0, subject="bridge", predicate="collapse")])
        assert not contradict.blocking_keys(_side("a", 0)) & contradict.blocking_keys(
            _side("b", 0, subject="bridge", predicate="collapse"))
        assert compared == []
        index.replace_article("c", [_side("c", 0, subject="dam", predicate="fail")])
        assert compared == [("a", "c")]  # c shares a key with a only; b is not looked at


def test_rollback_leaves_the_index_as_it_was():
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, negated=True)])
        index.commit()
        index.replace_article("a", [])
        index.rollback()
        assert [s.ref.article_id for s in index.sides()] == ["a"]


def test_the_index_persists_across_reopen(tmp_path):
    path = tmp_path / "x.statements.sqlite"
    with StatementIndex(path) as index:
        index.replace_article("a", [_side("a", 0, negated=True)])
        index.replace_article("b", [_side("b", 0)])
    with StatementIndex(path) as index:
        assert index.articles() == ["a", "b"] and index.count_contradictions() == 1
        _, added = index.replace_article("c", [_side("c", 0, actor="cy")])
        assert [(c.a.article_id, c.b.article_id) for c in added] == [("a", "c")]
    assert index_path(tmp_path / "store") == tmp_path / "store.statements.sqlite"


def test_fingerprints_leave_out_the_position_only():
    from kg.statement_index import fingerprint

    assert fingerprint(_side("a", 0)) == fingerprint(_side("b", 70))
    assert fingerprint(_side("a", 0)) != fingerprint(_side("a", 0, actor="bob"))
    assert fingerprint(_side("a", 0)) != fingerprint(_side("a", 0, negated=True))


def test_a_remembered_comparison_gives_what_comparing_again_gives(monkeypatch):
    """An article built again: its comparisons with the others are reused, placed at the new offsets."""
    def statements(article, start, negated, actor="anna"):
        return [_side(article, start, negated=negated, actor=actor),
                _side(article, start + 40, subject="bridge", predicate="stand", actor=actor)]

    compared = []
    real = contradict.Detector.compare
    monkeypatch.setattr(contradict.Detector, "compare",
                        lambda self, a, b, keys=None: compared.append(1) or real(self, a, b, keys))
    with StatementIndex(None) as index:
        index.replace_article("a", statements("a", 0, True))
        _, first = index.replace_article("b", statements("b", 10, False, actor="bob"))
        calls = len(compared)
        _, again = index.replace_article("b", statements("b", 25, False, actor="bob"))  # b moved in its article
    assert calls and len(compared) == calls  # nothing compared anew
    assert [c.kind for c in again] == [c.kind for c in first] == ["opposite-polarity"]
    (c,) = again
    assert (c.a, c.b) == (_side("a", 0).ref, _side("b", 25).ref) and c.rule == "negated-proposition"
    # The evidence lies where the words are in each statement, the same as a fresh comparison puts it.
    fresh = contradict.compare(statements("a", 0, True)[0], statements("b", 25, False, actor="bob")[0])
    assert (c.evidence_a, c.evidence_b, c.explanation) == (fresh.evidence_a, fresh.evidence_b, fresh.explanation)


def test_a_reprinted_statement_is_a_copy_and_its_contradiction_is_drawn_once():
    from kg.types import SameText

    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, negated=True)])
        _, first = index.replace_article("b", [_side("b", 10)])
        _, again = index.replace_article("c", [_side("c", 25)])  # b's statement, reprinted by the same speaker
        assert [type(x).__name__ for x in first] == ["Contradiction"]
        assert again == [SameText(_side("c", 25).ref, _side("b", 10).ref)]
        assert index.count_contradictions() == 1 and list(index.same_text()) == again
        # b rebuilt with other words: the copy in c stands in for the statement it repeated, and is compared.
        removed, added = index.replace_article("b", [_side("b", 10, subject="bridge", predicate="stand")])
        assert SameText(_side("c", 25).ref, _side("b", 10).ref) in removed
        assert [(x.a.article_id, x.b.article_id) for x in added] == [("a", "c")]
        assert list(index.same_text()) == []


def test_near_duplicate_articles_share_copies_and_are_not_compared_with_each_other():
    from kg.statement_index import article_shingles
    from kg.types import SameText

    body = " ".join(f"The council met on day {i} and the mayor spoke about the budget of the city." for i in range(40))
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0)], shingles=article_shingles(body))
        # A re-post with another byline (another actor) and one sentence changed, negated.
        _, added = index.replace_article(
            "b", [_side("b", 0, actor="bob"), _side("b", 50, subject="dam", predicate="fail", negated=True,
                                                    actor="bob")], shingles=article_shingles(body + " One more."))
        assert added == [SameText(_side("b", 0).ref, _side("a", 0).ref)]  # same text, though another speaker
        assert index.count_contradictions() == 0  # near duplicates: a re-post's edits are no contradiction
        _, added = index.replace_article("c", [_side("c", 0, actor="cy")], shingles=article_shingles("Other words."))
        assert [(x.a.article_id, x.b.article_id) for x in added] == [("b", "c")]


def test_an_index_from_before_fingerprints_is_upgraded(tmp_path):
    import sqlite3

    path = tmp_path / "old.statements.sqlite"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE sides (id INTEGER PRIMARY KEY, article TEXT NOT NULL, start INTEGER NOT NULL,
                            stop INTEGER NOT NULL, side TEXT NOT NULL, UNIQUE (article, start, stop));
        CREATE TABLE side_keys (key TEXT NOT NULL, side INTEGER NOT NULL, article TEXT NOT NULL,
                                PRIMARY KEY (key, side)) WITHOUT ROWID;
        PRAGMA user_version=1;""")
    with StatementIndex(None) as scratch:  # the keys a version-1 index held for this statement
        scratch.replace_article("a", [_side("a", 0, negated=True)])
        keys = [r[0] for r in scratch._db.execute("SELECT key FROM side_keys")]
    old.execute("INSERT INTO sides VALUES (1, 'a', 0, 20, ?)", (side_to_json(_side("a", 0, negated=True)),))
    old.executemany("INSERT INTO side_keys VALUES (?, 1, 'a')", [(k,) for k in keys])
    old.commit()
    old.close()
    with StatementIndex(path) as index:
        _, added = index.replace_article("b", [_side("b", 0)])
        assert [(c.a.article_id, c.b.article_id) for c in added] == [("a", "b")]
        assert index._db.execute("SELECT count(*) FROM sides WHERE fingerprint IS NULL").fetchone()[0] == 0
        assert index._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        roles = dict(index._db.execute("SELECT key, role FROM side_keys WHERE article = 'a'").fetchall())
        # keyed anew by its anchor ("dam"): a negated clause (the first side of its "content" bucket), dated but not a
        # birth (the second side in "life"); "fail" is no event that happens once, so it has no "date" key
        assert roles == {'["content","dam","fail"]': contradict.FIRST, '["life","dam"]': contradict.SECOND,
                         '["pred","dam","fail"]': None}


def test_articles_are_paired_only_through_anchors_and_keys_of_their_rules(monkeypatch):
    """Across articles two statements are compared only when they share a key, whose handle is an anchor both name
    (the seed's statements split into two articles, a statement and its neighbour in different ones)."""
    from dataclasses import replace

    from kg.contradiction_rules.features import anchors_agree
    from tests.seed_build import seed_analysis

    resolved, _ = seed_analysis()
    sides = contradict.sides_of(resolved)
    moved = [replace(s, ref=replace(s.ref, article_id="other")) if i % 2 else s for i, s in enumerate(sides)]
    by_ref = {s.ref: s for s in moved}
    compared = []
    real = contradict.Detector.compare
    monkeypatch.setattr(contradict.Detector, "compare", lambda self, a, b, keys=None: compared.append(
        (frozenset((a.ref, b.ref)), frozenset(keys))) or real(self, a, b, keys))
    with StatementIndex(None) as index:
        for article in (sides[0].ref.article_id, "other"):
            index.replace_article(article, [s for s in moved if s.ref.article_id == article])
    assert compared
    for pair, keys in compared:
        a, b = (by_ref[r] for r in pair)
        assert a.ref.article_id != b.ref.article_id and anchors_agree(a, b)
        shared = contradict.blocking_keys(a) & contradict.blocking_keys(b)
        assert keys == {k[0] for k in shared if contradict.roles_pair(contradict.pairing_role(k, a),
                                                                      contradict.pairing_role(k, b))}
        assert all(k[1] in contradict.side_anchors(a) for k in shared)


def _cross_pairs(store):
    rows = store.query("""
        PREFIX cg: <https://w3id.org/claimgraph/ontology#>
        PREFIX schema: <http://schema.org/>
        SELECT ?ta ?tb WHERE { GRAPH ?g { ?a cg:contradicts ?b } ?a cg:inArticle ?x . ?b cg:inArticle ?y .
                               FILTER(?x != ?y) ?a schema:text ?ta . ?b schema:text ?tb }""")
    return {(str(r["ta"]), str(r["tb"])) for r in rows}


def test_a_rebuilt_article_loses_its_stale_contradictions_in_the_store(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (src / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        first = build([src], store)
        assert first.cross_article_contradictions >= 1
        assert ("no villages near Kessel were flooded", "several villages near Kessel were flooded overnight") in \
            _cross_pairs(store)
        before = len(list(store.quads(contradiction_graph())))
        # The same article again (forced) gives the same contradictions graph, not a second copy.
        assert build([src], store, force=True).cross_article_contradictions == first.cross_article_contradictions
        assert len(list(store.quads(contradiction_graph()))) == before
        # A rewritten article A that no longer contradicts B: its old contradictions leave the store.
        (src / "a.txt").write_text("Minister praises rescue teams\n\nThe minister said rescue teams worked hard.\n",
                                   encoding="utf-8")
        second = build([src], store)
        assert second.articles == 1 and second.cross_article_contradictions == 0
        assert _cross_pairs(store) == set()
        assert list(store.quads(contradiction_graph())) == []
    assert index_path(tmp_path / "s" / "store").is_file()


def test_update_cross_article_fills_the_index_from_given_statements(tmp_path):
    from kg.pipeline import update_cross_article

    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        sides = [_side("b", 0), _side("a", 0, negated=True), _side("c", 0, subject="bridge", predicate="collapse")]
        assert update_cross_article(store, sides) == 1
        assert update_cross_article(store) == 1  # again from the index alone: the same
        assert len(list(store.quads(contradiction_graph()))) > 0


def test_a_store_built_before_the_index_is_migrated_once(tmp_path):
    from dataclasses import asdict

    from kg.pipeline import _migrate_json_sides

    (tmp_path / "s").mkdir()
    old = tmp_path / "s" / "store.statements"
    old.mkdir()
    (old / "a.json").write_text(json.dumps([asdict(_side("a", 0, negated=True))]), encoding="utf-8")
    (old / "b.json").write_text(json.dumps([asdict(_side("b", 0))]), encoding="utf-8")
    with Store(tmp_path / "s" / "store") as store:
        _migrate_json_sides(store)
        assert len(list(store.quads(contradiction_graph()))) > 0
    with StatementIndex(index_path(tmp_path / "s" / "store")) as index:
        assert index.articles() == ["a", "b"] and index.count_contradictions() == 1
    assert (old / "MIGRATED").exists()


def test_a_key_shared_by_more_statements_than_the_cap_pairs_nothing():
    with StatementIndex(None) as index:
        index.replace_article("a", [_side("a", 0, negated=True)])
        index.replace_article("b", [_side("b", 0, actor="bob", predicate="hold")])
        _, added = index.replace_article("c", [_side("c", 0, actor="cy")], max_bucket=1)
        assert added == []
        _, added = index.replace_article("c", [_side("c", 0, actor="cy")])
        assert [c.kind for c in added] == ["opposite-polarity"]


def test_new_proposition_fields_round_trip_through_json():
    ref = StatementRef("a", 0, 20)
    prop = Proposition("ostra", "film", ("horror", "film"), attributes=("film",), modifiers=(("film", "horror"),),
                       passive=True)
    side = contradict.Side(ref, "Ostra is a horror film", "anna", "Anna", "assert", prop)
    assert side_from_json(json.loads(side_to_json(side))) == side


def test_the_stored_json_is_the_asdict_form_so_old_fingerprints_still_match():
    from dataclasses import asdict

    from kg.statement_index import fingerprint

    ref = StatementRef("a", 0, 20)
    prop = Proposition("ostra", "film", ("horror", "film"), numbers=("3",), dates=(("bear", "1947"),),
                       modifiers=(("film", "horror"),), passive=True)
    side = contradict.Side(ref, "Ostra is a \u201chorror\u201d film", "anna", "Anna", "assert", prop)
    assert side_to_json(side) == json.dumps(asdict(side), ensure_ascii=False, separators=(",", ":"))
    content = asdict(side)
    del content["ref"]
    import hashlib
    digest = hashlib.blake2b(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode(), digest_size=8)
    assert fingerprint(side) == int.from_bytes(digest.digest(), "big", signed=True)


def test_two_positive_statements_sharing_only_a_negation_key_are_not_compared(monkeypatch):
    def positive(article, predicate):
        text = f"the dam will {predicate} water"
        prop = Proposition("dam", predicate, ("water",), False, None, (), (), ("dam", predicate, "water"),
                           dates=((predicate, "2024"),), anchors=("dam",))
        return contradict.Side(StatementRef(article, 0, len(text)), text, "anna", "Anna", "assert", prop)

    holds, leaks = positive("b", "hold"), positive("c", "leak")
    shared = contradict.blocking_keys(holds) & contradict.blocking_keys(leaks)
    # shared words, but neither a negation, a birth, a debunk nor a debunking headline: all take the second side
    assert {k[0] for k in shared} == {"content", "life"}
    compared = []
    monkeypatch.setattr(contradict.Detector, "compare", lambda self, a, b, keys=None: compared.append((a.ref, b.ref)))
    list(contradict.find_contradictions([holds, leaks]))
    with StatementIndex(None) as index:
        index.replace_article("b", [holds])
        index.replace_article("c", [leaks])
    assert compared == []
