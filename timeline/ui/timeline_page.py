"""The Timeline page: the chart, the selected event's detail, other views and the exports."""

from __future__ import annotations

from functools import partial

import streamlit as st

from timeline import i18n, settings
from timeline.i18n import N_
from timeline.ui import common, detail, export_panel, figures, lang, sidebar
from timeline.ui.lang import _
from timeline.view import charts, filters

#: The views, shown in the reader's language (the radio keeps these English names as its values).
VIEWS = (N_("Timeline"), N_("Per month"), N_("Deaths in boat strikes"), N_("Map"))
#: The ``app_title`` setting's default, translated when it is not changed (a data set's own name is not).
DEFAULT_TITLE = N_("The US campaign against drug cartels")
#: The export (and ``view=`` link) name of each view.
EXPORT_VIEWS = dict(zip(VIEWS, ("timeline", "monthly", "deaths", "map")))
CHART_KEY = "timeline_chart"


def render() -> None:
    """Draw the page."""
    common.compact_top()
    title = str(settings.get("app_title"))
    st.title(_(title) if title == DEFAULT_TITLE else title)
    head = st.container(key="page_head")  # problems, the count line and the view switch, written once the events are read
    area = st.container(key="timeline_area")  # the chart; on a large file's first visit a static strip first
    overview = figures.FirstOverview(area)  # drawn from the file's stored counts before anything is read
    overview.settle()  # on a second visit, the browser paints the strip before the rest of the page comes
    figures.warm_up()  # Plotly's code loads in the browser while the events load here
    result = common.chart_events()  # a large file's chart columns first; common.complete() gives the rest
    events = result.events
    overview.from_rows(events)  # a file without stored counts: the strip as soon as its rows are read
    common.touch_taps()
    with head:
        common.show_problems(result)
    current = sidebar.sidebar_filters()
    here = lang.current()
    color_by, show_eras = _display_options()
    searched = events if not current.q or "search_text" in events.columns else common.searchable_events()
    shown = filters.apply(searched, current) if len(events) else events
    with head:
        common.caption(len(shown), len(events))
    if shown.empty:
        overview.clear()
        st.caption(common.about_line())
        st.info(
            _("No event matches these filters ({filters}). Remove a filter or press “Reset filters” in the sidebar.")
            .format(filters=common.md(current.describe(here)))
        )  # fmt: skip
        return
    wanted_view = st.session_state.pop("_link_view", None)
    by_name = {name: label for label, name in EXPORT_VIEWS.items()}
    if wanted_view in by_name:  # a shared link's view=
        st.session_state["view"] = by_name[wanted_view]
    # format_func binds the language of this run: a widget's value is serialized through it after the run too.
    view = head.radio(
        _("View"), VIEWS, horizontal=True, key="view", label_visibility="collapsed",
        format_func=lambda name: i18n.gettext(name, here),
    )  # fmt: skip
    st.session_state[sidebar.DISPLAY_KEY] = {
        "view": EXPORT_VIEWS[view] if view != VIEWS[0] else "",
        "color": color_by if color_by != "event_type" else "",
    }
    sidebar.sync_url(current, st.session_state.get("event"))
    config = charts.plotly_config(current.slug())
    if view != "Timeline":
        overview.clear()  # the other views are drawn under the (then empty) timeline area
    if view != "Timeline" or len(shown) <= settings.get("density_threshold"):
        shown = common.complete(shown)  # events drawn one by one need their titles and sources
    if view == "Timeline":
        fig = figures.timeline(shown, current, color_by=color_by, show_eras=show_eras,
                               highlight=st.session_state.get("event"))  # fmt: skip
        # In density mode a dragged box picks a period (it becomes the date filter); otherwise a click picks an event.
        mode = "box" if charts.is_density(fig) else "points"
        if mode != "box" or len(shown) != len(events):
            overview.clear()  # the strip counts the whole file: it may only stand in for its density view
        area.plotly_chart(fig, key=CHART_KEY, on_select=partial(_on_select, CHART_KEY), selection_mode=mode,
                          config=config, theme=None)  # fmt: skip
    elif view == "Per month":
        st.plotly_chart(charts.monthly_figure(shown, here), key="monthly_chart", config=config, theme=None)
    elif (
        view == "Deaths in boat strikes"
        and not (shown["event_type"].eq("boat_strike") & shown["fatalities"].notna()).any()
    ):
        st.info(_("None of the filtered events is a strike on a boat with a reported death toll."))
    elif view == "Deaths in boat strikes":
        st.plotly_chart(charts.deaths_figure(shown, here), key="deaths_chart", config=config, theme=None,
                        on_select=partial(_on_select, "deaths_chart"), selection_mode="points")  # fmt: skip
        st.caption("  \n".join(common.md(line) for line in charts.deaths_coverage(shown, here)))
    elif not shown["latitude"].notna().any():
        st.info(_("None of the filtered events has coordinates, so there is nothing to map."))
    else:
        located = int(shown["latitude"].notna().sum())  # a NumPy integer is not a plural count for gettext
        # Country outlines come from static/ (see .streamlit/config.toml), not from Plotly's CDN.
        map_config = {**config, "topojsonURL": "app/static/"}
        st.plotly_chart(charts.map_figure(shown, here), key="map_chart", config=map_config, theme=None,
                        on_select=partial(_on_select, "map_chart"), selection_mode="points")  # fmt: skip
        shared = int(charts.shared_points(shown))
        on_map = i18n.ngettext(
            "{located} of {shown} filtered events has coordinates and is on the map.",
            "{located} of {shown} filtered events have coordinates and are on the map.",
            located,
            here,
        ).format(located=i18n.format_number(located, here), shown=i18n.format_number(len(shown), here))
        spread = i18n.ngettext(
            "{shared} of them shares a point with another event (sea strikes share representative points), "
            "so it is spread in a small spiral around it: positions are approximate.",
            "{shared} of them share a point with another event (sea strikes share representative points), "
            "so they are spread in a small spiral around it: positions are approximate.",
            shared,
            here,
        ).format(shared=i18n.format_number(shared, here))
        st.caption(f"{on_map} {spread}" if shared else on_map)  # "0 of them share a point" said nothing
    if view == "Timeline":
        st.caption(charts.chart_key(shown, here))
    # About the data set: under the chart, so the chart and its axis fit the first screen.
    st.caption(common.about_line())
    if view != "Per month" and not st.session_state.get("event"):  # the monthly bars count events; they open none
        st.caption(_("Click a point or a bar to see the event, its caveats and its sources."))
    selected = st.session_state.get("event")
    detail.open_detail(common.load_events().events if selected else events, selected)  # full rows for the detail
    export_panel.render(
        shown, current, total=len(events), color_by=color_by, show_eras=show_eras, view=EXPORT_VIEWS[view]
    )


def _display_options() -> tuple[str, bool]:
    common.keep_widget_state(["color_by", "show_eras", "view"])
    st.session_state.setdefault("show_eras", True)
    wanted = st.session_state.pop("_link_color_by", None)
    if wanted in charts.COLOR_FIELDS:  # a shared link's color=
        st.session_state["color_by"] = wanted
    here = lang.current()
    bar = st.sidebar
    bar.header(_("Display"))
    color_by = bar.selectbox(
        _("Colour by"), list(charts.COLOR_FIELDS), key="color_by",
        format_func=lambda field: i18n.gettext(charts.COLOR_FIELDS[field], here),
    )  # fmt: skip
    show_eras = bar.checkbox(_("Shade eras"), key="show_eras")
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
        st.session_state[sidebar.DATES_KEY] = period
