"""Exports of a filtered view: images, offline HTML, CSV, JSON, TimelineJS, citations and a ZIP bundle.

Every export says what it shows: the filters, how many events of how many, where they come from,
how current the data is and when the file was made. :func:`export` is the one entry point used by
the app's download buttons and by ``python -m timeline export``, so both give the same bytes for
the same view. The data formats and the texts live in :mod:`timeline.export.data`, the image
layout and kaleido in :mod:`timeline.export.images`.
"""

from __future__ import annotations

import io
import zipfile
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go

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
    "report_figure",
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


def _span(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day the events cover, padded a little so edge markers are not cut in half."""
    if not len(events):
        return None
    first = events["date_dt"].min()
    last = max(events["date_dt"].max(), events["end_dt"].max() if events["end_dt"].notna().any() else first)
    pad = max(pd.Timedelta(days=12), (last - first) * 0.03)
    return first - pad, last + pad


def report_figure(events: pd.DataFrame, report: Report) -> go.Figure:
    """The app's timeline chart of the events with the report's title, filters line and sources footer.

    The time axis covers the exported events only (``charts.eras_in_view`` cuts longer eras),
    so a filtered export is not mostly empty space.
    """
    from timeline.view import charts  # loaded only for figure formats

    span = _span(events)
    fig = charts.timeline_figure(
        events, color_by=report.color_by, eras=report.eras, show_eras=report.show_eras
    )
    if span is not None:
        fig.update_xaxes(range=[span[0], span[1]], autorange=False)
    return export_images.report_figure(
        fig,
        title=title(events, report),
        subtitle=subtitle(report),
        footer=footer(events, report),
        size=report.preset,
    )


def _html(events: pd.DataFrame, report: Report) -> bytes:
    fig = report_figure(events, report)
    # In a browser the page should follow the window's width; the preset keeps its height.
    fig.update_layout(width=None, autosize=True)
    return export_images.to_html(fig, filename_stem=report.filters.slug())


def _readme(events: pd.DataFrame, report: Report, members: list[str], notes: list[str]) -> str:
    lines = [
        title(events, report),
        "",
        subtitle(report),
        footer(events, report),
        "",
        f"The same view in the app: add ?{urlencode(report.filters.to_query(), safe=',')} to its address"
        if not report.filters.is_empty()
        else "The same view in the app: its address without filters",
        "",
        "Files:",
        *[f"  {m}" for m in members],
    ]
    if notes:
        lines += ["", "Notes:", *[f"  {n}" for n in notes]]
    lines += [
        "",
        "The CSV is for spreadsheets: text cells that begin with = + - @ or a tab are prefixed with an",
        "apostrophe so they are not run as formulas. The citations list gives every source with its access date.",
    ]
    return "\n".join(lines) + "\n"


def bundle(events: pd.DataFrame, report: Report) -> bytes:
    """A ZIP with the PNG and PDF (when a browser exists), the offline HTML, the CSV, citations and a README."""
    stem = report.filters.slug()
    members: dict[str, bytes] = {}
    notes: list[str] = []
    if export_images.browser_available():
        fig = report_figure(events, report)
        for fmt in ("png", "pdf"):
            try:
                members[f"{stem}.{fmt}"] = export_images.to_image(fig, fmt)
            except ExportUnavailable as exc:
                notes.append(f"No {fmt.upper()}: {exc}")
    else:
        notes.append(f"No PNG or PDF: {export_images.INSTALL_HINT}")
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
