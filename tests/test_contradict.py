"""Contradiction rules on hand-made propositions, on sentences parsed by the pinned model, and the blocking."""
from __future__ import annotations

import pytest

from kg import contradict
from kg.contradict import Side, blocking_keys, categories_exclusive, compare, find_contradictions, stance
from kg.types import Proposition, StatementRef


def side(text, *, actor="a", article="art1", act="assert", start=0, **prop) -> Side:
    ref = StatementRef(article, start, start + len(text))
    return Side(ref, text, actor, actor.title(), act, Proposition(**prop))


# ---------------------------------------------------------------- rules on hand-made records

def test_opposite_polarity_same_clause():
    a = side("The dam has failed", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    b = side("The dam has not failed", actor="b", subject="dam", predicate="fail", negated=True,
             lemmas=("dam", "fail"))
    found = compare(a, b)
    assert found is not None and found.kind == "opposite-polarity"
    assert found.evidence_a.text and found.evidence_b.text and found.explanation


def test_denial_against_assertion():
    a = side("the dam has failed", act="deny", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    b = side("The dam has failed", actor="b", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    assert stance(a) == -1
    found = compare(a, b)
    assert found is not None and found.kind == "denial"


def test_different_subjects_do_not_contradict():
    a = side("The dam has failed", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    b = side("The bridge has not failed", actor="b", subject="bridge", predicate="fail", negated=True,
             lemmas=("bridge", "fail"))
    assert compare(a, b) is None


def test_negation_of_something_else_is_no_contradiction():
    a = side("SpongeBob is a French series", subject="spongebob", predicate="series",
             arguments=("french", "series"), attributes=("series",), lemmas=("spongebob", "french", "series"))
    b = side("SpongeBob is not an American series", actor="b", subject="spongebob", predicate="series", negated=True,
             arguments=("american", "series"), attributes=("series",), lemmas=("spongebob", "american", "series"))
    assert compare(a, b) is None


def test_antonym_family():
    a = side("Prices rose", subject="price", predicate="rise", lemmas=("price", "rise"))
    b = side("Prices fell", actor="b", subject="price", predicate="fall", lemmas=("price", "fall"))
    found = compare(a, b)
    assert found is not None and found.kind == "antonym"


def test_category_clash_and_compatible_roles():
    film = side("Heat is a film", subject="heat", predicate="film", attributes=("film",), lemmas=("heat", "film"))
    book = side("Heat is a book", actor="b", subject="heat", predicate="book", attributes=("book",),
                lemmas=("heat", "book"))
    found = compare(film, book)
    assert found is not None and found.kind == "antonym"
    assert categories_exclusive("city", "county") and not categories_exclusive("singer", "actor")
    singer = side("Ann is a singer", subject="ann", predicate="singer", attributes=("singer",), lemmas=("ann", "singer"))
    actor = side("Ann is an actor", actor="b", subject="ann", predicate="actor", attributes=("actor",),
                 lemmas=("ann", "actor"))
    assert compare(singer, actor) is None


def test_date_clash_needs_the_same_event_and_a_real_difference():
    a = side("Ann was born on 3 May 1950", subject="ann", predicate="bear", dates=(("bear", "3 May 1950"),),
             lemmas=("ann", "bear"))
    b = side("Ann was born in 1962", actor="b", subject="ann", predicate="bear", dates=(("bear", "1962"),),
             lemmas=("ann", "bear"))
    c = side("Ann was born in May", actor="c", subject="ann", predicate="bear", dates=(("bear", "May"),),
             lemmas=("ann", "bear"))
    assert compare(a, b).kind == "numeric"
    assert compare(a, c) is None


def test_numbers_written_differently_agree():
    a = side("The club has 10 members", subject="club", predicate="have", arguments=("member",),
             numbers=("10",), lemmas=("club", "member"))
    b = side("The club has ten members", actor="b", subject="club", predicate="have", arguments=("member",),
             numbers=("ten",), lemmas=("club", "member"))
    c = side("The club has 12 members", actor="c", subject="club", predicate="have", arguments=("member",),
             numbers=("12",), lemmas=("club", "member"))
    assert compare(a, b) is None
    assert compare(a, c).kind == "numeric"


def test_blocking_never_compares_pairs_without_a_shared_key(monkeypatch):
    a = side("The dam has failed", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    b = side("Prices rose sharply", actor="b", start=100, subject="price", predicate="rise", lemmas=("price", "rise"))
    assert not blocking_keys(a) & blocking_keys(b)
    calls = []
    monkeypatch.setattr(contradict, "compare", lambda x, y: calls.append((x, y)))
    assert list(find_contradictions([a, b])) == []
    assert calls == []


def test_same_speaker_in_one_article_is_not_compared():
    a = side("The dam has failed", subject="dam", predicate="fail", lemmas=("dam", "fail"))
    b = side("The dam has not failed", start=50, subject="dam", predicate="fail", negated=True, lemmas=("dam", "fail"))
    assert list(find_contradictions([a, b])) == []
    b2 = side("The dam has not failed", actor="b", start=50, subject="dam", predicate="fail", negated=True,
              lemmas=("dam", "fail"))
    assert len(list(find_contradictions([a, b2]))) == 1


# ---------------------------------------------------------------- real text on the pinned model

@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_model

    return load_model()


def _decide(nlp, premise, hypothesis):
    from kg.compare import decide

    found, _, _ = decide(nlp(premise), nlp(hypothesis))
    return found


@pytest.mark.parametrize("premise, hypothesis, kind", [
    ("The mayor opened the new bridge on Monday.", "The mayor did not open the new bridge.", "opposite-polarity"),
    ("Maria Lopez has sung for the Vienna opera and the Paris opera.", "Maria Lopez refused to sing for the Paris opera.",
     "opposite-polarity"),
    ("The harbour tunnel is a novel by Tom Reyes.", "The harbour tunnel is a film.", "antonym"),
    ("Jan Kowal was born on 4 March 1961 in Gdansk.", "Jan Kowal was born in 1975.", "numeric"),
    ("The company denied that its factory polluted the river.", "The factory polluted the river.", "denial"),
])
def test_real_contradictions(nlp, premise, hypothesis, kind):
    found = _decide(nlp, premise, hypothesis)
    assert found is not None, (premise, hypothesis)
    assert found.kind == kind


@pytest.mark.parametrize("premise, hypothesis", [
    ("The mayor opened the new bridge on Monday.", "The mayor opened a bridge."),
    ("Maria Lopez has sung for Vienna but declined to sing for the Paris opera.",
     "Maria Lopez refused to sing for the Paris opera."),
    ("The harbour tunnel is a novel by Tom Reyes.", "Tom Reyes is a writer."),
    ("Jan Kowal was born on 4 March 1961 in Gdansk.", "Jan Kowal was born in March."),
    ("Anna Berg is a singer and actress.", "Anna Berg is an actress."),
    ("The storm hit the coast of Norway.", "The minister did not visit the coast."),
])
def test_real_non_contradictions(nlp, premise, hypothesis):
    assert _decide(nlp, premise, hypothesis) is None


@pytest.mark.parametrize("premise, hypothesis, kind", [
    ("Lena Ortiz is an Argentine painter.", "Lena Ortiz is a Swedish painter.", "antonym"),
    ("The river port of Vell is a town in Norway.", "The river port of Vell is a county.", "antonym"),
    ("The council passed the housing plan on Tuesday.", "The housing plan was rejected by the council.", "antonym"),
    ("Omar Haddad lives in Canada with his family.", "Omar Haddad lives in Japan.", "exclusive-events"),
])
def test_real_contradictions_of_other_kinds(nlp, premise, hypothesis, kind):
    found = _decide(nlp, premise, hypothesis)
    assert found is not None, (premise, hypothesis)
    assert found.kind == kind


@pytest.mark.parametrize("premise, hypothesis", [
    ("Lena Ortiz is an Argentine and Spanish painter.", "Lena Ortiz is a Spanish painter."),
    ("The council passed the housing plan on Tuesday.", "The council rejected the new stadium."),
    ("US troops were attacked near Kirkuk.", "Insurgents attacked polling stations in Iraq."),
    ("The firm produced an engine with no moving parts.", "The firm has no moving parts."),
    ("The bridge was opened without the mayor.", "The mayor opened the bridge."),
])
def test_real_non_contradictions_of_other_kinds(nlp, premise, hypothesis):
    assert _decide(nlp, premise, hypothesis) is None


def test_passive_with_agent_is_normalised_like_the_active(nlp):
    from kg.propositions import proposition

    active = proposition(list(nlp("The council rejected the plan.")))
    passive = proposition(list(nlp("The plan was rejected by the council.")))
    assert active.subject == passive.subject == "council"
    assert "plan" in passive.arguments and active.predicate == passive.predicate == "reject"


def test_negative_implicatives_negate_their_complement(nlp):
    from kg.propositions import proposition

    for text in ("Ann refused to sign the letter.", "Ann has yet to sign the letter.",
                 "Ann was unable to sign the letter."):
        p = proposition(list(nlp(text)))
        assert p.predicate == "sign" and p.negated, text
    assert not proposition(list(nlp("Ann did not refuse to sign the letter."))).negated
