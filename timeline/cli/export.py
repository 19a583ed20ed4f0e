"""``timeline export --format F [filters] -o OUT``: the app's exports from the command line.

The filter flags become the same query parameters the app's URL uses and go through
``filters.from_query`` and ``filters.apply``, so a CLI export and a download from the app with
the same filters contain the same events.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from timeline import export, i18n, settings
from timeline.export import images as export_images
from timeline.store import load, schema
from timeline.view import charts, filters


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the (filtered) timeline as an image, HTML, data, citations or a ZIP bundle",
        description="Export the events matching the filters. Several values of one filter are comma-separated "
        "and mean 'any of these'; different filters must all match, as in the app.",
    )
    p.add_argument(
        "--format", "-f", required=True, choices=[*export.FORMATS, "changes"],
        help="what to produce ('changes': the change log as CSV plus a Markdown summary, see --since-change)",
    )  # fmt: skip
    p.add_argument("-o", "--output", help="file to write (default: a name made from the filters, in this folder)")
    p.add_argument("--events", help="events CSV (default: $TIMELINE_EVENTS, else the events_path setting)")
    p.add_argument("--type", help="event types, e.g. boat_strike,drone_strike")
    p.add_argument("--actor", help="actors as written in the data, e.g. 'Tren de Aragua'")
    p.add_argument("--country", help="ISO3 country codes, e.g. VEN,COL")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events whose period ends on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events starting on or before this day")
    p.add_argument("--q", help="words that must all appear in the title, summary or evidence")
    p.add_argument("--confidence", help="confidence levels, e.g. high,medium")
    p.add_argument("--preset", default="slide", choices=list(export_images.PRESETS), help="image size (default slide)")
    p.add_argument("--title", default="", help="chart and citation title (default: what the view covers)")
    p.add_argument("--color-by", default="event_type", choices=list(charts.COLOR_FIELDS), help="marker colours")
    p.add_argument("--no-eras", action="store_true", help="do not shade the eras of eras.csv")
    p.add_argument(
        "--generated",
        metavar="YYYY-MM-DD",
        help="date printed as 'generated' (default: today)",
    )
    p.add_argument(
        "--since-change", metavar="YYYY-MM-DD", help="with -f changes: only changes made on or after this day"
    )
    p.add_argument(
        "--lang", default=i18n.DEFAULT_LANGUAGE, choices=i18n.LANGUAGES,
        help="language of the export's words: title, filters, footer, headings, dates and numbers (default en); "
        "event titles and summaries stay as written, and the CSV and JSON are the same in every language",
    )  # fmt: skip
    p.set_defaults(func=run)


def _events_path(args: argparse.Namespace) -> Path:
    return Path(args.events or os.environ.get("TIMELINE_EVENTS") or settings.get("events_path"))


def view_filters(args: argparse.Namespace) -> tuple[filters.Filters, list[str]]:
    """Filters from the CLI flags, through the same parser as the app's URL."""
    params = {
        "type": args.type,
        "actor": args.actor,
        "country": args.country,
        "from": args.since,
        "to": args.until,
        "q": args.q,
        "confidence": args.confidence,
    }
    return filters.from_query({k: v for k, v in params.items() if v})


def run(args: argparse.Namespace) -> int:
    if args.format == "changes":
        return export_changes(args)
    wanted, warnings = view_filters(args)
    # In the app a bad link value is ignored with a warning; a script should stop instead of
    # silently exporting more events than asked for.
    ignored = [w.replace(" was ignored", "") for w in warnings if "ignored" in w]
    for w in warnings:
        if "ignored" not in w:
            print(f"warning: {w}", file=sys.stderr)
    if ignored:
        for w in ignored:
            print(f"error: {w}", file=sys.stderr)
        hints = ["Nothing was exported."]
        if any(w.startswith("unknown type") for w in ignored):
            hints.append(f"Event types are: {', '.join(schema.EVENT_TYPES)}.")
        if any(w.startswith("unknown confidence") for w in ignored):
            hints.append(f"Confidence levels are: {', '.join(schema.ALLOWED['confidence'])}.")
        print(" ".join(hints), file=sys.stderr)
        return 2
    try:
        generated = date.fromisoformat(args.generated) if args.generated else date.today()
    except ValueError:
        print(f"error: --generated {args.generated!r} is not a date written YYYY-MM-DD", file=sys.stderr)
        return 2
    path = _events_path(args)
    result = load(path)
    if not result.total_rows and result.problems:
        print(f"error: {result.problems[0].message}", file=sys.stderr)
        return 1
    if result.problems:
        print(
            f"warning: {len(result.problems)} problem(s) in {path}; those rows are left out "
            f"(see `python -m timeline validate {path}`)",
            file=sys.stderr,
        )
    shown = filters.apply(result.events, wanted)
    if not len(shown):
        print(f"warning: no event matches these filters ({wanted.describe()})", file=sys.stderr)
    report = export.Report(
        filters=wanted,
        total=len(result.events),
        generated=generated,
        data_as_of=export.data_as_of(result.events),
        title=args.title,
        preset=args.preset,
        color_by=args.color_by,
        show_eras=not args.no_eras,
        eras=charts.load_eras(path.with_name("eras.csv")),
        lang=args.lang,
    )
    out = Path(args.output or export.file_name(wanted, args.format))
    if not out.parent.is_dir():
        print(f"error: the folder {out.parent} does not exist; create it or choose another -o", file=sys.stderr)
        return 2
    try:
        data = export.export(args.format, shown, report)
    except export.ExportUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        export_images.stop()  # the browser is not needed any more; closing it now keeps exit quiet
    out.write_bytes(data)
    print(f"{out}: {args.format}, {len(shown)} of {len(result.events)} events, {len(data):,} bytes")
    return 0


def export_changes(args: argparse.Namespace) -> int:
    """``-f changes``: the changes since ``--since-change`` as CSV (``-o``) and a Markdown summary beside it."""
    from timeline.export import changes
    from timeline.store import changelog

    try:
        since = changes.parse_since(args.since_change)
    except ValueError as exc:
        print(f"error: {str(exc).replace('--since', '--since-change')}", file=sys.stderr)
        return 2
    path = _events_path(args)
    records, problems = changelog.read(path)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    shown = changes.select(records, since=since)
    state_of = changes.states(records)
    out = Path(args.output or f"changes-since-{since.isoformat() if since else 'start'}.csv")
    if not out.parent.is_dir():
        print(f"error: the folder {out.parent} does not exist; create it or choose another -o", file=sys.stderr)
        return 2
    summary = out.with_suffix(".md")
    out.write_bytes(changes.to_csv(shown, state_of))
    summary.write_bytes(changes.to_markdown(shown, state_of, since=since, store_name=path.name, lang=args.lang))
    print(f"{out}, {summary}: {len(shown)} of {len(records)} logged change(s)")
    return 0
