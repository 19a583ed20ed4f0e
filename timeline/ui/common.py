"""What the pages share: cached loading, the sidebar filters, and their sync with the URL.

Filters live in three places that must agree: the sidebar widgets (session state), the URL query
string (so a copied link reproduces the view) and ``_filters_query`` in the session (so a visit
to a page without filters does not lose them). The widgets are the source of truth once they
exist; on a session's first run, and when an in-app link brings other filters, they are filled
from the URL.
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import settings, store
from timeline.store import parquet_store, schema
from timeline.store.validate import is_http_url
from timeline.ui import lang
from timeline.view import charts, filters

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"type": "f_type", "actor": "f_actor", "country": "f_country", "q": "f_q", "confidence": "f_confidence",
        "place": "f_place"}  # fmt: skip
#: Display choices kept in a shared link besides the filters: parameter -> (session key, allowed values).
DISPLAY_PARAMS = {"view": "view", "color": "color_by"}
DATES_KEY = "f_dates"
SAVED_KEY = "_filters_query"
SPAN_KEY = "_filters_span"
EVENT_PARAM = "event"
DISPLAY_KEY = "_display_query"
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
@st.cache_resource(show_spinner="Loading events…", max_entries=4)
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
        return _load(str(path), *stamp).events
    full = _full_future(str(path), *stamp)
    search = _background(("search", str(path), *stamp), _search_column, full)
    with st.spinner("Preparing the text search…"):
        return full.result().events.assign(search_text=search.result())


@st.cache_resource(show_spinner="Loading events…", max_entries=4)
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
        return _load(str(path), *stamp)
    with _FULL_LOCK:
        full = _FULL.get(("full", str(path), *stamp))  # looked up, not started: see _load_chart
    return full.result() if full is not None and full.done() else _load_chart(str(path), *stamp)


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
            with st.spinner("Loading the rest of the events…"):
                return full.result()
        return full.result()
    return _load(str(path), *stamp)


@st.cache_data(show_spinner=False, max_entries=4)
def _facts(path: str, mtime_ns: int, size: int) -> dict:
    # Widget options and the date span scan every row: at 100k events that is ~0.4 s a rerun.
    events = (_load_chart if in_two_steps(path) else _load)(path, mtime_ns, size).events
    empty = {"type": [], "actor": [], "country": [], "confidence": [], "place": []}
    return {"options": filters.options(events) if len(events) else empty, "span": _span(events)}


@st.cache_data(show_spinner=False, max_entries=4)
def _about(path: str, mtime_ns: int, size: int) -> str:
    return about(load_events().events)


def file_facts() -> dict:
    """Cached facts about the whole events file: the widget ``options`` and the date ``span``."""
    path = events_path()
    return _facts(str(path), *_stamp(path))


def about_line() -> str:
    """The cached "about the data" line of the events file (it counts sources: the whole file is needed)."""
    path = events_path()
    return _about(str(path), *_stamp(path))


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


def about(events: pd.DataFrame) -> str:
    """The "about the data" line: date span, number of events and of sources."""
    if events.empty:
        return "No events loaded yet."
    first = events.loc[events["date_dt"].idxmin()]
    last = events.loc[events["date_dt"].idxmax()]
    others = [u for cell in pd.unique(events["other_sources"]) for u in schema.split_list(cell)]
    urls = pd.concat([events["source_url"], pd.Series(others, dtype="str")]).nunique()
    outlets = events["source_name"].replace("", pd.NA).dropna().nunique()
    return (
        f"{len(events):,} events from {schema.format_date(first['date'], first['date_precision'])} "
        f"to {schema.format_date(last['date'], last['date_precision'])}, citing {urls:,} reports"
        f" from {outlets:,} outlet{'s' if outlets != 1 else ''}. Every point links to its source."
    )


def show_problems(result: store.LoadResult) -> None:
    """List the file's problems (line and column) above the page, without a traceback."""
    for notice in result.notices:  # the store and its change log were reconciled after a crash
        st.warning(md(notice))
    if not result.problems:
        return
    st.warning(
        f"{len(result.problems)} problem(s) in {md(result.path)}: {len(result.events):,} valid events are shown, "
        "the rows below are left out. Fix them and reload the page."
    )
    with st.expander("Problems in the events file", expanded=len(result.problems) <= 5):
        lines = [f"- {md(str(p))}" for p in result.problems[:200]]
        if len(result.problems) > 200:
            lines.append(f"- … and {len(result.problems) - 200} more (run `python -m timeline validate`)")
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


def _init_state() -> None:
    """Fill widget state from the URL on a session's first run or after an in-app link, else keep it."""
    followed = _followed_link()
    if not followed and all(k in st.session_state for k in (*KEYS.values(), DATES_KEY)):
        keep_widget_state([*KEYS.values(), DATES_KEY])
        return
    params = None if followed else st.session_state.get(SAVED_KEY)
    if params is None:
        params = {k: st.query_params.get(k, "") for k in filters.QUERY_KEYS}
        params.update({EVENT_PARAM: st.query_params.get(EVENT_PARAM, "")})
    wanted, warnings = filters.from_query(params)
    if warnings:
        st.session_state["_filter_warnings"] = warnings
    if followed:  # the link decides the selected event too, even "none"
        st.session_state.pop("event", None)
    if params.get(EVENT_PARAM):
        st.session_state.setdefault("event", params[EVENT_PARAM])
    st.session_state[KEYS["type"]] = list(wanted.types)
    st.session_state[KEYS["actor"]] = list(wanted.actors)
    st.session_state[KEYS["country"]] = list(wanted.countries)
    st.session_state[KEYS["q"]] = wanted.q
    st.session_state[KEYS["confidence"]] = list(wanted.confidence)
    st.session_state[KEYS["place"]] = list(wanted.places)
    for param, key in DISPLAY_PARAMS.items():  # the view and the colouring a link asks for (checked by the page)
        if st.query_params.get(param):
            st.session_state[f"_link_{key}"] = st.query_params[param]
    lo, hi = file_facts()["span"]
    st.session_state[DATES_KEY] = (wanted.since or lo, wanted.until or hi)


def keep_widget_state(keys: list[str]) -> None:
    """Carry widget values over a page switch.

    Streamlit forgets a widget's value when the page that drew it is left, even if the next page
    draws a widget with the same key; writing the value back as plain session state before the
    widget is created keeps it (Streamlit's documented workaround for multipage apps).
    """
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def reset_filters() -> None:
    """Clear every filter and the selected event (the "Reset filters" button)."""
    for key in (*KEYS.values(), DATES_KEY, FROM_KEY, TO_KEY, _DATES_SEEN, "event"):
        st.session_state.pop(key, None)
    st.session_state[SAVED_KEY] = {}
    st.query_params.clear()


def _with_selected(choices: list[str], selected: list[str]) -> list[str]:
    """Widget options plus values asked for by a link but absent from the data (they match nothing)."""
    return choices + [s for s in selected if s not in choices]


def sidebar_filters() -> filters.Filters:
    """Draw the filter widgets in the sidebar (options from the events file) and return the filters.

    Also writes the filters (and the selected event) to the URL so the view can be shared.
    """
    _init_state()
    facts = file_facts()
    opts = facts["options"]
    lo, hi = facts["span"]
    bar = st.sidebar
    bar.header("Filters")
    for warning in st.session_state.pop("_filter_warnings", []):
        bar.warning(f"The link's {md(warning)}.")
    types = bar.multiselect(
        "Event type", _with_selected(opts["type"], st.session_state[KEYS["type"]]), key=KEYS["type"],
        format_func=lambda t: schema.label("event_type", t), placeholder="All types",
    )  # fmt: skip
    countries = bar.multiselect(
        "Country", _with_selected(opts["country"], st.session_state[KEYS["country"]]), key=KEYS["country"],
        format_func=schema.country_name, placeholder="All countries",
    )  # fmt: skip
    actors = bar.multiselect(
        "Actor", _with_selected(opts["actor"], st.session_state[KEYS["actor"]]), key=KEYS["actor"],
        placeholder="All actors",
    )  # fmt: skip
    picked = _date_inputs(bar, lo, hi)
    places = bar.multiselect(
        "Place or sea", _with_selected(opts["place"], st.session_state[KEYS["place"]]), key=KEYS["place"],
        placeholder="All places", help="Events whose location names this place, e.g. Caribbean Sea.",
    )  # fmt: skip
    q = bar.text_input(
        "Search", key=KEYS["q"], placeholder="e.g. Maduro, Juárez, Caribbean",
        help="Every word must appear in the title, summary, evidence, place, actors, countries or notes.",
    )  # fmt: skip
    confidence = bar.multiselect(
        "Confidence", _with_selected(opts["confidence"], st.session_state[KEYS["confidence"]]),
        key=KEYS["confidence"], format_func=lambda c: schema.label("confidence", c), placeholder="Any confidence",
    )  # fmt: skip
    since, until = _dates(picked, lo, hi)
    current = filters.Filters(
        types=tuple(types), actors=tuple(actors), countries=tuple(countries), since=since, until=until,
        q=q.strip(), confidence=tuple(confidence), places=tuple(places),
    )  # fmt: skip
    bar.button("Reset filters", key="reset", on_click=reset_filters, disabled=current.is_empty())
    st.session_state[SAVED_KEY] = current.to_query()
    sync_url(current, st.session_state.get("event"))
    return current


FROM_KEY, TO_KEY = "f_from", "f_to"
_DATES_SEEN = "_dates_seen"


def _date_inputs(bar, lo: date, hi: date) -> tuple[date, date]:
    """Two one-day pickers, "From" and "To", side by side; their pair is kept under ``DATES_KEY``.

    A range picker applied a typed date only once its calendar closed, and its open calendar hid the
    filters below it. A single-day picker applies a typed date on Enter or on leaving the box, and its
    calendar closes as soon as a day is picked. ``DATES_KEY`` stays the one place the range lives: a
    link, a dragged box on the chart or a file that grew may change it, and the pickers follow.
    """
    chosen = _follow_span(lo, hi)
    start, end = chosen[0], chosen[-1]
    if st.session_state.get(_DATES_SEEN) != (start, end) or FROM_KEY not in st.session_state:
        st.session_state[FROM_KEY], st.session_state[TO_KEY] = start, end
    keep_widget_state([FROM_KEY, TO_KEY])
    left, right = bar.columns(2)
    bounds = {"min_value": min(lo, start), "max_value": max(hi, end), "format": "YYYY-MM-DD"}
    first = left.date_input("From", key=FROM_KEY, help="Type YYYY-MM-DD and press Enter, or pick a day.", **bounds)
    last = right.date_input("To", key=TO_KEY, **bounds)
    first, last = first or lo, last or hi
    if first > last:
        first, last = last, first
    st.session_state[DATES_KEY] = st.session_state[_DATES_SEEN] = (first, last)
    return first, last


def _follow_span(lo: date, hi: date) -> tuple[date, ...]:
    """Keep untouched ends of the date range on the data's bounds when the file grows or shrinks.

    The range widget always holds two dates; an end still sitting on the old first or last date
    means "no limit", so it moves with the data instead of turning into a filter.
    """
    chosen = tuple(st.session_state[DATES_KEY] or ())
    old_lo, old_hi = st.session_state.get(SPAN_KEY, (lo, hi))
    if len(chosen) == 2 and (old_lo, old_hi) != (lo, hi):
        chosen = (lo if chosen[0] == old_lo else chosen[0], hi if chosen[1] == old_hi else chosen[1])
        st.session_state[DATES_KEY] = chosen
    st.session_state[SPAN_KEY] = (lo, hi)
    return chosen or (lo, hi)


def _dates(picked, lo: date, hi: date) -> tuple[date | None, date | None]:
    """The date filter from the range widget; the data's own bounds mean "no limit"."""
    if isinstance(picked, date):
        picked = (picked,)
    picked = tuple(picked or ())
    since = picked[0] if picked and picked[0] > lo else None
    until = picked[1] if len(picked) > 1 and picked[1] < hi else None
    return since, until


def sync_url(current: filters.Filters, event_id: str | None) -> None:
    """Write the filters, the selected event and the display choices to the query string, if they changed.

    The view and the colouring are written only when not the defaults, so a plain link stays plain.
    """
    wanted = current.to_query()
    if event_id:
        wanted[EVENT_PARAM] = event_id
    if lang.PARAM in st.query_params:  # the language is the reader's, not a filter: links keep it
        wanted[lang.PARAM] = st.query_params[lang.PARAM]
    for param, value in st.session_state.get(DISPLAY_KEY, {}).items():
        if value:
            wanted[param] = value
    if {k: st.query_params[k] for k in st.query_params} != wanted:
        st.query_params.from_dict(wanted)


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
    st.caption(lang._("Showing {shown} of {total} events").format(shown=shown, total=total))
