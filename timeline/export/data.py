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
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import pandas as pd

from timeline import settings
from timeline.store import schema
from timeline.store.validate import encode_url, is_http_url
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


def data_as_of(events: pd.DataFrame) -> date | None:
    """How current a table is: the latest publication date of its sources, else its latest event date.

    >>> data_as_of(pd.DataFrame({"published": ["2025-03-01", ""], "date": ["2025-02-01", "2026-01-01"]}))
    datetime.date(2025, 3, 1)
    """
    for column in ("published", "date"):
        cells = events[column].astype("str")
        shaped = _iso_days(cells)
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


def source_urls(events: pd.DataFrame) -> list[str]:
    """Distinct source addresses of the events (main sources first), in table order.

    >>> source_urls(pd.DataFrame({"source_url": ["https://a.example/1", "https://b.example/2"],
    ...                           "other_sources": ["https://b.example/2;https://c.example/3", ""]}))
    ['https://a.example/1', 'https://b.example/2', 'https://c.example/3']
    """
    urls = list(events["source_url"])
    urls += [u for cell in events["other_sources"] for u in schema.split_list(cell)]
    return list(dict.fromkeys(u for u in urls if u))


# --- text shown with every export ---------------------------------------------------------------


#: What a title calls events of each type, in the plural.
TYPE_NOUNS: dict[str, str] = {
    "fto_designation": "designations",
    "boat_strike": "boat strikes",
    "drone_strike": "air and land strikes",
    "troop_deployment": "deployments",
    "extradition": "transfers",
    "sanction": "sanctions",
    "tariff": "tariffs",
    "military_planning": "military plans",
    "statement": "statements",
    "other": "other events",
}


def _iso_days(cells: pd.Series) -> pd.Series:
    """The cells shaped ``YYYY-MM-DD``, or only their smallest and largest when every non-empty cell is.

    Callers take the minimum or maximum: a regex over a million cells costs a second a rerun, while a
    store's cells are dates or empty, so checking the two ends is enough unless one of them is not a date.
    """
    filled = cells[cells != ""]
    if filled.empty:
        return filled
    ends = pd.Series([filled.min(), filled.max()], dtype="str")
    if ends.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all():
        return ends
    return cells[cells.str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)]


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _period(events: pd.DataFrame) -> str:
    """'Feb–Nov 2025', 'Feb 2025–May 2026' or 'Sep 2025': the months the events cover."""
    # ISO dates sort as text: min and max of the text, not a parse of every row (seconds at a million events).
    days = _iso_days(events["date"].astype("str"))
    if days.empty:
        return ""
    first, last = pd.Timestamp(days.min()), pd.Timestamp(days.max())
    if (first.year, first.month) == (last.year, last.month):
        return first.strftime("%b %Y")
    if first.year == last.year:
        return f"{first.strftime('%b')}–{last.strftime('%b %Y')}"
    return f"{first.strftime('%b %Y')}–{last.strftime('%b %Y')}"


def title(events: pd.DataFrame, report: Report) -> str:
    """The report title: the one given, else made from the filters, subject first.

    The subject is the actors filtered on, then the places (countries, the place filter), else
    the data set's name (the ``app_title`` setting); then what kind of events (the types filtered
    on, or the types shown when there are at most three); then the months covered.

    >>> ev = pd.DataFrame({"date": ["2025-02-20", "2025-11-01"], "event_type": ["fto_designation", "sanction"]})
    >>> title(ev, Report(Filters(actors=("Sinaloa Cartel",), countries=("MEX",)), total=9, generated=date(2026, 6, 1)))
    'Sinaloa Cartel in Mexico: designations and sanctions, Feb–Nov 2025'
    >>> title(ev.assign(event_type="boat_strike"), Report(Filters(types=("boat_strike",)), total=9,
    ...       generated=date(2026, 6, 1)))
    'Boat strikes, Feb–Nov 2025'
    """
    if report.title:
        return report.title
    if not len(events):
        return "Timeline: no event matches these filters"
    wanted = report.filters
    present = set(events["event_type"].unique())  # unique() first: iterating a million strings costs seconds
    kinds = list(wanted.types) or [t for t in schema.EVENT_TYPES if t in present]
    what = _and([TYPE_NOUNS.get(t, t) for t in kinds]) if len(kinds) <= 3 else f"{len(events)} events"
    places = [schema.country_name(c) for c in wanted.countries] + list(getattr(wanted, "places", ()))
    subject = _and(list(wanted.actors)) if wanted.actors else ""
    if places:
        subject = f"{subject} in {_and(places)}" if subject else _and(places)
    if wanted.q:
        subject = f"{subject}, “{wanted.q}”" if subject else f"“{wanted.q}”"
    period = _period(events)
    if not subject and not wanted.types:  # no subject in the filters: the data set's own name
        subject = str(settings.get("app_title"))
    head = f"{subject}: {what}" if subject else what[:1].upper() + what[1:]
    return f"{head}, {period}" if period else head


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


def _tl_text(row: dict[str, str]) -> str:
    """Slide body: summary, then linked sources, all HTML-escaped (TimelineJS renders it as HTML)."""
    parts = []
    if row["summary"]:
        parts.append(f"<p>{html.escape(row['summary'])}</p>")
    name = html.escape(row["source_name"] or _site(row["source_url"]))
    urls = [(name, link_url(row["source_url"]))]
    urls += [(str(i), link_url(u)) for i, u in enumerate(schema.split_list(row["other_sources"]), start=2)]
    links = [f'<a href="{html.escape(u)}" target="_blank" rel="noopener">{text}</a>' if u else text for text, u in urls]
    parts.append(f"<p>Sources: {', '.join(links)}</p>")
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
            "text": {"headline": html.escape(row["title"]), "text": _tl_text(row)},
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


def to_timelinejs_bytes(events: pd.DataFrame, report: Report) -> bytes:
    """The TimelineJS story as a JSON file, one slide per line."""
    story = to_timelinejs(events, report)
    return _dump({k: v for k, v in story.items() if k != "events"}, "events", story["events"])


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Text safe on one Markdown line: whitespace runs become one space, markup characters are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_url(url: str) -> str:
    """An autolink of an http(s) address, percent-encoded; any other address as code, not linked."""
    link = link_url(url)
    if link:
        return f"<{link}>"
    return f"`{encode_url(' '.join(url.split()))}` (not an http(s) address, not linked)"


def citations(events: pd.DataFrame, report: Report) -> str:
    """A Markdown list of every exported event's sources with the event date, and the day the list was made.

    No access date is claimed: the project does not record when each source was read, and the
    day of the export is not that day.

    >>> from timeline.store import normalize_event
    >>> ev = pd.DataFrame([normalize_event({"date": "2025-09-02", "date_precision": "day",
    ...     "event_type": "boat_strike", "title": "Strike *one*", "source_name": "AP",
    ...     "source_url": "https://x.example/1", "published": "2025-09-03"})])
    >>> print(citations(ev, Report(Filters(), total=1, generated=date(2026, 1, 1))).splitlines()[-1])
    1. 2 Sep 2025 — Strike \\*one\\*. AP, published 2025-09-03. <https://x.example/1>
    """
    generated = report.generated.isoformat()
    lines = [
        f"# Sources: {_md(title(events, report))}",
        "",
        f"{_md(subtitle(report))}  ",
        f"{len(events)} of {report.total} events"
        + (f" · data as of {report.data_as_of.isoformat()}" if report.data_as_of else "")
        + f" · list generated {generated}",
        "",
    ]
    for i, row in enumerate(_rows(events.sort_values(["date", "event_id"])), start=1):
        when = schema.format_date(row["date"], row["date_precision"])
        source = _md(row["source_name"] or _site(row["source_url"]))
        published = f", published {row['published']}" if row["published"] else ""
        lines.append(
            f"{i}. {when} — {_md(row['title'])}. {source}{published}. {_md_url(row['source_url'])}"
        )
        for url in schema.split_list(row["other_sources"]):
            lines.append(f"   - also reported at {_md_url(url)}")
    return "\n".join(lines) + "\n"
