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

import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.i18n import DEFAULT_LANGUAGE, gettext, ngettext
from timeline.store import schema
from timeline.view import localized
from timeline.view.chart_style import FONT, hover_texts, marker_sizes, plain, type_colour


def _plain_layout(fig: go.Figure, height: int, y_title: str) -> None:
    fig.update_layout(font=FONT, plot_bgcolor="white", paper_bgcolor="white", height=height,
                      margin={"l": 20, "r": 20, "t": 30, "b": 40}, yaxis_title=y_title)  # fmt: skip
    fig.update_yaxes(gridcolor="#EEEEEE", rangemode="tozero", automargin=True, title_standoff=12)


def monthly_figure(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> go.Figure:
    """Events per month, stacked by type (first lane at the bottom), in the timeline's colours; words in ``lang``.

    See the module docstring for an example.
    """
    fig = go.Figure()
    month = events["date_dt"].dt.to_period("M").dt.start_time
    counts = events.assign(month=month).groupby(["month", "event_type"]).size().rename("n").reset_index()
    for kind in schema.EVENT_TYPES:
        part = counts[counts["event_type"] == kind]
        if part.empty:
            continue
        name = schema.label("event_type", kind, lang)
        # The month is written here, not by Plotly's %{x|%b}, which names months in English only.
        months = [localized.month(m, lang) for m in part["month"]]
        fig.add_trace(go.Bar(x=part["month"], y=part["n"], name=name, marker_color=type_colour(kind),
                             hovertext=months, hovertemplate=f"%{{hovertext}} · {plain(name)}: %{{y}}<extra></extra>"))  # fmt: skip
    _plain_layout(fig, 440, gettext("Events per month", lang))
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.18, "traceorder": "normal"})
    fig.update_xaxes(type="date", dtick="M1", tickformat="%b\n%Y")
    if len(counts):
        localized.localize_date_axis(fig, counts["month"].min(), counts["month"].max(), lang, by_month=True)
    return fig


_TALLY = re.compile(
    r"[^.;]*\b(?:toll|tally|tallied|overall figure|in all|dead)\b[^.;]*\d[^.;]*[.;]?|"
    r"[^.;]*\d[^.;]*\b(?:toll|overall figure|in all)\b[^.;]*[.;]?",
    re.IGNORECASE,
)


def deaths_coverage(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """What the deaths total covers and misses, in sentences in ``lang``, with the latest running totals the
    notes quote (the quotes stay as written).

    >>> from timeline.store import load_text
    >>> ev = load_text("event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,"
    ...     "status,fatalities,notes\\n"
    ...     "a,2025-09-02,day,boat_strike,S,USA;VEN,happened,https://e.org/a,high,curated,11,\\n"
    ...     "b,2025-09-15,day,boat_strike,S,USA;VEN,happened,https://e.org/b,high,curated,,AP put the toll at 14.\\n"
    ...     ).events
    >>> for line in deaths_coverage(ev): print(line)
    11 deaths is the sum of the tolls stated for 1 of the 2 strikes on boats shown, to 15 Sep 2025; 1 strike has no toll of its own and adds nothing.
    It is a floor, not the campaign's toll: people who survived a strike and were later presumed dead are not counted as deaths, and strikes missing from the table add nothing (the README says which periods of the bundled data are incomplete).
    Running totals quoted in the sources' notes (latest first): 15 Sep 2025: “AP put the toll at 14.”
    """
    strikes = events[events["event_type"] == "boat_strike"].sort_values("date_dt")
    if strikes.empty:
        return []
    told = strikes[strikes["fatalities"].notna()]
    total = int(told["fatalities"].astype("int64").sum())
    missing = len(strikes) - len(told)
    values = {
        "total": localized.number(total, lang),
        "told": localized.number(len(told), lang),
        "strikes": localized.number(len(strikes), lang),
        "day": localized.day(strikes.iloc[-1]["date"], "day", lang),
        "missing": localized.number(missing, lang),
    }
    if missing:
        first = ngettext(
            "{total} deaths is the sum of the tolls stated for {told} of the {strikes} strikes on boats shown, to "
            "{day}; {missing} strike has no toll of its own and adds nothing.",
            "{total} deaths is the sum of the tolls stated for {told} of the {strikes} strikes on boats shown, to "
            "{day}; {missing} strikes have no toll of their own and add nothing.",
            missing, lang,
        )  # fmt: skip
    else:
        first = gettext(
            "{total} deaths is the sum of the tolls stated for {told} of the {strikes} strikes on boats shown, to "
            "{day}.",
            lang,
        )
    lines = [
        first.format(**values),
        gettext(
            "It is a floor, not the campaign's toll: people who survived a strike and were later presumed dead are "
            "not counted as deaths, and strikes missing from the table add nothing (the README says which periods "
            "of the bundled data are incomplete).",
            lang,
        ),
    ]
    quotes = []
    notes = strikes["notes"] if "notes" in strikes.columns else pd.Series("", index=strikes.index)
    for day, note in zip(strikes["date"].iloc[::-1], notes.iloc[::-1]):
        found = [m.group(0).strip() for m in _TALLY.finditer(str(note))]
        if found:
            quotes.append(f"{localized.day(day, 'day', lang)}: “{found[-1].rstrip(';')}”")
        if len(quotes) == 2:
            break
    if quotes:
        lines.append(
            gettext("Running totals quoted in the sources' notes (latest first): {quotes}", lang).format(
                quotes=" · ".join(quotes)
            )
        )
    return lines


def deaths_figure(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> go.Figure:
    """Cumulative deaths reported in strikes on boats, one step per strike, with the running total.

    The label says the total is a floor; :func:`deaths_coverage` says what it covers and misses.
    See the module docstring for an example.
    """
    strikes = events[(events["event_type"] == "boat_strike") & events["fatalities"].notna()].sort_values("date_dt")
    fig = go.Figure()
    if len(strikes):
        total = strikes["fatalities"].astype("int64").cumsum()
        fig.add_trace(go.Scatter(
            x=strikes["date_dt"], y=total, mode="lines+markers", line_shape="hv",
            line={"color": type_colour("boat_strike"), "width": 3}, marker={"size": 7},
            customdata=strikes["event_id"], hovertext=hover_texts(strikes, lang),
            hovertemplate=gettext("Total {total} after:", lang).format(total="%{y}") + "<br>%{hovertext}<extra></extra>",
            name=gettext("Deaths", lang),
        ))  # fmt: skip
        last = strikes.iloc[-1]
        heading = gettext("At least {total} deaths", lang).format(total=localized.number(int(total.iloc[-1]), lang))
        rest = ngettext("stated in {count} strike, to {day} (a floor: see below)",
                        "stated in {count} strikes, to {day} (a floor: see below)", len(strikes), lang)  # fmt: skip
        fig.add_annotation(
            x=last["date_dt"], y=int(total.iloc[-1]), xanchor="right", yanchor="bottom", showarrow=False,
            text=f"<b>{plain(heading)}</b> " + plain(rest.format(
                count=localized.number(len(strikes), lang), day=localized.day(last["date"], "day", lang))),
            font={"size": 14, "color": "#222222"},
        )  # fmt: skip
        localized.localize_date_axis(fig, strikes["date_dt"].min(), strikes["date_dt"].max(), lang)
    _plain_layout(fig, 420, gettext("Deaths reported, cumulative", lang))
    fig.update_layout(showlegend=False)
    return fig


#: Degrees between neighbours when events sharing a point are spread around it.
SPREAD_DEG = 0.45


def spread(lat: pd.Series, lon: pd.Series, order: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Positions for events that share a point, laid in a sunflower spiral around it (the first stays on it).

    Forty-one strikes at four representative sea points would otherwise look like four dots.

    >>> la, lo = spread(pd.Series([7.0, 7.0, 1.0]), pd.Series([-85.0, -85.0, 2.0]), pd.Series([0, 1, 2]))
    >>> la.round(2).tolist(), lo.round(2).tolist()
    ([7.0, 6.67, 1.0], [-85.0, -84.7, 2.0])
    """
    frame = pd.DataFrame({"lat": lat.to_numpy(dtype="float64"), "lon": lon.to_numpy(dtype="float64"),
                          "order": order.to_numpy()})  # fmt: skip
    rank = frame.sort_values("order").groupby(["lat", "lon"]).cumcount().reindex(frame.index).to_numpy()
    angle = rank * 2.399963  # the golden angle, in radians: no two neighbours line up
    radius = SPREAD_DEG * np.sqrt(rank)
    return frame["lat"].to_numpy() + radius * np.cos(angle), frame["lon"].to_numpy() + radius * np.sin(angle)


def shared_points(events: pd.DataFrame) -> int:
    """How many located events share their point with another event (they are spread on the map)."""
    located = events[events["latitude"].notna() & events["longitude"].notna()]
    return int(located.duplicated(["latitude", "longitude"], keep=False).sum())


def map_figure(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> go.Figure:
    """Located events (latitude and longitude set) on a map of the Americas, coloured by type (names in ``lang``).

    Events at the same point (sea strikes share representative points) are spread around it.
    See the module docstring for an example.
    """
    located = events[events["latitude"].notna() & events["longitude"].notna()].copy()
    if len(located):
        located["lat_shown"], located["lon_shown"] = spread(
            located["latitude"], located["longitude"], located["date"] + located["event_id"]
        )
    fig = go.Figure()
    for kind in schema.EVENT_TYPES:
        part = located[located["event_type"] == kind]
        if part.empty:
            continue
        fig.add_trace(go.Scattergeo(
            lat=part["lat_shown"], lon=part["lon_shown"],
            name=schema.label("event_type", kind, lang), customdata=part["event_id"], hovertext=hover_texts(part, lang),
            hovertemplate="%{hovertext}<extra></extra>",
            marker={"size": marker_sizes(part), "color": type_colour(kind),
                        "line": {"width": 0.6, "color": "white"}, "opacity": 0.85},
        ))  # fmt: skip
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#BBBBBB",
                    showland=True, landcolor="#F2F2F2", showocean=True, oceancolor="#E8F1F8",
                    lataxis_range=[-10, 40], lonaxis_range=[-125, -55], resolution=110)  # fmt: skip
    fig.update_layout(
        font=FONT, height=520, margin={"l": 0, "r": 0, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.02}
    )
    return fig
