"""``timeline history [--since DATE] [--event ID]``: print the change log of an events file, oldest first."""

from __future__ import annotations

import argparse
import os
import sys

from timeline import i18n, settings
from timeline.export import changes as export_changes
from timeline.store import changelog


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="print who changed which events, when, from the store's change log")
    p.add_argument("--store", help="events CSV (default: $TIMELINE_EVENTS or data/events.csv)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only changes made on or after this day (UTC)")
    p.add_argument("--event", action="append", default=[], metavar="ID", help="only changes to this event (repeatable)")
    p.add_argument("--rows", action="store_true", help="also print each changed field, before and after")
    p.add_argument(
        "--lang", default=i18n.DEFAULT_LANGUAGE, choices=i18n.LANGUAGES,
        help="language of the actions, states and messages (default en); ids, names and values stay as logged",
    )  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = args.store or os.environ.get("TIMELINE_EVENTS") or settings.get("events_path")
    try:
        since = export_changes.parse_since(args.since)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    records, problems = changelog.read(path)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not records:
        message = i18n.gettext("no change is logged for {path} (the log is {log})", args.lang)
        print(message.format(path=path, log=changelog.log_path(path)))
        return 0
    shown = export_changes.select(records, since=since, events=args.event)
    state_of = export_changes.states(records)
    for entry in shown:
        print(export_changes.one_line(entry, state_of, args.lang))
        if args.rows:
            for line in export_changes.field_lines(entry, args.lang):
                print(f"    {line}")
    counted = i18n.ngettext("{shown} of {total} change", "{shown} of {total} changes", len(records), args.lang)
    print(counted.format(shown=len(shown), total=len(records)), file=sys.stderr)
    return 0
