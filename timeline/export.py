"""Exports of a filtered view: images, offline HTML, CSV, JSON, TimelineJS, citations and a ZIP bundle.

Every export says what it shows: the filters, how many events of how many, where they come from,
how current the data is and when the file was made. :func:`export` is the one entry point used by
the app's download buttons and by ``python -m timeline export``, so both give the same bytes for
the same view. Dates are passed in (:class:`Report`), never read from the clock here.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from timeline import export_images, schema
from timeline.export_images import ExportUnavailable
from timeline.filters import Filters

__all__ = [
    "FORMATS",
    "ExportUnavailable",
    "Report",
    "citations",
    "data_as_of",
    "escape_cell",
    "export",
    "file_name",
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

#: A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"),
#: including the full-width forms some spreadsheets fold to ASCII.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: Columns whose values are numbers or ISO dates; never escaped, so "-66.9" stays a number.
UNESCAPED_COLUMNS = frozenset(schema.INT_COLUMNS + schema.FLOAT_COLUMNS + schema.DATE_COLUMNS)


@dataclass(frozen=True)
class Report:
    """What an export describes besides its events: the view, the counts, the dates and the chart options.

    ``generated`` is the day the export is made, also given as the access date of every source.
    """

    filters: Filters
    total: int
    generated: date
    data_as_of: date | None = None
    title: str = ""
    preset: str = "slide"
    color_by: str = "event_type"
    show_eras: bool = True
    eras: pd.DataFrame | None = field(default=None, compare=False, repr=False)


def file_name(filters: Filters, fmt: str) -> str:
    """Download file name of a view in a format: only ``[A-Za-z0-9._-]``.

    >>> file_name(Filters(types=("boat_strike",), countries=("VEN",)), "timelinejs")
    'timeline_boat-strike_VEN.timelinejs.json'
    """
    return f"{filters.slug()}.{FORMATS[fmt][0]}"


def data_as_of(events: pd.DataFrame) -> date | None:
    """How current a table is: the latest publication date of its sources, else its latest event date.

    >>> data_as_of(pd.DataFrame({"published": ["2025-03-01", ""], "date": ["2025-02-01", "2026-01-01"]}))
    datetime.date(2025, 3, 1)
    """
    for column in ("published", "date"):
        days = pd.to_datetime(events[column], format="%Y-%m-%d", errors="coerce").dropna()
        if len(days):
            return days.max().date()
    return None


def _number_text(value) -> str:
    """A number as the store writes it: integers without ".0", others in their shortest exact form."""
    if isinstance(value, str):  # a table of strings, e.g. rows straight from store.normalize_event
        return value
    if pd.isna(value):
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def _text_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The schema columns as text, formatted as in the stored file (column by column, not row by row)."""
    out = {}
    for column in schema.COLUMNS:
        values = events[column] if column in events.columns else pd.Series("", index=events.index)
        if column in schema.INT_COLUMNS or column in schema.FLOAT_COLUMNS:
            out[column] = values.map(_number_text).astype(str)
        else:
            out[column] = values.fillna("").astype(str)
    return pd.DataFrame(out, index=events.index)


def _rows(events: pd.DataFrame) -> list[dict[str, str]]:
    """The events as stored: one dict of strings per event, schema columns only."""
    return _text_frame(events).to_dict("records")


def _dump(head: dict, key: str, items: list[dict]) -> bytes:
    """JSON with the metadata first and one item per line: readable, and encoded by json's fast C path."""
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    text = json.dumps(head, ensure_ascii=False, indent=1)
    body = f'"{key}": [\n{lines}\n]' if items else f'"{key}": []'
    return (text[:-1].rstrip() + ("," if head else "") + "\n " + body + "\n}\n").encode("utf-8")


def source_urls(events: pd.DataFrame) -> list[str]:
    """Distinct source addresses of the events (main sources first), in table order."""
    urls = list(events["source_url"])
    urls += [u for cell in events["other_sources"] for u in schema.split_list(cell)]
    return list(dict.fromkeys(u for u in urls if u))


# --- text shown with every export ---------------------------------------------------------------


def title(events: pd.DataFrame, report: Report) -> str:
    """The report title: the one given, else what the view covers.

    >>> ev = pd.DataFrame({"date": ["2025-02-20", "2026-05-01"], "date_precision": ["day", "month"]})
    >>> title(ev, Report(Filters(), total=2, generated=date(2026, 6, 1)))
    'Timeline of 2 events, Feb 2025 – May 2026'
    """
    if report.title:
        return report.title
    if not len(events):
        return "Timeline: no event matches these filters"
    order = events.sort_values("date")
    first, last = order.iloc[0], order.iloc[-1]
    span = [schema.format_date(first["date"], "month"), schema.format_date(last["date"], "month")]
    period = span[0] if span[0] == span[1] else f"{span[0]} – {span[1]}"
    noun = "event" if len(events) == 1 else "events"
    return f"Timeline of {len(events)} {noun}, {period}"


def subtitle(report: Report) -> str:
    """The filters line under the title.

    >>> subtitle(Report(Filters(countries=("MEX",)), total=5, generated=date(2026, 1, 1)))
    'Filters: Country: Mexico'
    """
    return "Filters: " + (report.filters.describe() if not report.filters.is_empty() else "none (all events)")


def footer(events: pd.DataFrame, report: Report) -> str:
    """The attribution line: sources, counts, data currency and generation date.

    >>> ev = pd.DataFrame({"source_url": ["https://a.example/1"], "other_sources": ["https://b.example/2"],
    ...                    "source_name": ["Reuters"]})
    >>> footer(ev, Report(Filters(), total=3, generated=date(2026, 1, 2), data_as_of=date(2025, 12, 31)))
    'Sources: 2 news reports and official notices (Reuters) · 1 event of 3 · data as of 2025-12-31 · generated 2026-01-02 with policy-timeline'
    """
    n_sources = len(source_urls(events))
    names = Counter(n for n in events["source_name"] if n)
    top = [n for n, _ in names.most_common(4)]
    named = f" ({', '.join(top)}{', …' if len(names) > len(top) else ''})" if top else ""
    noun = "news report and official notice" if n_sources == 1 else "news reports and official notices"
    parts = [f"Sources: {n_sources} {noun}{named}"]
    parts.append(f"{len(events)} event{'s' if len(events) != 1 else ''} of {report.total}")
    if report.data_as_of:
        parts.append(f"data as of {report.data_as_of.isoformat()}")
    parts.append(f"generated {report.generated.isoformat()} with policy-timeline")
    return " · ".join(parts)


# --- data formats --------------------------------------------------------------------------------


def escape_cell(text: str) -> str:
    """Neutralise a text cell a spreadsheet would run as a formula by prefixing an apostrophe.

    >>> escape_cell('=1+2";=1+2'), escape_cell("\\uff1dSUM(A1)"), escape_cell("Maduro")
    ('\\'=1+2";=1+2', "'＝SUM(A1)", 'Maduro')
    """
    return "'" + text if text and text[0] in FORMULA_STARTS else text


def to_csv(events: pd.DataFrame) -> bytes:
    """CSV for spreadsheets: UTF-8 with BOM, schema columns, formula-like text cells escaped.

    The stored events file is written by :mod:`timeline.store` and never escaped; only exports are.
    """
    table = _text_frame(events)
    for column in table.columns:
        if column not in UNESCAPED_COLUMNS:
            cells = table[column]
            # Column-wise form of escape_cell (the row-by-row loop took seconds on 100k events).
            risky = cells.str[:1].isin(FORMULA_STARTS)
            table[column] = cells.where(~risky, "'" + cells)
    buf = io.StringIO(newline="")
    table.to_csv(buf, index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return buf.getvalue().encode("utf-8-sig")


def _typed_column(column: str, cells: pd.Series) -> list:
    """JSON values of one column: lists as arrays, numbers as numbers, empty cells as null."""
    if column in schema.LIST_COLUMNS:
        return [schema.split_list(v) for v in cells]
    if column in schema.INT_COLUMNS:
        return [int(v) if v else None for v in cells]
    if column in schema.FLOAT_COLUMNS:
        return [float(v) if v else None for v in cells]
    return [v or None for v in cells]


def to_json(events: pd.DataFrame, report: Report) -> bytes:
    """JSON: what was filtered and when, then one object per event (lists as arrays, numbers as numbers)."""
    document = {
        "title": title(events, report),
        "filters": report.filters.to_query(),
        "filters_description": report.filters.describe(),
        "events_shown": len(events),
        "events_total": report.total,
        "data_as_of": report.data_as_of.isoformat() if report.data_as_of else None,
        "generated": report.generated.isoformat(),
    }
    table = _text_frame(events)
    columns = [_typed_column(c, table[c]) for c in schema.COLUMNS]
    return _dump(document, "events", [dict(zip(schema.COLUMNS, values)) for values in zip(*columns)])


def _tl_date(iso: str, precision: str) -> dict[str, int] | None:
    """A TimelineJS date object: year, then month and day only as far as the precision goes."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return None
    out = {"year": day.year}
    if precision in ("day", "month"):
        out["month"] = day.month
    if precision == "day":
        out["day"] = day.day
    return out


def _tl_text(row: dict[str, str], accessed: date) -> str:
    """Slide body: summary, then linked sources, all HTML-escaped (TimelineJS renders it as HTML)."""
    parts = []
    if row["summary"]:
        parts.append(f"<p>{html.escape(row['summary'])}</p>")
    name = html.escape(row["source_name"] or "Source")
    links = [f'<a href="{html.escape(row["source_url"])}" target="_blank" rel="noopener">{name}</a>']
    links += [
        f'<a href="{html.escape(u)}" target="_blank" rel="noopener">{i}</a>'
        for i, u in enumerate(schema.split_list(row["other_sources"]), start=2)
    ]
    parts.append(f"<p>Sources: {', '.join(links)} (accessed {accessed.isoformat()})</p>")
    return "".join(parts)


def to_timelinejs(events: pd.DataFrame, report: Report) -> dict:
    """A TimelineJS3 story (``title``, ``events``, ``eras``) of the events, grouped by event type.

    >>> from timeline.store import normalize_event
    >>> ev = pd.DataFrame([normalize_event({"date": "2025-02-01", "date_precision": "month",
    ...     "event_type": "tariff", "title": "A <b>", "source_url": "https://x.example/1"})])
    >>> slide = to_timelinejs(ev, Report(Filters(), total=1, generated=date(2026, 1, 1)))["events"][0]
    >>> slide["start_date"], slide["text"]["headline"], slide["group"]
    ({'year': 2025, 'month': 2}, 'A &lt;b&gt;', 'Tariff')
    """
    slides = []
    for row in _rows(events):
        slide = {
            "unique_id": row["event_id"],
            "start_date": _tl_date(row["date"], row["date_precision"]),
            "text": {"headline": html.escape(row["title"]), "text": _tl_text(row, report.generated)},
            "group": schema.label("event_type", row["event_type"]),
            "autolink": False,
        }
        end = _tl_date(row["end_date"], "day") if row["end_date"] else None
        if end:
            slide["end_date"] = end
        slides.append(slide)
    story: dict = {
        "title": {
            "text": {
                "headline": html.escape(title(events, report)),
                "text": f"<p>{html.escape(subtitle(report))}</p><p>{html.escape(footer(events, report))}</p>",
            }
        },
        "events": slides,
    }
    if report.show_eras and report.eras is not None and len(report.eras):
        story["eras"] = [
            {
                "start_date": _tl_date(era["start"], "day"),
                "end_date": _tl_date(era["end"] or report.generated.isoformat(), "day"),
                "text": {"headline": html.escape(era["label"])},
            }
            for era in report.eras.fillna("").astype(str).to_dict("records")
            if _tl_date(era["start"], "day")
        ]
    return story


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Text safe inside Markdown: the characters that would format or link are backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def citations(events: pd.DataFrame, report: Report) -> str:
    """A Markdown list of every exported event's sources with the event date and the access date.

    >>> from timeline.store import normalize_event
    >>> ev = pd.DataFrame([normalize_event({"date": "2025-09-02", "date_precision": "day",
    ...     "event_type": "boat_strike", "title": "Strike *one*", "source_name": "AP",
    ...     "source_url": "https://x.example/1", "published": "2025-09-03"})])
    >>> print(citations(ev, Report(Filters(), total=1, generated=date(2026, 1, 1))).splitlines()[-1])
    1. 2 Sep 2025 — Strike \\*one\\*. AP, published 2025-09-03. <https://x.example/1> (accessed 2026-01-01)
    """
    accessed = report.generated.isoformat()
    lines = [
        f"# Sources: {_md(title(events, report))}",
        "",
        f"{_md(subtitle(report))}  ",
        f"{len(events)} of {report.total} events"
        + (f" · data as of {report.data_as_of.isoformat()}" if report.data_as_of else "")
        + f" · generated {accessed}",
        "",
    ]
    for i, row in enumerate(_rows(events.sort_values(["date", "event_id"])), start=1):
        when = schema.format_date(row["date"], row["date_precision"])
        source = _md(row["source_name"] or "Source")
        published = f", published {row['published']}" if row["published"] else ""
        lines.append(
            f"{i}. {when} — {_md(row['title'])}. {source}{published}. <{row['source_url']}> (accessed {accessed})"
        )
        for url in schema.split_list(row["other_sources"]):
            lines.append(f"   - also reported at <{url}> (accessed {accessed})")
    return "\n".join(lines) + "\n"


# --- figures and the bundle ----------------------------------------------------------------------


def _span(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day the events cover, padded a little so edge markers are not cut in half."""
    if not len(events):
        return None
    first = events["date_dt"].min()
    last = max(events["date_dt"].max(), events["end_dt"].max() if events["end_dt"].notna().any() else first)
    pad = max(pd.Timedelta(days=12), (last - first) * 0.03)
    return first - pad, last + pad


def _eras_in_view(eras: pd.DataFrame | None, span: tuple[pd.Timestamp, pd.Timestamp] | None) -> pd.DataFrame | None:
    """The eras overlapping the exported period, starting no earlier than it (so each label stays in view)."""
    if eras is None or span is None or not len(eras) or "start_dt" not in eras.columns:
        return eras
    ends = eras["end_dt"].fillna(span[1])
    kept = eras[(eras["start_dt"] <= span[1]) & (ends >= span[0])].copy()
    early = kept["start_dt"] < span[0]
    kept.loc[early, "start_dt"] = span[0]
    kept.loc[early, "start"] = span[0].date().isoformat()
    return kept.reset_index(drop=True)


def report_figure(events: pd.DataFrame, report: Report):
    """The app's timeline chart of the events with the report's title, filters line and sources footer.

    The time axis covers the exported events only (an era reaching further is cut at the edge),
    so a filtered export is not mostly empty space.
    """
    from timeline import charts  # loaded only for figure formats

    span = _span(events)
    fig = charts.timeline_figure(
        events, color_by=report.color_by, eras=_eras_in_view(report.eras, span), show_eras=report.show_eras
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
        f"Query string of this view: {'&'.join(f'{k}={v}' for k, v in report.filters.to_query().items()) or '(none)'}",
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

    >>> export("csv", pd.DataFrame(columns=schema.COLUMNS), Report(Filters(), total=0, generated=date(2026, 1, 1)))[:11]
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
        story = to_timelinejs(events, report)
        return _dump({k: v for k, v in story.items() if k != "events"}, "events", story["events"])
    if fmt == "citations":
        return citations(events, report).encode("utf-8")
    if fmt == "bundle":
        return bundle(events, report)
    raise ValueError(f"unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}")
