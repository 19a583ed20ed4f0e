"""Report images: the layout (no browser needed), then real PNG/SVG/PDF files drawn by Chromium,
the offline HTML opened with the network cut, and one click on the app's export buttons.

Tests that draw need Chromium at /usr/bin/chromium; they skip otherwise
(install it with `sudo apt-get install chromium`, or run `make test` as root).
"""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import chromium_browser, needs_chromium
from test_export import ROWS, report  # the same invented events as the data-format tests

from timeline import export, store
from timeline.cli import main as cli_main
from timeline.export import browser as export_browser
from timeline.export import images as export_images
from timeline.view import charts, filters


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    path = tmp_path_factory.mktemp("export_images") / "events.csv"
    store.write_events(path, ROWS)
    return store.load(path).events


@pytest.fixture(scope="module")
def kaleido_server():
    """One kaleido server for the module's images, stopped at the end (as the CLI does per run)."""
    yield
    export_images.stop()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# --- layout -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(export_images.PRESETS))
def test_report_layout_has_title_filters_footer_size_and_print_fonts(events, name):
    wanted = filters.Filters(types=("boat_strike", "troop_deployment"))
    fig = export.report_figure(filters.apply(events, wanted), report(wanted, preset=name))
    size = export_images.PRESETS[name]
    layout = fig.layout
    appendix = next(a for a in layout.annotations if a.name == "appendix")
    # The chart keeps the preset's size; the canvas grows below it by the appendix' height.
    assert layout.width == size.width and layout.height > size.height and "<b>Sources</b>" in appendix.text
    assert layout.title.text.startswith("<b>Boat strikes and deployments, ")
    assert layout.title.subtitle.text == "Filters: Type: Strike on a boat, Troop or naval deployment"
    footer_note = next(a for a in layout.annotations if (a.text or "").startswith(("Bars", "Hollow", "Larger")))
    key, footer = footer_note.text.split("<br>", 1)
    footer = footer.replace("<br>", " ")
    assert footer.startswith("Sources: 4 news reports and official notices") and "2 events of 5" in footer
    assert "every source are listed below" in footer
    # The chart's key moves from above the plot (where the filters line could hit it) to the footer.
    chart = charts.timeline_figure(filters.apply(events, wanted))
    assert key == next(a.text for a in chart.layout.annotations if a.yref == "paper" and a.y >= 1)
    assert all((a.y or 0) < 1 or a.xref == "x" for a in layout.annotations)
    # Legible in print: nothing below 11 px at the chosen size (about 8 pt on A4 at 96 dpi).
    sizes = [layout.font.size, layout.title.font.size, *(a.font.size for a in layout.annotations)]
    assert min(s for s in sizes if s) >= 11
    assert not layout.xaxis.rangeslider.visible


def test_report_layout_escapes_markup_from_the_title(events):
    fig = export.report_figure(events, report(title="<img src=x onerror=alert(1)>"))
    assert "<img" not in fig.layout.title.text and "&lt;img" in fig.layout.title.text


# --- real files ---------------------------------------------------------------------------------------


@needs_chromium
@pytest.mark.browser
@pytest.mark.parametrize("name", list(export_images.PRESETS))
def test_png_is_a_png_at_twice_the_preset(events, kaleido_server, name):
    data = export.export("png", events, report(preset=name))
    size = export_images.PRESETS[name]
    width, height = png_size(data)
    # The chart at the preset's size, the notes and sources below it.
    assert width == 2 * size.width and height == 2 * export.report_figure(events, report(preset=name)).layout.height


@needs_chromium
@pytest.mark.browser
def test_svg_parses_and_carries_title_filters_and_sources(events, kaleido_server):
    wanted = filters.Filters(countries=("VEN",))
    data = export.export("svg", filters.apply(events, wanted), report(wanted, preset="column"))
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    assert "Venezuela: " in text and "Filters: Country: Venezuela" in text and "Sources: 4" in text


@needs_chromium
@pytest.mark.browser
def test_pdf_is_a_pdf_page_of_the_a4_size(events, kaleido_server):
    data = export.export("pdf", events, report(preset="a4"))
    assert data.startswith(b"%PDF-")
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    assert all(round(float(page.mediabox.width), 1) == 841.9 for page in reader.pages)  # 297 mm = 841.9 pt wide
    assert len(reader.pages) >= 2 and reader.metadata.title == export.title(events, report(preset="a4"))


@needs_chromium
@pytest.mark.browser
def test_one_browser_serves_every_image(events, kaleido_server, monkeypatch):
    starts = []
    real = export_browser._Kaleido

    def counted(*args, **kwargs):
        starts.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_browser, "_Kaleido", counted)
    for fmt in ("png", "svg", "pdf", "png"):
        export.export(fmt, events, report(preset="column"))
    assert len(starts) <= 1  # 0 when an earlier test of this module already started it


@needs_chromium
@pytest.mark.browser
def test_a_browser_that_does_not_start_is_an_error_not_a_hang(events, kaleido_server, monkeypatch):
    export_images.stop()
    monkeypatch.setattr(export_browser, "find_browser", lambda: "/bin/true")  # exits at once, like a broken install
    monkeypatch.setenv("TIMELINE_EXPORT_IMAGE_TIMEOUT_S", "5")
    with pytest.raises(export.ExportUnavailable, match="could not draw the PNG"):
        export.export("png", events, report(preset="column"))


@needs_chromium
@pytest.mark.browser
def test_bundle_with_a_browser_holds_png_and_pdf(events, kaleido_server):
    wanted = filters.Filters(types=("boat_strike",))
    data = export.export("bundle", filters.apply(events, wanted), report(wanted))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = sorted(n.split("/", 1)[1] for n in zf.namelist())
        assert zf.read("timeline_boat-strike/timeline_boat-strike.pdf").startswith(b"%PDF-")
        width, height = png_size(zf.read("timeline_boat-strike/timeline_boat-strike.png"))
        assert width == 3200 and height > 1800  # the slide, then the sources below it
    assert names == ["README.txt", "timeline_boat-strike.citations.md", "timeline_boat-strike.csv",
                     "timeline_boat-strike.html", "timeline_boat-strike.pdf", "timeline_boat-strike.png"]  # fmt: skip


@needs_chromium
@pytest.mark.browser
def test_offline_html_draws_with_the_network_cut(events, tmp_path):
    page_file = tmp_path / "view.html"
    page_file.write_bytes(export.export("html", events, report()))
    outside = []
    with chromium_browser() as browser:
        page = browser.new_page()

        def block(route):
            if route.request.url.startswith("file:"):
                return route.continue_()
            outside.append(route.request.url)
            return route.abort()

        page.route("**/*", block)
        page.goto(page_file.as_uri())
        page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=20_000)
        title = page.locator(".gtitle").first.text_content()
    assert outside == []
    assert title.startswith("The US campaign against drug cartels: 5 events")


# --- the app's buttons --------------------------------------------------------------------------------


def _panel_app():
    import streamlit as st

    from timeline import store
    from timeline.ui import export_panel
    from timeline.view import filters

    ev = store.load(st.session_state["events_path"]).events
    wanted = filters.Filters(countries=("VEN",))
    export_panel.render(filters.apply(ev, wanted), wanted, total=len(ev))


@pytest.fixture
def panel(tmp_path, monkeypatch, download_makers):
    """Run the export panel in AppTest, keeping the callable behind each download button by file name."""
    from streamlit.testing.v1 import AppTest

    path = tmp_path / "events.csv"
    store.write_events(path, ROWS)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    at = AppTest.from_function(_panel_app)
    at.session_state["events_path"] = str(path)
    return at, download_makers


def test_panel_offers_every_format_named_after_the_view(panel):
    at, makers = panel
    at.run(timeout=30)
    assert not at.exception
    assert len(at.get("download_button")) == len(export.FORMATS)
    assert sorted(makers) == sorted(export.file_name(filters.Filters(countries=("VEN",)), f) for f in export.FORMATS)
    csv_bytes = makers["timeline_VEN.csv"]()
    assert csv_bytes.startswith(b"\xef\xbb\xbf") and csv_bytes.count(b"\r\n") == 3


def test_panel_without_browser_disables_images_and_says_how_to_fix(panel, monkeypatch):
    monkeypatch.setattr(export_browser, "find_browser", lambda: None)
    at, makers = panel
    at.run(timeout=30)
    assert not at.exception
    disabled = sorted(b.proto.label for b in at.get("download_button") if b.proto.disabled)
    assert disabled == ["PDF", "PNG image", "SVG"]
    assert any("sudo apt-get install chromium" in i.value for i in at.info)
    assert "timeline_VEN.zip" in makers and "timeline_VEN.pdf" not in makers


@needs_chromium
@pytest.mark.browser
def test_one_click_in_the_panel_gives_report_pdf_and_png(panel, kaleido_server):
    at, makers = panel
    at.run(timeout=30)
    pdf = makers["timeline_VEN.pdf"]()
    png = makers["timeline_VEN.png"]()
    assert pdf.startswith(b"%PDF-")
    width, height = png_size(png)
    assert width == 3200 and height > 1800  # the default preset is a 16:9 slide, the sources below it
    with zipfile.ZipFile(io.BytesIO(makers["timeline_VEN.zip"]())) as zf:
        assert "timeline_VEN/timeline_VEN.png" in zf.namelist()


# --- the running app, in Chromium ---------------------------------------------------------------


@pytest.fixture
def app_url(small_events_csv, streamlit_app):
    """The Streamlit app on a free port over the five small events (conftest), stopped by its PID afterwards."""
    with streamlit_app(small_events_csv) as url:
        yield url


@needs_chromium
@pytest.mark.browser
@pytest.mark.slow
def test_one_click_in_the_running_app_downloads_the_filtered_pdf(app_url):
    with chromium_browser() as browser:
        page = browser.new_page(accept_downloads=True)
        page.goto(f"{app_url}/?country=VEN")
        page.wait_for_selector(".js-plotly-plot .trace", timeout=60_000)
        button = page.locator(".st-key-export_pdf").get_by_role("button", name="PDF", exact=True)
        button.wait_for(timeout=30_000)
        with page.expect_download(timeout=60_000) as download:
            button.click()
        name = download.value.suggested_filename
        data = Path(download.value.path()).read_bytes()
    assert name == "timeline_VEN.pdf"
    assert data.startswith(b"%PDF-")


# Last in the module: the CLI closes the browser when it is done, as a separate process would.
@needs_chromium
@pytest.mark.browser
def test_cli_png_from_a_filtered_view(kaleido_server, tmp_path, capsys):
    path = tmp_path / "events.csv"
    store.write_events(path, ROWS)
    png = tmp_path / "view.png"
    assert cli_main(["export", "-f", "png", "--events", str(path), "--country", "VEN", "--preset", "column",
                     "-o", str(png)]) == 0  # fmt: skip
    width, height = png_size(png.read_bytes())
    assert width == 2000 and height > 1200
    assert "png, 2 of 5 events" in capsys.readouterr().out
