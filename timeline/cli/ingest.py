"""``timeline ingest SOURCE...``: propose events from articles (files, folders, URLs) and save them.

Without ``--yes`` the candidates are shown and the user is asked; when nobody can answer (no
terminal) nothing is saved. Every accepted candidate goes through the same path as the page:
matched against the timeline, finalised as ``reviewed``, appended under the store's lock.

A crawl (JSONL dumps, WARC files, a folder holding them, or any folder with ``--engine``) runs the
batch pipeline of :mod:`timeline.ingest.crawl` instead, on the local or the Dask engine; it is saved
without review, so it needs ``--yes``, and its events keep the status ``extracted``.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from timeline import ingest, settings, store
from timeline.ingest.crawl import ingest_crawl
from timeline.ingest.engines import ENGINES
from timeline.ingest.fetch import FetchError
from timeline.ingest.sources import is_crawl_input
from timeline.store import schema
from timeline.store.validate import is_http_url


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="propose events from articles (files, folders, URLs) and save them after review",
        description="Read articles, propose dated events, show them and save the accepted ones to the store.",
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a .txt/.md/.html/.pdf file, a folder of them, a URL, or a crawl: .jsonl, .warc, .warc.gz or a folder of them",
    )
    p.add_argument("--published", help="publication date YYYY-MM-DD, for articles that do not state it")
    p.add_argument("--store", help="events CSV (default: $TIMELINE_EVENTS or data/events.csv)")
    p.add_argument("--source-url", help="the web address to cite for file sources that do not give one")
    p.add_argument("--yes", action="store_true", help="save without asking")
    p.add_argument("--who", default="", help="name for the change log (default: your user name)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="allow fetching from this non-public host (only for testing against a local server)",
    )
    crawl = p.add_argument_group("crawls", "JSONL dumps, WARC files and folders of them (saved only with --yes)")
    crawl.add_argument("--engine", choices=ENGINES, help="run a crawl in this process (local, the default) or on Dask")
    crawl.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="Dask workers to start (default: the CPU count)"
    )
    crawl.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="use this running Dask scheduler instead of starting workers"
    )
    crawl.add_argument("--chunk-lines", type=int, default=1000, help="JSONL lines per task (default 1000)")
    crawl.add_argument("--work-dir", help="folder for the candidate Parquet files (kept; shared with the workers)")
    crawl.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


@dataclass
class Batch:
    """What a run found: rows to save, and the sources and candidates it had to skip, with reasons."""

    rows: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def expand(sources: list[str]) -> list[str]:
    """URLs as given, folders replaced by their article files (sorted), files as given."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if not is_http_url(source) and path.is_dir():
            out.extend(str(p) for p in sorted(path.iterdir()) if p.suffix.lower() in ingest.TEXT_SUFFIXES)
        else:
            out.append(source)
    return out


def read_source(source: str, allow_hosts: list[str]) -> ingest.Article:
    """One source as an article; raises IngestError or FetchError with a sentence."""
    if "://" in source:
        return ingest.article_from_url(source, allow_hosts=allow_hosts)
    path = Path(source)
    if not path.is_file():
        raise ingest.IngestError(f"{source} is not a file, a folder or an http(s) URL.")
    ingest.check_size(source, path.stat().st_size)  # before reading a huge file into memory
    return ingest.read_upload(path.name, path.read_bytes())


def collect(args: argparse.Namespace, existing) -> Batch:
    """Read every source and turn its candidates into rows ready to save."""
    batch = Batch()
    sources = expand(args.sources)
    for source in tqdm(sources, desc="articles", unit="article", disable=len(sources) < 2, file=sys.stderr):
        try:
            article = read_source(source, args.allow_host)
        except (ingest.IngestError, FetchError) as exc:
            batch.failed.append(f"{source}: {exc}")
            continue
        if args.source_url and not article.source_url:
            article = replace(article, source_url=args.source_url)
        if not is_http_url(article.source_url):
            batch.failed.append(
                f"{source}: no web address to cite; add a line 'Source: https://...' at its top or pass --source-url."
            )
            continue
        published = args.published or article.published or ingest.detect_published(article.text, article.lang)
        if not published:
            print(
                f"note {source}: no publication date found; dates like 'on Tuesday' stay empty and those "
                "events are skipped. Pass --published YYYY-MM-DD.",
                file=sys.stderr,
            )
        notes: list[str] = []
        try:
            candidates = ingest.propose(article, published, notes=notes)
        except Exception as exc:  # one text that breaks the heuristic extractor must not stop a batch
            batch.failed.append(f"{source}: the extractor failed ({type(exc).__name__}: {exc})")
            continue
        for note in notes:
            print(f"note {source}: {note}", file=sys.stderr)
        # Earlier sources of this run count as "on the timeline" too, so one event told twice is one row.
        known = pd.concat([existing, ingest.as_events(batch.rows)], ignore_index=True) if batch.rows else existing
        for candidate, match in zip(candidates, ingest.match_existing(candidates, known)):
            rows, problems = ingest.finalise([{**candidate, "existing_id": match}], article, published)
            if problems:
                batch.skipped.append(f"{source}: {candidate.get('title', '')[:60]!r}: " + " ".join(problems))
            else:
                batch.rows.extend(rows)
    return batch


def show(batch: Batch, existing_ids: set[str]) -> None:
    for row in batch.rows:
        mark = "=" if row["event_id"] in existing_ids else "+"
        when = schema.format_date(row["date"], row["date_precision"])
        print(f"{mark} {when:<12} {row['event_type']:<18} {row['countries']:<12} {row['title'][:70]}")
    if any(r["event_id"] in existing_ids for r in batch.rows):
        print("(= already on the timeline: the article is added as another source)")
    for line in batch.skipped:
        print(f"skipped {line}")
    for line in batch.failed:
        print(f"failed {line}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    path = args.store or os.environ.get("TIMELINE_EVENTS") or settings.get("events_path")
    if args.published and not ingest.is_iso_day(args.published):
        print(f"--published {args.published!r} must be a date written YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.engine or args.scheduler or any(not is_http_url(s) and is_crawl_input(s) for s in args.sources):
        return run_crawl(args, path)
    loaded = store.load(path) if Path(path).exists() else None
    existing = loaded.events if loaded is not None else store.load_text("").events
    batch = collect(args, existing)
    show(batch, set(existing["event_id"]))
    status = 1 if batch.failed else 0
    if not batch.rows:
        print(f"nothing to save: 0 added, 0 merged, {len(batch.skipped)} skipped")
        return status
    if not args.yes:
        if not sys.stdin.isatty():
            print(f"{len(batch.rows)} candidate(s) not saved: run again with --yes to save them.")
            return status
        answer = input(f"Save {len(batch.rows)} event(s) to {path}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing saved")
            return status
    try:
        report = ingest.save(path, batch.rows, who=args.who)
    except store.StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(
        f"{len(report.added)} added, {len(report.merged)} merged, "
        f"{len(report.unchanged)} already present, {len(batch.skipped)} skipped"
    )
    return status


def run_crawl(args: argparse.Namespace, path: str) -> int:
    """Ingest a crawl with the batch pipeline; the store is written once, at the end."""
    urls = [s for s in args.sources if is_http_url(s)]
    if urls:
        print(f"{urls[0]}: a crawl reads files only; ingest URLs in a separate command.", file=sys.stderr)
        return 2
    if not args.yes:
        print(
            "A crawl is saved without review (its events keep the status 'extracted'): "
            "run the same command with --yes to ingest it.",
            file=sys.stderr,
        )
        return 2
    if args.workers < 1 or args.chunk_lines < 1:
        print("--workers and --chunk-lines must be 1 or more.", file=sys.stderr)
        return 2
    if args.scheduler and args.engine == "local":
        print("--scheduler runs the crawl on Dask; drop --engine local or write --engine dask.", file=sys.stderr)
        return 2
    engine = args.engine or ("dask" if args.scheduler else "local")
    try:
        report = ingest_crawl(
            args.sources,
            path,
            engine=engine,
            workers=args.workers,
            scheduler=args.scheduler or "",
            chunk_lines=args.chunk_lines,
            work_dir=args.work_dir,
            published=args.published or "",
            source_url=args.source_url or "",
            progress=not args.no_progress,
            who=args.who,
        )
    except store.StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. no scheduler at --scheduler
        print(
            f"The {engine} engine could not run ({exc}); check --scheduler and that the workers are up.",
            file=sys.stderr,
        )
        return 1
    for line in report.issues:
        print(f"problem {line}", file=sys.stderr)
    print(report.summary())
    print(f"store {path}: {report.saved or store.MergeReport()}")
    return 1 if report.issues else 0
