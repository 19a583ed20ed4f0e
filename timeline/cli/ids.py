"""``timeline ids [PATH]``: fill the empty event_id cells of rows added by hand."""

from __future__ import annotations

import argparse
import sys

from timeline import settings
from timeline.store import StoreError, fill_ids


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ids", help="fill empty event_id cells from each event's identity")
    p.add_argument("path", nargs="?", default=None, help="events CSV (default: data/events.csv)")
    p.add_argument("--who", default="", help="name for the change log (default: your user name)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = args.path or settings.get("events_path")
    try:
        changed = fill_ids(path, who=args.who)
    except (OSError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line, event_id in changed:
        print(f"line {line}: event_id set to {event_id}")
    print(f"{len(changed)} id(s) filled in {path}")
    return 0
