"""The timeline, as a plain Plotly figure (no Streamlit); the other views are re-exported from here.

The timeline has one lane per event type, in the vocabulary's order. Single-day events are
markers, events with an ``end_date`` are bars. Above ``webgl_threshold`` points the markers are
drawn with WebGL from compact arrays (epoch-millisecond floats, small integer lanes, which Plotly
serialises as binary); above ``density_threshold`` events each lane becomes a strip of counts
per day or week, because hundreds of thousands of markers neither draw nor read well.

Colours, fonts and hover text live in ``chart_style``; the monthly, deaths and map views in
``companion_charts``. Callers import all of them from here.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline import settings
from timeline.i18n import DEFAULT_LANGUAGE, N_, gettext
from timeline.store import schema
from timeline.view import localized, overview_svg
from timeline.view.caveats import has_caveat
from timeline.view.chart_style import (
    FONT,
    MS_PER_DAY,
    OTHER_COLOUR,
    PALETTE,
    chart_key,
    epoch_ms,
    hover_texts,
    lane_label,
    marker_sizes,
    type_colour,
)
from timeline.view.companion_charts import (
    deaths_coverage,
    deaths_figure,
    map_figure,
    monthly_figure,
    shared_points,
)
from timeline.view.eras import ERA_CUT_MARGIN, add_eras, eras_in_view, load_eras, relevant_eras
from timeline.view.filters import period_end

__all__ = [
    "COLOR_FIELDS",
    "ERA_CUT_MARGIN",
    "chart_key",
    "color_groups",
    "deaths_coverage",
    "deaths_figure",
    "epoch_ms",
    "eras_in_view",
    "hover_texts",
    "is_density",
    "lanes",
    "load_eras",
    "map_figure",
    "marker_sizes",
    "monthly_figure",
    "plotly_config",
    "relevant_eras",
    "selection_target",
    "shared_points",
    "timeline_figure",
    "type_colour",
]

#: What the markers can be coloured by (labels marked here, translated where shown).
COLOR_FIELDS: dict[str, str] = {"event_type": N_("Event type"), "country": N_("Country"), "actor": N_("Actor")}
#: Colour of the ring around events whose notes qualify the date or a number.
CAVEAT_COLOUR = "#D55E00"


# --- lanes and colours --------------------------------------------------------------------------


def lanes(events: pd.DataFrame) -> list[str]:
    """Event types present, in the vocabulary's order (the lanes from top to bottom).

    >>> lanes(pd.DataFrame({"event_type": ["statement", "boat_strike"]}))
    ['boat_strike', 'statement']
    """
    present = set(events["event_type"].unique())  # unique() first: iterating a million strings costs seconds
    return [t for t in schema.EVENT_TYPES if t in present] + sorted(present - set(schema.EVENT_TYPES))


def _lane_numbers(events: pd.DataFrame, lane_of: dict[str, int]) -> np.ndarray:
    """Lane of each event as small integers, via factorize (a string ``map`` is slow at a million rows)."""
    codes, uniques = pd.factorize(events["event_type"])
    return np.array([lane_of[u] for u in uniques], dtype="int16")[codes]


def color_groups(
    events: pd.DataFrame, color_by: str = "event_type", max_groups: int = len(PALETTE), lang: str = DEFAULT_LANGUAGE
) -> pd.Series:
    """The colour group of each event: its type, or one of its countries or actors.

    An event lists several countries, and nearly all list the United States, so colouring by the
    first one would paint everything the same. The rule: leave out values found in more than half
    of the events (unless the event lists nothing else), then take the most common of the rest, so
    groups are few and telling. Groups past the ``max_groups`` most frequent become "Other". Names are
    in ``lang`` (type labels, country names, "Other"); actors are data and stay as written.

    >>> cells = [["USA", "VEN"], ["USA"], ["USA", "MEX", "VEN"], ["USA", "MEX"], ["VEN"], ["USA", "COL"]]
    >>> color_groups(pd.DataFrame({"countries_list": cells}), "country").tolist()
    ['Venezuela', 'United States', 'Venezuela', 'Mexico', 'Venezuela', 'Colombia']
    """
    if color_by == "event_type":
        return events["event_type"].map(lambda t: schema.label("event_type", t, lang))
    if color_by not in ("country", "actor"):
        raise ValueError(f"color_by must be one of {sorted(COLOR_FIELDS)}, not {color_by!r}")
    column = "countries_list" if color_by == "country" else "actors_list"
    counts = pd.Series([v for cell in events[column] for v in cell], dtype="str").value_counts()
    ubiquitous = set(counts.index[counts > len(events) / 2])
    # Most common first; ties broken by name so the choice does not depend on row order.
    rank = {v: (v in ubiquitous, -counts[v], v) for v in counts.index}

    other, none = gettext("Other", lang), gettext("(none)", lang)

    def pick(cell: list[str]) -> str:
        return min(cell, key=lambda v: rank[v]) if cell else none

    picked = events[column].map(pick)
    keep = set(picked.value_counts().index[:max_groups])
    picked = picked.where(picked.isin(keep), other)
    if color_by == "country":
        return picked.map(lambda code: code if code in (other, none) else localized.country(code, lang))
    return picked


def _colour_map(groups: pd.Series, color_by: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Group -> colour, in legend order: types keep their fixed colours, other groups go by frequency."""
    other, none = gettext("Other", lang), gettext("(none)", lang)
    if color_by == "event_type":
        colours = {schema.label("event_type", t, lang): type_colour(t) for t in schema.EVENT_TYPES}
    else:
        order = [g for g in groups.value_counts().index if g not in (other, none)]
        colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(order)}
    colours[other] = colours[none] = OTHER_COLOUR
    return colours


def _jitter(events: pd.DataFrame) -> np.ndarray:
    """Vertical offsets within a lane so that events close in time do not hide each other."""
    order = events.sort_values(["date_dt", "event_id"]).groupby("event_type", sort=False).cumcount()
    steps = np.array([0.0, 0.22, -0.22, 0.11, -0.11, 0.33, -0.33])
    return steps[order.reindex(events.index).to_numpy() % len(steps)]


# --- the timeline --------------------------------------------------------------------------------

LANE_PX = 34
ERA_PX = 18


def fitted_range(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day the events cover, padded a little so edge markers are not cut in half.

    The time axis is set to this range instead of autoranging: Plotly's autorange pads by a share
    of the plot's pixels, which on a phone stretched a year of events over five.

    >>> ev = pd.DataFrame({"date_dt": pd.to_datetime(["2025-02-01", "2025-11-30"]), "end_dt": pd.NaT,
    ...                    "date_precision": "day"})
    >>> [str(t.date()) for t in fitted_range(ev)]
    ['2025-01-20', '2025-12-12']
    """
    if not len(events):
        return None
    first = events["date_dt"].min()
    last = period_end(events).max()
    pad = max(pd.Timedelta(days=12), (last - first) * 0.03)
    return first - pad, last + pad


def timeline_figure(
    events: pd.DataFrame,
    *,
    color_by: str = "event_type",
    eras: pd.DataFrame | None = None,
    show_eras: bool = True,
    height: int | None = None,
    highlight: str | None = None,
    jitter: bool = True,
    width_px: float = 900,
    key: bool = True,
    lang: str = DEFAULT_LANGUAGE,
) -> go.Figure:
    """The timeline of ``events`` (a frame from ``store.load``): lanes by type, markers and bars.

    Each marker and bar carries its ``event_id`` in ``customdata`` so a selection finds the event;
    the event whose id is ``highlight`` gets a ring. Events whose notes qualify the date or a
    number get a thin orange ring (below the WebGL threshold). ``jitter=False`` keeps every event
    on its lane's line (exports: on paper an offset reads as meaning); ``width_px`` is the plot's
    expected width, used to place the era labels. ``key=False`` leaves out the key above the plot
    (the app prints :func:`chart_key` under the chart, where it wraps). ``lang`` is the language of every
    word on the chart (lanes, legend, hover, key, months on the time axis); titles and summaries stay as written.

    >>> from timeline.store import load_text
    >>> df = load_text("event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,status\\n"
    ...     "a,2025-09-02,day,boat_strike,Strike,USA;VEN,happened,https://example.org/a,high,curated\\n").events
    >>> [trace.type for trace in timeline_figure(df).data]
    ['scatter']
    """
    kinds = lanes(events)
    lane_of = {t: len(kinds) - 1 - i for i, t in enumerate(kinds)}  # first lane on top
    fig = go.Figure()
    if len(events) > settings.get("density_threshold"):
        _add_density(fig, events, lane_of, lang)
    else:
        _add_events(fig, events, lane_of, color_by, highlight, jitter=jitter, lang=lang)
    last = period_end(events).max() if len(events) else None
    if show_eras and eras is not None and len(eras) and len(events):
        eras = relevant_eras(eras, events)
        eras = eras_in_view(eras, events["date_dt"].min(), last)
    n_eras = len(eras) if show_eras and eras is not None and len(events) else 0
    split = _layout(fig, events, kinds, color_by, height, n_eras, key, lang)
    span = fitted_range(events)
    if span is not None:
        fig.update_xaxes(range=[span[0], span[1]], autorange=False)
        localized.localize_date_axis(fig, span[0], span[1], lang)
    if n_eras:
        x_range = (float(epoch_ms(pd.Series(span))[0]), float(epoch_ms(pd.Series(span))[1]))
        add_eras(fig, eras, float(epoch_ms(pd.Series([last]))[0]) + 15 * MS_PER_DAY, split,
                 x_range=x_range, width_px=width_px, lang=lang)  # fmt: skip
    return fig


def _add_events(
    fig: go.Figure, events: pd.DataFrame, lane_of: dict[str, int], color_by: str, highlight: str | None = None,
    *, jitter: bool = True, lang: str = DEFAULT_LANGUAGE,
) -> None:
    if events.empty:
        return
    groups = color_groups(events, color_by, lang=lang)
    colours = _colour_map(groups, color_by, lang)
    y = _lane_numbers(events, lane_of).astype("float64")
    start = epoch_ms(events["date_dt"])
    has_end = events["end_dt"].notna().to_numpy() & (events["end_dt"] > events["date_dt"]).fillna(False).to_numpy()
    coarse = events["date_precision"].isin(["month", "year"]).to_numpy()
    text = np.array(hover_texts(events, lang), dtype=object)
    ids = events["event_id"].to_numpy(dtype=object)
    sizes = marker_sizes(events).astype("float32")
    jitter = _jitter(events) if jitter else np.zeros(len(events))
    webgl = int((~has_end).sum()) > settings.get("webgl_threshold")
    scatter = go.Scattergl if webgl else go.Scatter
    present = set(groups)
    for group in (g for g in colours if g in present):
        in_group = (groups == group).to_numpy()
        bars = in_group & has_end
        if bars.any():
            fig.add_trace(go.Bar(
                orientation="h", base=start[bars], x=epoch_ms(events["end_dt"])[bars] + MS_PER_DAY - start[bars],
                y=y[bars] + jitter[bars], width=0.16, marker={"color": colours[group], "opacity": 0.6, "line_width": 0},
                customdata=ids[bars], hovertext=text[bars], hovertemplate="%{hovertext}<extra></extra>",
                name=group, legendgroup=group, showlegend=not (in_group & ~has_end).any(),
            ))  # fmt: skip
        dots = in_group & ~has_end
        if dots.any():
            fig.add_trace(scatter(
                x=start[dots], y=(y[dots] + jitter[dots]).astype("float32"), mode="markers", name=group, legendgroup=group,
                # Numeric arrays only (symbol 0 = circle, 100 = circle-open): Plotly validates string arrays
                # element by element, which costs seconds at WebGL sizes.
                marker={"color": colours[group], "size": sizes[dots], "opacity": 0.88,
                        "symbol": np.where(coarse[dots], 100, 0).astype("int8"),
                        "line": {"width": np.where(coarse[dots], 2.0, 0.6).astype("float32"), "color": "white"}},
                customdata=ids[dots], hovertext=text[dots], hovertemplate="%{hovertext}<extra></extra>",
            ))  # fmt: skip
    caveat = has_caveat(events).to_numpy() & ~has_end
    if caveat.any() and not webgl:  # a ring per flagged marker; at WebGL sizes the hover line says it
        fig.add_trace(go.Scatter(
            x=start[caveat], y=y[caveat] + jitter[caveat], mode="markers", hoverinfo="skip", showlegend=False,
            name=gettext("notes qualify the date or a number", lang),
            marker={"symbol": "circle-open", "size": sizes[caveat] + 7, "color": CAVEAT_COLOUR, "line": {"width": 1.6}},
        ))  # fmt: skip
    picked = ids == highlight
    if highlight and picked.any():
        i = int(np.flatnonzero(picked)[0])
        x = start[i] if not has_end[i] else (start[i] + epoch_ms(events["end_dt"])[i]) / 2
        fig.add_trace(go.Scatter(
            x=[x], y=[y[i] + jitter[i]], mode="markers", hoverinfo="skip", showlegend=False, name="selected",
            marker={"symbol": "circle-open", "size": sizes[i] + 12, "color": "#111111", "line": {"width": 2.5}},
        ))  # fmt: skip


def _add_density(fig: go.Figure, events: pd.DataFrame, lane_of: dict[str, int], lang: str = DEFAULT_LANGUAGE) -> None:
    """Counts per lane per day (short spans) or week, as a heat strip (the grid of ``overview_svg.strip``)."""
    counted = overview_svg.strip(overview_svg.day_counts(events, period_end(events).max()))
    # Plotly's lane numbers count from the bottom; the strip's rows from the top lane.
    grid = counted.grid[[counted.kinds.index(k) for k in sorted(lane_of, key=lane_of.get)]].astype("float64")
    grid[grid == 0] = np.nan
    daily, step = counted.step == 1, counted.step
    x = ((counted.first_day + step * np.arange(grid.shape[1])) * MS_PER_DAY).astype("float64")
    title = gettext("Events per day", lang) if daily else gettext("Events per week", lang)
    # The day is written here rather than by Plotly's %{x|...}, which names months in English only.
    days = pd.to_datetime(x, unit="ms").strftime("%Y-%m-%d")
    labels = np.array([localized.day(d, "day", lang) for d in days], dtype=object)
    count = gettext("{count} events this day", lang) if daily else gettext("{count} events this week", lang)
    fig.add_trace(go.Heatmap(
        x=x, y=np.arange(len(lane_of), dtype="int16"), z=grid, text=np.tile(labels, (len(lane_of), 1)),
        colorscale="Cividis", reversescale=True, zmin=0, colorbar={"title": title, "thickness": 12, "len": 0.6},
        hovertemplate="%{text}: " + count.format(count="%{z:,}") + "<extra></extra>", xgap=0, ygap=6,
    ))  # fmt: skip


def _layout(
    fig: go.Figure, events: pd.DataFrame, kinds: list[str], color_by: str, height: int | None, n_eras: int,
    key: bool = True, lang: str = DEFAULT_LANGUAGE,
) -> float:
    """Size and style the figure; returns where (in paper units) the era strip starts."""
    n = max(len(kinds), 1)
    lanes_px, eras_px, gap_px = max(LANE_PX * n + 20, 180), ERA_PX * n_eras, (14 if n_eras else 0)
    legend = color_by != "event_type"  # the lanes already name the types
    top, bottom = (50 if key else 36), (150 if legend else 90)
    plot_px = lanes_px + eras_px + gap_px
    total = height or top + plot_px + bottom
    split = lanes_px / plot_px
    fig.update_layout(
        height=total, font=FONT, plot_bgcolor="white", paper_bgcolor="white", hovermode="closest",
        dragmode="select" if len(events) > settings.get("density_threshold") else "zoom",
        margin={"l": 10, "r": 20, "t": top, "b": bottom}, barmode="overlay", clickmode="event+select",
        showlegend=legend,
        legend={"title": {"text": gettext(COLOR_FIELDS.get(color_by, color_by), lang) + " "}, "orientation": "h",
                "x": 0, "y": -(60 + 0.07 * plot_px + 20) / plot_px, "yanchor": "top", "itemsizing": "constant"},
        hoverlabel={"bgcolor": "white", "font": {"size": 13, "color": "#222222"}, "align": "left"},
        # The key sits above the zoom buttons' row (not beside it, where it ran over them at 1280 px); the app
        # shows it as a caption under the chart instead (key=False), where it wraps on a phone.
        annotations=[{"text": chart_key(events, lang), "xref": "paper", "yref": "paper", "x": 0, "y": 1 + 36 / plot_px,
                      "xanchor": "left", "yanchor": "bottom", "showarrow": False,
                      "font": {"size": 12, "color": "#555555"}}] if key else [],
        yaxis={"domain": [0, split], "tickvals": list(range(n)),
               "ticktext": [lane_label(t, lang) for t in reversed(kinds)], "range": [-0.6, n - 0.4],
               "showgrid": True, "gridcolor": "#EEEEEE", "zeroline": False, "fixedrange": True, "ticks": "",
               "ticklabelstandoff": 8, "automargin": True, "tickfont": {"size": 12}},
    )  # fmt: skip
    fig.update_xaxes(
        type="date", showgrid=True, gridcolor="#F3F3F3", linecolor="#BBBBBB", ticks="outside",
        rangeslider={"visible": True, "thickness": 0.07, "bgcolor": "#F7F7F7"},
        rangeselector={
            "buttons": [{"count": 1, "label": gettext("1m", lang), "step": "month", "stepmode": "backward"},
                        {"count": 3, "label": gettext("3m", lang), "step": "month", "stepmode": "backward"},
                        {"count": 6, "label": gettext("6m", lang), "step": "month", "stepmode": "backward"},
                        {"count": 1, "label": gettext("1y", lang), "step": "year", "stepmode": "backward"},
                        {"step": "all", "label": gettext("all", lang)}],
            "x": 0, "y": 1 + 8 / plot_px, "xanchor": "left", "yanchor": "bottom", "bgcolor": "#F0F0F0",
            "activecolor": "#CFCFCF", "font": {"size": 12}},
    )  # fmt: skip
    return split + gap_px / plot_px


def is_density(fig: go.Figure) -> bool:
    """True when the timeline shows counts per lane instead of events.

    >>> is_density(go.Figure(go.Heatmap(z=[[1]]))), is_density(go.Figure(go.Scatter(x=[1])))
    (True, False)
    """
    return any(trace.type == "heatmap" for trace in fig.data)


def selection_target(selection: dict | None) -> tuple[str | None, tuple[date, date] | None]:
    """What a chart selection (as ``st.plotly_chart`` reports it) points to: an event id and/or a period.

    >>> selection_target({"points": [{"customdata": "e1"}], "box": []})
    ('e1', None)
    >>> selection_target({"points": [], "box": [{"x": ["2025-09-01 10:00", 1759276800000.0], "y": [0, 3]}]})
    (None, (datetime.date(2025, 9, 1), datetime.date(2025, 10, 1)))
    """
    selection = selection or {}
    ids = [p.get("customdata") for p in selection.get("points", []) if isinstance(p.get("customdata"), str)]
    period = None
    for box in selection.get("box", [])[:1]:
        ends = []
        for x in box.get("x", [])[:2]:
            stamp = pd.to_datetime(x, unit="ms") if isinstance(x, (int, float)) else pd.to_datetime(x, errors="coerce")
            if not pd.isna(stamp):
                ends.append(stamp.date())
        if len(ends) == 2:
            period = (min(ends), max(ends))
    return (ids[0] if ids else None), period


def plotly_config(filename_stem: str) -> dict:
    """The ``st.plotly_chart`` config: a PNG download named after the view, no Plotly logo.

    >>> plotly_config("timeline_VEN")["toImageButtonOptions"]
    {'format': 'png', 'filename': 'timeline_VEN', 'scale': 2}
    """
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename_stem, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"],
    }
