"""``timeline settings``: every limit and threshold, its current value and how to change it."""

from __future__ import annotations

import argparse

from timeline import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="list the settings (limits and thresholds) and their values")
    p.add_argument("--markdown", action="store_true", help="print the README's Markdown table of defaults")
    p.set_defaults(func=run)


def markdown_table() -> str:
    """The README's Settings table, generated from ``timeline.settings.SETTINGS``."""
    lines = ["| setting | default | environment variable | what it does |", "|---|---|---|---|"]
    for s in settings.SETTINGS:
        lines.append(f"| `{s.name}` | `{s.default}` | `{s.env_var}` | {s.help} |")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.markdown:
        print(markdown_table())
        return 0
    width = max(len(s.name) for s in settings.SETTINGS)
    for s in settings.SETTINGS:
        print(f"{s.name:<{width}}  {settings.get(s.name)!s:<16}  {s.help}")
    return 0
