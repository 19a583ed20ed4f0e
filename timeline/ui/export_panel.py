"""The export buttons under the timeline: the filtered view as a report image, HTML, data, citations or a ZIP.

Every file is made only when its button is clicked (Streamlit runs the callable given as
``data``), so a rerun never draws a PDF nobody asked for. The bytes come from
:func:`timeline.export.export`, the same function the CLI uses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from timeline import export, i18n
from timeline.export import images as export_images
from timeline.i18n import N_
from timeline.ui import common, lang
from timeline.ui.lang import _
from timeline.view.filters import Filters

#: The buttons' labels and help are marked here and translated where the panel is drawn.
REPORT_FORMATS = (
    ("png", N_("PNG image")),
    ("pdf", "PDF"),
    ("svg", "SVG"),
    ("html", N_("Interactive HTML")),
    ("bundle", N_("Everything (ZIP)")),
)
DATA_FORMATS = (
    ("csv", "CSV"),
    ("json", "JSON"),
    ("timelinejs", "TimelineJS"),
    ("citations", N_("Citations (Markdown)")),
)
HELP = {
    "png": N_("The chart with title, filters and sources, at twice the chosen size for sharp slides."),
    "pdf": N_("The chart as a vector PDF page with title, filters and sources."),
    "svg": N_("The chart as an editable vector image."),
    "html": N_("The interactive chart in one file that works offline (plotly.js is inside)."),
    "bundle": N_("PNG, PDF, offline HTML, CSV, citations and a README of what was filtered."),
    "csv": N_("UTF-8 with BOM for spreadsheets; cells starting with = + - @ are prefixed with ' so they never run."),
    "json": N_("The events with the filters and dates of this export (the same file in every language)."),
    "timelinejs": N_("A TimelineJS3 story: upload it to publish an interactive story of these events."),
    "citations": N_(
        "Every source of these events with the event's date, the filters and the day the list was generated."
    ),
}


def _maker(fmt: str, events: pd.DataFrame, report: export.Report) -> Callable[[], bytes]:
    def make() -> bytes:
        return export.export(fmt, common.complete(events), report)  # a large file's rows get all their columns

    return make


def _full_table_as_of() -> date | None:
    """How current the whole events file is (not only the filtered rows), for the footer."""
    try:
        return export.data_as_of(common.load_events().events)
    except (OSError, KeyError, ValueError):
        return None


def render(
    events: pd.DataFrame,
    filters: Filters,
    *,
    total: int,
    color_by: str = "event_type",
    show_eras: bool = True,
    view: str = "timeline",
) -> None:
    """Draw the export controls for ``events`` (already filtered by ``filters``; ``total`` before filtering).

    ``view`` is the chart on screen (``timeline``, ``monthly``, ``deaths``, ``map``): the images show it.
    The files are in the reader's language (``?lang=``), as the panel is.
    """
    here = lang.current()
    st.subheader(_("Export this view"))
    st.caption(
        _("{shown} of {total} events · {filters}. Images carry a title, the filters, the sources' notes as footnotes "
          "and every source.").format(
            shown=i18n.format_number(len(events), here),
            total=i18n.format_number(total, here),
            filters=common.md(filters.describe(here)),
        )
    )  # fmt: skip
    left, right = st.columns([0.35, 0.65])
    # The names are fixed for this run: a format_func reading the language later would name the options in
    # another language than the one they were drawn in (AppTest reads them after the selector changes it).
    sizes = {name: _(size.label) for name, size in export_images.PRESETS.items()}
    preset = left.selectbox(_("Image size"), list(sizes), format_func=sizes.__getitem__, key="export_preset")
    report = export.Report(
        filters=filters,
        total=total,
        generated=date.today(),  # the UI is the edge where the clock may be read
        data_as_of=_full_table_as_of(),
        preset=preset,
        color_by=color_by,
        show_eras=show_eras,
        view=view,
        eras=common.load_eras(),
        lang=here,
    )
    default_title = export.title(events, report)
    title = right.text_input(_("Title"), key="export_title", placeholder=default_title, max_chars=200)
    if title.strip():
        report = dataclasses.replace(report, title=title.strip())
    has_browser = export_images.browser_available()
    if not has_browser:
        st.info(_(export_images.INSTALL_HINT))
    empty = events.empty
    st.markdown("**" + _("For a report") + "**")
    _buttons(REPORT_FORMATS, events, report, disabled_images=not has_browser, empty=empty)
    st.markdown("**" + _("Data and sources") + "**")
    _buttons(DATA_FORMATS, events, report, disabled_images=False, empty=empty)


def _buttons(
    formats: tuple[tuple[str, str], ...],
    events: pd.DataFrame,
    report: export.Report,
    *,
    disabled_images: bool,
    empty: bool,
) -> None:
    for column, (fmt, label) in zip(st.columns(len(formats)), formats):
        mime = export.FORMATS[fmt][1]
        column.download_button(
            _(label),
            data=_maker(fmt, events, report),
            file_name=export.file_name(report.filters, fmt),
            mime=mime,
            key=f"export_{fmt}",
            help=_(HELP[fmt]),
            on_click="ignore",
            disabled=empty or (disabled_images and fmt in export_images.IMAGE_FORMATS),
            icon=":material/download:",
            width="stretch",
        )
