"""Where the app's server time goes at scale: each step of the Timeline page's first draw, timed alone.

    python bench/app_profile.py /tmp/scale_data/events_1000000.parquet

Prints, for a Parquet events file: reading its stored summary and drawing the static strip from it
(what the page sends first), reading the chart's columns, reading every column, the widget
options, the folded search text, and for three views (no filter, one event type, that type in
Venezuela, as ``app_browser_bench.py`` clicks them) the filter, the figure, its JSON and the JSON's
size, which is what the browser then parses and draws. Browser time is measured by
``app_browser_bench.py``; this script says which server step is worth working on.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import plotly.io as pio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.store import parquet_store, parquet_summary  # noqa: E402
from timeline.ui.common import CHART_COLUMNS  # noqa: E402
from timeline.view import charts, filters, overview_svg  # noqa: E402

VIEWS = {
    "no filter": filters.Filters(),
    "type": filters.Filters(types=("boat_strike",)),
    "type + country": filters.Filters(types=("boat_strike",), countries=("VEN",)),
}


def timed(label: str, step, *args, **kwargs):
    """Run ``step`` once and print its wall time; returns its result."""
    t0 = time.perf_counter()
    result = step(*args, **kwargs)
    print(f"{label:<40} {time.perf_counter() - t0:6.2f} s", flush=True)
    return result


def main() -> None:
    path = Path(sys.argv[1])
    filters._fold_classes()  # built once per process (a scan of Unicode), not per file
    summary = timed("stored summary (footer only)", parquet_summary.read, path)
    if summary is not None:
        strip = timed(
            "static strip from the summary", lambda: overview_svg.strip(overview_svg.counts_from_summary(summary))
        )
        markup = timed("static strip's SVG", overview_svg.svg, strip)
        print(f"{'static strip: SVG size':<40} {len(markup) / 1e3:6.1f} kB")
    else:
        print("no stored summary in this file (written before 2026-12-07 or by another tool)")
    chart = timed("read the chart's columns", parquet_store.load, path, CHART_COLUMNS).events
    full = timed("read every column", parquet_store.load, path).events
    timed("widget options", filters.options, chart)
    timed("folded search text (first search)", filters.search_text, full)
    for name, wanted in VIEWS.items():
        shown = timed(f"{name}: filter", filters.apply, full, wanted)
        fig = timed(f"{name}: figure ({len(shown):,} events)", charts.timeline_figure, shown, key=False)
        text = timed(f"{name}: JSON", pio.to_json, fig, validate=False)
        print(f"{name + ': JSON size':<40} {len(text) / 1e6:6.2f} MB ({', '.join(t.type for t in fig.data)})")


if __name__ == "__main__":
    main()
