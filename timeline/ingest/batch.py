"""The crawl pipeline's steps that do not depend on the engine.

1. :func:`candidates` (pure) turns a unit's articles into candidate events, rows of the store's
   columns with the article's place, the unit and the order in it;
2. :func:`run_unit` reads a unit, calls it, and writes the candidates as Parquet partitioned by
   month: ``<work>/candidates/month=YYYY-MM/part-<unit>.parquet``. A rerun of the same unit (a
   worker died) replaces its files, so each unit counts once;
3. :func:`merge_reports` (pure, deterministic) merges the reports of one event (the same id, by
   :func:`timeline.store.schema.make_event_id`) into one event listing every source;
   :func:`merge_candidates` does it month by month, so memory holds one month of candidates.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.ingest.article import article_from_html, is_iso_day
from timeline.ingest.sources import LANGUAGES, CrawlArticle, Issue, Unit, host_of, read_unit
from timeline.store import schema
from timeline.store.validate import validate_frame

__all__ = [
    "CANDIDATE_COLUMNS",
    "Options",
    "UnitResult",
    "candidates",
    "merge_candidates",
    "merge_reports",
    "run_unit",
    "write_partitions",
]

#: The store's columns, then where the report came from (for a stable order and for messages).
CANDIDATE_COLUMNS: tuple[str, ...] = (*schema.COLUMNS, "place", "unit", "seq")
_SCHEMA = pa.schema(
    [(c, pa.string()) for c in schema.COLUMNS] + [("place", pa.string()), ("unit", pa.int64()), ("seq", pa.int64())]
)
_MISSING = "\uffff"  # sorts after any date: reports without a publication date come last


@dataclass(frozen=True)
class Options:
    """What every unit needs: the work folder and the defaults given on the command line."""

    work_dir: str
    published: str = ""  # YYYY-MM-DD for articles that do not state one
    source_url: str = ""  # the address to cite for article files that do not give one


@dataclass
class UnitResult:
    """What one unit gave: articles read, candidate events written, candidates skipped, bad input."""

    index: int
    place: str
    articles: int = 0
    events: int = 0
    skipped: int = 0
    issues: list[str] = field(default_factory=list)
    failed: bool = False


def candidates(
    articles: Iterable[CrawlArticle | Issue], unit: int = 0, default_published: str = ""
) -> tuple[list[dict], list[Issue], int, int]:
    """Candidate events of a unit's articles: (rows, issues, articles read, candidates skipped).

    Pure and offline: the same articles give the same rows. A row is kept when it could go into the
    store as it is (a date, a country, a title...); others are counted as skipped. Status is
    ``extracted``: nobody has reviewed a crawl.
    """
    from timeline.extract import extract_article

    rows: list[dict] = []
    issues: list[Issue] = []
    read = 0
    for seq, item in enumerate(articles):
        if isinstance(item, Issue):
            issues.append(item)
            continue
        read += 1
        try:
            found = _extract(item, default_published, extract_article)
        except Exception as exc:  # one text that breaks the extractor must not stop a crawl
            issues.append(
                Issue(item.place, f"the extractor failed ({type(exc).__name__}: {exc}); the article is skipped.")
            )
            continue
        if isinstance(found, Issue):
            issues.append(found)
            continue
        seen: set[str] = set()
        for row in found:
            if row["event_id"] not in seen:  # the article reports the same event twice: keep the first
                seen.add(row["event_id"])
                rows.append({**row, "place": item.place, "unit": unit, "seq": seq})
    kept = _valid(rows)
    return kept, issues, read, len(rows) - len(kept)


def _extract(item: CrawlArticle, default_published: str, extract_article) -> list[dict] | Issue:
    text, url, published = item.text, item.url, ""
    if item.html and not text.strip():
        page = article_from_html(item.html, url=url, name=item.place)
        text, published = page.text, page.published
    given = item.published[:10]
    if given and not is_iso_day(given):
        return Issue(item.place, f"'published' is {item.published!r}, not a date YYYY-MM-DD; fix it or leave it out.")
    lang = item.language or None
    if lang and lang not in LANGUAGES:
        return Issue(
            item.place,
            f"'language' is {item.language!r}; the extractor reads {', '.join(LANGUAGES)} (leave it out to detect it).",
        )
    result = extract_article(text, given or published or None, lang)
    if not result.published and default_published:  # no date given nor stated: --published fills in
        result = extract_article(text, default_published, lang)
    rows = []
    for event in result.events:
        if event.date:
            row = event.to_row(source_url=url, published=result.published, source_name=host_of(url))
            rows.append({col: str(row.get(col) or "") for col in schema.COLUMNS})
    return rows


def _valid(rows: list[dict]) -> list[dict]:
    """The rows the store would accept (duplicate ids are fine: they are merged later)."""
    if not rows:
        return []
    frame = pd.DataFrame(
        [[str(r.get(c, "")) for c in schema.COLUMNS] for r in rows], columns=list(schema.COLUMNS), dtype="str"
    )
    for col in schema.COLUMNS:
        frame[col] = frame[col].fillna("")
    frame["line"] = range(len(rows))
    frame["event_id"] = [f"{i}" for i in range(len(rows))]  # ids repeat on purpose; check each row alone
    bad, _ = validate_frame(frame)
    return [row for row, is_bad in zip(rows, bad.tolist()) if not is_bad]


def run_unit(unit: Unit, options: Options) -> UnitResult:
    """Read a unit, extract its candidates and write them under ``options.work_dir`` (see module doc)."""
    articles = read_unit(unit, options.source_url)
    rows, issues, read, skipped = candidates(articles, unit.index, options.published)
    write_partitions(rows, Path(options.work_dir), unit.index)
    return UnitResult(unit.index, unit.place, read, len(rows), skipped, [str(i) for i in issues])


def write_partitions(rows: list[dict], work_dir: Path, unit: int) -> list[Path]:
    """Write a unit's rows as ``candidates/month=YYYY-MM/part-<unit>.parquet``, each file atomically."""
    by_month: dict[str, list[dict]] = {}
    for row in rows:
        by_month.setdefault(row["date"][:7], []).append(row)
    written = []
    for month, part in sorted(by_month.items()):
        folder = work_dir / "candidates" / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"part-{unit:06d}.parquet"
        table = pa.Table.from_pylist([{c: r[c] for c in CANDIDATE_COLUMNS} for r in part], schema=_SCHEMA)
        fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            pq.write_table(table, tmp)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        written.append(target)
    return written


def _report_key(row: Mapping) -> tuple:
    """The stable order of an event's reports: earliest published first, then by address and place."""
    return (row.get("published") or _MISSING, row["source_url"], int(row.get("unit", 0)), int(row.get("seq", 0)))


def merge_reports(rows: Iterable[Mapping]) -> list[dict[str, str]]:
    """One event per id from all its reports, deterministically whatever the input order.

    The first report by (published, source address, place) gives the event; the other addresses go to
    ``other_sources`` in that order; the earliest publication date is kept and empty fields are filled
    from the later reports. Events come out sorted by date and id.

    >>> a = {"event_id": "e1", "date": "2025-09-02", "source_url": "https://b.example/1", "published": "2025-09-03", "title": ""}
    >>> b = {"event_id": "e1", "date": "2025-09-02", "source_url": "https://a.example/1", "published": "2025-09-02", "title": "Strike"}
    >>> [(e["source_url"], e["other_sources"], e["title"]) for e in merge_reports([a, b])]
    [('https://a.example/1', 'https://b.example/1', 'Strike')]
    """
    groups: dict[str, list[Mapping]] = {}
    for row in rows:
        groups.setdefault(str(row["event_id"]), []).append(row)
    merged = []
    for event_id, reports in groups.items():
        reports.sort(key=_report_key)
        event = {col: str(reports[0].get(col) or "") for col in schema.COLUMNS}
        event["event_id"] = event_id
        sources = [event["source_url"]]
        for report in reports[1:]:
            for url in [
                str(report.get("source_url") or ""),
                *schema.split_list(str(report.get("other_sources") or "")),
            ]:
                if url and url not in sources:
                    sources.append(url)
            for col in schema.COLUMNS:
                if not event[col] and report.get(col):
                    event[col] = str(report[col])
        event["other_sources"] = schema.join_list([*schema.split_list(event["other_sources"]), *sources[1:]])
        merged.append(event)
    merged.sort(key=lambda e: (e["date"], e["event_id"]))
    return merged


def merge_candidates(work_dir: Path) -> Iterator[tuple[list[dict[str, str]], int]]:
    """For each month (in order): the merged events and how many reports they came from.

    An event's id holds its date, so all its reports are in one month's folder.
    """
    root = work_dir / "candidates"
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("month=")):
        reports: list[dict] = []
        for part in sorted(folder.glob("part-*.parquet")):
            reports.extend(pq.read_table(part, schema=_SCHEMA).to_pylist())
        yield merge_reports(reports), len(reports)
