"""Tests for kg.ingest: reading files, removing page furniture, offsets back to the raw input."""
from __future__ import annotations

import hashlib
import json
import shutil
import socket
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import (
    clean_text,
    iter_articles,
    parse_furniture,
    split_names,
    to_clean_offset,
    to_raw_offset,
)
from kg.types import Article, InputProblem

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_b091de30a194406f.txt"
SEED_GOLD = ROOT / "seeds" / "000_b091de30a194406f.gold.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
HTML_PAGE = FIXTURES / "kyiv_air_defences.html"
WIRE = FIXTURES / "wire.jsonl"

BODY = "The mayor said on Monday that the city would stay under curfew until the weekend."


def _articles(items):
    return [item for item in items if isinstance(item, Article)]


def _problems(items):
    return [item for item in items if isinstance(item, InputProblem) and not item.skipped]


def _skipped(items):
    return [item for item in items if isinstance(item, InputProblem) and item.skipped]


def _assert_segments_map_back(article: Article, raw: str) -> None:
    for paragraph in article.paragraphs:
        start = to_raw_offset(article, paragraph.start)
        assert raw[start:start + len(paragraph.text)] == paragraph.text
        assert to_raw_offset(article, paragraph.end) == start + len(paragraph.text)
        assert to_clean_offset(article, start) == paragraph.start


def _body_with(line: str) -> str:
    return f"{BODY}\n{line}\nThe curfew was first imposed after the attack on the power station."


# --------------------------------------------------------------------------------------------------------------------
# The seed article
# --------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    items = list(iter_articles([SEED]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_id_title_authors_source(seed):
    assert seed.id == "000_b091de30a194406f"
    assert seed.source == str(SEED)
    assert seed.title == "Moscow denies Russian forces are bombing Ukrainian cities"
    assert seed.paragraphs[0].text == seed.title
    assert seed.text.startswith(seed.title + "\n\n")
    assert seed.authors == ("Naira Davlashyan", "Orlando Crowcroft")


def test_seed_furniture_is_gone(seed, gold):
    for item in gold["not_claims"]:
        assert item["text"] not in seed.text, item["why"]
    for furniture in ("Pro-Ukraine people", "Copyright", "Naira", "Share this article", "Close Button",
                      "ADVERTISEMENT", "You might also like", "Russian forces gain ground in eastern Ukraine",
                      "long-range missiles"):
        assert furniture not in seed.text


def test_seed_keeps_every_claim_and_reported_statement(seed, gold):
    for claim in gold["claims"]:
        assert claim["content"]["text"] in seed.text, claim["id"]
    for reported in gold["reported_by_article"]:
        assert reported["content"]["text"] in seed.text, reported["id"]
    assert seed.paragraphs[-1].text.endswith("There is no threat to the civilian population.\"")
    assert len(seed.paragraphs) == 14


def test_seed_paragraph_spans_and_text(seed):
    assert "\n\n".join(paragraph.text for paragraph in seed.paragraphs) == seed.text
    for paragraph in seed.paragraphs:
        assert seed.text[paragraph.start:paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip() and "\n" not in paragraph.text
    assert seed.content_hash == hashlib.sha256(seed.text.encode("utf-8")).hexdigest()


def test_seed_segments_map_back_to_raw(seed):
    _assert_segments_map_back(seed, SEED.read_text(encoding="utf-8"))


def test_seed_gold_offsets_are_raw_offsets(seed, gold):
    """The gold file's offsets are into the raw file: cleaned offsets must map onto them exactly."""
    for claim in gold["claims"]:
        content = claim["content"]
        clean_start = seed.text.index(content["text"])
        assert to_raw_offset(seed, clean_start) == content["start"], claim["id"]
        assert to_raw_offset(seed, clean_start + len(content["text"])) == content["end"], claim["id"]
        assert to_clean_offset(seed, content["start"]) == clean_start, claim["id"]


def test_seed_removed_text_has_no_clean_offset(seed):
    raw = SEED.read_text(encoding="utf-8")
    for removed in ("Pro-Ukraine people", "Naira Davlashyan", "ADVERTISEMENT", "You might also like"):
        assert to_clean_offset(seed, raw.index(removed)) is None


# --------------------------------------------------------------------------------------------------------------------
# clean_text
# --------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "Skip to content",
        "Sign up for our newsletter",
        "Sign up for our daily briefing newsletter",
        "Follow us on Twitter and Facebook",
        "Share this articleComments",
        "Share this articleClose Button",
        "Share on WhatsApp",
        "Image caption, Residents queued for bread in Kharkiv",
        "Image source, Getty Images",
        "Getty Images",
        "Photo: Reuters/Gleb Garanich",
        "Francisco Seco/AP",
        "(Photo by Aris Messinis/AFP via Getty Images)",
        "Copyright Francisco Seco/Copyright 2022 The Associated Press. All rights reserved",
        "© 2022 Example News",
        "Updated: 24/02/2022 - 13:47",
        "Published 24 February 2022",
        "Read more: Ukraine war latest",
        "3 min read",
        "* * *",
        "https://example.com/story",
        "Story continues below advertisement",
    ],
)
def test_furniture_lines_are_dropped(line):
    article = clean_text(_body_with(line), article_id="a")
    assert line not in article.text
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "By Thursday, Russian troops had reached the outskirts of Kyiv.",
        "Copyright law in the EU changed in 2019, the lawyer said.",
        "Reuters reported that the talks had failed.",
        "Related talks will be held on Monday.",
        "More than 100,000 people have fled.",
        "Share prices fell sharply in Moscow.",
        "Updated figures showed 40 deaths.",
        "Published in 2014, the report found nothing.",
        "Follow the money, he said.",
        "Photo agencies were not allowed into the city",
        "Source: a senior official in the ministry",
        "Advertisement revenue fell by half, the company said.",
        "He said the advertisement was misleading.",
        "Most read newspapers in Russia are state-owned.",
    ],
)
def test_real_paragraphs_are_kept(line):
    article = clean_text(_body_with(line), article_id="a")
    assert line in [paragraph.text for paragraph in article.paragraphs]
    assert len(article.paragraphs) == 3
    assert article.authors == ()


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Naira DavlashyanOrlando Crowcroft", ("Naira Davlashyan", "Orlando Crowcroft")),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("By Jane Doe, John Smith and Ann Lee", ("Jane Doe", "John Smith", "Ann Lee")),
        ("By Jane Doe | Updated 2 hours ago", ("Jane Doe",)),
        ("By Jane Doe and agencies", ("Jane Doe",)),
        ("BY JANE DOE AND JOHN SMITH", ("Jane Doe", "John Smith")),
        ("Written by Ludwig van Beethoven", ("Ludwig van Beethoven",)),
        ("By Ian McDonald", ("Ian McDonald",)),
        ("By Jeff VanderMeer", ("Jeff VanderMeer",)),
    ],
)
def test_byline_is_removed_and_kept_as_authors(byline, authors):
    article = clean_text(_body_with(byline), article_id="a")
    assert byline not in article.text
    assert article.authors == authors


def test_metadata_authors_come_before_byline_authors():
    article = clean_text(_body_with("By John Smith"), article_id="a", authors=["Jane Doe", "John Smith"])
    assert article.authors == ("Jane Doe", "John Smith")


def test_split_names_rejects_non_names():
    assert split_names("the end of the day") == ()
    assert split_names("2022 Jane Doe") == ()
    assert split_names("Naira DavlashyanOrlando Crowcroft") == ("Naira Davlashyan", "Orlando Crowcroft")


def test_caption_repeated_with_credit_drops_both_copies():
    caption = "Protesters gather outside the embassy in Vilnius on Friday, Feb. 25, 2022."
    raw = f"Embassy protest grows\n{caption}\n{caption} Photo: Mindaugas Kulbis/AP\n{BODY}"
    article = clean_text(raw, article_id="a")
    assert "Protesters gather" not in article.text
    assert article.text == f"Embassy protest grows\n\n{BODY}"


def test_exact_duplicate_keeps_first_copy():
    quote = '"We will not leave," the mayor said in a statement on Friday evening.'
    article = clean_text(f"{BODY}\n{quote}\nMore people arrived overnight at the station.\n{quote}", article_id="a")
    assert article.text.count(quote) == 1
    assert article.paragraphs[1].text == quote


def test_stop_at_drops_the_trailing_section():
    raw = f"{BODY}\nYou might also like\nTen things to know about sanctions\nMost read\nOil passes $100"
    article = clean_text(raw, article_id="a")
    assert article.text == BODY


def test_stop_at_before_the_body_drops_only_the_heading():
    raw = f"Related\nKyiv braces for attack\n{BODY}"
    article = clean_text(raw, article_id="a")
    assert article.text == f"Kyiv braces for attack\n\n{BODY}"
    assert article.title == "Kyiv braces for attack"


def test_single_line_breaks_and_blank_lines_both_separate_paragraphs():
    raw = "  Headline here  \r\n\r\nFirst paragraph ends here.\r\nSecond paragraph ends here.\n\n\n   Third one.  \n"
    article = clean_text(raw, article_id="a")
    assert [p.text for p in article.paragraphs] == [
        "Headline here", "First paragraph ends here.", "Second paragraph ends here.", "Third one."
    ]
    _assert_segments_map_back(article, raw)


def test_first_paragraph_is_a_title_only_when_it_looks_like_one():
    assert clean_text(f"Kyiv under curfew\n{BODY}", article_id="a").title == "Kyiv under curfew"
    assert clean_text(f"Is Kyiv safe?\n{BODY}", article_id="a").title == "Is Kyiv safe?"
    assert clean_text(f"{BODY}\nKyiv under curfew", article_id="a").title is None
    long_line = " ".join(["word"] * 30)
    assert clean_text(f"{long_line}\n{BODY}", article_id="a").title is None


def test_given_title_not_in_text_is_not_prepended():
    article = clean_text(BODY, article_id="a", title="Curfew in Kyiv")
    assert article.title == "Curfew in Kyiv"
    assert article.text == BODY
    assert article.paragraphs[0].start == 0


def test_given_title_that_starts_the_text_is_the_first_paragraph():
    article = clean_text(f"Curfew in  Kyiv\n{BODY}", article_id="a", title="curfew in Kyiv")
    assert article.title == "Curfew in  Kyiv"
    assert article.paragraphs[0].text == article.title


def test_markdown_heading_marks_are_not_text():
    raw = f"# Curfew in Kyiv\n\n{BODY}"
    article = clean_text(raw, article_id="a")
    assert article.title == "Curfew in Kyiv"
    _assert_segments_map_back(article, raw)


def test_nothing_left_raises_input_error():
    with pytest.raises(InputError, match="no article text left"):
        clean_text("ADVERTISEMENT\nShare this article\n\n", article_id="a")


def test_offsets_between_paragraphs_and_out_of_range():
    raw = f"Curfew in Kyiv\n\n\n{BODY}"
    article = clean_text(raw, article_id="a")
    gap = article.paragraphs[0].end + 1
    assert to_raw_offset(article, gap) == len("Curfew in Kyiv")
    assert to_clean_offset(article, raw.index(BODY) - 1) is None
    with pytest.raises(ValueError):
        to_raw_offset(article, len(article.text) + 1)
    with pytest.raises(ValueError):
        to_raw_offset(article, -1)


# --------------------------------------------------------------------------------------------------------------------
# Furniture data file
# --------------------------------------------------------------------------------------------------------------------


def test_furniture_file_has_every_section():
    text = (ROOT / "kg" / "data" / "furniture.txt").read_text(encoding="utf-8")
    sections = parse_furniture(text)
    assert set(sections) == {"drop-line", "credit", "stop-at", "byline"}
    assert all(sections.values())
    assert all("names" in pattern.groupindex for pattern in sections["byline"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("advertisement\n", "line 1: pattern before any"),
        ("[drop-line]\n# comment\n(unclosed\n", "line 3: bad regular expression"),
        ("[byline]\nBy (.+)\n", "line 2: a [byline] pattern needs"),
    ],
)
def test_parse_furniture_errors_name_the_line(text, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        parse_furniture(text)


# --------------------------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_html_page_main_text_and_metadata(no_network):
    items = list(iter_articles([HTML_PAGE]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    article = items[0]
    assert article.id == "kyiv_air_defences"
    assert article.title == "Kyiv says air defences held overnight"
    assert article.paragraphs[0].text == article.title
    assert article.authors == ("Jane Doe",)
    assert article.date == "2022-02-25"
    assert article.url == "https://news.example.com/world/kyiv-air-defences"
    assert "a spokesman for the air force told reporters in Kyiv" in article.text
    assert article.text.endswith("until Monday morning.")
    assert len(article.paragraphs) == 5
    for furniture in ("Skip to content", "Home", "Sport", "ADVERTISEMENT", "Share this article", "Most read",
                      "Markets tumble", "Privacy policy", "All rights reserved", "cookies", "By Jane Doe"):
        assert furniture not in article.text


def test_html_page_without_article_text(tmp_path, no_network):
    page = tmp_path / "nav_only.html"
    page.write_text('<html><head><title>Menu | Site</title></head><body><nav><a href="/">Home</a></nav></body></html>')
    items = list(iter_articles([page]))
    assert items == [InputProblem(str(page), "HTML page has no article text")]


# --------------------------------------------------------------------------------------------------------------------
# JSONL
# --------------------------------------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines():
    items = list(iter_articles([WIRE]))
    articles = _articles(items)
    problems = _problems(items)
    assert [a.id for a in articles] == ["wire-1", "wire-3", "5"]
    assert [p.message for p in problems] == [
        "line 2: not valid JSON (Expecting ',' delimiter)",
        "line 4: no 'text' field",
        "line 6: no 'id' field",
        "line 8: not a JSON object",
        "line 9: no article text left after removing page furniture",
        "line 10: duplicate id 'wire-1' (first on line 1)",
    ]
    assert all(p.source == str(WIRE) and WIRE.name in str(p) for p in problems)

    first, third, fifth = articles
    assert first.source == f"{WIRE}:1"
    assert first.title == "Kremlin denies shelling Kharkiv"
    assert first.paragraphs[0].text == first.title
    assert "ADVERTISEMENT" not in first.text
    assert (first.url, first.date, first.publisher) == ("https://wire.example.org/1", "2022-02-28", "Example Wire")
    assert first.authors == ("Jane Doe", "John Smith")

    raw_third = json.loads(WIRE.read_text(encoding="utf-8").splitlines()[2])["text"]
    assert third.title == "No title in the text"
    assert third.text == raw_third  # the given title is not prepended
    _assert_segments_map_back(third, raw_third)

    assert fifth.authors == ("Ann Lee", "Bo Chan")
    assert fifth.title is None or fifth.title == fifth.paragraphs[0].text


def test_jsonl_bad_field_types(tmp_path):
    path = tmp_path / "types.jsonl"
    records = [
        {"id": True, "text": BODY},
        {"id": "x1", "text": ["not", "text"]},
        {"id": "x2", "text": "   "},
        {"id": "x3", "text": BODY, "authors": [1, 2]},
        {"id": "x4", "text": BODY, "title": {"a": 1}},
        {"id": "x5", "text": BODY},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = list(iter_articles([path]))
    assert [str(p) for p in _problems(items)] == [
        f"{path}: line 1: 'id' must be a non-empty string or an integer",
        f"{path}: line 2: 'text' is not a string",
        f"{path}: line 3: empty 'text'",
        f"{path}: line 4: 'authors' is not a string or a list of strings",
        f"{path}: line 5: 'title' is not a string",
    ]
    assert [a.id for a in _articles(items)] == ["x5"]


# --------------------------------------------------------------------------------------------------------------------
# Files and directories
# --------------------------------------------------------------------------------------------------------------------


def test_directory_mixes_files_and_skips_non_articles(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED_GOLD, tmp_path / SEED_GOLD.name)
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(HTML_PAGE, sub / HTML_PAGE.name)
    (tmp_path / "b_note.md").write_text(f"# Curfew in Kyiv\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "c_wire.jsonl").write_text(json.dumps({"id": "j1", "text": BODY}) + "\n", encoding="utf-8")
    (tmp_path / "plain").write_text(BODY, encoding="utf-8")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")

    items = list(iter_articles([tmp_path]))
    assert _problems(items) == []
    assert [a.id for a in _articles(items)] == ["000_b091de30a194406f", "b_note", "j1", "plain",
                                                "sub/kyiv_air_defences"]
    assert sorted(Path(p.source).name for p in _skipped(items)) == [SEED_GOLD.name, "data.csv", "image.png"]
    assert all(p.message.startswith("skipped: not an article file") for p in _skipped(items))
    assert items == list(iter_articles([str(tmp_path)]))  # deterministic


def test_same_file_twice_is_read_once_and_duplicate_ids_are_reported(tmp_path):
    first = tmp_path / "one" / "story.txt"
    second = tmp_path / "two" / "story.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(BODY, encoding="utf-8")
    items = list(iter_articles([first, tmp_path / "one", second]))
    assert len(_articles(items)) == 1
    problems = _problems(items)
    assert len(problems) == 1
    assert problems[0].source == str(second) and "duplicate article id 'story'" in problems[0].message


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    raw = f"Curfew in Kyiv\n{BODY}"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    article = next(iter_articles([path]))
    assert article.title == "Curfew in Kyiv"
    assert not article.text.startswith("\ufeff")
    _assert_segments_map_back(article, raw)


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n\n", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
    "latin1.txt": ("Caf\u00e9 owners said they would stay open.".encode("latin-1"),
                   "not UTF-8 (invalid byte 0xe9 at offset 3)"),
    "utf16.txt": ("Officials said the road was closed.".encode("utf-16"), "not UTF-8 (UTF-16 byte-order mark)"),
    "broken.jsonl": (b'{"id": "j9", "text": "unterminated}\n', "line 1: not valid JSON (Unterminated string"),
    "nothing.html": (b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
                     "HTML page has no article text"),
    "furniture.txt": (b"ADVERTISEMENT\nShare this article\nSkip to content\n",
                      "no article text left after removing page furniture"),
    "report.pdf": (b"%PDF-1.4 some text", "unknown file type '.pdf'"),
    "gold.gold.json": (b"{}", "unknown file type '.json'"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_input_gives_one_problem_and_the_batch_goes_on(tmp_path, name, no_network):
    content, message = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(content)
    good_before = tmp_path / "good_before.txt"
    good_after = tmp_path / "good_after.txt"
    good_before.write_text(BODY, encoding="utf-8")
    good_after.write_text(BODY.replace("Monday", "Tuesday"), encoding="utf-8")

    items = list(iter_articles([good_before, bad, good_after]))

    problems = _problems(items)
    assert len(problems) == 1, problems
    assert name in str(problems[0])
    assert problems[0].message.startswith(message)
    assert "\n" not in str(problems[0])
    assert [a.id for a in _articles(items)] == ["good_before", "good_after"]


def test_missing_path_is_a_problem(tmp_path):
    missing = tmp_path / "gone.txt"
    items = list(iter_articles([missing, SEED]))
    assert items[0] == InputProblem(str(missing), "no such file or directory")
    assert isinstance(items[1], Article)


def test_binary_file_in_a_directory_is_reported(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc\x00def")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [type(item) for item in items] == [InputProblem, Article]
    assert "a.txt" in str(items[0]) and "binary" in str(items[0])


def test_bylines_in_the_trailing_section_are_not_authors():
    raw = f"By Jane Doe\n{BODY}\nMore from Example News\nBy John Smith\nOil passes $100"
    article = clean_text(raw, article_id="a")
    assert article.authors == ("Jane Doe",)
    assert article.text == BODY


def test_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "text": "Police said the road\u2028was closed."}, ensure_ascii=False).encode("utf-8")
    latin = '{"id": "b", "text": "Caf\u00e9 owners said they would stay open."}'.encode("latin-1")
    last = json.dumps({"id": "c", "text": "The mayor said the bridge would reopen."}).encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + latin + b"\n\n" + last + b"\n")
    items = list(iter_articles([path]))
    assert [a.id for a in _articles(items)] == ["a", "c"]
    assert _articles(items)[0].text.endswith("was closed.")  # U+2028 inside a string does not end the record
    problems = _problems(items)
    assert [p.message for p in problems] == ["line 2: not UTF-8 (invalid byte 0xe9)"]


def test_count_articles_matches_what_is_read(tmp_path):
    from kg.ingest import count_articles

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "d" / "skip.gold.json").write_text("{}", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": BODY}) for i in range(3)] + ["", "{broken"]
    (tmp_path / "d" / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths = [tmp_path / "d", tmp_path / "missing.txt", tmp_path / "d" / "a.txt"]
    assert count_articles(paths) == len(list(iter_articles(paths))) == 7  # skip.gold.json is named as skipped


# --------------------------------------------------------------------------------------------------------------------
# Inputs a scraper brings: each is its own problem, the rest of the batch is read
# --------------------------------------------------------------------------------------------------------------------


def test_symlink_loops_fifos_devices_and_undecodable_names_are_problems_and_the_rest_is_read(tmp_path):
    import os

    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "x.txt")  # reading it would block for ever
    (tmp_path / "z.txt").symlink_to("/dev/zero")  # reading it would never end
    bad_name = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / bad_name).write_text(BODY, encoding="utf-8")
    items = list(iter_articles([tmp_path, tmp_path / "a.txt"]))
    assert [a.id for a in _articles(items)] == ["good"]
    problems = {Path(p.source).name: p.message for p in _problems(items)}
    assert "symbolic links" in problems["a.txt"] and "symbolic links" in problems["b.txt"]
    assert problems["x.txt"] == "not a regular file (a FIFO), skipped"
    assert problems["z.txt"] == "not a regular file (a character device), skipped"
    assert problems["bad\\xffname.txt"] == "the file name is not UTF-8: rename the file"
    for p in _problems(items):
        str(p).encode("utf-8")  # printable on any terminal: no surrogate left in the message


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads a folder whatever its mode")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(iter_articles([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [a.id for a in _articles(items)] == ["good"]
    assert [p.message.split(" (")[0] for p in _problems(items)] == ["cannot read folder"]


def test_a_folder_that_vanishes_while_walked_is_reported(tmp_path):
    """The report for an unreadable folder, made real without root's exemption: os.walk's error for a folder that
    cannot be listed (here one that is gone when it is listed)."""
    from kg.ingest import _walk

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone" / "c.txt").write_text(BODY, encoding="utf-8")
    walk = _walk(tmp_path)
    assert next(walk) == (tmp_path / "a.txt", None)  # the top folder is listed, "gone" among its folders
    shutil.rmtree(tmp_path / "gone")
    assert list(walk) == [(tmp_path / "gone", "cannot read folder (No such file or directory)")]


def test_unpaired_surrogates_in_jsonl_text_are_replaced_and_in_an_id_are_the_line_s_problem(tmp_path):
    lines = ['{"id":"a","text":"The minister said \\ud800 the bridge would open on Monday."}',
             '{"id":"b\\udc00","text":"' + BODY + '"}',
             json.dumps({"id": "c", "text": BODY})]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([tmp_path / "s.jsonl"]))
    articles = _articles(items)
    assert [a.id for a in articles] == ["a", "c"]
    assert "\ufffd" in articles[0].text
    articles[0].text.encode("utf-8")
    assert [str(p).split(": ", 1)[1] for p in _problems(items)] == [
        "line 2: 'id' is not valid Unicode (an unpaired surrogate escape such as \\ud800)"]


def test_files_in_two_folders_with_one_name_are_two_articles(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(BODY, encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [a.id for a in _articles(items)] == ["a/index", "b/index"]


def test_an_input_over_the_size_limit_is_reported_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_INPUT_MB", "0.001")  # 1,000 bytes
    (tmp_path / "big.txt").write_text(BODY * 20, encoding="utf-8")
    (tmp_path / "small.txt").write_text(BODY, encoding="utf-8")
    long_line = json.dumps({"id": "long", "text": BODY * 20})
    (tmp_path / "w.jsonl").write_text(long_line + "\n" + json.dumps({"id": "short", "text": BODY}) + "\n",
                                      encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [a.id for a in _articles(items)] == ["small", "short"]
    messages = [p.message for p in _problems(items)]
    assert messages[0].startswith("too large (0.0 MB; the limit for one article is 0 MB")
    assert messages[1] == "line 1: line too long (over 0 MB, the limit set by $KG_MAX_INPUT_MB)"


def test_a_huge_paragraph_is_parsed_in_pieces_that_cover_it(tmp_path):
    from kg.ingest import MAX_PARAGRAPH_CHARS

    wall = "The minister said the bridge would open on Monday. " * (3 * MAX_PARAGRAPH_CHARS // 50)
    article = clean_text(wall, article_id="wall")
    assert len(article.paragraphs) > 3
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in article.paragraphs)
    assert "".join(p.text for p in article.paragraphs) == article.text
    assert all(article.text[p.start:p.end] == p.text for p in article.paragraphs)
    assert all(p.text.endswith(". ") or p is article.paragraphs[-1] for p in article.paragraphs)


def test_a_text_file_larger_than_a_part_is_read_in_parts_at_paragraph_ends(tmp_path):
    from kg.ingest import PART_BYTES

    paragraph = "The minister said the bridge would open on Monday, and the mayor agreed with him."
    count = 3 * PART_BYTES // (len(paragraph) + 2)
    (tmp_path / "dump.txt").write_text("\n\n".join(f"{paragraph} ({i})" for i in range(count)), encoding="utf-8")
    items = list(iter_articles([tmp_path / "dump.txt"]))
    articles = _articles(items)
    assert _problems(items) == []
    assert [a.id for a in articles][:3] == ["dump", "dump~2", "dump~3"]
    assert sum(len(a.paragraphs) for a in articles) == count  # every paragraph once, none cut
    assert all(len(a.text.encode()) < 2.5 * PART_BYTES for a in articles)


def test_a_page_of_menus_and_links_only_is_no_article(tmp_path):
    page = tmp_path / "home.html"
    page.write_text(
        "<html><head><title>Example News - Home</title></head><body><nav><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/world'>World news and analysis from our correspondents</a></li>"
        "<li><a href='/politics'>Politics</a></li><li><a href='/about'>About us and how to contact the newsroom</a>"
        "</li></ul></nav><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>",
        encoding="utf-8")
    items = list(iter_articles([page]))
    assert [p.message for p in _problems(items)] == ["HTML page has no article text (only menus, links or labels)"]


def test_gzipped_files_of_each_kind_are_read_and_a_damaged_one_is_reported(tmp_path):
    import gzip

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "j1", "text": BODY}) + "\n").encode()))
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(
        f"<html><head><title>Curfew</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
        .encode()))
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(BODY.encode())[:20])  # cut short
    (tmp_path / "e.csv.gz").write_bytes(gzip.compress(b"a,b\n"))
    items = list(iter_articles([tmp_path]))
    assert [a.id for a in _articles(items)] == ["a", "j1", "c"]
    assert _articles(items)[0].text == BODY
    problems = {Path(p.source).name: p.message for p in _problems(items)}
    assert list(problems) == ["d.txt.gz"] and problems["d.txt.gz"].startswith("cannot read file")
    assert [Path(p.source).name for p in _skipped(items)] == ["e.csv.gz"]
