"""The French article this project was born from (../shared/seeds, published 2025-11-04).

The article is not in the repository (it is not ours to copy): the test reads it from the shared
folder when present and is skipped in a plain clone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract import extract_events

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="module")
def events():
    if not SEED_FILES:
        pytest.skip("the seed article lives in ../shared/seeds, which only the project's machines have")
    return extract_events(SEED_FILES[0].read_text(encoding="utf-8"), published="2025-11-04", lang="fr")


def _of(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_february_designation_of_cartels(events):
    [fto] = _of(events, "fto_designation")
    assert (fto.date, fto.date_precision) == ("2025-02", "month")
    assert {"MS-13", "Tren de Aragua"} <= set(fto.actors)


def test_mexico_deploys_ten_thousand_soldiers(events):
    [deployment] = [e for e in _of(events, "troop_deployment") if e.quantities.get("troops") == 10000]
    # "son gouvernement" (Sheinbaum's) deploys them, not the CIA named earlier in the sentence.
    assert deployment.actors[0] == "Government of Mexico"
    assert deployment.title.startswith("Government of Mexico deploys 10,000 troops")


def test_more_than_fifty_transferred(events):
    [ex] = _of(events, "extradition")
    assert (ex.quantities, ex.quantity_qualifiers) == ({"people": 50}, {"people": "more than"})


def test_boat_strikes_in_caribbean_and_pacific(events):
    places = {p for e in _of(events, "boat_strike") for p in e.location.split(" / ")}
    assert {"Caribbean Sea", "Eastern Pacific"} <= places


def test_reported_plan_for_a_mission_in_mexico(events):
    plans = _of(events, "military_planning")
    assert plans and all(e.modality == "planned" for e in plans)
