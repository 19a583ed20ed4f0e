"""Report-ready figures: title, filters and sources on the chart, sized for a slide, a page or a column.

Images (PNG, SVG, PDF) are drawn by kaleido in a system Chrome or Chromium (``export/browser.py``:
one browser per process, every call with a deadline, :class:`ExportUnavailable` when there is none).
Interactive HTML embeds plotly.js and needs no browser here.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from timeline.export.browser import (  # noqa: F401 (the image API lives here for its callers)
    IMAGE_FORMATS,
    INSTALL_HINT,
    PNG_SCALE,
    ExportUnavailable,
    browser_available,
    find_browser,
    stop,
    to_image,
)
from timeline.i18n import N_

#: Fonts present on most systems, metric-compatible first (Liberation Sans is Arial's twin).
FONT_FAMILY = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"


@dataclass(frozen=True)
class Preset:
    """Size of a report image in CSS pixels and the base font size that stays legible at that size."""

    name: str
    label: str
    width: int
    height: int
    font_size: int


#: A4 landscape is 297 x 210 mm, i.e. 1123 x 794 CSS pixels at 96 px per inch.
PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("slide", N_("Slide 16:9 (1600 × 900)"), 1600, 900, 20),
        Preset("a4", N_("A4 landscape (1123 × 794)"), 1123, 794, 15),
        Preset("column", N_("Single column (1000 × 600)"), 1000, 600, 14),
    )
}


def preset(name: str) -> Preset:
    """The size preset called ``name``; an unknown name is an error that lists the choices.

    >>> preset("column").width
    1000
    """
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown size preset '{name}'; choose one of {', '.join(PRESETS)}") from None


def _wrap(text: str, width_px: int, font_px: float, max_lines: int) -> str:
    """Plain text escaped and wrapped into <br>-separated lines that fit ``width_px`` at ``font_px``.

    Past ``max_lines`` the text is cut with an ellipsis, so a very long title cannot push the chart
    off the page (issue 13).

    >>> _wrap("a <b> " * 40, 200, 10, 2)
    'a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt;<br>a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt; a &lt;b&gt;…'
    """
    # 0.55 em is the mean advance of a Latin sans-serif glyph; wrapping a little early is harmless.
    chars = max(20, int(width_px / (font_px * 0.55)))
    lines = textwrap.wrap(text, chars, break_on_hyphens=False, max_lines=max_lines, placeholder="…") if text else []
    if lines and len(lines[-1]) > chars:  # the placeholder's own line may run one character over
        lines[-1] = lines[-1][: chars - 1].rstrip() + "…"
    return "<br>".join(_escape(line) for line in lines)


def _escape(text: str) -> str:
    """Plotly text is HTML-like: escape the characters it would read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_figure(fig: go.Figure, *, title: str, subtitle: str, footer: str, size: Preset | str) -> go.Figure:
    """A copy of ``fig`` laid out for a report: title, filters subtitle, sources footer, fixed size, print fonts.

    >>> f = report_figure(go.Figure(), title="T", subtitle="All events", footer="Sources: 1", size="column")
    >>> f.layout.width, f.layout.title.text, f.layout.annotations[-1].text
    (1000, '<b>T</b>', 'Sources: 1')
    """
    size = preset(size) if isinstance(size, str) else size
    out = go.Figure(fig)
    base = size.font_size
    # The chart's key ("Hollow: …") sits above its top-right corner, where a long filters line
    # would run into it; on a report it joins the footer instead.
    keys = [a for a in out.layout.annotations if a.xref == "paper" and a.yref == "paper" and (a.y or 0) >= 1]
    out.layout.annotations = [a for a in out.layout.annotations if a not in keys]
    key_text = " · ".join(str(a.text) for a in keys if a.text)
    # Title, subtitle and footer start at the plot's left edge, after the lane labels.
    usable = size.width - _label_width(out, base * 0.9) - 60
    title_text = _wrap(title, usable, base * 1.5, 2)
    subtitle_text = _wrap(subtitle, usable, base, 3)
    footer_text = _wrap(footer, usable, base * 0.8, 4)
    if key_text:  # already markup from the chart, one short line
        footer_text = f"{key_text}<br>{footer_text}"
    title_lines = title_text.count("<br>") + 1
    subtitle_lines = subtitle_text.count("<br>") + 1
    footer_lines = footer_text.count("<br>") + 1
    # Room above the plot for the title and the subtitle.
    top = int(base * (1.5 * 1.3 * title_lines + 1.3 * subtitle_lines) + 2.2 * base)
    footer_height = int(base * 0.8 * 1.35 * footer_lines)
    legend_height = _legend_height(out, usable, base * 0.9)
    axis_room = int(base * 2.4)
    bottom = axis_room + legend_height + footer_height + 20
    out.update_layout(
        width=size.width,
        height=size.height,
        autosize=False,
        font={"family": FONT_FAMILY, "size": base, "color": "#222"},
        title={
            "text": f"<b>{title_text}</b>",
            "subtitle": {"text": subtitle_text, "font": {"size": base, "color": "#444"}},
            "font": {"size": round(base * 1.5)},
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": int(base * 0.8)},
        },
        margin={"t": top, "b": bottom, "l": 20, "r": 30},
        # The legend sits in figure coordinates just above the footer, whatever the plot's height.
        legend={
            "font": {"size": round(base * 0.9)},
            "orientation": "h",
            "x": 0.012,
            "xref": "container",
            "xanchor": "left",
            "y": (footer_height + 14) / size.height,
            "yref": "container",
            "yanchor": "bottom",
        },
        hoverlabel={"font": {"size": base}},
    )
    _fit_era_strip(out, plot_px=size.height - top - bottom, row_px=base * 1.9)
    # A printed page cannot use the range slider or the zoom buttons: they would only take room.
    out.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    out.update_xaxes(automargin=True, tickfont={"size": round(base * 0.9)}, title_font={"size": base})
    out.update_yaxes(automargin=True, tickfont={"size": round(base * 0.9)}, title_font={"size": base})
    out.update_annotations(selector=lambda a: (a.font.size or 0) < base * 0.75, font_size=round(base * 0.75))
    # Markers grow with the type: 9 px dots drawn for a 14 px screen font are specks on a slide.
    scale = marker_scale(size)
    for trace in out.data:
        size = trace.marker.size if trace.type in ("scatter", "scattergeo") else None
        if isinstance(size, (int, float)):
            trace.marker.size = size * scale
        elif size is not None:
            trace.marker.size = np.asarray(size, dtype="float64") * scale
    out.add_annotation(
        text=footer_text,
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="bottom",
        yshift=-(bottom - 8),
        align="left",
        font={"size": round(base * 0.8), "color": "#555"},
    )
    return out


def marker_scale(size: Preset | str) -> float:
    """How much :func:`report_figure` enlarges markers at a preset.

    >>> marker_scale("slide") > marker_scale("column") >= 1
    True
    """
    size = preset(size) if isinstance(size, str) else size
    return max(1.0, size.font_size / 13)


def plot_box(fig: go.Figure) -> tuple[float, float]:
    """Expected width and height in pixels of the plot area of a figure laid out by :func:`report_figure`."""
    base = fig.layout.font.size or 14
    margin = fig.layout.margin
    width = fig.layout.width - (margin.l or 0) - (margin.r or 0) - _label_width(fig, base * 0.9)
    height = fig.layout.height - (margin.t or 0) - (margin.b or 0)
    return float(width), float(height)


def _fit_era_strip(fig: go.Figure, *, plot_px: float, row_px: float) -> None:
    """Give the era strip above the lanes a fixed height per era instead of a share of the plot.

    The chart sizes its strip as a fraction of its own height; stretched to a fixed page it would
    grow with the page (three eras over two lanes took 40 % of a slide). Era shapes and labels
    live in paper units above the y axis, so they are moved with the axis' new top.
    """
    domain = list(fig.layout.yaxis.domain or (0, 1))
    old = domain[1]
    eras = [s for s in fig.layout.shapes if s.yref == "paper" and s.y0 is not None and s.y0 >= old]
    if old >= 1 or not eras or plot_px <= 0:
        return
    new = max(old, 1 - (len(eras) * row_px + 10) / plot_px)

    def move(y: float) -> float:
        return new + (y - old) * (1 - new) / (1 - old)

    for shape in eras:
        shape.update(y0=move(shape.y0), y1=move(shape.y1))
    for note in fig.layout.annotations:
        if note.yref == "paper" and note.xref not in (None, "paper") and note.y is not None and note.y >= old:
            note.update(y=move(note.y))
    fig.layout.yaxis.update(domain=[domain[0], new])


def _label_width(fig: go.Figure, font_px: float) -> int:
    """Approximate width of the y-axis tick labels (the lane names), which push the plot to the right."""
    labels = [part for t in (fig.layout.yaxis.ticktext or ()) for part in str(t).split("<br>")]
    return int(max((len(t) for t in labels), default=0) * font_px * 0.55) + 20


def _legend_height(fig: go.Figure, width_px: int, font_px: float) -> int:
    """Height a horizontal legend of the figure's named traces needs, wrapping rows to ``width_px``."""
    names = list(dict.fromkeys(t.name for t in fig.data if t.name and t.showlegend is not False))
    if not names or fig.layout.showlegend is False:
        return 0
    # Each item is its symbol (~40 px) plus its text; the legend title takes one more item's room.
    title = fig.layout.legend.title.text or ""
    items = [len(title) * font_px * 0.55 + 10, *(40 + len(n) * font_px * 0.55 for n in names)]
    rows, used = 1, 0.0
    for item in items:
        if used and used + item > width_px:
            rows, used = rows + 1, 0.0
        used += item
    return int(rows * font_px * 1.7 + 6)


# --- kaleido ---------------------------------------------------------------------------------------


def to_html(fig: go.Figure, *, filename_stem: str, title: str = "", lang: str = "en") -> bytes:
    """A standalone HTML page of ``fig`` in ``lang`` that works offline: plotly.js is embedded, nothing is fetched.

    >>> page = to_html(go.Figure(), filename_stem="t")
    >>> page[:15], b'src="http' in page
    (b'<!doctype html>', False)
    """
    config = {
        "displaylogo": False,
        "responsive": True,
        "toImageButtonOptions": {"format": "png", "filename": filename_stem, "scale": PNG_SCALE},
    }
    html = fig.to_html(include_plotlyjs=True, full_html=True, config=config, include_mathjax=False)
    # Plotly writes no <title>; a browser tab and a bookmark should name the view.
    html = html.replace("<head>", f"<head><title>{_escape(title or filename_stem)}</title>", 1)
    if lang != "en":  # the page's language, for screen readers and the browser's translation offer
        html = html.replace("<html>", f'<html lang="{_escape(lang)}">', 1)
    return html.encode("utf-8")
