"""The timeline figure, cached per version of the events file and view, shared by every session; and the
static strip a large file's first visit shows before Plotly has loaded (:class:`FirstOverview`).

A figure depends only on the rows shown (the file and the filters) and the display choices, so a
second visit, a filter undone or another reader asking for the same view gets it without building it
again (0.5-1 s at a million events; the density strip is a few kilobytes). The figure is shared:
``st.plotly_chart`` copies it (``to_dict``) before serialising, and callers must not modify it.
"""

from __future__ import annotations

from time import monotonic, sleep

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline.store import parquet_summary
from timeline.ui import common, lang
from timeline.view import charts, filters, overview_svg


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
    if common.read_before():  # nothing to overlap: the chart follows at once, and Plotly would hold up the strip
        return
    with st.container(key="plotly_warm_up"):
        st.html("<style>.st-key-plotly_warm_up { display: none; }</style>")
        st.plotly_chart(_WARM_UP, config={"staticPlot": True}, theme=None)


# --- the first chart of a large file, drawn without Plotly -----------------------------------------------

#: Hides the static strip once the interactive chart under it has drawn (Plotly's ``.main-svg`` exists),
#: so the strip stays on screen until then: no blank gap while the browser evaluates Plotly's module.
#: The count line and view switch above it come after the read: their room is kept so the strip does not move.
_SWAP_CSS = (
    "<style>.st-key-timeline_area:has(.js-plotly-plot .main-svg) .st-key-static_overview { display: none; }"
    ".st-key-page_head { min-height: 5.5rem; }</style>"
)


@st.cache_resource(show_spinner=False, max_entries=16)
def _summary_svg(path: str, mtime_ns: int, size: int, language: str) -> str | None:
    # The counts kept in the Parquet file's footer: milliseconds, no row read (None: the file has none).
    summary = parquet_summary.read(path)
    if summary is None:
        return None
    return overview_svg.svg(overview_svg.strip(overview_svg.counts_from_summary(summary)), language)


@st.cache_resource(show_spinner=False, max_entries=16)
def _rows_svg(path: str, mtime_ns: int, size: int, language: str, _events: pd.DataFrame) -> str:
    counts = overview_svg.day_counts(_events, filters.period_end(_events).max())
    return overview_svg.svg(overview_svg.strip(counts), language)


#: Seconds a second visit's browser gets to paint the static strip before the rest of the page is sent.
STRIP_SETTLE_S = 0.4


class FirstOverview:
    """The static strip of a large file's first view, in a slot the interactive chart then covers.

    Drawn on a session's first run only, when the page opens on the whole file's timeline (no filters
    and no other view in the link): that is when the browser has not loaded Plotly yet. From the
    file's stored summary it is sent before anything is read; for a file without one (written by
    another tool) it follows the read of the chart's columns (:meth:`from_rows`).
    """

    def __init__(self, area) -> None:
        self.slot = None
        self.drawn = False
        self.sent_at = 0.0
        path = common.events_path()
        wanted = {k: st.query_params.get(k) for k in (*filters.QUERY_KEYS, "view")}
        if common.SAVED_KEY in st.session_state or any(wanted.values()):
            return
        if not common.in_two_steps(str(path)):
            return
        self.slot = area.container(key="static_overview").empty()
        markup = _summary_svg(str(path), *common._stamp(path), lang.current())
        if markup is not None:
            self._show(markup)

    def _show(self, markup: str) -> None:
        # st.html sanitises with DOMPurify's HTML profile, which drops SVG; markdown keeps raw HTML. The SVG is
        # inside a <div> block (CommonMark: raw until a blank line, and it has none), so no text in it is markdown.
        with self.slot.container():
            st.html(_SWAP_CSS)
            block = "<div>\n" + markup + "\n</div>"
            st.markdown(block, unsafe_allow_html=True)
        self.drawn = True
        self.sent_at = monotonic()

    def settle(self) -> None:
        """On a second visit (the rows already in this server's memory), wait until :data:`STRIP_SETTLE_S`
        after the strip was sent before sending the rest of the page.

        Then nothing is read: the sidebar, the count line and the chart followed the strip within
        milliseconds, and the browser laid them out and evaluated Plotly's module before it painted the
        strip, which came about half a second later than it does alone (README, "the app at scale"). On a
        first visit the read of the rows gives the browser that time, and Plotly's warm-up uses it.
        """
        if self.drawn and common.read_before():
            sleep(max(0.0, STRIP_SETTLE_S - (monotonic() - self.sent_at)))

    def from_rows(self, events: pd.DataFrame) -> None:
        """Draw the strip from ``events`` (every row of the file) if the stored summary did not."""
        if self.slot is None or self.drawn or not len(events):
            return
        path = common.events_path()
        self._show(_rows_svg(str(path), *common._stamp(path), lang.current(), events))

    def clear(self) -> None:
        """Take the strip away (the page shows another view or fewer events than the strip counts)."""
        if self.slot is not None:
            self.slot.empty()
