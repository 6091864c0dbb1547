"""The archive overview (kg viz --overview): who contradicts whom, drawn from two small queries."""
from __future__ import annotations

import json
import random
import struct

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.overview import Overview, OverviewActor, OverviewEdge, draw_overview, overlapping_labels, overview_graph, \
    place, read_overview
from kg.pipeline import build
from kg.store import Store
from tests.seed_build import GOLD, SEEDS


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "store"
    with Store(path) as store:
        build([SEEDS], store)
    return path


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_seed_s_gold_actors_are_all_in_the_overview_and_its_contradictions_join_them(seed_store):
    with Store(seed_store, create=False) as store:
        view = read_overview(store)
    labels = {a.label for a in view.actors}
    gold_speakers = {c["speaker"] for c in json.loads(GOLD.read_text())["claims"]}
    assert {"Igor Konashenkov", "Volodymyr Zelenskyy", "Jens Stoltenberg"} <= labels
    assert len(gold_speakers & labels) >= len(gold_speakers) - 2, gold_speakers - labels
    by_iri = {a.iri: a.label for a in view.actors}
    pairs = {frozenset((by_iri[e.a], by_iri[e.b])) for e in view.edges}
    assert any("Igor Konashenkov" in pair for pair in pairs), pairs
    assert 1 <= view.all_contradictions <= sum(e.contradictions for e in view.edges)  # one may join several pairs
    assert view.all_statements <= sum(a.statements for a in view.actors)  # every actor kept; two may claim one
    konashenkov = next(a for a in view.actors if a.label == "Igor Konashenkov")
    assert konashenkov.statements >= 8 and konashenkov.conflicts >= 1


def test_top_keeps_the_actors_most_in_conflict_and_most_quoted(seed_store):
    with Store(seed_store, create=False) as store:
        whole, two = read_overview(store), read_overview(store, top=2)
    assert len(two.actors) <= 4 < len(whole.actors)
    most_quoted = max(whole.actors, key=lambda a: a.statements)
    most_in_conflict = max(whole.actors, key=lambda a: a.conflicts)
    kept = {a.iri for a in two.actors}
    assert most_quoted.iri in kept and most_in_conflict.iri in kept
    assert all(e.a in kept and e.b in kept for e in two.edges)
    assert two.all_statements == whole.all_statements


def test_png_fits_4000_pixels_and_labels_never_overlap(seed_store, tmp_path):
    with Store(seed_store, create=False) as store:
        view = read_overview(store)
    out = draw_overview(view, tmp_path / "o.png")
    assert max(_png_size(out)) <= 4000 and min(_png_size(out)) > 300
    assert overlapping_labels(place(overview_graph(view))) == 0


@pytest.mark.parametrize("n,seed", [(10, 1), (50, 2), (120, 3)])
def test_labels_are_pushed_apart_on_crowded_networks(n, seed):
    rng = random.Random(seed)
    actors = [OverviewActor(f"a{i}", rng.choice(["Officials", "The article (fnc1train-2356)", "Ted Cruz",
                                                 "Spokesperson for the Ministry of Defence of Russia"]) + f" {i}",
                            rng.randint(1, 500), 1, 0) for i in range(n)]
    edges = [OverviewEdge(f"a{i}", f"a{j}", rng.randint(1, 9), (("denial", 1),))
             for i, j in {tuple(sorted(rng.sample(range(n), 2))) for _ in range(n * 2)}]
    G = overview_graph(Overview(tuple(actors), tuple(edges), n, 1000, 10))
    assert overlapping_labels(place(G)) == 0


def test_two_actors_written_alike_get_their_article_added():
    from kg.overview import _distinct_labels

    out = _distinct_labels([OverviewActor("x/actor/the-article--bbc-1", "The article", 3, 1, 0),
                            OverviewActor("x/actor/the-article--bbc-2", "The article", 2, 1, 0),
                            OverviewActor("x/actor/ted-cruz", "Ted Cruz", 2, 1, 0)])
    assert [a.label for a in out] == ["The article (bbc-1)", "The article (bbc-2)", "Ted Cruz"]


def test_gexf_and_graphml_carry_weights_and_kinds(seed_store, tmp_path):
    runner = CliRunner()
    for suffix, read in ((".gexf", nx.read_gexf), (".graphml", nx.read_graphml)):
        out = tmp_path / f"o{suffix}"
        result = runner.invoke(main, ["viz", "--store", str(seed_store), "--overview", "--out", str(out)])
        assert result.exit_code == 0, result.output
        G = read(out)
        labels = {d["label"] for _, d in G.nodes(data=True)}
        assert "Igor Konashenkov" in labels
        assert G.number_of_edges() >= 1
        for _, _, d in G.edges(data=True):
            assert int(d["weight"]) >= 1 and d["kind"] and d["color"].startswith("#") and d["kinds"]


def test_a_large_store_is_drawn_as_the_overview_unless_statements_are_asked(seed_store, tmp_path, monkeypatch):
    import kg.cli

    runner = CliRunner()
    monkeypatch.setattr(kg.cli, "OVERVIEW_ABOVE", 5)
    result = runner.invoke(main, ["viz", "--store", str(seed_store), "--out", str(tmp_path / "a.svg")])
    assert result.exit_code == 0 and "drawing the overview" in result.output
    assert "Who contradicts whom" in (tmp_path / "a.svg").read_text()
    result = runner.invoke(main, ["viz", "--store", str(seed_store), "--statements", "--out", str(tmp_path / "b.svg")])
    assert result.exit_code == 0 and "drawing the overview" not in result.output
    assert "Who contradicts whom" not in (tmp_path / "b.svg").read_text()
    bad = runner.invoke(main, ["viz", "--store", str(seed_store), "--overview", "--out", str(tmp_path / "c.txt")])
    assert bad.exit_code == 1 and "use .png, .svg, .html, .gexf or .graphml" in bad.output
    assert "Traceback" not in bad.output
    both = runner.invoke(main, ["viz", "--store", str(seed_store), "--overview", "--contradicted",
                                "--out", str(tmp_path / "d.png")])
    assert both.exit_code == 2 and "--overview draws the whole store" in both.output


def test_an_empty_store_has_nothing_to_draw(tmp_path):
    with Store(tmp_path / "s"):
        pass
    result = CliRunner().invoke(main, ["viz", "--store", str(tmp_path / "s"), "--overview", "--out",
                                       str(tmp_path / "o.png")])
    assert result.exit_code == 1 and "nothing to draw" in result.output


def test_the_overview_page_works_offline_in_chromium(seed_store, tmp_path):
    from selenium.webdriver.common.by import By

    from tests.browser import chromium, console_problems, wait_until

    page = tmp_path / "overview.html"
    result = CliRunner().invoke(main, ["viz", "--store", str(seed_store), "--overview", "--out", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "http://" not in text.split("<script id=\"data\"")[0].replace("http://www.w3.org/2000/svg", "")
    driver = chromium()
    driver.set_window_size(1400, 1000)
    try:
        driver.get(page.as_uri())
        wait_until(lambda: "actors" in driver.find_element(By.ID, "summary").text)
        assert "9 of 9 actors" in driver.find_element(By.ID, "summary").text
        driver.find_element(By.ID, "search").send_keys("konash")
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, ".node.match"))
        matches = driver.find_elements(By.CSS_SELECTOR, ".node.match")
        assert [m.get_attribute("data-label") for m in matches] == ["Igor Konashenkov"]
        assert len(driver.find_elements(By.CSS_SELECTOR, ".node.dim")) == 8
        driver.execute_script("document.querySelector('.node.match').dispatchEvent(new MouseEvent('click'))")
        panel = driver.find_element(By.ID, "panel").text
        assert panel.startswith("Igor Konashenkov") and "civilian population" in panel
        driver.execute_script("document.querySelector('.edge').dispatchEvent(new MouseEvent('click'))")
        panel = driver.find_element(By.ID, "panel").text
        assert "contradiction(s)" in panel and panel.count("“") >= 2 and "000_b091de30a194406f" in panel
        view = "return document.getElementById('map').getAttribute('viewBox')"
        before = driver.execute_script(view)
        driver.execute_script("document.getElementById('map').dispatchEvent(new WheelEvent('wheel', "
                              "{deltaY: -100, clientX: 300, clientY: 300, bubbles: true, cancelable: true}))")
        zoomed = driver.execute_script(view)
        assert float(zoomed.split()[2]) < float(before.split()[2])  # zoomed in: a narrower view
        driver.find_element(By.ID, "search").clear()
        driver.find_element(By.ID, "since").send_keys("01012000")  # a date filter a day after nothing: edges stay
        shot = tmp_path / "overview.png"
        driver.save_screenshot(str(shot))
        assert console_problems(driver) == []
    finally:
        driver.quit()
    import matplotlib.image

    pixels = matplotlib.image.imread(str(shot))
    assert len({tuple(p) for p in pixels.reshape(-1, pixels.shape[-1])[::97]}) > 20  # not a blank page
