"""The selected event's detail: a panel sliding in from the right, in the reader's language.

Field names, dates, numbers, vocabulary labels and the caveats' headings follow the interface language;
the event's own words (title, summary, evidence, notes, actors, places) are data and stay as written.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from timeline import i18n
from timeline.store import schema
from timeline.ui import common, edit_panel, lang
from timeline.ui.lang import _
from timeline.view import localized
from timeline.view.caveats import PRECISION_WORDS, caveat_flags, caveat_heading


def close() -> None:
    """Forget the selected event (the panel was closed)."""
    st.session_state.pop("event", None)
    st.query_params.pop(common.EVENT_PARAM, None)


def open_detail(events: pd.DataFrame, event_id: str | None) -> None:
    """The selected event in a panel sliding in from the right, where the eye is after a click or a tap."""
    # A merged event's old id opens the kept one; a delete made in the last run says so here.
    event_id = edit_panel.redirected(events, event_id)
    if not event_id:
        return
    match = events[events["event_id"] == event_id]
    if match.empty:
        st.warning(
            _("The link names event {event}, which is not in the data. It may have been renamed.").format(
                event=common.md(event_id)
            )
        )
        return
    # A dialog closed with its cross, Esc or a click outside forgets the event (on_dismiss), so it
    # does not open again on the next rerun.
    dialog = st.dialog(_("Event"), width="large", position="right", on_dismiss=close)
    dialog(_detail)(match.iloc[0], events)


def _field(label: str, value: str) -> str:
    """One line of the detail: a bold field name and its (already escaped) value."""
    name = _("{label}:").format(label=label)  # French puts a no-break space before the colon
    return f"**{name}** {value}"


def when(row: pd.Series, here: str) -> str:
    """The event's date (and end date) in the reader's conventions, as precise as the data."""
    text = localized.day(row["date"], row["date_precision"], here, long=True)
    if row["end_date"]:
        text += " – " + localized.day(row["end_date"], "day", here, long=True)
    return text


def quantity(value: float, unit: str, here: str) -> str:
    """A quantity with its unit: the common units in the reader's language, others as stored."""
    if here == i18n.DEFAULT_LANGUAGE:
        return schema.format_quantity(value, unit)
    said = i18n.count_of(value, unit, here)
    if said is not None:
        return said
    return f"{i18n.format_number(int(value) if float(value).is_integer() else value, here)} {unit}".strip()


def _detail(row: pd.Series, events: pd.DataFrame) -> None:
    """The selected event: title, date, caveats, summary, evidence, people, places, numbers and sources."""
    here = lang.current()
    md = common.md
    with st.container(key="event_detail"):
        st.subheader(md(row["title"]))  # the panel's own cross (or Esc) closes it
        words = PRECISION_WORDS.get(row["date_precision"], "")
        precision = _(words) if words else ""
        level = schema.label("confidence", row["confidence"], here).lower()
        confidence = _("confidence {level}").format(level=level)
        st.markdown(
            f"**{md(when(row, here))}** ({md(precision)})"
            f" · {md(schema.label('event_type', row['event_type'], here))}"
            f" · {md(schema.label('modality', row['modality'], here))}"
            f" · {md(confidence)}"
        )
        notes = str(row.get("notes", "") or "")
        flags = caveat_flags(pd.DataFrame({"notes": [notes]})).iloc[0]
        if notes and (flags["date"] or flags["number"]):
            heading = _(caveat_heading(flags["date"], flags["number"]))
            st.warning(f"**{md(heading)}.** {md(notes)}", icon="⚠️")
        if row["summary"]:
            st.markdown(md(row["summary"]))
        if row["evidence"]:
            st.markdown("> " + md(row["evidence"]))
        facts = []
        if row["actors_list"]:
            facts.append(_field(_("Actors"), md(", ".join(row["actors_list"]))))
        if row["countries_list"]:
            names = ", ".join(localized.country(c, here) for c in row["countries_list"])
            facts.append(_field(_("Countries"), md(names)))
        if row["location"]:
            facts.append(_field(_("Where"), md(row["location"])))
        if not pd.isna(row["fatalities"]):
            facts.append(_field(_("Deaths"), md(i18n.format_number(int(row["fatalities"]), here))))
        if not pd.isna(row["quantity"]):
            facts.append(_field(_("Quantity"), md(quantity(row["quantity"], row["quantity_unit"], here))))
        if facts:
            st.markdown("  \n".join(facts))
        if notes and not (flags["date"] or flags["number"]):
            st.markdown(_field(_(caveat_heading(False, False)), md(notes)))
        source = common.md_link(row["source_name"] or _host(row["source_url"]), row["source_url"])
        if row["published"]:
            published = md(localized.day(row["published"], "day", here, long=True))
            source = _("{source} (published {date})").format(source=source, date=published)
        st.markdown(_field(_("Source"), source))
        others = schema.split_list(row["other_sources"])
        if others:
            items = "\n".join(f"- {common.md_link(_host(u), u)}" for u in others)
            st.markdown(_field(_("Other sources"), "\n" + items))
        status = schema.label("status", row["status"], here).lower()
        st.caption(_("Event id: {event} · status {status}").format(event=md(row["event_id"]), status=md(status)))
        edit_panel.render(row["event_id"], events)  # editors only


def _host(url: str) -> str:
    """The site of a URL, as a short link label ("reuters.com")."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
