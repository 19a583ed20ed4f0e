"""The app in a real browser: `streamlit run app.py` driven by Playwright with Debian's Chromium."""

from __future__ import annotations

import pytest
from conftest import HOSTILE, chromium_browser, needs_chromium, write_small_events

pytestmark = [pytest.mark.browser, needs_chromium]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")


@pytest.fixture(scope="module")
def server(tmp_path_factory, streamlit_app) -> str:
    with streamlit_app(write_small_events(tmp_path_factory.mktemp("browser"))) as url:
        yield url


@pytest.fixture(scope="module")
def dense_server(tmp_path_factory, streamlit_app) -> str:
    """The same app with the density threshold at 3 events, so the 5 fixture events show as counts."""
    with streamlit_app(write_small_events(tmp_path_factory.mktemp("dense")), TIMELINE_DENSITY_THRESHOLD="3") as url:
        yield url


@pytest.fixture(scope="module")
def context():
    """One browser context for the module, so plotly.js is fetched and parsed from cache after the first page."""
    with chromium_browser() as browser:
        ctx = browser.new_context(viewport={"width": 1400, "height": 1100})
        yield ctx
        ctx.close()


@pytest.fixture
def page(context):
    """A fresh page (its own Streamlit session) that records JavaScript errors; the test fails on any."""
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    pg.on("dialog", lambda dialog: (errors.append(f"a script opened a dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    pg.close()
    assert not errors, f"JavaScript console errors: {errors}"


def _count(page, text: str) -> None:
    page.get_by_text(text, exact=True).wait_for(timeout=20_000)


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .trace", timeout=30_000)


def test_filter_by_country_in_the_widget(server, page, tmp_path):
    _open(page, server)
    _count(page, "Showing 5 of 5 events")
    country = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Country")
    country.get_by_role("combobox").click()
    page.get_by_role("option", name="Venezuela").click()
    page.keyboard.press("Escape")
    _count(page, "Showing 2 of 5 events")
    page.wait_for_url("**country=VEN**", timeout=10_000)
    page.wait_for_selector(".js-plotly-plot .trace", timeout=30_000)
    page.screenshot(path=str(tmp_path / "filtered.png"))
    assert (tmp_path / "filtered.png").stat().st_size > 10_000


def test_shared_link_applies(server, page, tmp_path):
    _open(page, f"{server}/?country=VEN")
    _count(page, "Showing 2 of 5 events")
    chips = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Country")
    assert "Venezuela" in chips.inner_text()
    page.screenshot(path=str(tmp_path / "shared.png"))
    # The filters follow the reader to the Data page, and the link there reproduces the view too.
    page.get_by_text("Data", exact=True).click()
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=20_000)
    _count(page, "Showing 2 of 5 events")
    page.wait_for_url("**/data?country=VEN", timeout=10_000)


def test_clicking_a_point_opens_its_detail(server, page):
    _open(page, f"{server}/?type=tariff")
    _count(page, "Showing 1 of 5 events")
    point = page.locator(".js-plotly-plot .scatterlayer .point").first
    point.click(force=True)
    detail = page.locator(".st-key-event_detail")
    detail.wait_for(timeout=20_000)
    assert f"Tariffs {HOSTILE}" in detail.inner_text() and "Example News" in detail.inner_text()
    assert page.locator("img[src='x']").count() == 0  # the title stayed text
    page.wait_for_url("**event=tariff-**", timeout=10_000)


def test_map_draws_offline(server, page):
    _open(page, f"{server}/?country=VEN")
    page.get_by_text("Map", exact=True).click()
    page.wait_for_selector(".js-plotly-plot .geo .scattergeo", timeout=30_000)
    # The country outlines are served by the app itself (static/), so they draw without a network.
    page.wait_for_selector(".js-plotly-plot .geo g.layer.countries path", state="attached", timeout=20_000)


def test_dragging_across_the_counts_zooms_to_events(dense_server, page):
    page.goto(dense_server)
    page.wait_for_selector(".js-plotly-plot .hm", state="attached", timeout=30_000)
    _count(page, "Showing 5 of 5 events")
    area = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    y = area["y"] + area["height"] / 2
    # From a little past the middle of the axis to its end: the strikes of September and October.
    page.mouse.move(area["x"] + area["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] * 0.8, y + 20, steps=5)
    page.mouse.move(area["x"] + area["width"] - 2, y + 30, steps=5)
    page.mouse.up()
    page.wait_for_url("**from=**", timeout=20_000)
    # Under the threshold the counts give way to the events themselves.
    page.wait_for_selector(".js-plotly-plot .hm", state="detached", timeout=30_000)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
    caption = page.locator("text=/^Showing \\d+ of 5 events$/").first.inner_text()
    assert 1 <= int(caption.split()[1]) <= 3, caption
