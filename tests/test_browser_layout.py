"""Layout in a real browser at the sizes analysts use: nothing overlaps, the axis is on the first screen,
a click (or a tap on a phone) opens the event's detail where it can be seen.

One Streamlit server over the bundled data for the module, one page per window size; the checks
read bounding boxes from the DOM (Plotly's SVG text elements and Streamlit's text blocks).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import chromium_browser, needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1440x900": (1440, 900), "1280x800": (1280, 800), "1024x768": (1024, 768), "phone-390x844": (390, 844)}
#: Every text box the reader sees on the Timeline page: Plotly's SVG text, Streamlit's headings, captions, labels.
TEXT_BOXES = """() => {
  const boxes = [];
  const take = (el, kind) => {
    const r = el.getBoundingClientRect();
    const text = (el.textContent || '').trim();
    if (r.width > 0 && r.height > 0 && text) boxes.push({kind, text: text.slice(0, 40), x: r.x, y: r.y, w: r.width, h: r.height});
  };
  document.querySelectorAll('.js-plotly-plot svg text').forEach(el => take(el, 'plot'));
  document.querySelectorAll('[data-testid="stHeading"], [data-testid="stCaptionContainer"], '
    + '[data-testid="stRadio"] label, [data-testid="stMarkdownContainer"] p').forEach(el => take(el, 'page'));
  return boxes;
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, streamlit_app) -> str:
    folder = tmp_path_factory.mktemp("layout")
    for name in ("events.csv", "eras.csv"):
        shutil.copy(ROOT / "data" / name, folder / name)
    with streamlit_app(folder / "events.csv") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


@pytest.fixture(scope="module", params=list(SIZES), ids=list(SIZES))
def page(request, browser):
    """One page per window size (a phone is a touch device), shared by the tests of that size."""
    width, height = SIZES[request.param]
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone)
    pg = context.new_page()
    pg.phone = phone
    yield pg
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .xtick text", timeout=60_000)
    page.wait_for_timeout(500)  # Plotly's second layout pass (automargin) settles the boxes


def _overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of boxes whose areas intersect (by more than a pixel either way)."""
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (a["x"] + 1 < b["x"] + b["w"] and b["x"] + 1 < a["x"] + a["w"]
                    and a["y"] + 1 < b["y"] + b["h"] and b["y"] + 1 < a["y"] + a["h"]):  # fmt: skip
                inside = a["kind"] == b["kind"] == "page" and (a["text"] in b["text"] or b["text"] in a["text"])
                if not inside:  # a caption's paragraph sits inside its caption block
                    out.append((a["text"], b["text"]))
    return out


def test_no_text_box_overlaps_another(server, page):
    _open(page, server)
    boxes = page.evaluate(TEXT_BOXES)
    assert len([b for b in boxes if b["kind"] == "plot"]) > 10  # lanes, eras, dates and buttons were found
    assert _overlaps(boxes) == []


def test_era_labels_stay_inside_the_window(server, page):
    _open(page, server)
    width = page.viewport_size["width"]
    eras = page.evaluate(TEXT_BOXES)
    labels = [
        b for b in eras if b["kind"] == "plot" and b["text"] in ("Boat-strike campaign", "Fentanyl tariff standoff")
    ]
    assert labels and all(b["x"] >= 0 and b["x"] + b["w"] <= width for b in labels)


def test_the_date_axis_is_on_the_first_screen(server, page):
    _open(page, server)
    height = page.viewport_size["height"]
    ticks = page.locator(".js-plotly-plot .xtick text")
    assert ticks.count() >= 2
    box = ticks.first.bounding_box()
    assert box["y"] + box["height"] <= height, f"date axis at y={box['y']:.0f}, below the {height} px screen"


def _settled_box(page, locator, tries: int = 20) -> dict:
    """The element's box once two readings 100 ms apart agree (the page may still be laying out the chart)."""
    box = locator.bounding_box()
    for _ in range(tries):
        page.wait_for_timeout(100)
        again = locator.bounding_box()
        if again == box:
            return box
        box = again
    return box


def test_a_click_or_a_tap_opens_the_detail_in_view(server, page):
    _open(page, f"{server}/?type=tariff")
    page.get_by_text("Showing 6 of 110 events", exact=True).wait_for(timeout=20_000)
    point = page.locator(".js-plotly-plot .scatterlayer .point").first
    point.wait_for(timeout=20_000)
    box = _settled_box(page, point)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    if page.phone:
        page.touchscreen.tap(x, y)
    else:
        page.mouse.click(x, y)
    detail = page.locator(".st-key-event_detail")
    detail.wait_for(timeout=20_000)
    shown = _settled_box(page, detail)  # read once laid out: a loaded machine caught it mid-layout (x 414 on 390)
    view = page.viewport_size
    assert 0 <= shown["y"] < view["height"] * 0.5 and 0 <= shown["x"] < view["width"]
    assert "Source:" in detail.inner_text()
    page.get_by_label("Close").click()
    detail.wait_for(state="detached", timeout=20_000)
    page.wait_for_function("() => !location.search.includes('event=')", timeout=20_000)
