"""Headless Chromium for the tests of pages (Debian's chromium and chromium-driver through Selenium; .ci/run installs
them): the test starts it and quits it."""
from __future__ import annotations

import shutil
import time

import pytest


def chromium():
    """A headless Chromium through Selenium, its console log kept (skips without Debian's chromium and
    chromium-driver)."""
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options,
                            service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))


def wait_until(condition, seconds: float = 10.0) -> None:
    """Poll ``condition`` until it holds or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def console_problems(driver) -> list[dict]:
    """The page's console errors and warnings (a failed script, anything fetched from elsewhere)."""
    return [e for e in driver.get_log("browser") if e["level"] in {"SEVERE", "WARNING"}]
