"""Report images stand alone: for three views of the bundled data, the PNG and the PDF carry the title made
from the filters, labels on the events, the notes as numbered footnotes and every source.

The figure object is checked for strings, the PDF's text with pypdf, and its first page, drawn to a
bitmap with pdftoppm (Debian's poppler-utils), for ink.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import needs_chromium

from timeline import export, store
from timeline.export import appendix
from timeline.export import images as export_images
from timeline.export.data import source_urls
from timeline.view import charts, filters

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, needs_chromium]
VIEWS = {
    "timeline": (filters.Filters(actors=("Sinaloa Cartel",), countries=("MEX",)), "Sinaloa Cartel in Mexico: "),
    "deaths": (filters.Filters(types=("boat_strike",), countries=("VEN",)), "Venezuela: boat strikes, "),
    "map": (filters.Filters(countries=("COL",)), "Colombia: "),
}


@pytest.fixture(scope="module")
def events():
    return store.load(ROOT / "data" / "events.csv").events


@pytest.fixture(scope="module")
def kaleido_server():
    yield
    export_images.stop()


def _report(view: str, total: int) -> export.Report:
    wanted = VIEWS[view][0]
    return export.Report(wanted, total=total, generated=date(2026, 12, 6), preset="column", view=view,
                         eras=charts.load_eras(ROOT / "data" / "eras.csv"))  # fmt: skip


def _ink(png_or_pgm: bytes) -> float:
    """Share of non-white pixels in a binary PGM (P5) bitmap."""
    header, _, rest = png_or_pgm.partition(b"\n255\n")
    width, height = (int(v) for v in header.split()[1:3])
    pixels = rest[: width * height]
    return sum(1 for p in pixels if p < 240) / max(len(pixels), 1)


@pytest.mark.parametrize("view", list(VIEWS))
def test_report_figure_has_title_labels_footnotes_and_every_source(events, view):
    wanted, title_start = VIEWS[view]
    shown = filters.apply(events, wanted)
    fig = export.report_figure(shown, _report(view, len(events)))
    assert fig.layout.title.text.startswith(f"<b>{title_start}")
    text = next(a.text for a in fig.layout.annotations if a.name == "appendix")
    assert all(html.escape(url)[:60] in text.replace("<br>    ", "") for url in source_urls(shown))
    notes = appendix.footnote_numbers(shown)
    assert notes and "Notes from the sources on dates and numbers" in text
    labels = [a for a in fig.layout.annotations if a.name == "event label"]
    if view == "timeline":  # few events: every one has its short title, footnoted ones a [n]
        assert len(labels) == len(shown) and sum("<sup>[" in a.text for a in labels) == len(notes)
    else:
        assert not labels
    if view == "deaths":
        assert "What the total covers" in text


@pytest.mark.parametrize("view", list(VIEWS))
def test_png_and_pdf_render_with_title_footnotes_and_sources(events, kaleido_server, view, tmp_path):
    wanted, title_start = VIEWS[view]
    shown = filters.apply(events, wanted)
    report = _report(view, len(events))
    png = export.export("png", shown, report)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    pdf = export.export("pdf", shown, report)
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title.startswith(title_start) and len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert title_start.strip() in text and "Notes from the sources on dates and numbers" in text and "Sources" in text
    assert f"{len(source_urls(shown))}. " in text  # the numbered list runs to the last source
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not found: install Debian's poppler-utils (make chromium does) to check the page bitmap")
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "30", "-gray", str(tmp_path / "report.pdf"),
                    str(tmp_path / "page")], check=True, timeout=60)  # fmt: skip
    page = next(tmp_path.glob("page*.pgm")).read_bytes()
    assert _ink(page) > 0.01  # the first page is drawn, not blank
