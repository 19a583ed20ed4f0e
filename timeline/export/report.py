"""Exports of a filtered view: images, offline HTML, CSV, JSON, TimelineJS, citations and a ZIP bundle.

Every export says what it shows: the filters, how many events of how many, where they come from,
how current the data is and when the file was made. :func:`export` is the one entry point used by
the app's download buttons and by ``python -m timeline export``, so both give the same bytes for
the same view. The data formats and the texts live in :mod:`timeline.export.data`, the image
layout and kaleido in :mod:`timeline.export.images`.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go

from timeline.export import appendix
from timeline.export import images as export_images
from timeline.export.data import (
    FORMULA_STARTS,
    Report,
    citations,
    data_as_of,
    escape_cell,
    footer,
    subtitle,
    title,
    to_csv,
    to_json,
    to_timelinejs,
    to_timelinejs_bytes,
)
from timeline.export.images import ExportUnavailable
from timeline.i18n import gettext
from timeline.view.filters import Filters

__all__ = [
    "FORMATS",
    "FORMULA_STARTS",
    "ExportUnavailable",
    "Report",
    "bundle",
    "citations",
    "data_as_of",
    "escape_cell",
    "export",
    "file_name",
    "footer",
    "pdf_document",
    "report_figure",
    "report_pages",
    "subtitle",
    "title",
    "to_csv",
    "to_json",
    "to_timelinejs",
]

#: Export formats, with the file extension and MIME type of each.
FORMATS: dict[str, tuple[str, str]] = {
    "png": ("png", "image/png"),
    "svg": ("svg", "image/svg+xml"),
    "pdf": ("pdf", "application/pdf"),
    "html": ("html", "text/html"),
    "csv": ("csv", "text/csv"),
    "json": ("json", "application/json"),
    "timelinejs": ("timelinejs.json", "application/json"),
    "citations": ("md", "text/markdown"),
    "bundle": ("zip", "application/zip"),
}


def file_name(filters: Filters, fmt: str) -> str:
    """Download file name of a view in a format: only ``[A-Za-z0-9._-]``.

    >>> file_name(Filters(types=("boat_strike",), countries=("VEN",)), "timelinejs")
    'timeline_boat-strike_VEN.timelinejs.json'
    """
    return f"{filters.slug()}.{FORMATS[fmt][0]}"


# --- figures and the bundle ----------------------------------------------------------------------


#: The app's views an export can show, by their ``view=`` name.
VIEWS: tuple[str, ...] = ("timeline", "monthly", "deaths", "map")


def _chart(events: pd.DataFrame, report: Report) -> go.Figure:
    """The chart of the report's view: the timeline (no jitter: on paper an offset reads as meaning) or another."""
    from timeline.view import charts  # loaded only for figure formats

    if report.view == "monthly":
        return charts.monthly_figure(events, report.lang)
    if report.view == "deaths":
        return charts.deaths_figure(events, report.lang)
    if report.view == "map":
        return charts.map_figure(events, report.lang)
    return charts.timeline_figure(
        events, color_by=report.color_by, eras=report.eras, show_eras=report.show_eras, jitter=False,
        width_px=export_images.preset(report.preset).width * 0.8, lang=report.lang,
    )  # fmt: skip


def _image_footer(events: pd.DataFrame, report: Report, *, pdf: bool) -> str:
    where = (
        gettext("The notes and every source are listed on the following pages.", report.lang)
        if pdf
        else gettext("The notes and every source are listed below.", report.lang)
    )
    return f"{footer(events, report)}. {where}"


def _label(fig: go.Figure, events: pd.DataFrame, report: Report, footnotes: dict[str, int]) -> dict[str, int]:
    """Event labels on an exported timeline (not in the density or WebGL modes); the numbering if numbers were used."""
    from timeline import settings
    from timeline.view import chart_labels, charts

    if report.view != "timeline" or charts.is_density(fig) or len(events) > settings.get("webgl_threshold"):
        return {}
    rng = [pd.Timestamp(v).value / 1e6 for v in (fig.layout.xaxis.range or ())]
    if len(rng) != 2:
        return {}
    width, height = export_images.plot_box(fig)
    base = fig.layout.font.size or 14
    return chart_labels.add_event_labels(
        fig, events, x_range=(rng[0], rng[1]), plot_width=width, lanes_height=height * fig.layout.yaxis.domain[1],
        font_px=max(11, round(base * 0.75)), footnotes=footnotes, marker_scale=export_images.marker_scale(report.preset),
        lang=report.lang,
    )  # fmt: skip


def _figure(events: pd.DataFrame, report: Report, *, pdf: bool) -> tuple[go.Figure, list[str]]:
    """The chart laid out for the report, with its labels, and the appendix lines that go with it."""
    fig = export_images.report_figure(
        _chart(events, report),
        title=title(events, report),
        subtitle=subtitle(report),
        footer=_image_footer(events, report, pdf=pdf),
        size=report.preset,
    )
    footnotes = appendix.footnote_numbers(events)
    numbers = _label(fig, events, report, footnotes)
    base = fig.layout.font.size or 14
    font_px = max(11, round(base * 0.75))
    page = export_images.preset(report.preset).width
    width = appendix.column_width(page, font_px) if pdf else page - 60
    lead = None
    if report.view == "deaths":
        from timeline.view.companion_charts import deaths_coverage

        lead = (gettext("What the total covers", report.lang), deaths_coverage(events, report.lang))
    parts = appendix.sections(events, numbers, footnotes, lead, report.lang)
    return fig, appendix.wrapped(parts, width, font_px)


def report_figure(events: pd.DataFrame, report: Report) -> go.Figure:
    """The chart of the report's view with title, filters, labels and sources footer; the appendix below it.

    The time axis covers the exported events only (``charts.eras_in_view`` cuts longer eras),
    so a filtered export is not mostly empty space. The canvas grows below the preset's height
    by as much as the key, the numbered notes and the full source list need.
    """
    fig, lines = _figure(events, report, pdf=False)
    appendix.below(fig, lines, font_px=max(11, round((fig.layout.font.size or 14) * 0.75)))
    return fig


def report_pages(events: pd.DataFrame, report: Report) -> list[go.Figure]:
    """The PDF's pages: the chart at the preset's size, then the appendix on as many pages as it takes."""
    fig, lines = _figure(events, report, pdf=True)
    size = export_images.preset(report.preset)
    font_px = max(11, round(size.font_size * 0.75))
    return [fig, *appendix.pages(lines, title=title(events, report), width=size.width, height=size.height,
                                 font_px=font_px, font=fig.layout.font.to_plotly_json(), lang=report.lang)]  # fmt: skip


def pdf_document(events: pd.DataFrame, report: Report) -> bytes:
    """One PDF of the report's pages (kaleido draws one page per figure; pypdf joins them) with its metadata."""
    import pypdf

    writer = pypdf.PdfWriter()
    for page in report_pages(events, report):
        writer.append(pypdf.PdfReader(io.BytesIO(export_images.to_image(page, "pdf"))))
    writer.add_metadata({
        "/Title": title(events, report),
        "/Subject": subtitle(report),
        "/Creator": "policy-timeline",
        "/Producer": "policy-timeline (kaleido, pypdf)",
    })  # fmt: skip
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _html(events: pd.DataFrame, report: Report) -> bytes:
    fig = report_figure(events, report)
    # In a browser the page should follow the window's width; the preset keeps its height.
    fig.update_layout(width=None, autosize=True)
    return export_images.to_html(
        fig, filename_stem=report.filters.slug(), title=title(events, report), lang=report.lang
    )


def _readme(events: pd.DataFrame, report: Report, members: list[str], notes: list[str]) -> str:
    lang = report.lang
    # The link keeps the language, as the app's links do (?lang= is left out for English).
    query = report.filters.to_query() | ({"lang": lang} if lang != "en" else {})
    lines = [
        title(events, report),
        "",
        subtitle(report),
        footer(events, report),
        "",
        gettext("The same view in the app: add ?{query} to its address", lang).format(query=urlencode(query, safe=","))
        if query
        else gettext("The same view in the app: its address without filters", lang),
        "",
        gettext("Files:", lang),
        *[f"  {m}" for m in members],
    ]
    if notes:
        lines += ["", gettext("Notes:", lang), *[f"  {n}" for n in notes]]
    about = gettext(
        "The CSV is for spreadsheets: text cells that begin with = + - @ or a tab are prefixed with an apostrophe "
        "so they are not run as formulas. The citations list gives every source; the date it gives is the day the "
        "list was generated, not an access date.",
        lang,
    )
    lines += ["", *textwrap.wrap(about, 96, break_on_hyphens=False)]
    return "\n".join(lines) + "\n"


def bundle(events: pd.DataFrame, report: Report) -> bytes:
    """A ZIP with the PNG and PDF (when a browser exists), the offline HTML, the CSV, citations and a README."""
    stem = report.filters.slug()
    members: dict[str, bytes] = {}
    notes: list[str] = []
    if export_images.browser_available():
        for fmt in ("png", "pdf"):
            try:
                members[f"{stem}.{fmt}"] = export(fmt, events, report)
            except ExportUnavailable as exc:
                notes.append(gettext("No {format}: {reason}", report.lang).format(format=fmt.upper(), reason=exc))
    else:
        hint = gettext(export_images.INSTALL_HINT, report.lang)
        notes.append(gettext("No PNG or PDF: {reason}", report.lang).format(reason=hint))
    members[f"{stem}.html"] = _html(events, report)
    members[f"{stem}.csv"] = to_csv(events)
    members[f"{stem}.citations.md"] = citations(events, report).encode("utf-8")
    readme = _readme(events, report, ["README.txt", *members], notes)
    buf = io.BytesIO()
    # Fixed member times (the generation day) so the same view on the same day gives the same ZIP.
    stamp = (report.generated.year, report.generated.month, report.generated.day, 0, 0, 0)
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("README.txt", readme.encode("utf-8")), *members.items()]:
            info = zipfile.ZipInfo(f"{stem}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def export(fmt: str, events: pd.DataFrame, report: Report) -> bytes:
    """The bytes of one export of ``events`` (already filtered) in ``fmt``, one of :data:`FORMATS`.

    Image formats raise :class:`ExportUnavailable` with the fix when no browser is found.

    >>> from datetime import date
    >>> from timeline.store.schema import COLUMNS
    >>> export("csv", pd.DataFrame(columns=COLUMNS), Report(Filters(), total=0, generated=date(2026, 1, 1)))[:11]
    b'\\xef\\xbb\\xbfevent_id'
    """
    if fmt == "pdf":
        return pdf_document(events, report)
    if fmt in export_images.IMAGE_FORMATS:
        return export_images.to_image(report_figure(events, report), fmt)
    if fmt == "html":
        return _html(events, report)
    if fmt == "csv":
        return to_csv(events)
    if fmt == "json":
        return to_json(events, report)
    if fmt == "timelinejs":
        return to_timelinejs_bytes(events, report)
    if fmt == "citations":
        return citations(events, report).encode("utf-8")
    if fmt == "bundle":
        return bundle(events, report)
    raise ValueError(f"unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}")
