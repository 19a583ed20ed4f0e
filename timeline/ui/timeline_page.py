"""The Timeline page: the chart, the selected event's detail, other views and the exports."""

from __future__ import annotations

from functools import partial
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from timeline import settings
from timeline.store import schema
from timeline.ui import common, edit_panel, export_panel, figures
from timeline.view import charts, filters
from timeline.view.caveats import PRECISION_WORDS, caveat_flags, caveat_heading

VIEWS = ("Timeline", "Per month", "Deaths in boat strikes", "Map")
#: The export (and ``view=`` link) name of each view.
EXPORT_VIEWS = dict(zip(VIEWS, ("timeline", "monthly", "deaths", "map")))
CHART_KEY = "timeline_chart"


def render() -> None:
    """Draw the page."""
    figures.warm_up()  # Plotly's code loads in the browser while the events load here
    result = common.chart_events()  # a large file's chart columns first; common.complete() gives the rest
    events = result.events
    common.compact_top()
    common.touch_taps()
    st.title(str(settings.get("app_title")))
    common.show_problems(result)
    current = common.sidebar_filters()
    color_by, show_eras = _display_options()
    searched = events if not current.q or "search_text" in events.columns else common.searchable_events()
    shown = filters.apply(searched, current) if len(events) else events
    common.caption(len(shown), len(events))
    if shown.empty:
        st.caption(common.about_line())
        st.info(
            f"No event matches these filters ({common.md(current.describe())}). "
            "Remove a filter or press “Reset filters” in the sidebar."
        )
        return
    wanted_view = st.session_state.pop("_link_view", None)
    by_name = {name: label for label, name in EXPORT_VIEWS.items()}
    if wanted_view in by_name:  # a shared link's view=
        st.session_state["view"] = by_name[wanted_view]
    view = st.radio("View", VIEWS, horizontal=True, key="view", label_visibility="collapsed")
    st.session_state[common.DISPLAY_KEY] = {
        "view": EXPORT_VIEWS[view] if view != VIEWS[0] else "",
        "color": color_by if color_by != "event_type" else "",
    }
    common.sync_url(current, st.session_state.get("event"))
    config = charts.plotly_config(current.slug())
    if view != "Timeline" or len(shown) <= settings.get("density_threshold"):
        shown = common.complete(shown)  # events drawn one by one need their titles and sources
    if view == "Timeline":
        fig = figures.timeline(shown, current, color_by=color_by, show_eras=show_eras,
                               highlight=st.session_state.get("event"))  # fmt: skip
        # In density mode a dragged box picks a period (it becomes the date filter); otherwise a click picks an event.
        mode = "box" if charts.is_density(fig) else "points"
        st.plotly_chart(fig, key=CHART_KEY, on_select=partial(_on_select, CHART_KEY), selection_mode=mode,
                        config=config, theme=None)  # fmt: skip
    elif view == "Per month":
        st.plotly_chart(charts.monthly_figure(shown), key="monthly_chart", config=config, theme=None)
    elif (
        view == "Deaths in boat strikes"
        and not (shown["event_type"].eq("boat_strike") & shown["fatalities"].notna()).any()
    ):
        st.info("None of the filtered events is a strike on a boat with a reported death toll.")
    elif view == "Deaths in boat strikes":
        st.plotly_chart(charts.deaths_figure(shown), key="deaths_chart", config=config, theme=None,
                        on_select=partial(_on_select, "deaths_chart"), selection_mode="points")  # fmt: skip
        st.caption("  \n".join(common.md(line) for line in charts.deaths_coverage(shown)))
    elif not shown["latitude"].notna().any():
        st.info("None of the filtered events has coordinates, so there is nothing to map.")
    else:
        located = shown["latitude"].notna().sum()
        # Country outlines come from static/ (see .streamlit/config.toml), not from Plotly's CDN.
        map_config = {**config, "topojsonURL": "app/static/"}
        st.plotly_chart(charts.map_figure(shown), key="map_chart", config=map_config, theme=None,
                        on_select=partial(_on_select, "map_chart"), selection_mode="points")  # fmt: skip
        shared = charts.shared_points(shown)
        st.caption(
            f"{located} of {len(shown)} filtered events have coordinates and are on the map. "
            f"{shared} of them share a point with another event (sea strikes share representative points), "
            "so they are spread in a small spiral around it: positions are approximate."
        )
    if view == "Timeline":
        st.caption(charts.chart_key(shown))
    # About the data set: under the chart, so the chart and its axis fit the first screen.
    st.caption(common.about_line())
    if view != "Per month" and not st.session_state.get("event"):  # the monthly bars count events; they open none
        st.caption("Click a point or a bar to see the event, its caveats and its sources.")
    selected = st.session_state.get("event")
    _open_detail(common.load_events().events if selected else events, selected)  # full rows for the detail
    export_panel.render(
        shown, current, total=len(events), color_by=color_by, show_eras=show_eras, view=EXPORT_VIEWS[view]
    )


def _display_options() -> tuple[str, bool]:
    common.keep_widget_state(["color_by", "show_eras", "view"])
    st.session_state.setdefault("show_eras", True)
    wanted = st.session_state.pop("_link_color_by", None)
    if wanted in charts.COLOR_FIELDS:  # a shared link's color=
        st.session_state["color_by"] = wanted
    bar = st.sidebar
    bar.header("Display")
    color_by = bar.selectbox(
        "Colour by", list(charts.COLOR_FIELDS), format_func=charts.COLOR_FIELDS.get, key="color_by"
    )
    show_eras = bar.checkbox("Shade eras", key="show_eras")
    return color_by, show_eras


def _on_select(key: str) -> None:
    """A click selects its event; a box dragged over the density view narrows the date range.

    Runs as the chart's callback, before the script, so it may set the sidebar's widget state;
    the sidebar then writes both to the URL.
    """
    event_id, period = charts.selection_target((st.session_state.get(key) or {}).get("selection"))
    if event_id:
        st.session_state["event"] = event_id
    if period:
        st.session_state[common.DATES_KEY] = period


def _close_detail() -> None:
    st.session_state.pop("event", None)
    st.query_params.pop(common.EVENT_PARAM, None)


def _open_detail(events: pd.DataFrame, event_id: str | None) -> None:
    """The selected event in a panel sliding in from the right, where the eye is after a click or a tap."""
    # A merged event's old id opens the kept one; a delete made in the last run says so here.
    event_id = edit_panel.redirected(events, event_id)
    if not event_id:
        return
    match = events[events["event_id"] == event_id]
    if match.empty:
        st.warning(f"The link names event {common.md(event_id)}, which is not in the data. It may have been renamed.")
        return
    # A dialog closed with its cross, Esc or a click outside forgets the event (on_dismiss), so it
    # does not open again on the next rerun.
    dialog = st.dialog("Event", width="large", position="right", on_dismiss=_close_detail)
    dialog(_detail)(match.iloc[0], events)


def _detail(row: pd.Series, events: pd.DataFrame) -> None:
    """The selected event: title, date, caveats, summary, evidence, people, places, numbers and sources."""
    with st.container(key="event_detail"):
        st.subheader(common.md(row["title"]))  # the panel's own cross (or Esc) closes it
        when = schema.format_date(row["date"], row["date_precision"])
        if row["end_date"]:
            when += " – " + schema.format_date(row["end_date"])
        precision = PRECISION_WORDS.get(row["date_precision"], "")
        st.markdown(
            f"**{common.md(when)}** ({common.md(precision)})"
            f" · {common.md(schema.label('event_type', row['event_type']))}"
            f" · {common.md(schema.label('modality', row['modality']))}"
            f" · confidence {common.md(schema.label('confidence', row['confidence']).lower())}"
        )
        notes = str(row.get("notes", "") or "")
        flags = caveat_flags(pd.DataFrame({"notes": [notes]})).iloc[0]
        if notes and (flags["date"] or flags["number"]):
            st.warning(f"**{caveat_heading(flags['date'], flags['number'])}.** {common.md(notes)}", icon="⚠️")
        if row["summary"]:
            st.markdown(common.md(row["summary"]))
        if row["evidence"]:
            st.markdown("> " + common.md(row["evidence"]))
        facts = []
        if row["actors_list"]:
            facts.append("**Actors:** " + common.md(", ".join(row["actors_list"])))
        if row["countries_list"]:
            facts.append(
                "**Countries:** " + common.md(", ".join(schema.country_name(c) for c in row["countries_list"]))
            )
        if row["location"]:
            facts.append("**Where:** " + common.md(row["location"]))
        if not pd.isna(row["fatalities"]):
            facts.append(f"**Deaths:** {int(row['fatalities'])}")
        if not pd.isna(row["quantity"]):
            facts.append("**Quantity:** " + common.md(schema.format_quantity(row["quantity"], row["quantity_unit"])))
        if facts:
            st.markdown("  \n".join(facts))
        if notes and not (flags["date"] or flags["number"]):
            st.markdown(f"**{caveat_heading(False, False)}:** {common.md(notes)}")
        source = common.md_link(row["source_name"] or _host(row["source_url"]), row["source_url"])
        published = f" (published {common.md(row['published'])})" if row["published"] else ""
        st.markdown(f"**Source:** {source}{published}")
        others = schema.split_list(row["other_sources"])
        if others:
            st.markdown("**Other sources:**\n" + "\n".join(f"- {common.md_link(_host(u), u)}" for u in others))
        st.caption(f"Event id: {common.md(row['event_id'])} · status {common.md(row['status'])}")
        edit_panel.render(row["event_id"], events)  # editors only


def _host(url: str) -> str:
    """The site of a URL, as a short link label ("reuters.com")."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
