"""The History page: every logged change of the events file, filterable by event and editor, with undo.

Readers see what changed and when, with editors' names hidden; editors also see who, and can undo
any change that still holds (the undo is itself a change, logged like the others).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from timeline import i18n, store
from timeline.export import changes as export_changes
from timeline.i18n import N_
from timeline.store import changelog
from timeline.ui import auth, common, lang
from timeline.ui.lang import _

# Marked here, translated where shown.
ACTIONS = {
    "add": N_("added (or added a source)"),
    "ids": N_("ids filled"),
    "replace": N_("file replaced"),
    "edit": N_("edited"),
    "merge": N_("merged"),
    "delete": N_("deleted"),
    "undo": N_("undo"),
    changelog.RECONCILER: N_("not applied (reconciled)"),
    "outside edit": N_("changed outside the app"),
}
#: The history table's columns: the keys of :func:`summary`, and their headings.
COLUMNS = {
    "change": N_("change"),
    "when (UTC)": N_("when (UTC)"),
    "who": N_("who"),
    "what": N_("what"),
    "events": N_("events"),
    "rows": N_("rows"),
    "state": N_("state"),
}
RESULT = "_history_result"


@st.cache_data(show_spinner=False, max_entries=4)
def _records(path: str, mtime_ns: int, size: int) -> tuple[list[dict], list[str]]:
    return changelog.read(path)


def load_history() -> tuple[list[dict], list[str]]:
    """The change log's records and its unreadable lines, cached until the log grows."""
    log = changelog.log_path(common.events_path())
    return _records(str(common.events_path()), *common._stamp(log))


def _action(action: str) -> str:
    """What a change did, in the reader's language (unknown actions as logged)."""
    return _(ACTIONS[action]) if action in ACTIONS else action


def summary(entry: dict, gone: set[str], *, show_who: bool) -> dict:
    """One line of the history table."""
    state = _("undone") if entry["change"] in gone else ""
    if entry.get("undoes"):
        state = _("undoes {change}").format(change=entry["undoes"])
    return {
        "change": entry["change"],
        "when (UTC)": entry["when"].replace("T", " ").rstrip("Z"),
        "who": entry["who"] if show_who else _("an editor"),
        "what": _action(entry["action"]),
        "events": ", ".join(entry.get("events") or []),
        "rows": len(entry.get("rows") or []),
        "state": state,
    }


def render() -> None:
    """Draw the page."""
    st.title(_("History of changes"))
    decision = auth.current()
    records, bad = load_history()
    for note in common.load_events().notices:
        st.warning(lang.localize(note))
    for problem in bad[:5]:
        st.caption(common.md(lang.localize(problem)))
    if not records:
        st.info(
            _(
                "No change has been logged for this events file yet. "
                "Every save, edit, merge, delete and undo will show here."
            )
        )
        return
    gone = changelog.ineffective(records)
    events = sorted({e for r in records for e in r.get("events") or []})
    editors = sorted({r["who"] for r in records})
    left, right = st.columns(2)
    wanted = left.multiselect(_("Event"), events, key="history_event", placeholder=_("All events"))
    who = (
        right.multiselect(_("Editor"), editors, key="history_who", placeholder=_("All editors"))
        if decision.is_editor
        else []
    )
    shown = [
        r for r in reversed(records)
        if (not wanted or set(wanted) & set(r.get("events") or [])) and (not who or r["who"] in who)
    ]  # fmt: skip
    here = lang.current()
    st.caption(
        _("{shown} of {total} changes, newest first.").format(
            shown=i18n.format_number(len(shown), here), total=i18n.format_number(len(records), here)
        )
    )
    table = pd.DataFrame([summary(r, gone, show_who=decision.is_editor) for r in shown])
    if here != i18n.DEFAULT_LANGUAGE:
        table = table.rename(columns={key: _(heading) for key, heading in COLUMNS.items()})
    st.dataframe(table, hide_index=True, key="history_table")
    if not shown:
        return
    _downloads(records, decision.is_editor)
    by_id = {r["change"]: r for r in shown}
    picked = st.selectbox(_("Change"), list(by_id), key="history_change", format_func=lambda c: _label(by_id[c]))
    _detail(by_id[picked], gone, decision.is_editor)


def _label(entry: dict) -> str:
    return f"{entry['when']} · {_action(entry['action'])} · {', '.join(entry.get('events') or [])[:80]}"


def _detail(entry: dict, gone: set[str], is_editor: bool) -> None:
    if entry.get("note"):
        st.caption(common.md(entry["note"]))
    for row in entry.get("rows") or []:
        st.markdown(f"**{common.md(row['event_id'])}**")
        cols = list(dict.fromkeys([*(row["before"] or {}), *(row["after"] or {})]))
        before, after = row["before"] or {}, row["after"] or {}
        changed = [c for c in cols if before.get(c) != after.get(c)]
        if row["before"] is None:
            st.caption(_("Added."))
        elif row["after"] is None:
            st.caption(_("Removed."))
        table = pd.DataFrame(
            {
                _("field"): changed,
                _("before"): [before.get(c, "") for c in changed],
                _("after"): [after.get(c, "") for c in changed],
            }
        )
        st.dataframe(table, hide_index=True)
    result = st.session_state.pop(RESULT, None)
    if result:
        (st.success if result[0] == "ok" else st.error)(result[1])
    if is_editor and entry.get("rows") and entry["change"] not in gone:
        st.button(_("Undo this change"), key="history_undo", on_click=_undo, args=(entry["change"],))


def _undo(change_id: str) -> None:
    """The undo button's callback: checks the editor on the server, then undoes under the store's lock."""
    try:
        who = auth.require_editor().who
        entry = store.undo(common.events_path(), change_id, who=who)
    except (auth.NotEditor, store.StoreError) as exc:
        st.session_state[RESULT] = ("error", lang.localize(exc))
        return
    message = _("Change {change} was undone (as change {undo}).").format(change=change_id, undo=entry["change"])
    st.session_state[RESULT] = ("ok", message)


def _downloads(records: list[dict], is_editor: bool) -> None:
    """ "Changed since DATE": the changes as CSV (one line per field) and as a Markdown summary."""
    first = date.fromisoformat(records[0]["when"][:10])
    here = lang.current()
    with st.expander(_("Download the changes since a date")):
        since = st.date_input(_("Changed since"), value=first, key="history_since", format="YYYY-MM-DD")
        since = since if isinstance(since, date) else None
        picked = export_changes.select(records, since=since)
        if not is_editor:  # readers do not get editors' names, in downloads either
            picked = [{**r, "who": _("an editor")} for r in picked]
        state_of = export_changes.states(records)
        name = f"changes-since-{since.isoformat() if since else 'start'}"
        left, right = st.columns(2)
        left.download_button(_("Changes (CSV)"), export_changes.to_csv(picked, state_of), f"{name}.csv", "text/csv",
                             key="history_csv")  # fmt: skip
        md_text = export_changes.to_markdown(
            picked, state_of, since=since, store_name=common.events_path().name, lang=here
        )
        right.download_button(_("Summary (Markdown)"), md_text, f"{name}.md", "text/markdown", key="history_md")
