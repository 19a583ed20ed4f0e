"""Benchmark: server-side cost of the timeline view against a naive ``px.timeline``, in the same run.

For 10k, 100k and 1M synthetic events (built in memory in the schema's columns, typed as
``store.load`` types them) it prints the time to filter and build the figure, the time to
serialise it, and the payload size (``len(fig.to_json())``) that goes to the browser; then
the same for ``px.timeline`` with one bar per event, and the ratios. Times are medians of a few
runs on this machine; compare rows, not absolute numbers, across machines.

    python bench/app_bench.py            # 10k, 100k, 1M
    python bench/app_bench.py 10000      # one size
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

import numpy as np
import pandas as pd
import plotly.express as px

from timeline import settings
from timeline.store import schema
from timeline.view import charts, filters

COUNTRIES = ["USA;VEN", "USA;MEX", "USA;COL", "USA", "MEX", "USA;ECU", "USA;VEN;COL", "USA;TTO"]
ACTORS = ["US military", "Tren de Aragua", "Sinaloa Cartel", "CJNG", "Department of State", "Donald Trump"]
NAIVE_LIMIT = 100_000  # px.timeline above this takes minutes and gigabytes; the output says so


def synthetic(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` events over 500 days with random types, countries and actors; 5% have an end date."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 500, n), unit="D")
    has_end = rng.random(n) < 0.05
    end = pd.Series(start + pd.to_timedelta(rng.integers(1, 60, n), unit="D")).where(has_end)
    types = np.array(schema.EVENT_TYPES)[rng.integers(0, len(schema.EVENT_TYPES), n)]
    countries = np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), n)]
    actors = np.array(ACTORS)[rng.integers(0, len(ACTORS), n)]
    deaths = pd.Series(rng.integers(0, 12, n), dtype="Int64").where(types == "boat_strike")
    df = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)],
        "date": start.strftime("%Y-%m-%d"),
        "date_precision": "day",
        "end_date": end.dt.strftime("%Y-%m-%d").fillna(""),
        "event_type": types,
        "title": [f"Synthetic event {i} <b>" for i in range(n)],
        "summary": "",
        "evidence": "",
        "actors": actors,
        "countries": countries,
        "location": "",
        "fatalities": deaths,
        "quantity": pd.array([None] * n, dtype="Float64"),
        "quantity_unit": "",
        "source_name": "Synthetic wire",
        "source_url": "https://example.org/x",
        "other_sources": "",
        "confidence": "high",
    })  # fmt: skip
    df["date_dt"] = start
    df["end_dt"] = end
    df["actors_list"] = [[a] for a in actors]
    df["countries_list"] = [c.split(";") for c in countries]
    df["search_text"] = filters.search_text(df)
    return df


def _median(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def ours(df: pd.DataFrame, view: filters.Filters, repeat: int) -> dict:
    build_s, fig = _median(lambda: charts.timeline_figure(filters.apply(df, view)), repeat)
    json_s, payload = _median(fig.to_json, repeat)
    mode = {t.type for t in fig.data}
    return {"build_s": build_s, "json_s": json_s, "bytes": len(payload), "mode": "/".join(sorted(mode))}


def naive(df: pd.DataFrame, repeat: int) -> dict:
    """One ``px.timeline`` bar per event, with the same facts in its hover (title, actors, countries, deaths, source)."""
    frame = df.assign(finish=df["end_dt"].fillna(df["date_dt"] + pd.Timedelta(days=1)))
    build_s, fig = _median(
        lambda: px.timeline(frame, x_start="date_dt", x_end="finish", y="event_type", hover_name="title",
                            hover_data=["actors", "countries", "fatalities", "source_name"]),
        repeat,
    )  # fmt: skip
    json_s, payload = _median(fig.to_json, repeat)
    return {"build_s": build_s, "json_s": json_s, "bytes": len(payload), "mode": "px.timeline bars"}


def main(sizes: list[int]) -> None:
    print(f"webgl_threshold={settings.get('webgl_threshold'):,}  density_threshold={settings.get('density_threshold'):,}")
    print("| events | view | shown | drawn as | filter+figure s | to_json s | payload MB | naive/ours time | naive/ours size |")
    print("|---:|---|---:|---|---:|---:|---:|---:|---:|")
    for n in sizes:
        df = synthetic(n)
        repeat = 3 if n <= 100_000 else 1
        base = naive(df, repeat) if n <= NAIVE_LIMIT else None
        views = {
            "all events": filters.Filters(),
            "strikes off Venezuela": filters.Filters(types=("boat_strike",), countries=("VEN",)),
            "text search": filters.Filters(q="event 12"),
            "one month": filters.Filters(since=date(2025, 9, 1), until=date(2025, 9, 30)),
        }
        for name, view in views.items():
            shown = len(filters.apply(df, view))
            r = ours(df, view, repeat)
            total = r["build_s"] + r["json_s"]
            if base:
                t_ratio = f"{(base['build_s'] + base['json_s']) / total:.1f}"
                s_ratio = f"{base['bytes'] / r['bytes']:.1f}"
            else:
                t_ratio = s_ratio = "naive skipped"
            print(f"| {n:,} | {name} | {shown:,} | {r['mode']} | {r['build_s']:.2f} | {r['json_s']:.2f} | "
                  f"{r['bytes'] / 1e6:.2f} | {t_ratio} | {s_ratio} |")  # fmt: skip
        if base:
            print(f"| {n:,} | naive px.timeline, all | {n:,} | {base['mode']} | {base['build_s']:.2f} | "
                  f"{base['json_s']:.2f} | {base['bytes'] / 1e6:.2f} | 1 | 1 |")  # fmt: skip
        else:
            print(f"| {n:,} | naive px.timeline | – | skipped | – | – | – | – | – |")
    print(f"\nnaive px.timeline is skipped above {NAIVE_LIMIT:,} events (minutes and gigabytes); its 100k row is the"
          " comparison point.")  # fmt: skip


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000])
