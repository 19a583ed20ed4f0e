"""The "changed since DATE" exports: the change log as a CSV (one line per changed field) and a Markdown summary.

Both read the records of :mod:`timeline.store.changelog`; ``timeline export -f changes --since-change
DATE`` writes them, and ``timeline history`` prints the same lines.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from timeline.export.data import escape_cell
from timeline.store import changelog

CSV_COLUMNS = ("change", "when", "who", "action", "event_id", "field", "before", "after", "state")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def parse_since(text: str | None) -> date | None:
    """The ``--since`` day, or None; a sentence when it is not written YYYY-MM-DD."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since {text!r} is not a date written YYYY-MM-DD") from None


def select(records: Iterable[dict], *, since: date | None = None, events: Iterable[str] = ()) -> list[dict]:
    """Records made on or after ``since`` (UTC day) that touch any of ``events`` (all when empty)."""
    wanted = set(events)
    out = []
    for entry in records:
        if since and entry["when"][:10] < since.isoformat():
            continue
        if wanted and not wanted & set(entry.get("events") or []):
            continue
        out.append(entry)
    return out


def states(records: list[dict]) -> dict[str, str]:
    """What became of each change: "undone", "not applied" (reverted by reconciliation), "undoes …", or ""."""
    gone = changelog.ineffective(records)
    reverted = {r["reverts"] for r in records if r.get("reverts")}
    out = {}
    for entry in records:
        cid = entry["change"]
        if cid in gone:
            out[cid] = "not applied" if cid in reverted else "undone"
        elif entry.get("reverts"):
            out[cid] = f"reverts {entry['reverts']}"
        elif entry.get("undoes"):
            out[cid] = f"undoes {entry['undoes']}"
        else:
            out[cid] = ""
    return out


def one_line(entry: dict, state_of: dict[str, str]) -> str:
    """A change as one line of ``timeline history``."""
    state = state_of.get(entry["change"], "")
    events = ", ".join(entry.get("events") or []) or "-"
    return f"{entry['when']}  {entry['change']}  {entry['who']:<20} {entry['action']:<13} {events}" + (
        f"  [{state}]" if state else ""
    )


def _fields(row: dict) -> list[tuple[str, str, str]]:
    before, after = row.get("before") or {}, row.get("after") or {}
    cols = list(dict.fromkeys([*before, *after]))
    return [(c, before.get(c, ""), after.get(c, "")) for c in cols if before.get(c, "") != after.get(c, "")]


def field_lines(entry: dict) -> list[str]:
    """Each changed field of a change as ``event: field: before -> after``."""
    lines = []
    for row in entry.get("rows") or []:
        kind = " (added)" if row.get("before") is None else " (removed)" if row.get("after") is None else ""
        for col, old, new in _fields(row):
            lines.append(f"{row['event_id']}{kind}: {col}: {old!r} -> {new!r}")
    return lines


def to_csv(records: list[dict], state_of: dict[str, str]) -> bytes:
    """The changes as a CSV for spreadsheets (UTF-8 with BOM), one line per changed field; formulas escaped."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in records:
        state = state_of.get(entry["change"], "")
        head = [entry["change"], entry["when"], entry["who"], entry["action"]]
        rows = entry.get("rows") or []
        if not rows:
            writer.writerow([escape_cell(str(v)) for v in [*head, "", "", "", "", state]])
        for row in rows:
            for col, old, new in _fields(row) or [("", "", "")]:
                writer.writerow([escape_cell(str(v)) for v in [*head, row["event_id"], col, old, new, state]])
    return buf.getvalue().encode("utf-8-sig")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def to_markdown(records: list[dict], state_of: dict[str, str], *, since: date | None, store_name: str) -> bytes:
    """A short Markdown summary: how many changes of each kind, then one bullet per change."""
    title = f"Changes to {store_name}" + (f" since {since.isoformat()}" if since else "")
    lines = [f"# {_md(title)}", ""]
    if not records:
        lines.append("No change was logged in this period.")
        return ("\n".join(lines) + "\n").encode("utf-8")
    counts = Counter(r["action"] for r in records)
    lines.append(f"{len(records)} change(s): " + ", ".join(f"{n} {_md(a)}" for a, n in sorted(counts.items())) + ".")
    lines.append("")
    for entry in records:
        state = state_of.get(entry["change"], "")
        events = ", ".join(entry.get("events") or []) or "no event"
        lines.append(
            f"- {_md(entry['when'])}: {_md(entry['action'])} of {_md(events)} by {_md(entry['who'])}"
            + (f" ({_md(state)})" if state else "")
        )
        for line in field_lines(entry)[:12]:
            lines.append(f"  - {_md(line)}")
    return ("\n".join(lines) + "\n").encode("utf-8")
