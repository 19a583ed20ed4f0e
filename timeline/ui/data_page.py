"""The Data page: the filtered events as a sortable table with clickable source links."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline.store import schema
from timeline.store.validate import is_http_url
from timeline.ui import common, sidebar
from timeline.view import filters
from timeline.view.caveats import PRECISION_WORDS, has_caveat


def table(events: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader scans, with labels instead of codes; non-http links are dropped."""
    return pd.DataFrame({
        "Date": events["date_dt"],
        "Shown as": [schema.format_date(d, p) for d, p in zip(events["date"], events["date_precision"])],
        "Precision": events["date_precision"].map(lambda p: PRECISION_WORDS.get(p, p)),
        "Type": events["event_type"].map(lambda t: schema.label("event_type", t)),
        "Title": events["title"],
        "Source": events["source_url"].where(events["source_url"].map(is_http_url), None),
        "Outlet": events["source_name"],
        "Actors": events["actors_list"].map(", ".join),
        "Countries": events["countries_list"].map(lambda cs: ", ".join(schema.country_name(c) for c in cs)),
        "Deaths": events["fatalities"],
        "Quantity": events["quantity"],
        "Unit": events["quantity_unit"],
        "Confidence": events["confidence"].map(lambda c: schema.label("confidence", c)),
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
    st.title("The events")
    st.caption(common.about_line())
    common.show_problems(result)
    current = sidebar.sidebar_filters()
    shown = filters.apply(events, current) if len(events) else events
    common.caption(len(shown), len(events))
    if shown.empty:
        st.info(f"No event matches these filters ({common.md(current.describe())}). Remove a filter or reset them.")
        return
    st.caption(
        "Click a column header to sort; the Source column opens the report. "
        "Notes marked ⚠ qualify the event's date or a number: read them before quoting it."
    )
    st.dataframe(
        table(shown.sort_values("date_dt")),
        hide_index=True,
        key="events_table",
        height=min(38 + 35 * len(shown), 720),
        column_config={
            "Date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            # Shows the site's name; the cell links to the full address.
            "Source": st.column_config.LinkColumn("Source", display_text=r"https?://(?:www\.)?([^/]+)"),
            "Deaths": st.column_config.NumberColumn("Deaths", format="%d"),
            "Title": st.column_config.TextColumn("Title", width="large"),
            "Notes": st.column_config.TextColumn(
                "Notes", width="large", help="The sources' caveats; ⚠ where they qualify the date or a number."
            ),
        },
    )
