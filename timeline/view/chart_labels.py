"""Labels on the timeline's events for a figure that must stand alone (image exports).

With few events each gets its short title beside it; with more, a number whose key is printed
below the chart. Labels are placed greedily in pixel space, from the earliest event on: each tries
slots above and below its lane, to the right of its marker (to the left near the right edge), and
takes the first that overlaps no marker and no label already placed. If a title finds no slot,
every event gets a number instead; numbers are short enough to fit nearly always.

The geometry is the figure's expected plot box (its width and the height of the lanes), given by
the caller; text widths are estimated at 0.55 em per character, a little wide for Latin text.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.store import schema
from timeline.view.chart_style import epoch_ms, marker_sizes, plain

#: More events than this get numbers instead of titles.
MAX_TITLES = 14
#: More events than this get no labels at all (the chart is then read as a distribution).
MAX_NUMBERED = 150
TITLE_CHARS = 30
CHAR_EM = 0.55
LINE_EM = 1.3


@dataclass(frozen=True)
class Box:
    """A rectangle in the plot's pixels (y grows downwards)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    """The title cut at a word boundary to about ``limit`` characters.

    >>> short_title("Salesses sends 1,500 more soldiers to reinforce the Mexico frontier")
    'Salesses sends 1,500 more…'
    """
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _text_width(text: str, font_px: float) -> float:
    return len(text) * font_px * CHAR_EM + 6


def place_labels(
    xs: np.ndarray,
    ys: np.ndarray,
    radii: np.ndarray,
    texts: list[str],
    *,
    width: float,
    height: float,
    font_px: float,
    partial: bool = False,
) -> list[tuple[float, float, str]] | None:
    """Offsets (dx, dy, anchor) for each label at pixel points ``xs``, ``ys``, or None if one finds no slot.

    With ``partial`` a label without a slot gets None in the list instead.

    >>> found = place_labels(np.array([10.0, 12.0]), np.array([50.0, 50.0]), np.array([5.0, 5.0]), ["A", "B"],
    ...                      width=400, height=100, font_px=12)
    >>> [(dx, round(dy), anchor) for dx, dy, anchor in found]
    [(4.0, -16, 'left'), (4.0, 16, 'left')]
    """
    line = font_px * LINE_EM
    taken = [Box(x - r - 1, y - r - 1, x + r + 1, y + r + 1) for x, y, r in zip(xs, ys, radii)]
    tiers = int(max(1, min(6, height // line)))
    slots = [sign * k * line for k in range(1, tiers + 1) for sign in (-1, 1)]
    out = []
    for x, y, text in zip(xs, ys, texts):
        w = _text_width(text, font_px)
        right = x + 4 + w <= width
        placed = None
        for dy in slots:
            cy = y + dy
            if cy - line / 2 < 0 or cy + line / 2 > height:
                continue
            box = (
                Box(x + 4, cy - line / 2, x + 4 + w, cy + line / 2)
                if right
                else Box(x - 4 - w, cy - line / 2, x - 4, cy + line / 2)
            )
            if box.x0 < 0 or any(box.overlaps(t) for t in taken):
                continue
            placed = (4.0 if right else -4.0, float(dy), "left" if right else "right")
            taken.append(box)
            break
        if placed is None and not partial:
            return None
        out.append(placed)
    return out


def add_event_labels(
    fig: go.Figure,
    events: pd.DataFrame,
    *,
    x_range: tuple[float, float],
    plot_width: float,
    lanes_height: float,
    font_px: float,
    footnotes: dict[str, int],
    marker_scale: float = 1.0,
    lang: str = "en",
) -> dict[str, int]:
    """Label the events of a timeline figure; returns the number of each event when numbers were used.

    ``footnotes`` maps an event id to its footnote number, shown as a superscript after the label. ``lang`` is
    the language the figure's lanes are named in (lanes are found by their names on the axis).
    Returns {} when titles were placed, and {} with no labels above :data:`MAX_NUMBERED` events.
    """
    if events.empty or len(events) > MAX_NUMBERED:
        return {}
    order = events.sort_values(["date_dt", "event_id"])
    axis = fig.layout.yaxis
    labels = [str(t).replace("<br>", " ") for t in (axis.ticktext or ())]
    values = list(axis.tickvals or ())
    lane_value = dict(zip(labels, values))

    lane_of = {t: lane_value.get(schema.label("event_type", t, lang), 0) for t in pd.unique(order["event_type"])}
    ys_data = order["event_type"].map(lane_of).to_numpy(dtype=float)
    lo, hi = axis.range or (-0.6, len(values) - 0.4)
    xs_data = epoch_ms(order["date_dt"])
    x0, x1 = x_range
    xs = (xs_data - x0) / max(x1 - x0, 1.0) * plot_width
    ys = (hi - ys_data) / max(hi - lo, 1e-9) * lanes_height
    radii = marker_sizes(order) * marker_scale / 2
    ids = order["event_id"].tolist()

    def mark(event_id: str) -> str:
        return f"<sup>[{footnotes[event_id]}]</sup>" if event_id in footnotes else ""

    numbers: dict[str, int] = {}
    offsets = None
    if len(order) <= MAX_TITLES:
        texts = [short_title(t) for t in order["title"]]
        offsets = place_labels(xs, ys, radii, [t + (" [0]" if i in footnotes else "") for t, i in zip(texts, ids)],
                               width=plot_width, height=lanes_height, font_px=font_px)  # fmt: skip
        shown = [plain(t) + mark(i) for t, i in zip(texts, ids)]
    if offsets is None:
        numbers = {event_id: n for n, event_id in enumerate(ids, start=1)}
        numbered = [str(numbers[i]) + (" [0]" if i in footnotes else "") for i in ids]
        found = place_labels(xs, ys, radii, numbered, width=plot_width, height=lanes_height, font_px=font_px, partial=True)
        # Crowded: a number without a free slot sits right above its marker; the key below names them all.
        offsets = [o if o is not None else (0.0, -(r + font_px * 0.7), "center") for o, r in zip(found, radii)]
        shown = [str(numbers[i]) + mark(i) for i in ids]
    notes = [
        {"x": x, "y": y, "xref": "x", "yref": "y", "text": text, "showarrow": anchor != "center", "ax": dx, "ay": dy,
         "arrowhead": 0, "arrowwidth": 0.8, "arrowcolor": "#888888", "xanchor": anchor, "yanchor": "middle",
         "font": {"size": font_px}, "bgcolor": "rgba(255, 255, 255, 0.75)", "borderpad": 1, "name": "event label"}
        for x, y, text, (dx, dy, anchor) in zip(xs_data, ys_data, shown, offsets)
    ]  # fmt: skip
    # One assignment: add_annotation re-validates every annotation already there, quadratic in their number.
    fig.update_layout(annotations=[*fig.layout.annotations, *notes])
    return numbers
