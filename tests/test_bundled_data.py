"""The bundled dataset (data/events.csv and data/eras.csv) loads cleanly and keeps the README's promises."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline import store
from timeline.store import schema
from timeline.store.validate import is_http_url

DATA = Path(__file__).resolve().parent.parent / "data"
EVENTS_CSV = DATA / "events.csv"
ERAS_CSV = DATA / "eras.csv"
FIRST_DAY, LAST_DAY = pd.Timestamp("2025-01-01"), pd.Timestamp("2026-12-31")
ERA_COLUMNS = ["era_id", "label", "start", "end", "description"]

#: Boat strikes for which no source gave the strike's own death count, only the running total
#: (see the row's notes). Equality is asserted, so a row fixed later must leave this set too.
TOLL_NOT_STATED = {"2026-05-30"}


def _read_eras() -> tuple[list[str], list[dict[str, str]]]:
    with ERAS_CSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


ERA_HEADER, ERAS = _read_eras()


@pytest.fixture(scope="module")
def loaded() -> store.LoadResult:
    return store.load(EVENTS_CSV)


@pytest.fixture(scope="module")
def events(loaded: store.LoadResult) -> pd.DataFrame:
    return loaded.events


@pytest.fixture(scope="module")
def strikes(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["event_type"] == "boat_strike"]


def test_events_load_without_problems(loaded: store.LoadResult) -> None:
    assert [str(p) for p in loaded.problems] == []
    assert loaded.total_rows == len(loaded.events) >= 100


@pytest.mark.parametrize("event_type", schema.EVENT_TYPES)
def test_every_event_type_is_present(events: pd.DataFrame, event_type: str) -> None:
    assert (events["event_type"] == event_type).any()


@pytest.mark.parametrize("column", ["source_url", "other_sources"])
def test_every_source_is_an_http_url(events: pd.DataFrame, column: str) -> None:
    urls = [url for cell in events[column] for url in schema.split_list(cell)]
    assert urls, f"no URL at all in {column}"
    assert [url for url in urls if not is_http_url(url)] == []


def test_every_event_has_a_source_url(events: pd.DataFrame) -> None:
    assert events.loc[events["source_url"] == "", "event_id"].tolist() == []


def test_dates_fall_in_2025_or_2026(events: pd.DataFrame) -> None:
    outside = events[(events["date_dt"] < FIRST_DAY) | (events["date_dt"] > LAST_DAY) | events["date_dt"].isna()]
    assert outside["date"].tolist() == []


def test_boat_strikes_have_a_location(strikes: pd.DataFrame) -> None:
    assert strikes.loc[strikes["location"].str.strip() == "", "event_id"].tolist() == []


def test_boat_strikes_state_fatalities_except_known_gaps(strikes: pd.DataFrame) -> None:
    assert set(strikes.loc[strikes["fatalities"].isna(), "date"]) == TOLL_NOT_STATED


def test_no_two_rows_share_type_date_and_title(events: pd.DataFrame) -> None:
    key = ["event_type", "date", "title"]
    assert events.loc[events.duplicated(key, keep=False), key].values.tolist() == []


def test_eras_file_has_the_documented_columns_and_a_few_rows() -> None:
    assert ERA_HEADER == ERA_COLUMNS
    assert 3 <= len(ERAS) <= 6
    assert len({era["era_id"] for era in ERAS}) == len(ERAS)


@pytest.mark.parametrize("era", ERAS, ids=[era["era_id"] for era in ERAS])
def test_era_is_labelled_and_ordered(era: dict[str, str]) -> None:
    assert era["label"].strip() and era["description"].strip()
    start = date.fromisoformat(era["start"])
    if era["end"]:  # empty means ongoing
        assert start <= date.fromisoformat(era["end"])


@pytest.mark.parametrize("era", ERAS, ids=[era["era_id"] for era in ERAS])
def test_era_bounds_are_dates_of_bundled_events(events: pd.DataFrame, era: dict[str, str]) -> None:
    # Eras are derived from dated facts: each bound is the date of an event in the table.
    bounds = {era["start"], era["end"]} - {""}
    assert bounds - set(events["date"]) == set()
