"""The other views of the filtered events: events per month, cumulative deaths in boat strikes, a map.

For example, with two strikes on boats (one located) and a tariff:

>>> from timeline.store import load_text
>>> events = load_text(
...     "event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,status,"
...     "fatalities,latitude,longitude\\n"
...     "a,2025-09-02,day,boat_strike,Strike,USA;VEN,happened,https://e.org/a,high,curated,11,12.5,-66.9\\n"
...     "b,2025-10-16,day,boat_strike,Strike,USA;COL,happened,https://e.org/b,high,curated,2,,\\n"
...     "c,2025-10-01,month,tariff,Tariff,USA;MEX,happened,https://e.org/c,high,curated,,,\\n").events
>>> [(t.name, [int(n) for n in t.y]) for t in monthly_figure(events).data]
[('Strike on a boat', [1, 1]), ('Tariff', [1])]
>>> [int(n) for n in deaths_figure(events).data[0].y]
[11, 13]
>>> [list(t.customdata) for t in map_figure(events).data]
[['a']]
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from timeline.store import schema
from timeline.view.chart_style import FONT, hover_texts, marker_sizes, plain, type_colour


def _plain_layout(fig: go.Figure, height: int, y_title: str) -> None:
    fig.update_layout(font=FONT, plot_bgcolor="white", paper_bgcolor="white", height=height,
                      margin={"l": 20, "r": 20, "t": 30, "b": 40}, yaxis_title=y_title)  # fmt: skip
    fig.update_yaxes(gridcolor="#EEEEEE", rangemode="tozero", automargin=True, title_standoff=12)


def monthly_figure(events: pd.DataFrame) -> go.Figure:
    """Events per month, stacked by type (first lane at the bottom), in the timeline's colours.

    See the module docstring for an example.
    """
    fig = go.Figure()
    month = events["date_dt"].dt.to_period("M").dt.start_time
    counts = events.assign(month=month).groupby(["month", "event_type"]).size().rename("n").reset_index()
    for kind in schema.EVENT_TYPES:
        part = counts[counts["event_type"] == kind]
        if part.empty:
            continue
        name = schema.label("event_type", kind)
        fig.add_trace(go.Bar(x=part["month"], y=part["n"], name=name, marker_color=type_colour(kind),
                             hovertemplate=f"%{{x|%b %Y}} · {plain(name)}: %{{y}}<extra></extra>"))  # fmt: skip
    _plain_layout(fig, 440, "Events per month")
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.18, "traceorder": "normal"})
    fig.update_xaxes(type="date", dtick="M1", tickformat="%b\n%Y")
    return fig


def deaths_figure(events: pd.DataFrame) -> go.Figure:
    """Cumulative deaths reported in strikes on boats, one step per strike, with the running total.

    See the module docstring for an example.
    """
    strikes = events[(events["event_type"] == "boat_strike") & events["fatalities"].notna()].sort_values("date_dt")
    fig = go.Figure()
    if len(strikes):
        total = strikes["fatalities"].astype("int64").cumsum()
        fig.add_trace(go.Scatter(
            x=strikes["date_dt"], y=total, mode="lines+markers", line_shape="hv",
            line={"color": type_colour("boat_strike"), "width": 3}, marker={"size": 7},
            customdata=strikes["event_id"], hovertext=hover_texts(strikes),
            hovertemplate="Total %{y} after:<br>%{hovertext}<extra></extra>", name="Deaths",
        ))  # fmt: skip
        last = strikes.iloc[-1]
        fig.add_annotation(
            x=last["date_dt"], y=int(total.iloc[-1]), xanchor="right", yanchor="bottom", showarrow=False,
            text=f"<b>{int(total.iloc[-1]):,} deaths</b> in {len(strikes)} strikes with a reported toll, to "
            f"{schema.format_date(last['date'])}",
            font={"size": 14, "color": "#222222"},
        )  # fmt: skip
    _plain_layout(fig, 420, "Deaths reported, cumulative")
    fig.update_layout(showlegend=False)
    return fig


def map_figure(events: pd.DataFrame) -> go.Figure:
    """Located events (latitude and longitude set) on a map of the Americas, coloured by type.

    See the module docstring for an example.
    """
    located = events[events["latitude"].notna() & events["longitude"].notna()]
    fig = go.Figure()
    for kind in schema.EVENT_TYPES:
        part = located[located["event_type"] == kind]
        if part.empty:
            continue
        fig.add_trace(go.Scattergeo(
            lat=part["latitude"].astype("float64"), lon=part["longitude"].astype("float64"),
            name=schema.label("event_type", kind), customdata=part["event_id"], hovertext=hover_texts(part),
            hovertemplate="%{hovertext}<extra></extra>",
            marker={"size": marker_sizes(part), "color": type_colour(kind),
                        "line": {"width": 0.6, "color": "white"}, "opacity": 0.85},
        ))  # fmt: skip
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#BBBBBB",
                    showland=True, landcolor="#F2F2F2", showocean=True, oceancolor="#E8F1F8",
                    lataxis_range=[-10, 40], lonaxis_range=[-125, -55], resolution=110)  # fmt: skip
    fig.update_layout(font=FONT, height=520, margin={"l": 0, "r": 0, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.02})
    return fig
