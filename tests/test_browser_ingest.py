"""The whole flow in Chromium: paste a Spanish article, read it, correct a date, save, see it on the timeline."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from timeline import store

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "CIUDAD DE MÉXICO, 15 de enero de 2026 (AP) — México envió este martes a 26 presuntos miembros de "
    "cárteles a Estados Unidos, informó la Fiscalía General de la República."
)
SOURCE = "https://news.example.org/mexico-envia-26"
EXISTING = [
    {"event_type": "tariff", "date": "2025-03-04", "date_precision": "day", "title": "Tariffs on Mexico",
     "countries": "USA;MEX", "modality": "happened", "source_url": "https://example.org/t",
     "confidence": "high", "status": "curated"},
    {"event_type": "boat_strike", "date": "2025-09-02", "date_precision": "day", "title": "First strike",
     "countries": "USA;VEN", "modality": "happened", "source_url": "https://example.org/s",
     "confidence": "high", "status": "curated"},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("needs Chromium at /usr/bin/chromium: install it with `sudo apt-get install chromium`")
    pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -r requirements-dev.txt)")
    events = tmp_path_factory.mktemp("browser_ingest") / "events.csv"
    store.write_events(events, EXISTING)
    port = _free_port()
    env = {**os.environ, "TIMELINE_EVENTS": str(events)}
    streamlit = str(Path(sys.executable).with_name("streamlit"))
    proc = subprocess.Popen(
        [streamlit, "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/_stcore/health", timeout=1) as r:  # noqa: S310 - local test server
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("streamlit did not start within 30 s")
        yield base, events
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield b
        b.close()


def _edit_first_date(page, value: str) -> None:
    """Type into the first row's Date cell of the review grid.

    The grid is a canvas: click the read-only "On the timeline?" cell of the first row (left part of
    the grid, below the header), move two cells right to "Date", open its editor with Enter and type.
    """
    from playwright.sync_api import expect

    canvas = page.locator('[data-testid="stDataFrame"] canvas').first
    box = canvas.bounding_box()
    page.mouse.click(box["x"] + 150, box["y"] + 35 + 17)
    expect(page.get_by_test_id("glide-cell-2-0")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")  # opens the cell editor with the proposed date
    editor = page.locator("#portal textarea, #portal input").first
    expect(editor).to_be_focused()
    editor.fill(value)
    editor.press("Enter")
    # The grid mirrors its cells in a hidden table: wait for the edit to land there, then for the rerun.
    expect(page.get_by_test_id("glide-cell-4-0")).to_have_text(value)
    _idle(page)


def _idle(page) -> None:
    """Wait until the app has finished the rerun a widget change started.

    The status widget also shows "File change" notices; the server runs without a file watcher so
    edits to the checkout while the test runs cannot keep it visible.
    """
    page.wait_for_timeout(300)
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden")


def test_paste_correct_save_and_see_it_on_the_timeline(app, browser):
    base, events = app
    before = len(store.load(events).events)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.goto(base + "/add")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Article text").press("Control+Enter")
    page.get_by_role("button", name="Read the article").click()
    cite = page.get_by_label("Address to cite (http or https)")
    cite.fill(SOURCE)
    cite.press("Enter")
    page.get_by_text("Detected: 2026-01-15").wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)
    _edit_first_date(page, "2026-01-14")
    page.get_by_role("button", name=re.compile(r"Save \d+ accepted")).click()
    link = page.get_by_role("link", name="See them on the timeline")
    link.wait_for(timeout=20_000)
    saved = store.load(events).events
    new = saved[saved["source_url"] == SOURCE]
    assert len(saved) > before
    assert "2026-01-14" in set(new["date"])
    timeline = browser.new_page(viewport={"width": 1500, "height": 1000})
    timeline.goto(link.evaluate("a => a.href"))
    timeline.get_by_text(re.compile(rf"Showing \d+ of {len(saved)} events")).wait_for(timeout=20_000)
    timeline.locator(".js-plotly-plot .trace").first.wait_for(timeout=20_000)
    if len(new) == 1:  # one event: the link also opens its detail, which cites the article
        timeline.locator(f'a[href="{SOURCE}"]').first.wait_for(timeout=20_000)
    timeline.goto(base + "/timeline")
    timeline.get_by_text(f"Showing {len(saved)} of {len(saved)} events").wait_for(timeout=20_000)
