"""The strip of counts per day or week and event type, and a static SVG drawing of it (no Plotly, no Streamlit).

Above ``density_threshold`` events the timeline shows, per lane (event type), how many events fall in
each day (spans up to 120 days) or week. :func:`strip` computes that grid once, from per-day counts
that come either from the rows (:func:`day_counts`) or from a summary stored with a Parquet file
(:func:`counts_from_summary`, see ``timeline.store.parquet_summary``); the Plotly heat strip
(``charts.timeline_figure``) and :func:`svg` draw the same grid.

:func:`svg` is what the app sends before anything else on a large file: plain markup the browser draws at
once, while it still evaluates Plotly's 4.7 MB module (1.5 s of one core here) for the interactive chart
that then takes its place. It has the Plotly strip's layout and colours (Cividis, darker for more),
months in the reader's language, a line saying how many events it shows, ``role="img"`` with a
``<title>`` and a ``<desc>``, and each cell's count in a ``data-count`` attribute. Every label is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import pandas as pd
from plotly.colors import sample_colorscale

from timeline import i18n
from timeline.i18n import DEFAULT_LANGUAGE, gettext, ngettext
from timeline.store import schema
from timeline.view import localized
from timeline.view.chart_style import lane_label

#: Spans up to this many days are counted per day, longer ones per week (as the Plotly strip does).
DAILY_SPAN_DAYS = 120
#: The drawing's geometry in pixels (height) and percent of the width (the plot's left and right edges),
#: close to the Plotly strip's so that the interactive chart takes its place without a jump.
TOP_PX, BOTTOM_PX, LANE_PX, GAP_PX = 36, 90, 34, 6
LEFT_PCT, RIGHT_PCT = 10.5, 82.0
#: Share of the lanes' height Plotly gives the lanes once the range slider under them is drawn (measured:
#: 294 of 360 px for ten lanes in Chromium).
LANES_SHARE = 0.8167


@dataclass(frozen=True)
class DayCounts:
    """Events per (event type, day): parallel arrays, plus the last day any event covers (for the axis)."""

    kinds: tuple[str, ...]
    kind: np.ndarray  # index into kinds, one per entry
    day: np.ndarray  # days since 1970-01-01
    count: np.ndarray
    last_end: pd.Timestamp

    @property
    def total(self) -> int:
        """How many events are counted."""
        return int(self.count.sum())


@dataclass(frozen=True)
class Strip:
    """Counts per lane (``kinds``, top lane first) and period of ``step`` days from ``first_day``."""

    kinds: tuple[str, ...]
    first_day: int
    step: int
    grid: np.ndarray  # int64, len(kinds) x periods
    span: tuple[pd.Timestamp, pd.Timestamp]  # the x axis: first and last day covered, padded

    @property
    def total(self) -> int:
        """How many events the strip shows (the sum of its cells)."""
        return int(self.grid.sum())


def day_counts(events: pd.DataFrame, last_end: pd.Timestamp) -> DayCounts:
    """Per-day counts of ``events`` (with ``date_dt`` and ``event_type``); ``last_end`` is the last day covered."""
    days = events["date_dt"].to_numpy(dtype="datetime64[D]").astype("int64")
    codes, kinds = pd.factorize(events["event_type"])
    if not len(days):
        empty = np.zeros(0, dtype="int64")
        return DayCounts((), empty, empty, empty, pd.Timestamp(last_end))
    first = int(days.min())
    width = int(days.max()) - first + 1
    # bincount over flat (type, day) cell numbers: np.add.at does the same one element at a time.
    flat = np.bincount(codes.astype("int64") * width + (days - first), minlength=len(kinds) * width)
    at = np.flatnonzero(flat)
    return DayCounts(tuple(str(k) for k in kinds), at // width, first + at % width, flat[at], pd.Timestamp(last_end))


def counts_from_summary(summary: dict) -> DayCounts:
    """The per-day counts stored in a Parquet file's summary (``timeline.store.parquet_summary``)."""
    kinds, kind, day, count = [], [], [], []
    for i, (name, pairs) in enumerate(summary["days"].items()):
        kinds.append(str(name))
        for d, c in pairs:
            kind.append(i)
            day.append(d)
            count.append(c)
    as_int = lambda values: np.array(values, dtype="int64")  # noqa: E731
    return DayCounts(tuple(kinds), as_int(kind), as_int(day), as_int(count), pd.Timestamp(summary["last_end"]))


def lane_order(kinds: tuple[str, ...] | list[str]) -> list[str]:
    """Event types in the vocabulary's order, then unknown ones sorted (the timeline's lanes, top first).

    >>> lane_order(["statement", "zz", "boat_strike"])
    ['boat_strike', 'statement', 'zz']
    """
    present = set(kinds)
    return [t for t in schema.EVENT_TYPES if t in present] + sorted(present - set(schema.EVENT_TYPES))


def strip(counts: DayCounts) -> Strip:
    """The grid of counts per lane and day (span up to 120 days) or week (weeks start on Monday)."""
    kinds = lane_order(counts.kinds)
    if not counts.total:
        today = pd.Timestamp(counts.last_end)
        return Strip(tuple(kinds), 0, 1, np.zeros((len(kinds), 0), dtype="int64"), (today, today))
    row_of = np.array([kinds.index(k) for k in counts.kinds], dtype="int64")
    daily = int(counts.day.max()) - int(counts.day.min()) <= DAILY_SPAN_DAYS
    # 1970-01-01 was a Thursday: (days - 4) % 7 counts the days since the Monday starting that week.
    bins = counts.day if daily else counts.day - (counts.day - 4) % 7
    step = 1 if daily else 7
    first_day = int(bins.min())
    column = (bins - first_day) // step
    width = int(column.max()) + 1
    flat = np.bincount(row_of[counts.kind] * width + column, weights=counts.count, minlength=len(kinds) * width)
    grid = flat.round().astype("int64").reshape(len(kinds), width)
    first = pd.Timestamp(int(counts.day.min()), unit="D")
    last = max(pd.Timestamp(counts.last_end), pd.Timestamp(int(counts.day.max()), unit="D"))
    pad = max(pd.Timedelta(days=12), (last - first) * 0.03)  # as charts.fitted_range pads the axis
    return Strip(tuple(kinds), first_day, step, grid, (first - pad, last + pad))


def colours(grid: np.ndarray) -> np.ndarray:
    """Each cell's colour as the Plotly strip draws it: Cividis reversed over the non-empty cells' range.

    The heatmap sets ``zmin=0`` only, and plotly.js keeps its automatic range unless both ends are set
    (``zauto``), so its colours run from the smallest to the largest count drawn.
    """
    counted = grid[grid > 0]
    low, high = (int(counted.min()), int(counted.max())) if counted.size else (0, 1)
    scale = sample_colorscale("Cividis", np.linspace(0, 1, 101).tolist())  # 101 steps: 1% of the range each
    hexes = ["#{:02x}{:02x}{:02x}".format(*(round(float(v)) for v in c[4:-1].split(","))) for c in scale[::-1]]
    table = np.array(hexes, dtype=object)
    share = np.clip((grid - low) / max(high - low, 1), 0, 1)
    return table[np.rint(share * 100).astype("int64")]


def _pct(value: float) -> str:
    return f"{value:.2f}%"


def _epoch_day(when) -> float:
    return (pd.Timestamp(when) - pd.Timestamp(0)) / pd.Timedelta(days=1)


def _lines(text: str) -> list[str]:
    return text.split("<br>")


def height_px(strip_: Strip) -> int:
    """The drawing's height: the Plotly strip's for as many lanes (title, lanes, axis and range slider)."""
    return TOP_PX + max(LANE_PX * max(len(strip_.kinds), 1) + 20, 180) + BOTTOM_PX


def svg(strip_: Strip, lang: str = DEFAULT_LANGUAGE) -> str:
    """The strip as a static, accessible SVG in ``lang`` (full width, fixed height), on one line; labels are escaped."""
    total = strip_.total
    per = gettext("Events per day", lang) if strip_.step == 1 else gettext("Events per week", lang)
    events = ngettext("{count} event", "{count} events", total, lang).format(count=i18n.format_number(total, lang))
    first, last = strip_.span
    kinds = strip_.kinds
    lanes_px = max(LANE_PX * max(len(kinds), 1) + 20, 180)
    pitch = lanes_px * LANES_SHARE / (max(len(kinds), 1) + 0.2)  # Plotly's lane axis runs from -0.6 to n - 0.4
    height = height_px(strip_)
    f0, f1 = _epoch_day(first), _epoch_day(last)
    x_of = lambda day: LEFT_PCT + (day - f0) / ((f1 - f0) or 1.0) * (RIGHT_PCT - LEFT_PCT)  # noqa: E731
    names = [schema.label("event_type", k, lang) for k in kinds]
    title = f"{per}: {events}"
    desc = ", ".join(f"{name}: {i18n.format_number(int(n), lang)}" for name, n in zip(names, strip_.grid.sum(axis=1)))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{height}" role="img" '
        f'aria-labelledby="overview-title overview-desc" data-overview="strip" data-events="{total}" '
        f'style="display:block;font-family:Source Sans Pro, Helvetica Neue, Arial, sans-serif">',
        f'<title id="overview-title">{escape(title)}</title><desc id="overview-desc">{escape(desc)}</desc>',
        f'<text x="{_pct(LEFT_PCT)}" y="{TOP_PX - 14}" font-size="13" fill="#555555">{escape(title)}</text>',
    ]
    fills = colours(strip_.grid)
    for row, kind in enumerate(kinds):
        y = TOP_PX + 0.1 * pitch + row * pitch
        label = _lines(lane_label(kind, lang))
        mid = y + pitch / 2 - (len(label) - 1) * 7
        spans = "".join(f'<tspan x="{_pct(LEFT_PCT - 1)}" dy="{0 if i == 0 else 14}">{escape(part)}</tspan>'
                        for i, part in enumerate(label))  # fmt: skip
        out.append(f'<text y="{mid + 4:.1f}" text-anchor="end" font-size="12" fill="#222222">{spans}</text>')
        out.append(f'<line x1="{_pct(LEFT_PCT)}" x2="{_pct(RIGHT_PCT)}" y1="{y + pitch / 2:.1f}" '
                   f'y2="{y + pitch / 2:.1f}" stroke="#EEEEEE"/>')  # fmt: skip
        # One nested <svg> per lane holds its cells (full height each): a cell is then five short attributes,
        # which keeps the markup the browser parses before drawing small (90 kB at a million events).
        out.append(f'<svg y="{y + GAP_PX / 2:.1f}" height="{pitch - GAP_PX:.1f}" overflow="visible" '
                   f'data-type="{escape(kind, quote=True)}">')  # fmt: skip
        width = _pct(x_of(strip_.step) - x_of(0))
        for col in np.flatnonzero(strip_.grid[row]).tolist():
            left = _pct(x_of(strip_.first_day + col * strip_.step))
            count = int(strip_.grid[row, col])
            out.append(
                f'<rect x="{left}" width="{width}" height="100%" fill="{fills[row, col]}" data-count="{count}"/>'
            )
        out.append("</svg>")
    axis_y = TOP_PX + (len(kinds) + 0.2) * pitch
    out.append(f'<line x1="{_pct(LEFT_PCT)}" x2="{_pct(RIGHT_PCT)}" y1="{axis_y:.1f}" y2="{axis_y:.1f}" '
               'stroke="#BBBBBB"/>')  # fmt: skip
    for when, text in zip(*localized.date_ticks(first, last, lang)):
        x = x_of(_epoch_day(when))
        if not LEFT_PCT <= x <= RIGHT_PCT:
            continue
        out.append(f'<line x1="{_pct(x)}" x2="{_pct(x)}" y1="{axis_y:.1f}" y2="{axis_y + 5:.1f}" stroke="#BBBBBB"/>')
        spans = "".join(f'<tspan x="{_pct(x)}" dy="{0 if i == 0 else 14}">{escape(part)}</tspan>'
                        for i, part in enumerate(_lines(text)))  # fmt: skip
        out.append(f'<text y="{axis_y + 19:.1f}" text-anchor="middle" font-size="12" fill="#444444">{spans}</text>')
    out.append("</svg>")
    # One line: the markup itself has no line break, so any came from the data; as character references they
    # stay text, and the app's markdown block (raw HTML until a blank line) cannot be cut short by a label.
    return "".join(out).replace("\r", "&#13;").replace("\n", "&#10;")
