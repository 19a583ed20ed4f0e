"""The History page: every logged change of the events file, filterable by event and editor, with undo.

Readers see what changed and when, with editors' names hidden; editors also see who, and can undo
any change that still holds (the undo is itself a change, logged like the others).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from timeline import store
from timeline.export import changes as export_changes
from timeline.store import changelog
from timeline.ui import auth, common

ACTIONS = {
    "add": "added (or added a source)",
    "ids": "ids filled",
    "replace": "file replaced",
    "edit": "edited",
    "merge": "merged",
    "delete": "deleted",
    "undo": "undo",
    changelog.RECONCILER: "not applied (reconciled)",
    "outside edit": "changed outside the app",
}
RESULT = "_history_result"


@st.cache_data(show_spinner=False, max_entries=4)
def _records(path: str, mtime_ns: int, size: int) -> tuple[list[dict], list[str]]:
    return changelog.read(path)


def load_history() -> tuple[list[dict], list[str]]:
    """The change log's records and its unreadable lines, cached until the log grows."""
    log = changelog.log_path(common.events_path())
    return _records(str(common.events_path()), *common._stamp(log))


def summary(entry: dict, gone: set[str], *, show_who: bool) -> dict:
    """One line of the history table."""
    state = "undone" if entry["change"] in gone else ""
    if entry.get("undoes"):
        state = f"undoes {entry['undoes']}"
    return {
        "change": entry["change"],
        "when (UTC)": entry["when"].replace("T", " ").rstrip("Z"),
        "who": entry["who"] if show_who else "an editor",
        "what": ACTIONS.get(entry["action"], entry["action"]),
        "events": ", ".join(entry.get("events") or []),
        "rows": len(entry.get("rows") or []),
        "state": state,
    }


def render() -> None:
    """Draw the page."""
    st.title("History of changes")
    decision = auth.current()
    records, bad = load_history()
    for note in common.load_events().notices:
        st.warning(note)
    for problem in bad[:5]:
        st.caption(common.md(problem))
    if not records:
        st.info(
            "No change has been logged for this events file yet. Every save, edit, merge, delete and undo will show here."
        )
        return
    gone = changelog.ineffective(records)
    events = sorted({e for r in records for e in r.get("events") or []})
    editors = sorted({r["who"] for r in records})
    left, right = st.columns(2)
    wanted = left.multiselect("Event", events, key="history_event", placeholder="All events")
    who = (
        right.multiselect("Editor", editors, key="history_who", placeholder="All editors") if decision.is_editor else []
    )
    shown = [
        r for r in reversed(records)
        if (not wanted or set(wanted) & set(r.get("events") or [])) and (not who or r["who"] in who)
    ]  # fmt: skip
    st.caption(f"{len(shown)} of {len(records)} changes, newest first.")
    table = pd.DataFrame([summary(r, gone, show_who=decision.is_editor) for r in shown])
    st.dataframe(table, hide_index=True, key="history_table")
    if not shown:
        return
    _downloads(records, decision.is_editor)
    by_id = {r["change"]: r for r in shown}
    picked = st.selectbox("Change", list(by_id), key="history_change", format_func=lambda c: _label(by_id[c]))
    _detail(by_id[picked], gone, decision.is_editor)


def _label(entry: dict) -> str:
    return f"{entry['when']} · {ACTIONS.get(entry['action'], entry['action'])} · {', '.join(entry.get('events') or [])[:80]}"


def _detail(entry: dict, gone: set[str], is_editor: bool) -> None:
    if entry.get("note"):
        st.caption(common.md(entry["note"]))
    for row in entry.get("rows") or []:
        st.markdown(f"**{common.md(row['event_id'])}**")
        cols = list(dict.fromkeys([*(row["before"] or {}), *(row["after"] or {})]))
        diff = [
            {"field": c, "before": (row["before"] or {}).get(c, ""), "after": (row["after"] or {}).get(c, "")}
            for c in cols
            if (row["before"] or {}).get(c) != (row["after"] or {}).get(c)
        ]
        if row["before"] is None:
            st.caption("Added.")
        elif row["after"] is None:
            st.caption("Removed.")
        st.dataframe(pd.DataFrame(diff, columns=["field", "before", "after"]), hide_index=True)
    result = st.session_state.pop(RESULT, None)
    if result:
        (st.success if result[0] == "ok" else st.error)(result[1])
    if is_editor and entry.get("rows") and entry["change"] not in gone:
        st.button("Undo this change", key="history_undo", on_click=_undo, args=(entry["change"],))


def _undo(change_id: str) -> None:
    """The undo button's callback: checks the editor on the server, then undoes under the store's lock."""
    try:
        who = auth.require_editor().who
        entry = store.undo(common.events_path(), change_id, who=who)
    except (auth.NotEditor, store.StoreError) as exc:
        st.session_state[RESULT] = ("error", str(exc))
        return
    st.session_state[RESULT] = ("ok", f"Change {change_id} was undone (as change {entry['change']}).")


def _downloads(records: list[dict], is_editor: bool) -> None:
    """ "Changed since DATE": the changes as CSV (one line per field) and as a Markdown summary."""
    first = date.fromisoformat(records[0]["when"][:10])
    with st.expander("Download the changes since a date"):
        since = st.date_input("Changed since", value=first, key="history_since", format="YYYY-MM-DD")
        since = since if isinstance(since, date) else None
        picked = export_changes.select(records, since=since)
        if not is_editor:  # readers do not get editors' names, in downloads either
            picked = [{**r, "who": "an editor"} for r in picked]
        state_of = export_changes.states(records)
        name = f"changes-since-{since.isoformat() if since else 'start'}"
        left, right = st.columns(2)
        left.download_button("Changes (CSV)", export_changes.to_csv(picked, state_of), f"{name}.csv", "text/csv",
                             key="history_csv")  # fmt: skip
        md_text = export_changes.to_markdown(picked, state_of, since=since, store_name=common.events_path().name)
        right.download_button("Summary (Markdown)", md_text, f"{name}.md", "text/markdown", key="history_md")
