"""``timeline validate [PATH]``: summary of an events file and every problem, with line numbers."""

from __future__ import annotations

import argparse

from timeline import settings
from timeline.store import LoadResult, load, schema


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check an events CSV and summarise it")
    p.add_argument("path", nargs="?", default=None, help="events CSV (default: data/events.csv or $TIMELINE_EVENTS)")
    p.add_argument("--max-problems", type=int, default=200, help="print at most this many problems (default 200)")
    p.set_defaults(func=run)


def summary(result: LoadResult) -> list[str]:
    """Lines describing the valid events of a load: rows, date span, counts per type, sourcing."""
    ev = result.events
    lines = [f"{result.path}: {result.total_rows} rows, {len(ev)} valid, {len(result.problems)} problem(s)"]
    if len(ev):
        lines.append(f"date span: {ev['date'].min()} to {ev['date'].max()}")
        sourced = int((ev["source_url"] != "").sum())
        lines.append(f"sourced: {sourced} of {len(ev)} events have an http(s) source_url")
        counts = ev["event_type"].value_counts()
        lines.append("events per type:")
        for t in schema.EVENT_TYPES:
            lines.append(f"  {t:<18} {int(counts.get(t, 0)):>5}  {schema.label('event_type', t)}")
        absent = [t for t in schema.EVENT_TYPES if t not in counts]
        if absent:
            lines.append(f"types with no event: {', '.join(absent)}")
    return lines


def run(args: argparse.Namespace) -> int:
    path = args.path or settings.get("events_path")
    result = load(path)
    print("\n".join(summary(result)))
    if result.problems:
        print("problems:")
        for p in result.problems[: args.max_problems]:
            print(f"  {p}")
        if len(result.problems) > args.max_problems:
            print(f"  ... and {len(result.problems) - args.max_problems} more")
        return 1
    print("valid")
    return 0
