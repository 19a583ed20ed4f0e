"""Editing the selected event from its detail: correct fields and sources, merge a duplicate, delete.

Drawn for editors only (:func:`render` draws nothing for readers) and every action asks
:func:`timeline.ui.auth.require_editor` again on the server right before writing. The form keeps
the row as it was when opened; the store refuses the write if the stored row differs since
(:class:`timeline.store.EditConflict`), and the editor then sees both versions side by side.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline import store
from timeline.i18n import N_
from timeline.store import changelog, schema
from timeline.ui import auth, common, lang
from timeline.ui.lang import _

OPENED = "_edit_opened"  # {event id: the stored row when the form was opened}
CONFLICT = "_edit_conflict"  # {event id: (your row, the stored row or None)}
RESULT = "_edit_result"
DELETED = "_edit_deleted"
LONG = ("summary", "evidence", "notes")
#: The form's field labels (marked here, translated where shown); other columns are shown as named.
FIELD_LABELS = {
    "date": N_("Date"),
    "date_precision": N_("Date precision"),
    "end_date": N_("End date"),
    "event_type": N_("Event type"),
    "title": N_("Title"),
    "summary": N_("Summary"),
    "actors": N_("Actors"),
    "countries": N_("Countries"),
    "location": N_("Location"),
    "latitude": N_("Latitude"),
    "longitude": N_("Longitude"),
    "fatalities": N_("Fatalities"),
    "quantity": N_("Quantity"),
    "quantity_unit": N_("Quantity unit"),
    "modality": N_("Modality"),
    "source_name": N_("Source name"),
    "source_url": N_("Source url"),
    "published": N_("Published"),
    "evidence": N_("Evidence"),
    "language": N_("Language"),
    "confidence": N_("Confidence"),
    "status": N_("Status"),
    "notes": N_("Notes"),
}
FIXED = ("event_id",)


@st.cache_data(show_spinner=False, max_entries=4)
def _redirects(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    return changelog.redirects(changelog.read(path)[0])


def redirected(events: pd.DataFrame, event_id: str | None) -> str | None:
    """The event a link should open: ``event_id``, or the event it was merged into (links keep working).

    Also shows the message of a delete made in the previous run (the deleted event's panel is gone).
    """
    deleted = st.session_state.pop(DELETED, None)
    if deleted:
        st.success(common.md(deleted))
    if not event_id or (events["event_id"] == event_id).any():
        return event_id
    path = common.events_path()
    target = _redirects(str(path), *common._stamp(changelog.log_path(path))).get(event_id)
    if target and (events["event_id"] == target).any():
        st.session_state["event"] = target
        st.caption(_("Event {event} was merged into this one.").format(event=common.md(event_id)))
        return target
    return event_id


def _key(event_id: str, col: str) -> str:
    return f"edit_{col}_{event_id}"


def _open(event_id: str, row: dict[str, str]) -> None:
    """Start (or restart) editing from ``row``: remember it and put its values in the widgets."""
    st.session_state.setdefault(OPENED, {})[event_id] = row
    for col, value in row.items():
        st.session_state[_key(event_id, col)] = value.replace(";", "\n") if col == "other_sources" else value


def render(event_id: str, events: pd.DataFrame) -> None:
    """The edit, merge and delete controls under an event's detail; nothing for readers."""
    if not auth.current().is_editor:
        return
    result = st.session_state.pop(RESULT, None)
    if result:
        (st.success if result[0] == "ok" else st.error)(result[1])
    with st.expander(_("Edit, merge or delete this event"), expanded=event_id in st.session_state.get(CONFLICT, {})):
        opened = st.session_state.get(OPENED, {}).get(event_id)
        if opened is None:
            opened = store.get_row(common.events_path(), event_id)
            if opened is None:
                st.info(_("This event is not in the events file any more (it was deleted or merged); reload the page."))
                return
            _open(event_id, opened)
        _conflict(event_id)
        _form(event_id, opened)
        _merge(event_id, opened, events)
        _delete(event_id, opened)


def _form(event_id: str, opened: dict[str, str]) -> None:
    with st.form(f"edit_form_{event_id}", border=False):
        st.caption(
            _("Event id {event} stays as it is, so links to the event keep working.").format(event=common.md(event_id))
        )
        for col in opened:
            if col in FIXED:
                continue
            label = _(FIELD_LABELS[col]) if col in FIELD_LABELS else col.replace("_", " ").capitalize()
            if col == "other_sources":
                st.text_area(_("Other sources (one web address a line; add or remove lines)"), key=_key(event_id, col))
            elif col in LONG:
                st.text_area(label, key=_key(event_id, col))
            else:
                st.text_input(label, key=_key(event_id, col))
        # A callback, so the widgets can be refilled with the stored row before they are drawn again.
        st.form_submit_button(_("Save changes"), type="primary", on_click=_save, args=(event_id, opened))


def _values(event_id: str, opened: dict[str, str]) -> dict[str, str]:
    out = {}
    for col in opened:
        value = str(st.session_state.get(_key(event_id, col), opened[col]))
        if col == "other_sources":
            value = schema.join_list([u.strip() for u in value.replace(";", "\n").splitlines() if u.strip()])
        out[col] = value
    return out


def _save(event_id: str, opened: dict[str, str]) -> None:
    """The save button's callback: checks the editor on the server, then writes if the row is as opened."""
    mine = _values(event_id, opened)
    try:
        who = auth.require_editor().who
        entry = store.update_event(common.events_path(), event_id, opened, mine, who=who)
    except store.EditConflict as exc:
        st.session_state.setdefault(CONFLICT, {})[event_id] = (mine, exc.stored)
        st.session_state[RESULT] = ("error", lang.localize(exc))
        return
    except (auth.NotEditor, store.StoreError) as exc:
        st.session_state[RESULT] = ("error", lang.localize(exc))
        return
    if entry is None:
        st.session_state[RESULT] = ("ok", _("Nothing was changed: the fields are as stored."))
        return
    st.session_state.get(CONFLICT, {}).pop(event_id, None)
    _open(event_id, store.get_row(common.events_path(), event_id) or mine)
    message = _("Saved (change {change}; it can be undone on the History page).").format(change=entry["change"])
    st.session_state[RESULT] = ("ok", message)


def _conflict(event_id: str) -> None:
    """Both versions after a refused save: what this editor typed and what is stored now."""
    found = st.session_state.get(CONFLICT, {}).get(event_id)
    if not found:
        return
    mine, stored = found
    st.warning(_("This event changed since you opened it. Your version was not saved; the stored one is below."))
    if stored is None:
        st.info(_("The stored event is gone (deleted or merged by someone else)."))
    else:
        cols = [c for c in mine if mine.get(c) != stored.get(c)]
        diff = pd.DataFrame(
            {_("field"): cols, _("yours"): [mine[c] for c in cols], _("stored"): [stored.get(c, "") for c in cols]}
        )
        st.dataframe(diff, hide_index=True, key=f"edit_diff_{event_id}")
        st.button(
            _("Edit the stored version"), key=f"edit_reload_{event_id}", on_click=_reload, args=(event_id, stored)
        )


def _reload(event_id: str, stored: dict[str, str]) -> None:
    st.session_state[CONFLICT].pop(event_id, None)
    _open(event_id, stored)


def _merge(event_id: str, opened: dict[str, str], events: pd.DataFrame) -> None:
    st.markdown("**" + _("Merge a duplicate into this event") + "**")
    others = events[events["event_id"] != event_id]
    labels = {r.event_id: f"{r.date} · {r.title}"[:120] for r in others.itertuples()}
    other = st.selectbox(
        _("The other event reporting the same thing (it is removed; its sources, earliest publication date and "
          "notes are kept here, and links to it open this one)"),
        list(labels), index=None, format_func=labels.get, key=f"edit_merge_pick_{event_id}",
    )  # fmt: skip
    if other:
        st.button(
            _("Merge into this event"), key=f"edit_merge_{event_id}", on_click=_do_merge, args=(event_id, other, opened)
        )


def _guarded(event_id: str, opened: dict[str, str], write) -> dict | None:
    """Check the editor on the server, then ``write(who)``; a refusal or a conflict is kept for the next run."""
    try:
        return write(auth.require_editor().who)
    except store.EditConflict as exc:
        st.session_state.setdefault(CONFLICT, {})[event_id] = (_values(event_id, opened), exc.stored)
        st.session_state[RESULT] = ("error", lang.localize(exc))
    except (auth.NotEditor, store.StoreError) as exc:
        st.session_state[RESULT] = ("error", lang.localize(exc))
    return None


def _do_merge(event_id: str, other: str, opened: dict[str, str]) -> None:
    """The merge button's callback: checks the editor on the server, then merges ``other`` into this event."""
    path = common.events_path()
    if _guarded(event_id, opened, lambda who: store.merge_events(path, event_id, other, opened, None, who=who)) is None:
        return
    st.session_state.get(OPENED, {}).pop(event_id, None)
    st.session_state.pop(f"edit_merge_pick_{event_id}", None)
    st.session_state[RESULT] = (
        "ok",
        _("Merged {other} into this event; links to it now open this one.").format(other=other),
    )


def _delete(event_id: str, opened: dict[str, str]) -> None:
    st.markdown("**" + _("Delete this event") + "**")
    sure = st.checkbox(_("Yes, delete it (it can be undone on the History page)"), key=f"edit_delete_sure_{event_id}")
    st.button(
        _("Delete"), key=f"edit_delete_{event_id}", disabled=not sure, on_click=_do_delete, args=(event_id, opened)
    )


def _do_delete(event_id: str, opened: dict[str, str]) -> None:
    """The delete button's callback: checks the editor on the server, then deletes if the row is as opened."""
    path = common.events_path()
    entry = _guarded(event_id, opened, lambda who: store.delete_event(path, event_id, opened, who=who))
    if entry is None:
        return
    st.session_state.get(OPENED, {}).pop(event_id, None)
    st.session_state.pop("event", None)
    st.query_params.pop(common.EVENT_PARAM, None)
    st.session_state[DELETED] = _("Deleted {event} (change {change}; undo it on the History page).").format(
        event=event_id, change=entry["change"]
    )
