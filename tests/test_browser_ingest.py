"""The whole flow in Chromium: paste a Spanish article, read it, correct a date, save, see it on the timeline."""

from __future__ import annotations

import re

import pytest
from conftest import chromium_browser, needs_chromium, write_small_events

from timeline import store

pytestmark = [pytest.mark.browser, needs_chromium]
ARTICLE = (
    "CIUDAD DE MÉXICO, 15 de enero de 2026 (AP) — México envió este martes a 26 presuntos miembros de "
    "cárteles a Estados Unidos, informó la Fiscalía General de la República."
)
SOURCE = "https://news.example.org/mexico-envia-26"


@pytest.fixture(scope="module")
def app(tmp_path_factory, streamlit_app):
    events = write_small_events(tmp_path_factory.mktemp("browser_ingest"))
    with streamlit_app(events) as base:
        yield base, events


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


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
    # Open the Timeline first, so the session already has its (empty) filters when the link comes.
    page.goto(base + "/")
    page.get_by_text(f"Showing {before} of {before} events").wait_for(timeout=30_000)
    page.get_by_role("link", name="Add from article").click()
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
    # The link stays in the session and tab, and its filters replace the ones the Timeline had.
    link.click()
    page.wait_for_url(re.compile(r"/(timeline)?\?type="), timeout=20_000)
    line = page.get_by_text(re.compile(rf"^Showing \d+ of {len(saved)} events$"))
    line.wait_for(timeout=20_000)
    shown = int(line.inner_text().split()[1])
    assert len(new) <= shown < len(saved)
    page.locator(".js-plotly-plot .trace").first.wait_for(timeout=20_000)
    if len(new) == 1:  # one event: the link also opens its detail, which cites the article
        page.locator(f'a[href="{SOURCE}"]').first.wait_for(timeout=20_000)
    timeline = browser.new_page(viewport={"width": 1500, "height": 1000})
    timeline.goto(base + "/timeline")
    timeline.get_by_text(f"Showing {len(saved)} of {len(saved)} events").wait_for(timeout=20_000)
