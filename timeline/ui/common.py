"""What the pages share: cached loading, the "about the data" line, problems, the count line, markdown escaping.

The sidebar's filters and their sync with the URL are in :mod:`timeline.ui.sidebar`.
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import i18n, settings, store
from timeline.store import parquet_store, schema
from timeline.store.validate import is_http_url
from timeline.ui import lang
from timeline.ui.lang import _
from timeline.view import charts, filters, localized

ROOT = Path(__file__).resolve().parents[2]
SAVED_KEY = "_filters_query"  # the filters of the last run, as a query string (see timeline.ui.sidebar)
EVENT_PARAM = "event"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def events_path() -> Path:
    """The events file: the ``events_path`` setting (``TIMELINE_EVENTS`` overrides it), relative to the project."""
    path = Path(str(settings.get("events_path"))).expanduser()
    if not path.is_absolute() and not path.exists() and (ROOT / path).exists():
        path = ROOT / path
    return path


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, -1)
    return (info.st_mtime_ns, info.st_size)


# cache_resource, not cache_data: cache_data hands out an unpickled copy on every call, which costs
# 0.3 s per call at 100k events (seconds at 1M) and each page calls it more than once. The frame is
# shared between sessions, so callers must not modify it in place (filters.apply returns a new one).
# The spinner is shown by the callers (see _loading), in the reader's language.
@st.cache_resource(show_spinner=False, max_entries=4)
def _load(path: str, mtime_ns: int, size: int) -> store.LoadResult:
    # mtime and size are part of the cache key: a save from another session shows on the next rerun.
    result = store.load(path)
    result.events["search_text"] = filters.search_text(result.events) if len(result.events) else ""
    return result


# --- large Parquet files: the chart's columns first, the rest in the background ----------------------

#: What the timeline's first draw needs: lanes, dates and the filter widgets' values (the density view
#: of a large file shows counts, so titles, sources and texts can come a moment later).
CHART_COLUMNS = ("date", "date_precision", "end_date", "event_type", "actors", "countries", "confidence", "location")
_FULL: dict[tuple[str, int, int], Future] = {}
_FULL_LOCK = threading.Lock()
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline-full-load")


def in_two_steps(path: str) -> bool:
    """A Parquet file too large to draw event by event is loaded in two steps."""
    return store.is_parquet(path) and parquet_store.row_count(path) > settings.get("density_threshold")


def _without_search(path: str) -> store.LoadResult:
    return store.load(path)  # the folded search text follows as a task of its own (see searchable_events)


def _full_future(path: str, mtime_ns: int, size: int) -> Future:
    """The whole file's load, started once per version of the file in a background thread (plain Python,
    no Streamlit inside), shared by every session."""
    return _background(("full", path, mtime_ns, size), _without_search, path)


def _background(key: tuple, task, *args) -> Future:
    with _FULL_LOCK:
        if key not in _FULL:
            _FULL[key] = _POOL.submit(task, *args)
            for old in list(_FULL)[:-4]:  # the full rows and search text of this file and the one before
                del _FULL[old]
        return _FULL[key]


def _search_column(full: Future) -> pd.Series:
    events = full.result().events
    return filters.search_text(events) if len(events) else pd.Series([], dtype="str")


def searchable_events() -> pd.DataFrame:
    """Every row with its ``search_text`` column, for a text search (a large file folds its texts in the
    background after loading them; the first search may wait for that)."""
    path = events_path()
    stamp = _stamp(path)
    if not in_two_steps(str(path)):
        return _loading(_load, str(path), stamp).events
    full = _full_future(str(path), *stamp)
    search = _background(("search", str(path), *stamp), _search_column, full)
    with st.spinner(_("Preparing the text search…")):
        return full.result().events.assign(search_text=search.result())


@st.cache_resource(show_spinner=False, max_entries=4)
def _load_chart(path: str, mtime_ns: int, size: int) -> store.LoadResult:
    # The whole file's load starts once the chart is on its way (the first load_events or complete), and
    # the folded search text at the first search: on two cores a background load started here took the
    # CPU (and the GIL) the first chart needed, and made it seconds later (README, "the app at scale").
    return store.load(path) if not store.is_parquet(path) else parquet_store.load(path, CHART_COLUMNS)


def chart_events() -> store.LoadResult:
    """Rows with at least :data:`CHART_COLUMNS` (and ``line``), for filtering and the first draw.

    For most files this is :func:`load_events`. For a Parquet file above ``density_threshold`` rows it
    is, until the whole file has loaded in the background, a projection on those columns: pass the
    rows through :func:`complete` before using other columns. Shared between sessions: do not modify.
    """
    path = events_path()
    stamp = _stamp(path)
    if not in_two_steps(str(path)):
        return _loading(_load, str(path), stamp)
    with _FULL_LOCK:
        full = _FULL.get(("full", str(path), *stamp))  # looked up, not started: see _load_chart
    if full is not None and full.done():
        return full.result()
    result = _loading(_load_chart, str(path), stamp)
    _CHART_READ.add((str(path), *stamp))
    return result


#: The versions of large files whose chart columns this server has read (they stay cached in memory).
_CHART_READ: set[tuple[str, int, int]] = set()


def read_before() -> bool:
    """Whether this server already holds the events file's chart rows (a reader's second visit): the
    page's chart then follows its first lines in milliseconds instead of after a read."""
    path = events_path()
    key = (str(path), *_stamp(path))
    with _FULL_LOCK:
        full = _FULL.get(("full", *key))
    return key in _CHART_READ or (full is not None and full.done())


def _loading(loader, path: str, stamp: tuple[int, int]) -> store.LoadResult:
    """A cached load under a spinner in the reader's language (Streamlit shows it only if it takes 0.5 s)."""
    with st.spinner(_("Loading events…")):
        return loader(path, *stamp)


def complete(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` of :func:`chart_events` with every column (waits for the background load if needed)."""
    full = load_events().events
    if set(full.columns) <= set(rows.columns):
        return rows
    at = pd.Index(full["line"]).get_indexer(rows["line"])
    return full.iloc[at[at >= 0]]


def load_events() -> store.LoadResult:
    """The events file's valid rows and problems, cached until the file changes (shared: do not modify)."""
    path = events_path()
    stamp = _stamp(path)
    if in_two_steps(str(path)):
        full = _full_future(str(path), *stamp)
        if not full.done():
            with st.spinner(_("Loading the rest of the events…")):
                return full.result()
        return full.result()
    return _loading(_load, str(path), stamp)


@st.cache_data(show_spinner=False, max_entries=4)
def _facts(path: str, mtime_ns: int, size: int) -> dict:
    # Widget options and the date span scan every row: at 100k events that is ~0.4 s a rerun.
    events = (_load_chart if in_two_steps(path) else _load)(path, mtime_ns, size).events
    empty = {"type": [], "actor": [], "country": [], "confidence": [], "place": []}
    return {"options": filters.options(events) if len(events) else empty, "span": _span(events)}


@st.cache_data(show_spinner=False, max_entries=4)
def _about(path: str, mtime_ns: int, size: int) -> dict:
    return about_facts(load_events().events)


def file_facts() -> dict:
    """Cached facts about the whole events file: the widget ``options`` and the date ``span``."""
    path = events_path()
    return _facts(str(path), *_stamp(path))


def about_line() -> str:
    """The "about the data" line of the events file in the reader's language (its counts are cached: they
    need the whole file)."""
    path = events_path()
    return about(_about(str(path), *_stamp(path)), lang.current())


@st.cache_data(show_spinner=False, max_entries=4)
def _eras(path: str, mtime_ns: int, size: int) -> pd.DataFrame:
    try:
        return charts.load_eras(path)
    except (OSError, ValueError, pd.errors.ParserError):
        return charts.load_eras("/nonexistent")  # an unreadable eras file only loses the shading


def load_eras() -> pd.DataFrame:
    """Eras shaded above the timeline, from ``eras.csv`` beside the events file (none if it has none).

    Eras describe one data set, so another events file does not borrow the bundled ones.
    """
    path = events_path().with_name("eras.csv")
    return _eras(str(path), *_stamp(path))


def md(text: str) -> str:
    """Text from the data made inert for Streamlit markdown: every markup character is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", "  \n")


def md_link(label: str, url: str) -> str:
    """A markdown link for http(s) URLs; anything else is shown as plain, escaped text."""
    safe = url.strip().replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    if not is_http_url(safe):  # checked once encoded: a raw "<" fails the check since issue 13
        return md(url)
    return f"[{md(label or url)}](<{safe}>)"


def about_facts(events: pd.DataFrame) -> dict:
    """What the "about the data" line says: the number of events, the first and last dates (with their
    precision) and the numbers of distinct reports and outlets cited; empty for no events."""
    if events.empty:
        return {}
    first = events.loc[events["date_dt"].idxmin()]
    last = events.loc[events["date_dt"].idxmax()]
    others = [u for cell in pd.unique(events["other_sources"]) for u in schema.split_list(cell)]
    return {
        "events": len(events),
        "first": (first["date"], first["date_precision"]),
        "last": (last["date"], last["date_precision"]),
        "reports": int(pd.concat([events["source_url"], pd.Series(others, dtype="str")]).nunique()),
        "outlets": int(events["source_name"].replace("", pd.NA).dropna().nunique()),
    }


def about(facts: dict, here: str = i18n.DEFAULT_LANGUAGE) -> str:
    """The "about the data" line in language ``here``: date span, number of events and of sources.

    >>> about({"events": 2, "first": ("2025-09-02", "day"), "last": ("2025-10-01", "month"), "reports": 3,
    ...        "outlets": 1}, "es")
    '2 eventos (2 sept 2025 – oct 2025), que citan 3 informes de 1 medio. Cada punto enlaza a su fuente.'
    """
    if not facts:
        return i18n.gettext("No events loaded yet.", here)

    events, reports, outlets = facts["events"], facts["reports"], facts["outlets"]
    # Three counts in one sentence: each counted noun is a plural message of its own.
    return i18n.gettext(
        "{events} from {first} to {last}, citing {reports} from {outlets}. Every point links to its source.", here
    ).format(
        events=i18n.ngettext("{count} event", "{count} events", events, here).format(count=_n(events, here)),
        first=localized.day(*facts["first"], here),
        last=localized.day(*facts["last"], here),
        reports=i18n.ngettext("{count} report", "{count} reports", reports, here).format(count=_n(reports, here)),
        outlets=i18n.ngettext("{count} outlet", "{count} outlets", outlets, here).format(count=_n(outlets, here)),
    )


def _n(count: int, here: str) -> str:
    return i18n.format_number(count, here)


def show_problems(result: store.LoadResult) -> None:
    """List the file's problems (line and column) above the page, without a traceback."""
    for notice in result.notices:  # the store and its change log were reconciled after a crash
        st.warning(md(lang.localize(notice)))
    if not result.problems:
        return
    here = lang.current()
    st.warning(
        i18n.ngettext(
            "{count} problem in {path}: {valid} valid events are shown, the row below is left out. "
            "Fix it and reload the page.",
            "{count} problems in {path}: {valid} valid events are shown, the rows below are left out. "
            "Fix them and reload the page.",
            len(result.problems),
            here,
        ).format(
            count=i18n.format_number(len(result.problems), here),
            path=md(result.path),
            valid=i18n.format_number(len(result.events), here),
        )
    )
    with st.expander(_("Problems in the events file"), expanded=len(result.problems) <= 5):
        lines = [f"- {md(lang.localize(p))}" for p in result.problems[:200]]
        if len(result.problems) > 200:
            more = i18n.format_number(len(result.problems) - 200, here)
            lines.append("- " + _("… and {count} more (run `python -m timeline validate`)").format(count=more))
        st.markdown("\n".join(lines))


# --- filters ---------------------------------------------------------------------------------------


def _span(events: pd.DataFrame) -> tuple[date, date]:
    if events.empty:
        return date(2025, 1, 1), date(2025, 12, 31)
    return events["date_dt"].min().date(), filters.period_end(events).max().date()


def _followed_link() -> bool:
    """Whether this run follows an in-app link (``st.page_link``) to a view other than the current one.

    Every run ends by writing the filters to the URL (``sync_url``), so at the start of a run the URL
    holds either those same filters, nothing (a page switch from the menu clears it), or the filters
    of a link the reader just followed inside the session, which must then replace the widgets'.
    """
    saved = st.session_state.get(SAVED_KEY)
    url = {k: st.query_params[k] for k in filters.QUERY_KEYS if st.query_params.get(k)}
    return saved is not None and bool(url) and url != saved


def keep_widget_state(keys: list[str]) -> None:
    """Carry widget values over a page switch.

    Streamlit forgets a widget's value when the page that drew it is left, even if the next page
    draws a widget with the same key; writing the value back as plain session state before the
    widget is created keeps it (Streamlit's documented workaround for multipage apps).
    """
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def compact_top() -> None:
    """Less empty space above the page title (Streamlit's default is 6rem), so a chart fits the first screen."""
    st.html("<style>.stMainBlockContainer { padding-top: 2.5rem; }</style>")


#: On a touch screen Plotly computes the hovered point on mouse moves only, and its click then takes the
#: point of the previous hover: a tap showed a neighbour's card and selected nothing. A mouse move at the
#: touch point first lets the tap select the point under the finger. A constant script, no data in it.
_TAP_SCRIPT = """<script>
(() => {
  if (window.__timelineTaps) return;
  window.__timelineTaps = true;
  document.addEventListener("touchstart", (event) => {
    const touch = event.touches[0];
    const area = touch && event.target.closest && event.target.closest(".js-plotly-plot .nsewdrag");
    if (!area) return;
    area.dispatchEvent(new MouseEvent("mousemove", {clientX: touch.clientX, clientY: touch.clientY, bubbles: true}));
  }, {capture: true, passive: true});
})();
</script>"""


def touch_taps() -> None:
    """Make a tap on a phone select the chart point under the finger (see ``_TAP_SCRIPT``)."""
    st.html(_TAP_SCRIPT, unsafe_allow_javascript=True)


def caption(shown: int, total: int) -> None:
    """The exact count line under the filters."""
    here = lang.current()
    st.caption(
        _("Showing {shown} of {total} events").format(
            shown=i18n.format_number(shown, here), total=i18n.format_number(total, here)
        )
    )
