"""Eras: periods shaded in a strip above the timeline's lanes, read from ``eras.csv``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.i18n import DEFAULT_LANGUAGE, gettext
from timeline.view import localized
from timeline.view.chart_style import MS_PER_DAY, epoch_ms, plain, wrap
from timeline.view.filters import period_end

ERA_COLOUR = "rgba(150, 150, 150, 0.22)"
#: How far past the shown events an era's band may run (the export pads its axis by at least as much).
ERA_CUT_MARGIN = pd.Timedelta(days=12)
ERA_COLUMNS = ("era_id", "label", "start", "end", "description")


def load_eras(path: str | Path = "data/eras.csv") -> pd.DataFrame:
    """Periods to shade behind the timeline, from a CSV ``era_id,label,start,end,description``.

    A missing file gives an empty table; rows without a valid start date are left out and an
    empty ``end`` means the era is still going on (``end_dt`` is NaT).

    >>> load_eras("no/such/eras.csv").empty
    True
    """
    path = Path(path)
    if not path.exists():
        return pd.DataFrame({c: pd.Series(dtype="str") for c in ERA_COLUMNS})
    eras = pd.read_csv(path, dtype="str", keep_default_na=False)
    for col in ERA_COLUMNS:
        if col not in eras.columns:
            eras[col] = ""
    eras["start_dt"] = pd.to_datetime(eras["start"], format="%Y-%m-%d", errors="coerce")
    eras["end_dt"] = pd.to_datetime(eras["end"].replace("", None), format="%Y-%m-%d", errors="coerce")
    return eras[eras["start_dt"].notna()].reset_index(drop=True)


def add_eras(
    fig: go.Figure,
    eras: pd.DataFrame,
    x_end: float,
    bottom: float,
    *,
    x_range: tuple[float, float] | None = None,
    width_px: float = 900,
    font_px: float = 12,
    lang: str = DEFAULT_LANGUAGE,
) -> None:
    """Eras as shaded, labelled bands, one row each, in the strip above the lanes (paper ``bottom``..1).

    They overlap in time (a tariff standoff spans a strike campaign), so shading them behind the
    lanes would stack into muddy greys. Shapes, unlike traces, stay out of the range slider.
    Each era has its row to itself, so a label too long for its band goes beside the band (after
    it, or before it when the band ends near the right edge) instead of running out of it;
    ``x_range`` and ``width_px`` (the plot's expected width) say how long a band is on screen. The hover's
    dates are in ``lang``; era labels and descriptions are data and stay as written.
    """
    start = epoch_ms(eras["start_dt"])
    end = np.where(eras["end_dt"].isna(), x_end, epoch_ms(eras["end_dt"]) + MS_PER_DAY)
    lo, hi = x_range if x_range else (float(np.nanmin(start)), float(np.nanmax(end)))
    px_per_ms = width_px / max(hi - lo, 1.0)
    row_h = (1 - bottom) / len(eras)
    for i, era in enumerate(eras.itertuples(index=False)):
        y1 = 1 - i * row_h
        fig.add_shape(
            type="rect",
            xref="x",
            yref="paper",
            x0=start[i],
            x1=end[i],
            y0=y1 - row_h * 0.85,
            y1=y1,
            fillcolor=ERA_COLOUR,
            line={"color": "rgba(110, 110, 110, 0.45)", "width": 1},
            layer="below",
        )
        label_px = (len(era.label) + 2) * font_px * 0.55
        left, right = max(start[i], lo), min(end[i], hi)
        if (right - left) * px_per_ms >= label_px:  # fits inside its band
            x, anchor = left, "left"
        elif (hi - right) * px_per_ms >= label_px:  # room after the band
            x, anchor = right, "left"
        else:  # before the band, ending where it starts
            x, anchor = left, "right"
        fig.add_annotation(
            x=x,
            y=y1 - row_h * 0.425,
            xref="x",
            yref="paper",
            xanchor=anchor,
            yanchor="middle",
            text=" " + plain(era.label) + " ",
            showarrow=False,
            font={"size": font_px, "color": "#333333"},
            hovertext=f"<b>{plain(era.label)}</b><br>{_era_dates(era, lang)}<br>{wrap(era.description)}",
        )


def _era_dates(era, lang: str = DEFAULT_LANGUAGE) -> str:
    end = localized.day(era.end, "day", lang) if era.end else gettext("ongoing", lang)
    return f"{localized.day(era.start, 'day', lang)} – {end}"


def eras_in_view(eras: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    """The eras overlapping ``first``..``last``, their bands cut a little outside those days.

    Without the cut a filtered view (strikes off Venezuela in autumn 2025) would stretch its time
    axis over every era of the file, the tariff standoff of early 2025 included. The cut is
    ``ERA_CUT_MARGIN`` beyond the events, so a band that goes on runs to the axis' edge instead of
    seeming to begin with the first event; the hover keeps the era's true dates.

    >>> eras = load_eras("data/eras.csv")
    >>> kept = eras_in_view(eras, pd.Timestamp("2025-10-01"), pd.Timestamp("2025-10-31"))
    >>> [(e.label, str(e.start_dt.date()), e.start) for e in kept.itertuples()][:1]
    [('Fentanyl tariff standoff', '2025-09-19', '2025-02-01')]
    """
    if not len(eras) or "start_dt" not in eras.columns:
        return eras
    ends = eras["end_dt"].fillna(last)
    kept = eras[(eras["start_dt"] <= last) & (ends >= first)].copy()
    kept["start_dt"] = kept["start_dt"].clip(lower=first - ERA_CUT_MARGIN)
    kept["end_dt"] = kept["end_dt"].clip(upper=last + ERA_CUT_MARGIN)
    return kept.reset_index(drop=True)


def relevant_eras(eras: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The eras that at least one of ``events`` falls in (its period overlaps the era), in file order.

    An era that only brushes the axis' margin says nothing about the events shown, yet takes a
    row of the strip; on a report it would take a quarter of the height.

    >>> eras = load_eras("data/eras.csv")
    >>> ev = pd.DataFrame({"date_dt": pd.to_datetime(["2025-09-10"]), "end_dt": pd.NaT, "date_precision": "day"})
    >>> relevant_eras(eras, ev)["era_id"].tolist()
    ['fentanyl-tariffs', 'venezuela-pressure', 'boat-strikes']
    """
    if not len(eras) or not len(events) or "start_dt" not in eras.columns:
        return eras.iloc[:0] if len(eras) else eras
    firsts = np.sort(events["date_dt"].to_numpy(dtype="datetime64[ns]"))
    lasts = np.sort(period_end(events).to_numpy(dtype="datetime64[ns]"))
    starts = eras["start_dt"].to_numpy(dtype="datetime64[ns]")
    ends = eras["end_dt"].fillna(pd.Timestamp.max.normalize()).to_numpy(dtype="datetime64[ns]")
    # Events starting by the era's end, less those over before it starts: the events overlapping it.
    inside = np.searchsorted(firsts, ends, side="right") - np.searchsorted(lasts, starts, side="left")
    return eras[inside > 0].reset_index(drop=True)
