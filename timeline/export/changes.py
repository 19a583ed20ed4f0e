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

from timeline import i18n
from timeline.export.data import escape_cell
from timeline.i18n import DEFAULT_LANGUAGE, N_, gettext, ngettext
from timeline.store import changelog

CSV_COLUMNS = ("change", "when", "who", "action", "event_id", "field", "before", "after", "state")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
#: The logged actions as the summary names them (marked here, translated where shown); the CSV keeps the codes.
ACTION_LABELS = {
    "add": N_("add"),
    "ids": N_("ids"),
    "replace": N_("replace"),
    "edit": N_("edit"),
    "merge": N_("merge"),
    "delete": N_("delete"),
    "undo": N_("undo"),
    changelog.RECONCILER: N_("reconcile"),
    "outside edit": N_("outside edit"),
}


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


def action_label(action: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A logged action's name in ``lang`` (an unknown action as logged).

    >>> action_label("edit", "es"), action_label("something new", "fr")
    ('edición', 'something new')
    """
    return gettext(ACTION_LABELS[action], lang) if action in ACTION_LABELS else action


def state_label(state: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A state from :func:`states` in ``lang``.

    >>> state_label("undoes c-42", "fr"), state_label("", "es")
    ('annule c-42', '')
    """
    word, _, change = state.partition(" ")
    if word in ("undoes", "reverts") and change:
        template = N_("undoes {change}") if word == "undoes" else N_("reverts {change}")
        return gettext(template, lang).format(change=change)
    labels = {"undone": N_("undone"), "not applied": N_("not applied")}
    return gettext(labels[state], lang) if state in labels else state


def one_line(entry: dict, state_of: dict[str, str], lang: str = DEFAULT_LANGUAGE) -> str:
    """A change as one line of ``timeline history`` (action and state in ``lang``)."""
    state = state_label(state_of.get(entry["change"], ""), lang)
    events = ", ".join(entry.get("events") or []) or "-"
    action = action_label(entry["action"], lang)
    return f"{entry['when']}  {entry['change']}  {entry['who']:<20} {action:<13} {events}" + (
        f"  [{state}]" if state else ""
    )


def _fields(row: dict) -> list[tuple[str, str, str]]:
    before, after = row.get("before") or {}, row.get("after") or {}
    cols = list(dict.fromkeys([*before, *after]))
    return [(c, before.get(c, ""), after.get(c, "")) for c in cols if before.get(c, "") != after.get(c, "")]


def field_lines(entry: dict, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Each changed field of a change as ``event: field: before -> after`` (the words in ``lang``)."""
    lines = []
    for row in entry.get("rows") or []:
        if row.get("before") is None:
            template = gettext("{event} (added): {field}: {before} -> {after}", lang)
        elif row.get("after") is None:
            template = gettext("{event} (removed): {field}: {before} -> {after}", lang)
        else:
            template = "{event}: {field}: {before} -> {after}"
        for col, old, new in _fields(row):
            lines.append(template.format(event=row["event_id"], field=col, before=repr(old), after=repr(new)))
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


def to_markdown(
    records: list[dict],
    state_of: dict[str, str],
    *,
    since: date | None,
    store_name: str,
    lang: str = DEFAULT_LANGUAGE,
) -> bytes:
    """A short Markdown summary in ``lang``: how many changes of each kind, then one bullet per change.

    Event ids, editors' names, field names and values are data and stay as logged.
    """
    if since:
        day = i18n.format_day(since.isoformat(), "day", lang, long=True)
        title = gettext("Changes to {store} since {day}", lang).format(store=store_name, day=day)
    else:
        title = gettext("Changes to {store}", lang).format(store=store_name)
    lines = [f"# {_md(title)}", ""]
    if not records:
        lines.append(gettext("No change was logged in this period.", lang))
        return ("\n".join(lines) + "\n").encode("utf-8")
    counts = Counter(r["action"] for r in records)
    kinds = ", ".join(
        gettext("{count} {action}", lang).format(count=i18n.format_number(n, lang), action=_md(action_label(a, lang)))
        for a, n in sorted(counts.items())
    )
    total = i18n.format_number(len(records), lang)
    lines.append(ngettext("{count} change: {kinds}.", "{count} changes: {kinds}.", len(records), lang).format(
        count=total, kinds=kinds
    ))  # fmt: skip
    lines.append("")
    for entry in records:
        state = state_label(state_of.get(entry["change"], ""), lang)
        events = ", ".join(entry.get("events") or []) or gettext("no event", lang)
        values = {
            "when": _md(entry["when"]),
            "action": _md(action_label(entry["action"], lang)),
            "events": _md(events),
            "who": _md(entry["who"]),
            "state": _md(state),
        }
        if state:
            bullet = gettext("{when}: {action} of {events} by {who} ({state})", lang)
        else:
            bullet = gettext("{when}: {action} of {events} by {who}", lang)
        lines.append("- " + bullet.format(**values))
        for line in field_lines(entry, lang)[:12]:
            lines.append(f"  - {_md(line)}")
    return ("\n".join(lines) + "\n").encode("utf-8")
