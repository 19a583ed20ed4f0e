"""Ingesting a crawl: plan units, run them on an engine, merge the reports, save once.

:func:`ingest_crawl` is what ``timeline ingest`` runs for folders, JSONL dumps and WARC files. The
store is written once, at the end, through :func:`timeline.store.append_events` (locked, atomic): a
run that fails or is interrupted before then leaves the store as it was.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from timeline import store
from timeline.ingest import batch
from timeline.ingest.engines import ENGINES
from timeline.ingest.sources import plan_units

__all__ = ["CrawlReport", "ingest_crawl"]


@dataclass
class CrawlReport:
    """What a crawl run did: articles read, candidate reports, merged events, problems, the store's answer."""

    units: int = 0
    articles: int = 0
    reports: int = 0
    events: int = 0
    skipped: int = 0
    issues: list[str] = field(default_factory=list)
    failed_units: int = 0
    saved: store.MergeReport | None = None
    rows: list[dict[str, str]] = field(default_factory=list)
    seconds_units: float = 0.0  # reading and extracting, on the engine
    seconds_merge: float = 0.0  # merging the candidates and saving, in this process

    @property
    def duplicates(self) -> int:
        """Reports merged into another report of the same event."""
        return self.reports - self.events

    def summary(self) -> str:
        """One line for people: what was read, found and merged."""
        return (
            f"{self.articles:,} articles in {self.units:,} parts: {self.reports:,} candidate events, "
            f"{self.events:,} after merging {self.duplicates:,} duplicate reports, {self.skipped:,} incomplete "
            f"candidates skipped, {len(self.issues):,} problems"
        )


def ingest_crawl(
    sources: list[str],
    store_path: str | None,
    *,
    engine: str = "local",
    workers: int = 2,
    scheduler: str = "",
    chunk_lines: int = 1000,
    work_dir: str | None = None,
    keep_work: bool = False,
    published: str = "",
    source_url: str = "",
    progress: bool = True,
    unit_fn: Callable | None = None,
    client=None,
    who: str = "",
) -> CrawlReport:
    """Read the crawl at ``sources`` with ``engine`` and append its merged events to ``store_path``.

    With ``store_path=None`` nothing is saved (the merged rows are in the report). ``work_dir`` holds
    the candidate Parquet files (a temporary folder, removed afterwards, unless given or ``keep_work``);
    on a remote cluster it must be on a file system the workers share.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    units, issues = plan_units(sources, chunk_lines=chunk_lines)
    report = CrawlReport(units=len(units), issues=[str(i) for i in issues])
    own_dir = work_dir is None
    work = Path(work_dir or tempfile.mkdtemp(prefix="timeline-crawl-"))
    work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work / "candidates", ignore_errors=True)  # a previous run's candidates are not this run's
    options = batch.Options(str(work.resolve()), published, source_url)
    known = all(u.articles for u in units)
    bar = tqdm(total=sum(u.articles for u in units) if known else None, desc="articles", unit="article",
               file=sys.stderr, disable=not progress, dynamic_ncols=True)  # fmt: skip

    def on_done(result: batch.UnitResult) -> None:
        report.articles += result.articles
        report.reports += result.events
        report.skipped += result.skipped
        bar.set_postfix(events=report.reports, refresh=False)
        bar.update(result.articles)

    started = time.perf_counter()
    try:
        kwargs = {"unit_fn": unit_fn} if unit_fn else {}
        if engine == "dask":
            from timeline.ingest.engines import dask_engine

            results = dask_engine.run(
                units, options, on_done, workers=workers, scheduler=scheduler, client=client, **kwargs
            )
        else:
            from timeline.ingest.engines import local

            results = local.run(units, options, on_done, **kwargs)
        bar.close()
        report.seconds_units = time.perf_counter() - started
        for result in sorted(results, key=lambda r: r.index):
            report.issues.extend(result.issues)
            if result.failed:
                report.failed_units += 1
                # A task that died may have written some of its months before: they must not count.
                for part in (work / "candidates").glob(f"month=*/part-{result.index:06d}.parquet"):
                    part.unlink()
        rows: list[dict[str, str]] = []
        reports = 0
        for merged, count in batch.merge_candidates(work):
            rows.extend(merged)
            reports += count
        report.reports, report.events = reports, len(rows)
        report.rows = rows
        if store_path is not None and rows:
            report.saved = store.append_events(store_path, rows, who=who)
        report.seconds_merge = time.perf_counter() - started - report.seconds_units
    finally:
        bar.close()
        if own_dir and not keep_work:
            shutil.rmtree(work, ignore_errors=True)
    return report
