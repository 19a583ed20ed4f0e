"""Two readers' annotations scored against each other (bench/annotator_agreement.py), on documents written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import annotator_agreement  # noqa: E402

from timeline.extract.evaluate import report_of  # noqa: E402

TEXT = "On March 4 the United States raised its tariff on Mexican goods to 25 percent. Mexico replied on March 6."
TARIFF = {"event_type": "tariff", "date": "2025-03-04", "date_precision": "day", "modality": "happened",
          "actors": ["Donald Trump"], "countries": ["USA", "MEX"], "evidence": "the United States raised its tariff"}
REPLY = {"event_type": "statement", "date": "2025-03-06", "date_precision": "day", "modality": "happened",
         "actors": ["Government of Mexico"], "countries": ["MEX"], "evidence": "Mexico replied on March 6"}


def _write(folder: Path, events: list[dict], text: bool) -> None:
    (folder / "en").mkdir(parents=True, exist_ok=True)
    if text:
        (folder / "en" / "doc_one.txt").write_text(TEXT, encoding="utf-8")
    gold = {"lang": "en", "published": "2025-03-07", "notes": "fixture", "events": events}
    (folder / "en" / "doc_one.json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_same_reading_agrees_fully(tmp_path):
    _write(tmp_path / "a", [TARIFF, REPLY], text=True)
    _write(tmp_path / "b", [REPLY, TARIFF], text=False)
    results, missing = annotator_agreement.agreement(tmp_path / "a", tmp_path / "b")
    assert missing == [] and report_of(results).total.f1 == 1.0


def test_a_second_reader_who_skips_an_event_and_dates_another_by_month(tmp_path):
    month = dict(REPLY, date="2025-03", date_precision="month")
    _write(tmp_path / "a", [TARIFF, REPLY], text=True)
    _write(tmp_path / "b", [month], text=False)
    forward = report_of(annotator_agreement.agreement(tmp_path / "a", tmp_path / "b")[0]).total
    # a month is no match for a day: the reply is one false and one missed event, the tariff a miss
    assert (forward.tp, forward.fp, forward.fn) == (0, 1, 2)
    backward = report_of(annotator_agreement.agreement(tmp_path / "a", tmp_path / "b", reverse=True)[0]).total
    # the day falls in the month the other reader gave: a match, and the tariff is an extra
    assert (backward.tp, backward.fp, backward.fn) == (1, 1, 0)


def test_documents_the_second_reader_did_not_read_are_listed(tmp_path):
    _write(tmp_path / "a", [TARIFF], text=True)
    (tmp_path / "b").mkdir()
    results, missing = annotator_agreement.agreement(tmp_path / "a", tmp_path / "b")
    assert results == [] and missing == ["en/doc_one.txt"]
