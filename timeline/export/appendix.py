"""What follows a report image's chart: the key to numbered events, the notes as footnotes, every source.

A PNG or SVG carries it below the chart on a taller canvas; a PDF on pages after the chart's
(kaleido draws one page per figure; :func:`timeline.export.report.pdf_document` joins them).
The texts are whole sentences and plain strings until :func:`wrapped` turns them into lines.
"""

from __future__ import annotations

import html
import textwrap
from urllib.parse import urlsplit

import pandas as pd
import plotly.graph_objects as go

from timeline.i18n import gettext
from timeline.store import schema
from timeline.view import localized
from timeline.view.caveats import has_caveat

CHAR_EM = 0.55
LINE_EM = 1.35


def footnote_numbers(events: pd.DataFrame) -> dict[str, int]:
    """Footnote number of each event whose notes qualify its date or a number, in date order.

    >>> ev = pd.DataFrame({"event_id": ["b", "a"], "date": ["2025-02-01", "2025-01-01"],
    ...                    "notes": ["Reported tolls differ: 3 or 4.", "Legal basis: EO 1."]})
    >>> footnote_numbers(ev)
    {'b': 1}
    """
    if events.empty or "notes" not in events.columns:
        return {}
    flagged = events[has_caveat(events)].sort_values(["date", "event_id"])
    return {event_id: n for n, event_id in enumerate(flagged["event_id"], start=1)}


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def sections(
    events: pd.DataFrame,
    numbers: dict[str, int],
    footnotes: dict[str, int],
    lead: tuple[str, list[str]] | None = None,
    lang: str = "en",
) -> list[tuple[str, list[str]]]:
    """(heading, items) of the appendix: ``lead`` if given, key to the numbers, footnotes, then every source.

    Headings and dates are in ``lang``; titles, notes and outlets' names are the events' own.
    """
    by_id = events.set_index("event_id", drop=False)
    out: list[tuple[str, list[str]]] = [lead] if lead and lead[1] else []
    if numbers:
        items = []
        for event_id, n in sorted(numbers.items(), key=lambda kv: kv[1]):
            row = by_id.loc[event_id]
            mark = f" [{footnotes[event_id]}]" if event_id in footnotes else ""
            items.append(f"{n}. {localized.day(row['date'], row['date_precision'], lang)}: {row['title']}{mark}")
        out.append((gettext("Key to the numbered events", lang), items))
    if footnotes:
        items = []
        for event_id, n in sorted(footnotes.items(), key=lambda kv: kv[1]):
            row = by_id.loc[event_id]
            when = localized.day(row["date"], row["date_precision"], lang)
            items.append(f"[{n}] {when}, {row['title']}: {row['notes']}")
        out.append((gettext("Notes from the sources on dates and numbers", lang), items))
    urls: dict[str, str] = {}
    for row in events.sort_values(["date", "event_id"]).itertuples(index=False):
        urls.setdefault(row.source_url, row.source_name or _host(row.source_url))
        for url in schema.split_list(row.other_sources):
            urls.setdefault(url, _host(url))
    listed = [f"{n}. {name}: {url}" for n, (url, name) in enumerate(urls.items(), start=1) if url]
    out.append((gettext("Sources", lang), listed))
    return out


def wrapped(parts: list[tuple[str, list[str]]], width_px: float, font_px: float) -> list[str]:
    """The appendix as escaped lines of Plotly text that fit ``width_px``: headings bold, items indented."""
    chars = max(30, int(width_px / (font_px * CHAR_EM)))
    lines: list[str] = []
    for heading, items in parts:
        if lines:
            lines.append("")
        lines.append(f"<b>{html.escape(heading)}</b>")
        for item in items:
            pieces = textwrap.wrap(item, chars, break_on_hyphens=False, subsequent_indent="    ") or [""]
            lines.extend(html.escape(p) for p in pieces)
    return lines


def line_height(font_px: float) -> float:
    """Height of one appendix line in pixels."""
    return font_px * LINE_EM


def below(fig: go.Figure, lines: list[str], *, font_px: float) -> None:
    """Grow ``fig`` downwards and print ``lines`` under it; the chart keeps its size and place."""
    if not lines:
        return
    extra = int(len(lines) * line_height(font_px) + 2 * font_px)
    height = fig.layout.height
    bottom = fig.layout.margin.b or 0
    legend = fig.layout.legend
    if legend.yref == "container" and legend.y is not None:
        # Same place, in plot units: a legend placed in the container of a tall canvas shrinks a map to a stamp.
        plot = height - (fig.layout.margin.t or 0) - bottom
        legend.update(yref="paper", y=(legend.y * height - bottom) / plot)
    fig.update_layout(height=height + extra, margin={"b": bottom + extra})
    fig.add_annotation(
        text="<br>".join(lines), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        yshift=-(bottom + 2), align="left",
        showarrow=False, font={"size": font_px, "color": "#333333"}, name="appendix",
    )  # fmt: skip


def pages(
    lines: list[str], *, title: str, width: int, height: int, font_px: float, font: dict, lang: str = "en"
) -> list[go.Figure]:
    """The appendix as page-sized figures in two columns with a running head (a PDF's pages after the chart's).

    ``lines`` should be wrapped to :func:`column_width` of the page.
    """
    margin = int(font_px * 3)
    per_column = max(5, int((height - 2 * margin - font_px * 3) / line_height(font_px)))
    columns = [lines[i : i + per_column] for i in range(0, len(lines), per_column)] or [[]]
    chunks = [columns[i : i + 2] for i in range(0, len(columns), 2)]
    out = []
    for n, chunk in enumerate(chunks, start=2):
        page = go.Figure()
        page.update_layout(
            width=width, height=height, font=font, paper_bgcolor="white", plot_bgcolor="white",
            margin={"l": margin, "r": margin, "t": margin, "b": margin},
            xaxis={"visible": False}, yaxis={"visible": False},
        )  # fmt: skip
        page_of = gettext("page {page} of {pages}", lang).format(page=n, pages=len(chunks) + 1)
        head = f"<b>{html.escape(title)}</b> · {html.escape(page_of)}"
        notes = [{"text": head, "x": 0, "y": 1}]
        notes += [{"text": "<br>".join(col), "x": i * 0.52, "y": 1 - 2 * line_height(font_px) / (height - 2 * margin)}
                  for i, col in enumerate(chunk)]  # fmt: skip
        page.update_layout(annotations=[
            {**note, "xref": "paper", "yref": "paper", "xanchor": "left", "yanchor": "top", "align": "left",
             "showarrow": False, "font": {"size": font_px, "color": "#333333"}}
            for note in notes
        ])  # fmt: skip
        out.append(page)
    return out


def column_width(page_width: int, font_px: float) -> float:
    """Width in pixels of one of the two text columns of an appendix page."""
    return (page_width - 6 * font_px) * 0.48
