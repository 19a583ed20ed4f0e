"""What every export says about itself, and the data formats: CSV, JSON, TimelineJS and citations.

Pure functions of the filtered events and a :class:`Report` (the filters, the counts and the dates,
passed in, never read from the clock). :mod:`timeline.export` adds the figures and the bundle and
is the entry point the app and the CLI call.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import pandas as pd

from timeline.export.labels import footer, iso_days, source_urls, subtitle, title  # noqa: F401 - source_urls re-exported
from timeline.i18n import gettext
from timeline.store import schema
from timeline.store.validate import encode_url, is_http_url
from timeline.view import localized
from timeline.view.filters import Filters

#: A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"),
#: including the full-width forms some spreadsheets fold to ASCII.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: Columns whose values are numbers or ISO dates; never escaped, so "-66.9" stays a number.
UNESCAPED_COLUMNS = frozenset(schema.INT_COLUMNS + schema.FLOAT_COLUMNS + schema.DATE_COLUMNS)


@dataclass(frozen=True)
class Report:
    """What an export describes besides its events: the view, the counts, the dates and the chart options.

    ``generated`` is the day the export is made (not an access date of the sources, which is not recorded).
    """

    filters: Filters
    total: int
    generated: date
    data_as_of: date | None = None
    title: str = ""
    preset: str = "slide"
    color_by: str = "event_type"
    show_eras: bool = True
    view: str = "timeline"
    eras: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    #: The language of the export's words (title, filters, footer, headings, dates); the data stays as written.
    lang: str = "en"


def data_as_of(events: pd.DataFrame) -> date | None:
    """How current a table is: the latest publication date of its sources, else its latest event date.

    >>> data_as_of(pd.DataFrame({"published": ["2025-03-01", ""], "date": ["2025-02-01", "2026-01-01"]}))
    datetime.date(2025, 3, 1)
    """
    for column in ("published", "date"):
        cells = events[column].astype("str")
        shaped = iso_days(cells)
        if not len(shaped):
            continue
        try:  # YYYY-MM-DD dates sort as text: the largest cell is the latest day (no parse of every row)
            return date.fromisoformat(shaped.max())
        except ValueError:  # an impossible day such as 2025-02-30: parse them all
            shaped = cells[cells.str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)]
            days = pd.to_datetime(shaped, format="%Y-%m-%d", errors="coerce").dropna()
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
    # allow_nan=False: strict JSON, never Infinity or NaN (numbers are made finite or null before).
    lines = ",\n".join(json.dumps(item, ensure_ascii=False, allow_nan=False) for item in items)
    text = json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False)
    body = f'"{key}": [\n{lines}\n]' if items else f'"{key}": []'
    return (text[:-1].rstrip() + ("," if head else "") + "\n " + body + "\n}\n").encode("utf-8")


def _site(url: str) -> str:
    """A source without an outlet name is named by its site ("reuters.com"), never a bare "Source"."""
    return (urlsplit(url).hostname or url or "source").removeprefix("www.")


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

    >>> to_csv(pd.DataFrame({"title": ["=HYPERLINK(1)"], "longitude": [-66.9]})).decode("utf-8-sig").splitlines()[1]
    ",,,,,'=HYPERLINK(1),,,,,,-66.9,,,,,,,,,,,,,"
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


def _json_number(cell: str, integer: bool) -> int | float | None:
    """A cell as a JSON number; null when empty, not a number or not finite (JSON has no Infinity or NaN)."""
    if integer and cell.isdigit():
        return int(cell)
    try:
        number = float(cell)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return int(number) if integer and number.is_integer() else number


def _typed_column(column: str, cells: pd.Series) -> list:
    """JSON values of one column: lists as arrays, numbers as numbers, empty cells as null."""
    if column in schema.LIST_COLUMNS:
        return [schema.split_list(v) for v in cells]
    if column in schema.INT_COLUMNS or column in schema.FLOAT_COLUMNS:
        integer = column in schema.INT_COLUMNS
        return [_json_number(v, integer) if v else None for v in cells]
    return [v or None for v in cells]


def link_url(url: str) -> str | None:
    """The address to put in a link, percent-encoded so it cannot end the link; None if not http(s).

    >>> link_url('https://x.example/a"> b'), link_url("javascript:alert(1)")
    ('https://x.example/a%22%3E%20b', None)
    """
    encoded = encode_url(url)
    return encoded if is_http_url(encoded) else None


def to_json(events: pd.DataFrame, report: Report) -> bytes:
    """JSON: what was filtered and when, then one object per event (lists as arrays, numbers as numbers).

    The same bytes in every language: its keys, codes and texts are for programs, so the title and the
    filters' description stay in English.
    """
    document = {
        "title": title(events, report, "en"),
        "filters": report.filters.to_query(),
        "filters_description": report.filters.describe("en"),
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


def _tl_text(row: dict[str, str], lang: str = "en") -> str:
    """Slide body: summary, then linked sources, all HTML-escaped (TimelineJS renders it as HTML)."""
    parts = []
    if row["summary"]:
        parts.append(f"<p>{html.escape(row['summary'])}</p>")
    name = html.escape(row["source_name"] or _site(row["source_url"]))
    urls = [(name, link_url(row["source_url"]))]
    urls += [(str(i), link_url(u)) for i, u in enumerate(schema.split_list(row["other_sources"]), start=2)]
    links = [f'<a href="{html.escape(u)}" target="_blank" rel="noopener">{text}</a>' if u else text for text, u in urls]
    parts.append("<p>" + gettext("Sources: {links}", lang).format(links=", ".join(links)) + "</p>")
    return "".join(parts)


def to_timelinejs(events: pd.DataFrame, report: Report) -> dict:
    """A TimelineJS3 story (``title``, ``events``, ``eras``) of the events, grouped by event type.

    The story's words (title slide, group names, "Sources") are in the report's language; headlines and
    summaries are the events' own.

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
            "text": {"headline": html.escape(row["title"]), "text": _tl_text(row, report.lang)},
            "group": schema.label("event_type", row["event_type"], report.lang),
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


def to_timelinejs_bytes(events: pd.DataFrame, report: Report) -> bytes:
    """The TimelineJS story as a JSON file, one slide per line."""
    story = to_timelinejs(events, report)
    return _dump({k: v for k, v in story.items() if k != "events"}, "events", story["events"])


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


#: Whitespace a Markdown line cannot hold; no-break spaces stay (French puts one before a colon).
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def _md(text: str) -> str:
    """Text safe on one Markdown line: whitespace runs become one space, markup characters are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _BREAKING_SPACE.sub(" ", text).strip())


def _md_url(url: str, lang: str = "en") -> str:
    """An autolink of an http(s) address, percent-encoded; any other address as code, not linked."""
    link = link_url(url)
    if link:
        return f"<{link}>"
    return f"`{encode_url(' '.join(url.split()))}` " + gettext("(not an http(s) address, not linked)", lang)


def citations(events: pd.DataFrame, report: Report) -> str:
    """A Markdown list of every exported event's sources with the event date, and the day the list was made.

    No access date is claimed: the project does not record when each source was read, and the
    day of the export is not that day. The words and dates are in the report's language; titles and
    outlets' names are the events' own.

    >>> from timeline.store import normalize_event
    >>> ev = pd.DataFrame([normalize_event({"date": "2025-09-02", "date_precision": "day",
    ...     "event_type": "boat_strike", "title": "Strike *one*", "source_name": "AP",
    ...     "source_url": "https://x.example/1", "published": "2025-09-03"})])
    >>> print(citations(ev, Report(Filters(), total=1, generated=date(2026, 1, 1))).splitlines()[-1])
    1. 2 Sep 2025 — Strike \\*one\\*. AP, published 2025-09-03. <https://x.example/1>
    >>> print(citations(ev, Report(Filters(), total=1, generated=date(2026, 1, 1), lang="es")).splitlines()[-1])
    1. 2 sept 2025 — Strike \\*one\\*. AP, publicado el 3 sept 2025. <https://x.example/1>
    """
    lang = report.lang
    counts = gettext("{count} of {total} events", lang).format(
        count=localized.number(len(events), lang), total=localized.number(report.total, lang)
    )
    if report.data_as_of:
        counts += " · " + gettext("data as of {day}", lang).format(day=localized.stamp(report.data_as_of, lang))
    counts += " · " + gettext("list generated {day}", lang).format(day=localized.stamp(report.generated, lang))
    lines = [
        "# " + gettext("Sources: {title}", lang).format(title=_md(title(events, report))),
        "",
        f"{_md(subtitle(report))}  ",
        counts,
        "",
    ]
    for i, row in enumerate(_rows(events.sort_values(["date", "event_id"])), start=1):
        when = _md(localized.day(row["date"], row["date_precision"], lang))  # a raw frame may hold any text
        source = _md(row["source_name"] or _site(row["source_url"]))
        if row["published"]:
            day = row["published"] if lang == "en" else localized.day(row["published"], "day", lang)
            source = gettext("{source}, published {day}", lang).format(source=source, day=day)
        lines.append(f"{i}. {when} — {_md(row['title'])}. {source}. {_md_url(row['source_url'], lang)}")
        for url in schema.split_list(row["other_sources"]):
            lines.append("   - " + gettext("also reported at {url}", lang).format(url=_md_url(url, lang)))
    return "\n".join(lines) + "\n"
