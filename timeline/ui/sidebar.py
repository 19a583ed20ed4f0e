"""The sidebar's filters and their sync with the URL, in the reader's language.

Filters live in three places that must agree: the sidebar widgets (session state), the URL query
string (so a copied link reproduces the view) and ``_filters_query`` in the session (so a visit
to a page without filters does not lose them). The widgets are the source of truth once they
exist; on a session's first run, and when an in-app link brings other filters, they are filled
from the URL.

The widgets hold the stored codes (``boat_strike``, ``VEN``, ``high``) and only show them in the reader's
language, so the URL, and the events a link selects, are the same in every language.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from timeline.store import schema
from timeline.ui import lang
from timeline.ui.common import (
    EVENT_PARAM,
    SAVED_KEY,
    _followed_link,
    file_facts,
    keep_widget_state,
    md,
)
from timeline.ui.lang import _
from timeline.view import filters, localized

KEYS = {"type": "f_type", "actor": "f_actor", "country": "f_country", "q": "f_q", "confidence": "f_confidence",
        "place": "f_place"}  # fmt: skip
#: Display choices kept in a shared link besides the filters: parameter -> (session key, allowed values).
DISPLAY_PARAMS = {"view": "view", "color": "color_by"}
DATES_KEY = "f_dates"
SPAN_KEY = "_filters_span"
DISPLAY_KEY = "_display_query"


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
    wanted, warnings = filters.from_query(params, lang.current())
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
    here = lang.current()
    bar = st.sidebar
    bar.header(_("Filters"))
    for warning in st.session_state.pop("_filter_warnings", []):
        bar.warning(_("The link's {problem}.").format(problem=md(warning)))
    # The options are the stored codes, shown in the reader's language: the URL stays the same in every language.
    types = bar.multiselect(
        _("Event type"), _with_selected(opts["type"], st.session_state[KEYS["type"]]), key=KEYS["type"],
        format_func=lambda t: schema.label("event_type", t, here), placeholder=_("All types"),
    )  # fmt: skip
    countries = bar.multiselect(
        _("Country"), _with_selected(opts["country"], st.session_state[KEYS["country"]]), key=KEYS["country"],
        format_func=lambda c: localized.country(c, here), placeholder=_("All countries"),
    )  # fmt: skip
    actors = bar.multiselect(
        _("Actor"), _with_selected(opts["actor"], st.session_state[KEYS["actor"]]), key=KEYS["actor"],
        placeholder=_("All actors"),
    )  # fmt: skip
    picked = _date_inputs(bar, lo, hi)
    places = bar.multiselect(
        _("Place or sea"), _with_selected(opts["place"], st.session_state[KEYS["place"]]), key=KEYS["place"],
        placeholder=_("All places"), help=_("Events whose location names this place, e.g. Caribbean Sea."),
    )  # fmt: skip
    q = bar.text_input(
        _("Search"), key=KEYS["q"], placeholder=_("e.g. Maduro, Juárez, Caribbean"),
        help=_("Every word must appear in the title, summary, evidence, place, actors, countries or notes."),
    )  # fmt: skip
    confidence = bar.multiselect(
        _("Confidence"), _with_selected(opts["confidence"], st.session_state[KEYS["confidence"]]),
        key=KEYS["confidence"], format_func=lambda c: schema.label("confidence", c, here),
        placeholder=_("Any confidence"),
    )  # fmt: skip
    since, until = _dates(picked, lo, hi)
    current = filters.Filters(
        types=tuple(types), actors=tuple(actors), countries=tuple(countries), since=since, until=until,
        q=q.strip(), confidence=tuple(confidence), places=tuple(places),
    )  # fmt: skip
    bar.button(_("Reset filters"), key="reset", on_click=reset_filters, disabled=current.is_empty())
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
    first = left.date_input(
        _("From"), key=FROM_KEY, help=_("Type YYYY-MM-DD and press Enter, or pick a day."), **bounds
    )
    last = right.date_input(_("To"), key=TO_KEY, **bounds)
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
