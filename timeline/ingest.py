"""From an article to reviewed rows in the store: read, propose, match, finalise, save.

The page "Add from article" and ``timeline ingest`` both go through these functions:

1. :func:`read_upload` / :func:`article_from_url` / :class:`Article` turn bytes, a URL or pasted
   text into an :class:`Article` (text, source address, publication date);
2. :func:`propose` runs the extractor and returns candidate rows in the store's columns;
3. :func:`match_existing` finds, for each candidate, an event already on the timeline;
4. :func:`finalise` turns the accepted, edited rows into valid ``reviewed`` rows (a row that
   matches an existing event keeps that event's id, so saving it adds the article as a source);
5. :func:`save` appends them through :func:`timeline.store.append_events`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import PurePath
from urllib.parse import urlsplit

import pandas as pd

from timeline import schema, settings, store
from timeline.filters import Filters, fold, period_end
from timeline.store import MergeReport
from timeline.validate import is_http_url

__all__ = [
    "Article",
    "IngestError",
    "TEXT_SUFFIXES",
    "article_from_html",
    "as_events",
    "article_from_url",
    "decode_text",
    "default_extractor",
    "detect_published",
    "check_size",
    "finalise",
    "is_iso_day",
    "mark_dates",
    "match_existing",
    "propose",
    "read_upload",
    "save",
    "timeline_query",
]

#: File kinds read by the upload and by ``timeline ingest FOLDER``.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
#: Text is refused when more than this share of its characters are control characters (binary data).
MAX_CONTROL_SHARE = 0.01
# "Source: https://..." / "Published: 2025-09-03" lines at the top of a .txt/.md file.
_HEADER_LINE = re.compile(r"^\s*(source|url|fuente|published|date|fecha|publi[ée])\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

Extractor = Callable[..., list]


class IngestError(Exception):
    """Input that cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Article:
    """The text of one article and what is known about its source."""

    text: str
    source_url: str = ""
    source_name: str = ""
    published: str = ""
    title: str = ""
    lang: str | None = None


# --- reading ------------------------------------------------------------------------------------


def decode_text(data: bytes, name: str = "the file") -> str:
    """Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252; binary data is refused.

    Windows-1252 is the fallback because older Spanish and French files often use it; it leaves
    five bytes undefined, and text with many control characters is refused as binary.

    >>> decode_text("Año".encode("utf-8-sig")), decode_text("Año".encode("cp1252"))
    ('Año', 'Año')
    """
    codecs = ["utf-16"] if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ["utf-8-sig", "cp1252"]
    for codec in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
        if "\x00" in text or controls > MAX_CONTROL_SHARE * max(len(text), 1):
            break
        return text
    raise IngestError(
        f"{name} does not look like text (it is not UTF-8, UTF-16 or Windows-1252 text). "
        "Upload a .txt, .md or .html file saved as UTF-8, or paste the article's text."
    )


def _read_header(text: str) -> tuple[dict[str, str], str]:
    """Leading 'Source: URL' / 'Published: DATE' lines of a text file, and the text after them."""
    meta: dict[str, str] = {}
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    used = 0
    for line in lines[:5]:
        m = _HEADER_LINE.match(line)
        if not m:
            break
        key = "source_url" if m.group(1).lower() in ("source", "url", "fuente") else "published"
        meta[key] = m.group(2)
        used += 1
    return meta, "".join(lines[used:])


def article_from_html(html: bytes | str, url: str = "", name: str = "") -> Article:
    """Main text, title, canonical address and publication date of an HTML page (trafilatura + htmldate).

    The date comes from the page's metadata and markup only (``extensive_search=False``): a guess
    from any date in the text or the URL is worse than asking the user, who sees the field.
    """
    import trafilatura  # heavy import, only needed for HTML

    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise IngestError(
            f"No article text was found in {name or url or 'the page'}; copy the text from your browser and paste it."
        )
    source = url if is_http_url(url) else (doc.url or "")
    published = doc.date or ""
    return Article(
        text=doc.text,
        source_url=source if is_http_url(source) else "",
        source_name=doc.sitename or (urlsplit(source).hostname or "" if source else "") or name,
        published=published if _ISO_DAY.match(published) else "",
        title=doc.title or "",
    )


def check_size(name: str, size: int) -> None:
    """Refuse a file bigger than the ``max_upload_bytes`` setting, saying what to do."""
    limit = settings.get("max_upload_bytes")
    if size > limit:
        raise IngestError(
            f"{name} is {size:,} bytes, more than the upload limit of {limit:,}; "
            "paste the article's text instead, or raise TIMELINE_MAX_UPLOAD_BYTES."
        )


def is_iso_day(value: str) -> bool:
    """True for a real date written YYYY-MM-DD.

    >>> is_iso_day("2025-09-03"), is_iso_day("2025-02-30"), is_iso_day("3/9/2025")
    (True, False, False)
    """
    return bool(_ISO_DAY.match(value)) and _iso_or_blank(value) == value


def read_upload(name: str, data: bytes) -> Article:
    """An uploaded or local file (.txt, .md, .html) as an article; refuses big, binary or other files.

    >>> read_upload("note.txt", b"Source: https://example.org/a\\n\\nBody.").source_url
    'https://example.org/a'
    """
    check_size(name, len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise IngestError(f"{name}: only {', '.join(TEXT_SUFFIXES)} files are read; save the article as text first.")
    text = decode_text(data, name)
    if suffix in HTML_SUFFIXES:
        article = article_from_html(text, name=name)
    else:
        meta, body = _read_header(text)
        source = meta.get("source_url", "")
        article = Article(
            text=body,
            source_url=source if is_http_url(source) else "",
            source_name=name,
            published=_iso_or_blank(meta.get("published", "")),
        )
    return check_article(article, name)


def article_from_url(url: str, **fetch_options) -> Article:
    """Fetch a page through :func:`timeline.fetch.fetch` and read its article."""
    from timeline.fetch import fetch

    page = fetch(url, **fetch_options)
    if page.content_type == "text/plain":
        text = page.body.decode(page.charset or "utf-8", errors="replace") if page.charset else decode_text(page.body)
        article = Article(text=text, source_url=page.final_url, source_name=urlsplit(page.final_url).hostname or "")
    else:
        article = article_from_html(page.body, url=page.final_url)
        # The address the user gave is the one they can cite; trafilatura may prefer a canonical one.
        article = replace(article, source_url=article.source_url or page.final_url)
    return check_article(article, url)


def check_article(article: Article, name: str = "the article") -> Article:
    """Refuse empty or overlong texts with a sentence saying what to do."""
    text = article.text.strip()
    if not text:
        raise IngestError(f"{name} has no text; paste the article or choose another file.")
    limit = settings.get("max_article_chars")
    if len(text) > limit:
        raise IngestError(
            f"{name} has {len(text):,} characters, more than the limit of {limit:,}; "
            "keep only the article (or raise TIMELINE_MAX_ARTICLE_CHARS)."
        )
    return replace(article, text=text)


def _iso_or_blank(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return ""


def detect_published(text: str, lang: str | None = None) -> str:
    """The publication date an article's header states (its dateline), as YYYY-MM-DD, or ''."""
    from timeline.extract.dates import find_published
    from timeline.extract.text import detect_language

    found = find_published(text, lang or detect_language(text))
    return found[0].isoformat() if found else ""


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
        raise IngestError(f"The article extractor is not available ({exc}); reinstall the package.") from exc
    return extract_events


def propose(article: Article, published: str = "", *, extractor: Extractor | None = None) -> list[dict[str, str]]:
    """Candidate rows (store columns, status 'extracted', plus the ``date_text`` words) from the extractor.

    ``published`` (YYYY-MM-DD) anchors relative dates like "on Tuesday"; without it they stay unresolved.
    """
    extractor = extractor or default_extractor()
    events = extractor(article.text, published=published or None, lang=article.lang)
    rows = []
    for event in events:
        row = dict(event.to_row(source_url=article.source_url, published=published))
        candidate = {col: "" if row.get(col) is None else row.get(col) for col in schema.COLUMNS}
        candidate["date_text"] = getattr(event, "date_text", "") or ""
        rows.append(candidate)
    return rows


def _interval(start: str, precision: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
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
    most events; the closest date, then the most shared actors, wins.
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
    """
    out: list[dict[str, str]] = []
    problems: list[str] = []
    if not is_http_url(article.source_url):
        problems.append("The article needs its web address (http:// or https://) as the source; type it above.")
    if published and not is_iso_day(published):
        problems.append(f"The publication date '{published}' must be written YYYY-MM-DD.")
    seen: set[str] = set()
    for n, raw in enumerate(rows, start=1):
        row = {col: _cell(raw.get(col)) for col in schema.COLUMNS}
        text_date = _cell(raw.get("date"))
        day = _day_of(text_date)
        if not day:
            problems.append(f"Row {n}: the date '{text_date}' is not a date; type it as YYYY-MM-DD, YYYY-MM or YYYY.")
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
            problems.append(f"Row {n}: {', '.join(bad)} not ISO3 country codes; use codes like USA;MEX;VEN.")
        for col, message in (("event_type", "an event type"), ("title", "a title"), ("countries", "a country")):
            if not row[col]:
                problems.append(f"Row {n}: give it {message}.")
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


def save(path: str, rows: list[dict[str, str]]) -> MergeReport:
    """Append reviewed rows to the store (locked, atomic, merged by id); see :func:`timeline.store.append_events`."""
    return store.append_events(path, rows)


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
