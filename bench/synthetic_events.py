"""Synthetic events in the store's schema, for the benchmarks: a frame of strings, built with numpy.

The events are invented (``example.org`` sources, "Synthetic" titles) and only exercise the code:
random types, dates over 500 days (5% with an end date, 5% known to the month), countries, actors,
coordinates for a third, deaths for boat strikes, titles in English, Spanish and French. Every row is
valid, so :func:`timeline.store.parquet_store.write_frame` accepts it.

    python bench/synthetic_events.py 100000 /tmp/events.parquet
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from timeline.store import schema

COUNTRIES = np.array(["USA;VEN", "USA;MEX", "USA;COL", "USA", "MEX", "USA;ECU", "USA;VEN;COL", "USA;TTO", "MEX;USA"])
ACTORS = np.array(["US military", "Tren de Aragua", "Sinaloa Cartel", "CJNG", "Department of State",
                   "Donald Trump;US Southern Command", "Claudia Sheinbaum;Government of Mexico", ""])  # fmt: skip
TITLES = np.array(["Synthetic strike on a vessel", "Ataque sintético contra una lancha", "Frappe synthétique en mer",
                   "Synthetic sanctions announced", "Traslado sintético de detenidos", "Déclaration synthétique"])  # fmt: skip
LANGS = np.array(["en", "es", "fr"])
PLACES = np.array(["Caribbean Sea", "Eastern Pacific", "Mexico City", "Washington, D.C.", ""])


def events_frame(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` valid synthetic events as the CSV's cells (all strings), in :data:`schema.COLUMNS` order."""
    rng = np.random.default_rng(seed)
    day = np.datetime64("2025-01-01") + rng.integers(0, 500, n).astype("timedelta64[D]")
    monthly = rng.random(n) < 0.05
    day = np.where(monthly, day.astype("datetime64[M]").astype("datetime64[D]"), day)
    date = pd.Series(day.astype("str"))
    types = np.array(schema.EVENT_TYPES)[rng.integers(0, len(schema.EVENT_TYPES), n)]
    has_end = rng.random(n) < 0.05
    end = pd.Series((day + rng.integers(1, 60, n).astype("timedelta64[D]")).astype("str")).where(has_end, "")
    located = rng.random(n) < 0.33
    lat = pd.Series(np.round(rng.uniform(5, 30, n), 2).astype("str")).where(located, "")
    lon = pd.Series(np.round(rng.uniform(-110, -60, n), 2).astype("str")).where(located, "")
    strike = types == "boat_strike"
    deaths = pd.Series(rng.integers(0, 12, n).astype("str")).where(strike, "")
    lang = LANGS[rng.integers(0, 3, n)]
    number = pd.Series(np.arange(n).astype("str"))
    title_pick = rng.integers(0, len(TITLES), n)
    published = pd.Series((day + rng.integers(0, 4, n).astype("timedelta64[D]")).astype("str"))
    url = "https://example.org/synthetic/" + number
    others = ("https://example.net/wire/" + number).where(rng.random(n) < 0.2, "")
    hexes = pd.Series([f"{i:08x}" for i in range(n)])
    frame = pd.DataFrame({
        "event_id": types + "-" + date + "-" + hexes,
        "date": date,
        "date_precision": np.where(monthly, "month", "day"),
        "end_date": end,
        "event_type": types,
        "title": TITLES[title_pick] + " " + number,
        "summary": "Invented event number " + number + " for the benchmarks.",
        "actors": ACTORS[rng.integers(0, len(ACTORS), n)],
        "countries": COUNTRIES[rng.integers(0, len(COUNTRIES), n)],
        "location": PLACES[rng.integers(0, len(PLACES), n)],
        "latitude": lat,
        "longitude": lon,
        "fatalities": deaths,
        "quantity": "",
        "quantity_unit": "",
        "modality": "happened",
        "source_name": "Synthetic wire",
        "source_url": url,
        "other_sources": others,
        "published": published,
        "evidence": "",
        "language": lang,
        "confidence": np.array(schema.ALLOWED["confidence"])[rng.integers(0, len(schema.ALLOWED["confidence"]), n)],
        "status": "extracted",
        "notes": "",
    })  # fmt: skip
    return frame[list(schema.COLUMNS)].astype("str")


if __name__ == "__main__":
    from timeline.store import parquet_store

    size, out = int(sys.argv[1]), Path(sys.argv[2])
    t0 = time.perf_counter()
    cells = events_frame(size)
    t1 = time.perf_counter()
    parquet_store.write_frame(out, cells)
    print(f"{size:,} events: built in {t1 - t0:.1f} s, checked and written to {out} in {time.perf_counter() - t1:.1f} s")
