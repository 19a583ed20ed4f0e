"""The benchmarks' synthetic events: valid in the schema, and the counts the browser bench waits for are the app's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline import store
from timeline.store import parquet_store
from timeline.view import filters

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synthetic_events  # noqa: E402


def test_synthetic_events_pass_the_store_checks(tmp_path: Path):
    path = tmp_path / "events.parquet"
    assert parquet_store.write_frame(path, synthetic_events.events_frame(300)) == 300
    result = store.load(path)
    assert result.ok and len(result.events) == 300 and result.events["event_id"].is_unique
    assert result.events["end_dt"].notna().any() and (result.events["date_precision"] == "month").any()


def test_browser_bench_expects_what_the_filters_show(tmp_path: Path):
    bench = pytest.importorskip("app_browser_bench", reason="needs psutil: pip install -r requirements-dev.txt")
    path, counts = bench.make_events(400, tmp_path)
    events = store.load(path).events
    strikes = filters.Filters(types=(bench.FILTER_TYPE,))
    strikes_there = filters.Filters(types=(bench.FILTER_TYPE,), countries=(bench.FILTER_COUNTRY,))
    assert counts == {"all": 400, "type": len(filters.apply(events, strikes)),
                      "type_country": len(filters.apply(events, strikes_there))}  # fmt: skip
    assert 0 < counts["type_country"] < counts["type"] < 400
