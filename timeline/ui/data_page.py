"""The Data page: the filtered events as a sortable table with clickable source links."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline import i18n
from timeline.i18n import N_
from timeline.store import schema
from timeline.store.validate import is_http_url
from timeline.ui import common, sidebar
from timeline.ui import lang as ui_lang
from timeline.ui.lang import _
from timeline.view import filters, localized
from timeline.view.caveats import has_caveat, precision_words

#: The table's columns (the keys of :func:`table`) and their headings, translated where shown.
COLUMNS = {
    "Date": N_("Date"),
    "Shown as": N_("Shown as"),
    "Precision": N_("Precision"),
    "Type": N_("Type"),
    "Title": N_("Title"),
    "Source": N_("Source"),
    "Outlet": N_("Outlet"),
    "Actors": N_("Actors"),
    "Countries": N_("Countries"),
    "Deaths": N_("Deaths"),
    "Quantity": N_("Quantity"),
    "Unit": N_("Unit"),
    "Confidence": N_("Confidence"),
    "Notes": N_("Notes"),
    "Event id": N_("Event id"),
}


def table(events: pd.DataFrame, lang: str = i18n.DEFAULT_LANGUAGE) -> pd.DataFrame:
    """The columns a reader scans, with labels instead of codes; non-http links are dropped.

    Labels, dates and country names are in ``lang``; the column keys stay those of :data:`COLUMNS`.
    """
    return pd.DataFrame({
        "Date": events["date_dt"],
        "Shown as": [localized.day(d, p, lang) for d, p in zip(events["date"], events["date_precision"])],
        "Precision": events["date_precision"].map(lambda p: precision_words(p, lang)),
        "Type": events["event_type"].map(lambda t: schema.label("event_type", t, lang)),
        "Title": events["title"],
        "Source": events["source_url"].where(events["source_url"].map(is_http_url), None),
        "Outlet": events["source_name"],
        "Actors": events["actors_list"].map(", ".join),
        "Countries": events["countries_list"].map(lambda cs: ", ".join(localized.country(c, lang) for c in cs)),
        "Deaths": events["fatalities"],
        "Quantity": events["quantity"],
        "Unit": events["quantity_unit"],
        "Confidence": events["confidence"].map(lambda c: schema.label("confidence", c, lang)),
        # "⚠" first where the notes qualify the date or a number, as in the chart and the detail.
        "Notes": _notes(events),
        "Event id": events["event_id"],
    })  # fmt: skip


def _notes(events: pd.DataFrame) -> pd.Series:
    notes = events["notes"] if "notes" in events.columns else pd.Series("", index=events.index)
    return notes.where(~has_caveat(events), "⚠ " + notes)


def render() -> None:
    """Draw the page."""
    result = common.load_events()
    events = result.events
    st.title(_("The events"))
    st.caption(common.about_line())
    common.show_problems(result)
    current = sidebar.sidebar_filters()
    shown = filters.apply(events, current) if len(events) else events
    common.caption(len(shown), len(events))
    if shown.empty:
        st.info(
            _("No event matches these filters ({filters}). Remove a filter or reset them.").format(
                filters=common.md(current.describe())
            )
        )
        return
    st.caption(
        _(
            "Click a column header to sort; the Source column opens the report. "
            "Notes marked ⚠ qualify the event's date or a number: read them before quoting it."
        )
    )
    here = ui_lang.current()
    heading = {key: _(text) for key, text in COLUMNS.items()}
    st.dataframe(
        table(shown.sort_values("date_dt"), here).rename(columns=heading),
        hide_index=True,
        key="events_table",
        height=min(38 + 35 * len(shown), 720),
        column_config={
            heading["Date"]: st.column_config.DateColumn(heading["Date"], format="YYYY-MM-DD"),
            # Shows the site's name; the cell links to the full address.
            heading["Source"]: st.column_config.LinkColumn(heading["Source"], display_text=r"https?://(?:www\.)?([^/]+)"),
            heading["Deaths"]: st.column_config.NumberColumn(heading["Deaths"], format="%d"),
            heading["Title"]: st.column_config.TextColumn(heading["Title"], width="large"),
            heading["Notes"]: st.column_config.TextColumn(
                heading["Notes"], width="large",
                help=_("The sources' caveats; ⚠ where they qualify the date or a number."),
            ),
        },
    )  # fmt: skip
