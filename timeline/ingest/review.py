"""From an article to reviewed rows in the store: read, propose, match, finalise, save.

The page "Add from article" and ``timeline ingest`` both go through these functions:

1. :mod:`timeline.ingest.article` turns bytes, a URL or pasted text into an :class:`Article` (text,
   address to cite, publication date); its functions are re-exported here;
2. :func:`propose` runs the extractor and returns candidate rows in the store's columns;
3. :func:`match_existing` finds, for each candidate, an event already on the timeline;
4. :func:`finalise` turns the accepted, edited rows into valid ``reviewed`` rows (a row that
   matches an existing event keeps that event's id, so saving it adds the article as a source);
5. :func:`save` appends them through :func:`timeline.store.append_events`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta

import pandas as pd

from timeline import store
from timeline.i18n import N_
from timeline.ingest.article import (
    TEXT_SUFFIXES,
    Article,
    IngestError,
    article_from_html,
    article_from_url,
    check_article,
    check_size,
    decode_text,
    detect_published,
    is_iso_day,
    read_upload,
    text_from_pdf,
)
from timeline.messages import Text
from timeline.store import MergeReport, schema
from timeline.store.validate import is_http_url
from timeline.view.filters import Filters, fold, period_end

# The reading functions are re-exported: the page and the CLI need only this module.
__all__ = [
    "TEXT_SUFFIXES",
    "Article",
    "IngestError",
    "article_from_html",
    "article_from_url",
    "as_events",
    "check_article",
    "check_size",
    "decode_text",
    "default_extractor",
    "detect_published",
    "finalise",
    "is_iso_day",
    "mark_dates",
    "match_existing",
    "propose",
    "read_upload",
    "save",
    "text_from_pdf",
    "timeline_query",
]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

Extractor = Callable[..., list]


def mark_dates(evidence: str, date_text: str) -> list[tuple[str, bool]]:
    """The evidence sentence cut into pieces, True for the words that gave the date.

    >>> mark_dates("On Tuesday the Navy struck a boat.", "Tuesday")
    [('On ', False), ('Tuesday', True), (' the Navy struck a boat.', False)]
    """
    if not date_text or date_text not in evidence:
        return [(evidence, False)] if evidence else []
    before, _, after = evidence.partition(date_text)
    return [(part, marked) for part, marked in ((before, False), (date_text, True), (after, False)) if part]


# --- proposing and matching ----------------------------------------------------------------------


def default_extractor() -> Extractor:
    """The extractor used by the page and the CLI (a function, so tests can put a fake in its place)."""
    try:
        from timeline.extract import extract_events
    except ImportError as exc:
        raise IngestError(
            Text(N_("The article extractor is not available ({error}); reinstall the package."), error=str(exc))
        ) from exc
    return extract_events


def propose(
    article: Article,
    published: str = "",
    *,
    extractor: Extractor | None = None,
    notes: list[str] | None = None,
    title_lang: str = "en",
) -> list[dict[str, str]]:
    """Candidate rows (store columns, status 'extracted', plus the ``date_text`` words) from the extractor.

    ``published`` (YYYY-MM-DD) anchors relative dates like "on Tuesday"; without it they stay unresolved.
    What the extractor says about its result (its time budget ran out) is added to ``notes``.
    ``title_lang`` is the reader's language, in which the extractor proposes titles.
    """
    extractor = extractor or default_extractor()
    by_lang = {"title_lang": title_lang} if title_lang != "en" else {}  # extractors without titles' languages still fit
    events = extractor(article.text, published=published or None, lang=article.lang, **by_lang)
    note = getattr(events, "note", "")
    if note and notes is not None:
        notes.append(note)
    rows = []
    for event in events:
        row = dict(event.to_row(source_url=article.source_url, published=published))
        candidate = {col: "" if row.get(col) is None else row.get(col) for col in schema.COLUMNS}
        candidate["date_text"] = getattr(event, "date_text", "") or ""
        rows.append(candidate)
    return rows


def _interval(start: str, precision: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    if not start:
        return None
    try:
        day = pd.Timestamp(start)
    except ValueError:
        return None
    if precision == "month":
        return day, day + pd.offsets.MonthEnd(0)
    if precision == "year":
        return day, day + pd.offsets.YearEnd(0)
    return day, day


def _ubiquitous(existing: pd.DataFrame) -> set[str]:
    """Countries in more than half of the events (the USA in this domain) do not tell two events apart."""
    if len(existing) < 10:
        return set()
    counts = pd.Series([c for cell in existing["countries_list"] for c in set(cell)], dtype="str").value_counts()
    return set(counts[counts > len(existing) / 2].index)


def match_existing(rows: Iterable[Mapping], existing: pd.DataFrame) -> list[str]:
    """For each candidate, the id of the event already on the timeline it reports, or ''.

    A match has the same event_type, a compatible date (one day either way for day dates,
    overlapping periods otherwise) and a shared actor, or a shared country other than the ones in
    most events; the most shared actors, then the closest date, wins.

    >>> stored = as_events([{"event_id": "s1", "event_type": "boat_strike", "date": "2025-09-02",
    ...     "date_precision": "day", "title": "Strike", "actors": "Tren de Aragua", "countries": "USA;VEN",
    ...     "modality": "happened", "source_url": "https://example.org/a", "confidence": "high", "status": "curated"}])
    >>> match_existing([{"event_type": "boat_strike", "date": "2025-09-03", "actors": "tren de aragua"},
    ...                 {"event_type": "boat_strike", "date": "2025-09-05", "actors": "Tren de Aragua"}], stored)
    ['s1', '']
    """
    if existing.empty:
        return ["" for _ in rows]
    common = _ubiquitous(existing)
    ends = period_end(existing)
    found = []
    for row in rows:
        span = _interval(_day_of(str(row.get("date", ""))), str(row.get("date_precision") or "day"))
        if span is None:
            found.append("")
            continue
        lo, hi = span
        if (row.get("date_precision") or "day") == "day":
            lo, hi = lo - timedelta(days=1), hi + timedelta(days=1)
        same = existing[(existing["event_type"] == row.get("event_type")) & (existing["date_dt"] <= hi) & (ends >= lo)]
        actors = {fold(a) for a in _as_list(row.get("actors", ""))}
        countries = {c.upper() for c in _as_list(row.get("countries", ""))}
        best: tuple[int, float, str] | None = None
        for cand in same.itertuples(index=False):
            shared_actors = len(actors & {fold(a) for a in cand.actors_list})
            theirs = set(cand.countries_list)
            # A country shared by most events (the USA here) only counts when it is all both have.
            shared_country = bool((countries & theirs) - common) or (bool(countries) and countries == theirs)
            if not shared_actors and not shared_country:
                continue
            distance = abs((cand.date_dt - lo).days) if pd.notna(cand.date_dt) else 1e9
            key = (-shared_actors, distance, cand.event_id)
            if best is None or key < best:
                best = key
        found.append(best[2] if best else "")
    return found


def as_events(rows: Iterable[Mapping]) -> pd.DataFrame:
    """Rows in the store's columns as a typed events frame, like :func:`timeline.store.load` gives."""
    text = store.to_csv_text(list(schema.COLUMNS), [[r.get(c, "") for c in schema.COLUMNS] for r in rows])
    return store.load_text(text).events


def _as_list(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return schema.split_list(str(value or ""))


def _day_of(value: str) -> str:
    """'2025', '2025-09' or '2025-09-03' as the first day of that period; '' if not a date."""
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        return ""
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)).isoformat()
    except ValueError:
        return ""


# --- finalising and saving -----------------------------------------------------------------------


def finalise(rows: Iterable[Mapping], article: Article, published: str) -> tuple[list[dict[str, str]], list[str]]:
    """Reviewed rows ready for the store from the accepted, edited candidates, and the problems found.

    Each problem is a sentence naming the row (1-based) and the field. Dates may be typed as
    YYYY, YYYY-MM or YYYY-MM-DD; the precision follows. A row that matches an existing event
    (its ``existing_id``) keeps that id so the store merges the article into it.

    >>> rows, problems = finalise([{"event_type": "tariff", "date": "2025-03", "title": "Tariffs",
    ...     "countries": "usa;mex"}], Article("...", "https://example.org/a"), "2025-03-04")
    >>> [rows[0][c] for c in ("date", "date_precision", "countries", "status", "published")], problems
    (['2025-03-01', 'month', 'USA;MEX', 'reviewed', '2025-03-04'], [])
    """
    out: list[dict[str, str]] = []
    problems: list[str] = []  # sentences (:class:`~timeline.messages.Text`, readable in any interface language)
    if not is_http_url(article.source_url):
        problems.append(Text(N_("The article needs its web address (http:// or https://) as the source; type it above.")))
    if published and not is_iso_day(published):
        problems.append(Text(N_("The publication date '{date}' must be written YYYY-MM-DD."), date=published))
    seen: set[str] = set()
    for n, raw in enumerate(rows, start=1):
        row = {col: _cell(raw.get(col)) for col in schema.COLUMNS}
        text_date = _cell(raw.get("date"))
        day = _day_of(text_date)
        if not day:
            problems.append(
                Text(N_("Row {row}: the date '{date}' is not a date; type it as YYYY-MM-DD, YYYY-MM or YYYY."), row=n, date=text_date)
            )
            continue
        parts = text_date.count("-")
        precision = row["date_precision"] if row["date_precision"] in schema.ALLOWED["date_precision"] else "day"
        precision = {0: "year", 1: "month"}.get(parts, precision)
        row["date"] = _day_of(day[: {"day": 10, "month": 7, "year": 4}[precision]])
        row["date_precision"] = precision
        row["actors"] = schema.join_list(_as_list(raw.get("actors", "")))
        row["countries"] = schema.join_list([c.upper() for c in _as_list(raw.get("countries", ""))])
        bad = [c for c in schema.split_list(row["countries"]) if not schema.is_country_code(c)]
        if bad:
            problems.append(
                Text(N_("Row {row}: {codes} not ISO3 country codes; use codes like USA;MEX;VEN."), row=n, codes=", ".join(bad))
            )
        for col, message in (
            ("event_type", N_("Row {row}: give it an event type.")),
            ("title", N_("Row {row}: give it a title.")),
            ("countries", N_("Row {row}: give it a country.")),
        ):
            if not row[col]:
                problems.append(Text(message, row=n))
        row["modality"] = row["modality"] or "happened"
        row["confidence"] = row["confidence"] or "medium"
        row.update(
            status="reviewed",
            source_url=article.source_url,
            source_name=row["source_name"] or article.source_name,
            published=published,
            language=row["language"] or (article.lang or ""),
            event_id=_cell(raw.get("existing_id")),
        )
        if not row["event_id"]:
            row["event_id"] = schema.make_event_id(
                row["event_type"], row["date"], row["actors"], row["countries"], row["location"]
            )
        if row["event_id"] in seen:  # the article reports the same event twice: keep the first
            continue
        seen.add(row["event_id"])
        out.append(row)
    return out, problems


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return schema.join_list([str(v) for v in value])
    if isinstance(value, date):
        return value.isoformat()
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def save(path: str, rows: list[dict[str, str]], who: str = "") -> MergeReport:
    """Append reviewed rows to the store (locked, atomic, merged by id, logged as ``who``); see :func:`timeline.store.append_events`."""
    return store.append_events(path, rows, who=who)


def timeline_query(rows: Iterable[Mapping]) -> dict[str, str]:
    """Query-string parameters of a timeline view showing the given events (their types and dates).

    >>> timeline_query([{"event_type": "boat_strike", "date": "2025-09-02", "date_precision": "day"}])
    {'type': 'boat_strike', 'from': '2025-09-02', 'to': '2025-09-02'}
    """
    rows = list(rows)
    if not rows:
        return {}
    starts = [date.fromisoformat(r["date"]) for r in rows]
    types = tuple(dict.fromkeys(r["event_type"] for r in rows))
    return Filters(types=types, since=min(starts), until=max(starts)).to_query()
