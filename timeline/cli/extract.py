"""``timeline extract FILE...``: propose dated events from article text files (``-`` reads stdin)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from timeline.extract.model import Event

_TABLE_COLUMNS = ("date", "event_type", "modality", "confidence", "title")


def _published(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="propose dated events from news articles (text files)")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads standard input")
    p.add_argument("--published", type=_published, default=None,
                   help="publication date YYYY-MM-DD (default: the date the text states, if any)")
    p.add_argument("--lang", choices=("auto", "en", "es", "fr"), default="auto", help="article language (default auto)")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl", help="output format (default jsonl)")
    p.add_argument("--title-lang", choices=("en", "es", "fr"), default="en",
                   help="language of the proposed titles (default en)")
    p.set_defaults(func=run)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def _table(events: list[Event]) -> list[str]:
    lines = []
    for e in events:
        cells = [e.date or "?", e.event_type, e.modality, f"{e.confidence:.2f}", e.title]
        lines.append("  ".join(cells))
    return lines


def run(args: argparse.Namespace) -> int:
    from timeline.extract import extract_events  # dateparser and the lexicons load only when needed

    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{name}: cannot read it as UTF-8 text ({exc}); check the path and the encoding", file=sys.stderr)
            status = 1
            continue
        try:
            events = extract_events(
                text, published=args.published, lang=None if args.lang == "auto" else args.lang, title_lang=args.title_lang
            )
        except ValueError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = 1
            continue
        note = getattr(events, "note", "")  # the time budget ran out: the events are those found before
        if note:
            print(f"note {name}: {note}", file=sys.stderr)
        for e in events:
            e.file = name
        if args.format == "jsonl":
            for e in events:
                print(json.dumps(e.to_dict(), ensure_ascii=False))
        else:
            print(f"{name}: {len(events)} event(s)")
            print("\n".join("  " + line for line in _table(events)))
    return status
