"""`kg serve` cannot be wiped: read-only by default, writes only with the token, no server left behind.

Real processes throughout: `kg serve` started as a user starts it, the `oxigraph` server it runs, and a real
headless Chromium (Selenium and Debian's chromium-driver) that opens a page of another origin posting a form to the
endpoint, as an attacker's page would.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.store import Store
from tests.browser import chromium, console_problems, wait_until
from tests.conftest import free_port

DROP_ALL = b"update=DROP%20ALL"


def _serve(store_dir, port, *extra, env=None, tries=3):
    """Start `kg serve` and wait for its endpoint; on another free port when something (a browser's driver) took
    this one between choosing and binding it."""
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port",
                                str(port), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            return process, base
        except (urllib.error.URLError, OSError):
            if process.poll() is not None:
                error = process.stderr.read().decode()
                if "Address already in use" in error and tries > 1:
                    return _serve(store_dir, free_port(), *extra, env=env, tries=tries - 1)
                raise RuntimeError(error)
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("kg serve did not answer")


def _stop(process) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


def _post(url, body, content_type="application/x-www-form-urlencoded", token=None, method="POST") -> int:
    headers = {"Content-Type": content_type, **({"Authorization": f"Bearer {token}"} if token else {})}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers, method=method),
                                    timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def _count(store_dir) -> int:
    with Store(store_dir, create=False) as store:
        return store.count()


@pytest.fixture
def attacker_page(tmp_path):
    """A page on another origin (its own port) that posts DROP ALL to the endpoint given in its query string."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "attack.html").write_text(
        "<html><body><form method='POST' enctype='application/x-www-form-urlencoded'>"
        "<input name='update' value='DROP ALL'></form><script>"
        "const f = document.forms[0]; f.action = new URLSearchParams(location.search).get('target');"
        "f.submit();</script></body></html>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/attack.html"
    server.shutdown()
    server.server_close()


class _Recorder(SimpleHTTPRequestHandler):
    """A control endpoint that records what it is posted."""

    posted: list[bytes] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.posted.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args) -> None:  # noqa: A002
        pass


def _browser_posts(page: str, target: str) -> None:
    """Open ``page`` in headless Chromium against ``target``, after proving on a recording server that the page's
    form does reach another origin's endpoint from this browser."""
    driver = chromium()
    control = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=control.serve_forever, daemon=True).start()
    driver.set_page_load_timeout(10)
    try:
        _Recorder.posted.clear()
        driver.get(f"{page}?target=http://127.0.0.1:{control.server_address[1]}/update")
        wait_until(lambda: _Recorder.posted)
        assert _Recorder.posted == [b"update=DROP+ALL"], "the browser did not post the page's form"
        driver.get(f"{page}?target={target}")
        time.sleep(1.0)  # the form is posted as the page loads; give the endpoint time to act on it
    finally:
        driver.quit()
        control.shutdown()
        control.server_close()


def test_served_store_is_unchanged_by_updates_writes_and_a_cross_origin_form(fixture_store_dir, attacker_page):
    before = _count(fixture_store_dir)
    process, base = _serve(fixture_store_dir, free_port())
    try:
        assert _post(f"{base}/update", DROP_ALL) == 403
        assert _post(f"{base}/update", b"DROP ALL", "application/sparql-update") == 403
        assert _post(f"{base}/store?default", b"<a:b> <a:c> <a:d> .", "application/n-triples", method="PUT") == 403
        _browser_posts(attacker_page, f"{base}/update")
        assert _post(f"{base}/query", b"query=ASK%7B%7D") == 200  # reads still answer
    finally:
        _stop(process)
    assert _count(fixture_store_dir) == before > 0


def test_a_writable_server_takes_writes_only_with_its_token(fixture_store_dir, attacker_page):
    before = _count(fixture_store_dir)
    process, base = _serve(fixture_store_dir, free_port(), "--writable", env={"KG_SERVE_TOKEN": "s3cret"})
    try:
        assert _post(f"{base}/update", DROP_ALL) == 403
        assert _post(f"{base}/update", DROP_ALL, token="wrong") == 403
        _browser_posts(attacker_page, f"{base}/update")
        assert _post(f"{base}/query", b"query=ASK%7B%7D") == 200
        mid = _count_remote(base)
        assert mid == before
        insert = b"update=INSERT%20DATA%20%7B%20%3Curn%3Aa%3E%20%3Curn%3Ab%3E%20%3Curn%3Ac%3E%20%7D"
        assert _post(f"{base}/update", insert, token="s3cret") == 204
    finally:
        _stop(process)
    assert _count(fixture_store_dir) == before + 1


def _count_remote(base) -> int:
    request = urllib.request.Request(f"{base}/query", data=b"query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B"
                                     b"%20GRAPH%20%3Fg%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%7D",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return int(answer.read().decode().split()[1])


def test_a_killed_kg_serve_leaves_no_server_holding_the_store(fixture_store_dir):
    process, _ = _serve(fixture_store_dir, free_port())
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
    assert children, "kg serve runs its oxigraph server as a child"
    process.kill()  # no chance to clean up
    process.wait(timeout=10)
    for _ in range(100):
        if not any(os.path.exists(f"/proc/{pid}") and _alive(pid) for pid in children):
            break
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children)
    assert _count(fixture_store_dir) > 0  # the lock is free


def _alive(pid: str) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return False


def test_a_host_other_than_loopback_is_warned_about(fixture_store_dir):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(fixture_store_dir),
                                "--host", "0.0.0.0", "--port", str(port)], stderr=subprocess.PIPE)
    try:
        line = process.stderr.readline().decode()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    assert line.startswith("warning: listening on 0.0.0.0, not only on this machine")


def test_the_query_page_runs_a_named_query_offline_and_a_shared_link_reproduces_it(fixture_store_dir, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = chromium()  # first: a skip where there is no browser must leave no server running
    process, base = _serve(fixture_store_dir, free_port())
    driver.set_window_size(1400, 1100)
    try:
        driver.get(f"{base}/")
        names = [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "name")).options]
        assert {"who-claims-what", "actor-claims", "timeline"} <= set(names)
        Select(driver.find_element(By.ID, "name")).select_by_value("actor-claims")
        driver.find_element(By.NAME, "actor").send_keys("zelensk")
        driver.find_element(By.ID, "run").click()
        wait_until(lambda: "rows" in driver.find_element(By.ID, "status").text)
        rows = driver.find_elements(By.CSS_SELECTOR, "#results tr")
        assert len(rows) > 1 and "Volodymyr Zelenskyy" in driver.find_element(By.ID, "results").text
        driver.save_screenshot(str(tmp_path / "query-page.png"))
        shared = driver.current_url
        assert "name=actor-claims" in shared and "param.actor=zelensk" in shared
        driver.get("about:blank")
        driver.get(shared)
        wait_until(lambda: "rows" in driver.find_element(By.ID, "status").text)
        assert len(driver.find_elements(By.CSS_SELECTOR, "#results tr")) == len(rows)
        assert console_problems(driver) == []  # nothing failed, nothing was fetched from elsewhere
    finally:
        driver.quit()
        _stop(process)
