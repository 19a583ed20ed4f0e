"""``timeline extract`` and ``timeline evaluate`` from the command line."""

from __future__ import annotations

import io
import json

import pytest

from timeline.cli import main

ARTICLE = "Mexico extradited 26 cartel prisoners to the United States on Tuesday.\n"
FIELDS = {
    "event_type", "date", "date_precision", "date_text", "date_basis", "actors", "countries", "location",
    "quantities", "modality", "evidence", "start", "end", "confidence", "lang", "title", "file", "published",
}


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_has_every_field(article, capsys):
    assert main(["extract", str(article), "--published", "2025-08-13", "--lang", "en"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert set(record) >= FIELDS
    assert (record["event_type"], record["date"], record["file"]) == ("extradition", "2025-08-12", str(article))


def test_stdin_and_table(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE))
    assert main(["extract", "-", "--published", "2025-08-13", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "-: 1 event(s)" in out and "2025-08-12  extradition" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "cannot read it"),
        (["extract", "--published", "yesterday", "x.txt"], "YYYY-MM-DD"),
    ],
    ids=["missing-file", "bad-date"],
)
def test_errors_say_what_to_do(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refuses bad option values itself
        code = exc.code
    assert code != 0
    assert message in capsys.readouterr().err


def test_evaluate_prints_scores(tmp_path, capsys):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01_x.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"lang": "en", "published": "2025-08-13", "events": [
        {"event_type": "extradition", "date": "2025-08-12", "date_precision": "day", "modality": "happened",
         "actors": [], "countries": ["MEX", "USA"], "evidence": "Mexico extradited"}]}
    (tmp_path / "en" / "01_x.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "en" in out and "1.00" in out and "after publication: 0" in out


def test_evaluate_can_score_the_naive_baseline_beside(tmp_path, capsys):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01_x.txt").write_text("Officials said the plan was discussed. Mexico extradited 26 men on Tuesday.", encoding="utf-8")
    gold = {"lang": "en", "published": "2025-08-13", "events": [
        {"event_type": "extradition", "date": "2025-08-12", "date_precision": "day", "modality": "happened",
         "actors": [], "countries": ["MEX", "USA"], "evidence": "Mexico extradited"}]}
    (tmp_path / "en" / "01_x.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--baseline"]) == 0
    ours, naive = capsys.readouterr().out.split("Naive baseline")
    # The baseline fires "plan" as a military_planning event: a false positive the extractor avoids.
    assert "military_planning" not in ours
    assert "military_planning" in naive


def test_evaluate_without_gold_files_fails_clearly(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path)]) == 1
    assert "no gold articles" in capsys.readouterr().out
