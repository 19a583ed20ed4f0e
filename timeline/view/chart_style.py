"""Shared look and text of the charts: palette, fonts, hover boxes, marker sizes, date arrays.

Every chart of the app and the exports takes its colours and hover text from here, so an event
looks the same in the timeline, the monthly bars, the deaths curve and the map.
"""

from __future__ import annotations

import html
import textwrap

import numpy as np
import pandas as pd

from timeline import settings
from timeline.i18n import DEFAULT_LANGUAGE, N_, gettext, ngettext
from timeline.store import schema
from timeline.view import localized
from timeline.view.caveats import PRECISION_WORDS, caveat_flags, has_caveat, hover_mark, precision_words

#: Paul Tol's "muted" scheme, distinguishable with the common colour-vision deficiencies
#: (https://personal.sron.nl/~pault/). Grey is kept for "Other".
PALETTE: tuple[str, ...] = (
    "#332288", "#CC6677", "#117733", "#88CCEE", "#882255",
    "#DDCC77", "#44AA99", "#AA4499", "#999933",
)  # fmt: skip
OTHER_COLOUR = "#9A9A9A"
FONT = {"family": "Source Sans Pro, Helvetica Neue, Arial, sans-serif", "size": 14, "color": "#222222"}
STRIKE_TYPES = ("boat_strike", "drone_strike")
MS_PER_DAY = 86_400_000


def epoch_ms(values: pd.Series) -> np.ndarray:
    """Datetimes as float milliseconds since 1970 (NaT becomes NaN); Plotly reads them on date axes.

    >>> epoch_ms(pd.Series(pd.to_datetime(["1970-01-02", None]))).tolist()
    [86400000.0, nan]
    """
    arr = pd.to_datetime(values).to_numpy(dtype="datetime64[ms]")
    out = arr.astype("int64").astype("float64")
    out[np.isnat(arr)] = np.nan
    return out


def plain(text: str) -> str:
    """Text for Plotly's HTML-like labels: markup escaped, quotes left as they are.

    Plotly decodes only a few named entities (``&amp;``, ``&lt;``, ``&gt;``, ``&nbsp;``...) and numeric
    ones, not ``&quot;``, which it would show as such (issue 13); a quote is no markup outside a tag.

    >>> plain('"A" <b> & B')
    '"A" &lt;b&gt; &amp; B'
    """
    return html.escape(text, quote=False)


def wrap(text: str, width: int = 60) -> str:
    """Escaped text wrapped for a hover box.

    >>> wrap("Strike <b>here</b>", width=10)
    'Strike &lt;b&gt;<br>here&lt;/b&gt;'
    """
    if len(text) <= width:  # most titles: skip textwrap, which dominates the cost at WebGL sizes
        return plain(text)
    return "<br>".join(plain(line) for line in textwrap.wrap(text, width) or [""])


def _when(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """'date|precision|end_date|event_type' as the hover's second line."""
    day, precision, end, kind = key.split("|")
    text = localized.day(day, precision, lang) + (f" – {localized.day(end, 'day', lang)}" if end else "")
    if precision != "day" and precision in PRECISION_WORDS:
        text += f" ({precision_words(precision, lang)})"
    return f"{text} · {plain(schema.label('event_type', kind, lang))}"


def _per_value(values: pd.Series, fn) -> pd.Series:
    """``values.map(fn)`` computing ``fn`` once per distinct value (dates, actors and sources repeat a lot)."""
    return values.map({v: fn(v) for v in pd.unique(values)})


def _line(head: str, text: str) -> str:
    return head + text if text else ""


def hover_texts(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Hover box of each event in ``lang``: date in its precision, title, type, actors, countries, numbers, source.

    Events whose notes qualify the date or a number end with a "⚠ see notes" line.

    Every string from the data is HTML-escaped, so a title cannot inject markup.

    >>> df = pd.DataFrame({"date": ["2025-02-01"], "date_precision": ["month"], "end_date": [""],
    ...     "title": ["<b>x</b>"], "event_type": ["tariff"], "actors": [""], "countries": ["MEX"],
    ...     "fatalities": pd.array([None], dtype="Int64"), "quantity": pd.array([None], dtype="Float64"),
    ...     "quantity_unit": [""], "source_name": ["AP"]})
    >>> hover_texts(df)[0]
    '<b>&lt;b&gt;x&lt;/b&gt;</b><br>Feb 2025 (date known to the month) · Tariff<br>Countries: Mexico<br>Source: AP'
    """
    if events.empty:
        return []
    title = _per_value(events["title"], lambda t: f"<b>{wrap(t)}</b><br>")
    when = _per_value(
        events["date"] + "|" + events["date_precision"] + "|" + events["end_date"] + "|" + events["event_type"],
        lambda key: _when(key, lang),
    )
    marked = (N_("Actors"), N_("Countries"), N_("Deaths"), N_("Quantity"), N_("Source"))
    # "Label: " in the language's typography (French puts a no-break space before the colon).
    pair = gettext("{label}: {value}", lang)
    words = {w: "<br>" + pair.format(label=gettext(w, lang), value="") for w in marked}
    actors = _per_value(events["actors"], lambda c: _line(words["Actors"], wrap(", ".join(schema.split_list(c)))))
    countries = _per_value(
        events["countries"],
        lambda c: _line(words["Countries"], plain(", ".join(localized.country(x, lang) for x in schema.split_list(c)))),
    )
    deaths = (words["Deaths"] + events["fatalities"].astype("str")).where(events["fatalities"].notna(), "")
    quantity = pd.Series("", index=events.index, dtype="str")
    has_q = events["quantity"].notna()
    quantity[has_q] = [
        words["Quantity"] + plain(_quantity(q, unit, lang))
        for q, unit in zip(events.loc[has_q, "quantity"], events.loc[has_q, "quantity_unit"])
    ]
    source = _per_value(events["source_name"], lambda name: _line(words["Source"], plain(name)))
    flags = caveat_flags(events)
    marks = {(d, n): hover_mark(d, n, lang) for d in (False, True) for n in (False, True)}
    caveat = pd.Series([marks[pair] for pair in zip(flags["date"], flags["number"])], index=events.index, dtype="str")
    return (title + when + actors + countries + deaths.astype("str") + quantity + source + caveat).tolist()


def _quantity(quantity: float, unit: str, lang: str) -> str:
    """A quantity with its unit (the unit is data, as written); the number in the reader's conventions."""
    if lang == DEFAULT_LANGUAGE:
        return schema.format_quantity(quantity, unit)
    return f"{localized.number(quantity, lang)} {unit.strip()}".strip()


def marker_sizes(events: pd.DataFrame) -> np.ndarray:
    """Marker diameter: 9 px, growing with the square root of deaths on strikes, at most 30 px.

    The area then grows with the deaths, and one strike with a hundred deaths does not hide a month.

    >>> marker_sizes(pd.DataFrame({"event_type": ["boat_strike", "tariff", "drone_strike"],
    ...     "fatalities": pd.array([16, 5, 400], dtype="Int64")})).tolist()
    [19.0, 9.0, 30.0]
    """
    deaths = events["fatalities"].astype("Float64").fillna(0).to_numpy(dtype="float64")
    strike = events["event_type"].isin(STRIKE_TYPES).to_numpy()
    return np.where(strike, np.minimum(9.0 + 2.5 * np.sqrt(np.clip(deaths, 0, None)), 30.0), 9.0)


def type_colour(kind: str) -> str:
    """The colour of an event type, the same in every chart ("other" is grey).

    >>> type_colour("fto_designation"), type_colour("other")
    ('#332288', '#9A9A9A')
    """
    if kind == "other" or kind not in schema.EVENT_TYPES:
        return OTHER_COLOUR
    return PALETTE[schema.EVENT_TYPES.index(kind) % len(PALETTE)]


def lane_label(kind: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A lane's name on the axis, on two lines when long, so lane names take little width on a phone.

    >>> lane_label("troop_deployment"), lane_label("tariff")
    ('Troop or naval<br>deployment', 'Tariff')
    """
    name = schema.label("event_type", kind, lang)
    if len(name) <= 10 or " " not in name:
        return name
    words = name.split(" ")
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])


def chart_key(events: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> str:
    """The chart's key in ``lang``: what bars, hollow markers, sizes and rings mean (or what the counts are)."""
    limit = settings.get("density_threshold")
    if len(events) > limit:
        return ngettext(
            "{count} event: counts per lane. Drag across a period, or filter, to get under {limit} and see each event.",
            "{count} events: counts per lane. Drag across a period, or filter, to get under {limit} and see each "
            "event.",
            len(events), lang,
        ).format(count=localized.number(len(events), lang), limit=localized.number(limit, lang))  # fmt: skip
    notes = []
    if events["end_dt"].notna().any():
        notes.append(gettext("Bars: events with an end date", lang))
    if events["date_precision"].isin(["month", "year"]).any():
        notes.append(gettext("Hollow: date known only to the month or year", lang))
    if events["event_type"].isin(STRIKE_TYPES).any():
        notes.append(gettext("Larger markers: more deaths in a strike", lang))
    if len(events) <= settings.get("webgl_threshold") and has_caveat(events).any():
        notes.append(gettext("Orange ring: notes qualify the date or a number", lang))
    return " · ".join(notes)
