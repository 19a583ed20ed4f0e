"""Merge rules shared by every store format: normalising new events, checking them, merging by id.

An appended event whose ``event_id`` is already stored is merged into the stored one instead of
added: its source URL joins ``other_sources``, the earliest ``published`` date is kept and empty
fields are filled. Rows are dicts of strings in the schema's columns (the CSV's cells).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from timeline.i18n import N_
from timeline.messages import Joined, Text
from timeline.store import schema
from timeline.store.lock import StoreError
from timeline.store.validate import Problem, validate_frame

_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["MergeReport", "check_new", "merge_event", "merge_rows", "normalize_event", "rows_frame"]


@dataclass
class MergeReport:
    """What an append did: ids added, ids merged into existing events, ids already up to date."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{len(self.added)} added, {len(self.merged)} merged, {len(self.unchanged)} already present"


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # numpy's float64 too, whose repr is "np.float64(1.5)"
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else repr(float(value))
    if isinstance(value, (list, tuple, set)):
        return schema.join_list([str(v) for v in value])
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def normalize_event(event: Mapping) -> dict[str, str]:
    """A full row of strings for the schema from a partial mapping; computes ``event_id`` if blank.

    Lists become semicolon-separated cells, numbers plain text, missing columns empty.
    """
    row = {col: _fmt(event.get(col)) for col in schema.COLUMNS}
    row["countries"] = schema.join_list([c.upper() for c in schema.split_list(row["countries"])])
    if not row["event_id"]:
        row["event_id"] = schema.make_event_id(
            row["event_type"], row["date"], row["actors"], row["countries"], row["location"]
        )
    return row


def rows_frame(rows: list[dict[str, str]], first_line: int = 2) -> pd.DataFrame:
    """Rows of strings as the frame :func:`validate_frame` checks, numbered as CSV lines from ``first_line``."""
    frame = pd.DataFrame([[r.get(c, "") for c in schema.COLUMNS] for r in rows], columns=list(schema.COLUMNS), dtype="str")
    frame["line"] = pd.Series(range(first_line, first_line + len(rows)), dtype="int64")
    return frame


def check_new(rows: list[dict[str, str]]) -> None:
    """Raise :class:`StoreError` naming each problem of new events; nothing may be written then.

    Two new rows with the same id are not a problem: the second is merged into the first.
    """
    # A lone surrogate (U+D800 to U+DFFF, e.g. from a badly decoded file) cannot be written as UTF-8;
    # it is named here, before Arrow meets it (Arrow refuses it with an exception, not a sentence).
    problems = [
        Problem(number + 2, col, Text(N_("{column} holds a character that is not text (a lone surrogate); remove it"), column=col))
        for number, row in enumerate(rows)
        for col in schema.COLUMNS
        if _SURROGATE.search(str(row.get(col, "")))
    ]
    if not problems:
        _, problems = validate_frame(rows_frame(rows))
        problems = [p for p in problems if "appears twice" not in p.message]
    if problems:
        details = Joined(
            Text(N_("event {event}, {column}: {problem}"), event=p.line - 1, column=p.column, problem=p.message)
            for p in problems[:10]
        )
        raise StoreError(
            Text(N_("Nothing was saved: {count} problem(s) in the new events. {details}"), count=len(problems), details=details)
        )


def merge_event(old: dict[str, str], new: dict[str, str]) -> bool:
    """Merge a new report of an existing event into it (in place); True if anything changed."""
    before = dict(old)
    sources = [old["source_url"], *schema.split_list(old["other_sources"])]
    extra = [u for u in [new["source_url"], *schema.split_list(new["other_sources"])] if u not in sources]
    old["other_sources"] = schema.join_list([*schema.split_list(old["other_sources"]), *extra])
    if new["published"] and (not old["published"] or new["published"] < old["published"]):
        old["published"] = new["published"]
    for col in schema.COLUMNS:
        if not old.get(col) and new[col]:
            old[col] = new[col]
    return old != before


def merge_rows(
    existing: dict[str, dict[str, str]], rows: Iterable[dict[str, str]], add: Callable[[dict[str, str]], None]
) -> MergeReport:
    """Merge ``rows`` into ``existing`` (id -> stored row, changed in place); ``add`` receives each new row.

    A new row is added to ``existing`` too, so a later row with its id merges into it.
    """
    report = MergeReport()
    for new in rows:
        old = existing.get(new["event_id"])
        if old is None:
            row = dict(new)
            existing[new["event_id"]] = row
            add(row)
            report.added.append(new["event_id"])
        elif merge_event(old, new):
            report.merged.append(new["event_id"])
        else:
            report.unchanged.append(new["event_id"])
    return report
