"""`timeline validate` and `timeline ids`: summaries, problems with lines, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import store
from timeline.cli import main
from timeline.store import schema

ROW = {
    "date": "2025-02-20",
    "date_precision": "day",
    "event_type": "fto_designation",
    "title": "Eight groups listed as terrorist organizations",
    "actors": "Department of State;Sinaloa Cartel",
    "countries": "USA;MEX",
    "modality": "happened",
    "source_url": "https://example.org/fto",
    "confidence": "high",
    "status": "curated",
}


@pytest.fixture
def good_csv(tmp_path: Path) -> Path:
    path = tmp_path / "events.csv"
    store.write_events(path, [ROW, {**ROW, "event_type": "tariff", "date": "2025-03-04", "title": "Tariffs"}])
    return path


def test_validate_summarises_a_valid_file(good_csv: Path, capsys):
    assert main(["validate", str(good_csv)]) == 0
    out = capsys.readouterr().out
    assert "2 rows, 2 valid, 0 problem(s)" in out
    assert "date span: 2025-02-20 to 2025-03-04" in out
    assert "fto_designation        1" in out and "tariff                 1" in out
    assert out.rstrip().endswith("valid")


def test_validate_lists_problems_and_fails(good_csv: Path, capsys):
    text = good_csv.read_text(encoding="utf-8").replace("2025-03-04", "2025-02-30").replace("USA;MEX", "USA;MEXX", 1)
    good_csv.write_text(text, encoding="utf-8")
    assert main(["validate", str(good_csv)]) == 1
    out = capsys.readouterr().out
    assert "line 2, column countries" in out and "line 3, column date" in out
    assert "0 valid, 2 problem(s)" in out


def test_validate_missing_file_fails_with_a_sentence(tmp_path: Path, capsys):
    assert main(["validate", str(tmp_path / "nope.csv")]) == 1
    assert "does not exist; create it or set TIMELINE_EVENTS" in capsys.readouterr().out


def test_validate_reads_timeline_events(good_csv: Path, monkeypatch, capsys):
    monkeypatch.setenv("TIMELINE_EVENTS", str(good_csv))
    assert main(["validate"]) == 0
    assert str(good_csv) in capsys.readouterr().out


def test_ids_fills_rows_added_by_hand(good_csv: Path, capsys):
    header, _ = store.read_records(good_csv.read_text(encoding="utf-8"))
    hand = {**ROW, "event_type": "sanction", "date": "2025-05-01", "title": "Hand-made row, with a comma"}
    line = store.to_csv_text(header, [[hand.get(c, "") for c in header]]).splitlines()[1]
    with good_csv.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    assert main(["validate", str(good_csv)]) == 1
    assert main(["ids", str(good_csv)]) == 0
    expected = schema.make_event_id("sanction", "2025-05-01", ROW["actors"], ROW["countries"])
    assert f"line 4: event_id set to {expected}" in capsys.readouterr().out
    assert main(["validate", str(good_csv)]) == 0
    assert main(["ids", str(good_csv)]) == 0  # nothing left to fill
    assert "0 id(s) filled" in capsys.readouterr().out
