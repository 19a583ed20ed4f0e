"""The timeline figure, cached per version of the events file and view, shared by every session.

A figure depends only on the rows shown (the file and the filters) and the display choices, so a
second visit, a filter undone or another reader asking for the same view gets it without building it
again (0.5-1 s at a million events; the density strip is a few kilobytes). The figure is shared:
``st.plotly_chart`` copies it (``to_dict``) before serialising, and callers must not modify it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline.ui import common, lang
from timeline.view import charts, filters


@st.cache_resource(show_spinner=False, max_entries=32)
def _timeline(
    path: str, stamp: tuple[int, int], eras_stamp: tuple[int, int], query: tuple, color_by: str, show_eras: bool,
    highlight: str | None, language: str, _shown: pd.DataFrame, _eras: pd.DataFrame,
) -> go.Figure:  # fmt: skip
    # Everything the figure depends on is in the key; the rows themselves (_shown) follow from path,
    # stamp and query; the language decides the lanes, legend, hover and axis months.
    return charts.timeline_figure(_shown, color_by=color_by, eras=_eras, show_eras=show_eras, highlight=highlight,
                                  key=False, lang=language)  # fmt: skip


def timeline(
    shown: pd.DataFrame, current: filters.Filters, *, color_by: str, show_eras: bool, highlight: str | None
) -> go.Figure:
    """:func:`timeline.view.charts.timeline_figure` of ``shown`` (the events file filtered by ``current``), cached."""
    path = common.events_path()
    eras_path = path.with_name("eras.csv")
    query = tuple(sorted(current.to_query().items()))
    return _timeline(str(path), common._stamp(path), common._stamp(eras_path), query, color_by, show_eras,
                     highlight or None, lang.current(), shown, common.load_eras())  # fmt: skip


_WARM_UP = go.Figure(go.Scatter(x=[0], y=[0], mode="markers"), layout={"width": 10, "height": 10})


def warm_up() -> None:
    """A hidden one-point chart sent before the events load, so the browser fetches and evaluates Plotly
    (4.7 MB of JavaScript, 1.5 s of a 2-core machine's time) while the server reads the file, not after.

    Streamlit loads Plotly's code only when a page first shows a Plotly chart; without this the first
    chart waited for the server's work and then for Plotly (README, "the app at scale"). Only for a
    large file (loaded in two steps): a small one loads faster than Plotly does.
    """
    if not common.in_two_steps(str(common.events_path())):  # a small file loads faster than Plotly does
        return
    with st.container(key="plotly_warm_up"):
        st.html("<style>.st-key-plotly_warm_up { display: none; }</style>")
        st.plotly_chart(_WARM_UP, config={"staticPlot": True}, theme=None)
