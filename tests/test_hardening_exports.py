"""Issue 13, exports and figures: strict JSON, links that stay links, quotes in hovers, long titles.

Each test here failed before the fix it names.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline.export import images
from timeline.export.data import Report, citations, to_json, to_timelinejs_bytes
from timeline.store import load_text, normalize_event
from timeline.view import charts
from timeline.view.chart_style import hover_texts
from timeline.view.filters import Filters

REPORT = Report(Filters(), total=1, generated=date(2026, 1, 1))
BASE = {"date": "2025-09-02", "date_precision": "day", "event_type": "boat_strike", "title": "Strike",
        "countries": "USA;VEN", "modality": "happened", "source_url": "https://example.org/a",
        "confidence": "high", "status": "curated"}


def frame(**changes) -> pd.DataFrame:
    return pd.DataFrame([normalize_event({**BASE, **changes})])


def _refuse(name: str):
    raise ValueError(f"not strict JSON: {name}")


# --- 3. JSON never writes Infinity or NaN ------------------------------------------------------------


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), "inf", "1e309", "NaN"])
@pytest.mark.parametrize("column", ["quantity", "latitude", "fatalities"])
def test_json_export_is_strict_json(value, column: str):
    data = to_json(frame(**{column: value}), REPORT)
    parsed = json.loads(data, parse_constant=_refuse)
    assert parsed["events"][0][column] is None


# --- 7. a URL cannot break out of its link ------------------------------------------------------------

HOSTILE_URLS = [
    'https://example.org/a"><img src=x onerror=alert(1)>',
    "https://example.org/a> [click](javascript:alert(1))",
    "https://example.org/a b\nc",
    "javascript:alert(1)",
    "https://example.org/`code`\\",
]
_AUTOLINK = re.compile(r"<([^<>\s]*)>")


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_citation_links_stay_intact(url: str):
    text = citations(frame(source_url=url, other_sources=url), REPORT)
    body = text.split("\n", 5)[-1]
    links = _AUTOLINK.findall(body)
    assert all(link.startswith(("https://", "http://")) for link in links)
    # Nothing but the autolinks holds a raw angle bracket, and every entry stays on its lines.
    assert _AUTOLINK.sub("", body).count("<") == 0 and _AUTOLINK.sub("", body).count(">") == 0
    assert len(body.strip().splitlines()) == 2


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_timelinejs_links_are_http_only(url: str):
    story = json.loads(to_timelinejs_bytes(frame(source_url=url, other_sources=url), REPORT))
    text = story["events"][0]["text"]["text"]
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert all(h.startswith(("https://", "http://")) and not re.search(r"[\s<>\"]", h) for h in hrefs)


# --- 10. quotes in hovers and era labels ------------------------------------------------------------------


def test_quotes_show_as_quotes_in_hovers():
    events = load_text(
        "event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,status,source_name\n"
        'a,2025-09-02,day,boat_strike,"Trump: ""no mercy"" <b>",USA;VEN,happened,https://example.org/a,high,curated,"AP ""wire"""\n'
    ).events
    text = hover_texts(events)[0]
    assert '"no mercy"' in text and '"wire"' in text and "&quot;" not in text
    assert "&lt;b&gt;" in text  # markup stays escaped


def test_quotes_show_as_quotes_in_era_labels():
    events = load_text(
        "event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,status\n"
        "a,2025-09-02,day,boat_strike,Strike,USA;VEN,happened,https://example.org/a,high,curated\n"
    ).events
    eras = pd.DataFrame({"label": ['"Operation <Southern Spear>"'], "start": ["2025-08-01"], "end": [""],
                         "description": ['The "campaign"']})
    eras["start_dt"] = pd.to_datetime(eras["start"])
    eras["end_dt"] = pd.NaT
    fig = charts.timeline_figure(events, eras=eras)
    label = next(a for a in fig.layout.annotations if "Southern" in (a.text or ""))
    assert '"Operation &lt;Southern Spear&gt;"' in label.text and "&quot;" not in label.hovertext


# --- 10. a very long export title ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["slide", "column"])
def test_a_very_long_title_is_cut_to_two_lines_with_an_ellipsis(size: str):
    long_title = "Boat strikes and tariffs " * 200 + "&<b>"
    fig = images.report_figure(go.Figure(), title=long_title, subtitle="All events " * 100, footer="Sources " * 300,
                               size=size)
    title = fig.layout.title.text
    assert title.count("<br>") <= 1 and title.endswith("…</b>")
    preset = images.preset(size)
    assert fig.layout.margin.t + fig.layout.margin.b < preset.height / 2
