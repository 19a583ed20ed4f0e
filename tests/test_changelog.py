"""The change log beside the store: one record per write, undo to the exact bytes, conflicts, crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import write_small_events

from timeline import store
from timeline.cli import main as cli
from timeline.export import changes as export_changes
from timeline.store import changelog

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def events(tmp_path: Path) -> Path:
    return write_small_events(tmp_path)


def ids(path: Path) -> list[str]:
    return list(store.load(path).events["event_id"])


def log(path: Path) -> list[dict]:
    return changelog.read(path)[0]


def csv_line(path: Path, event_id: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(event_id + ","))


def test_every_write_appends_one_record_with_rows_before_and_after(events: Path):
    first, second = ids(events)[:2]
    extra = {**store.get_row(events, first), "event_id": "", "date": "2025-12-31", "title": "Another"}
    writes = [
        lambda: store.append_events(events, [extra], who="cli-user"),
        lambda: store.update_event(events, first, None, {"title": "Corrected"}, who="ed@example.org"),
        lambda: store.merge_events(events, first, second, None, None, who="ed@example.org"),
        lambda: store.delete_event(events, first, None, who="passphrase editor"),
    ]
    for n, write in enumerate(writes, start=2):  # the fixture's write_events is record 1
        before = events.read_bytes()
        write()
        records = log(events)
        assert len(records) == n
        last = records[-1]
        assert last["store_before"] == changelog.digest(before)
        assert last["store_after"] == changelog.digest(events.read_bytes())
        assert last["when"].endswith("Z") and last["rows"]
    assert [r["action"] for r in log(events)] == ["replace", "add", "edit", "merge", "delete"]
    edit = log(events)[2]
    assert (edit["who"], edit["rows"][0]["before"]["title"], edit["rows"][0]["after"]["title"]) == (
        "ed@example.org", "Cartels listed", "Corrected")  # fmt: skip
    assert log(events)[3]["redirect"] == {second: first}


@pytest.mark.parametrize("action", ["edit", "delete", "merge", "add", "ids"])
def test_undo_restores_the_exact_previous_rows(events: Path, action: str):
    first, second = ids(events)[:2]
    if action == "ids":  # a row added by hand without an id
        with events.open("a", encoding="utf-8") as fh:
            fh.write(
                csv_line(events, first)
                .replace(first, "", 1)
                .replace("Cartels listed", "By hand")
                .replace("2025-02-20", "2025-02-27")
                + "\n"
            )
        store.load(events)  # the hand edit is noted in the log, not warned about
    before = events.read_bytes()
    line = csv_line(events, first)
    entry = {
        "edit": lambda: store.update_event(events, first, None, {"title": "Wrong", "notes": "x"}, who="a"),
        "delete": lambda: store.delete_event(events, first, None, who="a"),
        "merge": lambda: store.merge_events(events, second, first, None, None, who="a"),
        "add": lambda: store.append_events(
            events, [{**store.get_row(events, first), "source_url": "https://example.org/z"}], who="a"
        ),
        "ids": lambda: store.fill_ids(events, who="a"),
    }[action]()
    change = entry["change"] if isinstance(entry, dict) else log(events)[-1]["change"]
    assert events.read_bytes() != before
    store.undo(events, change, who="b")
    assert events.read_bytes() == before  # the whole file, so the row too, byte for byte
    assert csv_line(events, first) == line
    assert log(events)[-1]["undoes"] == change
    assert changelog.redirects(log(events)) == {}
    with pytest.raises(store.StoreError, match="already undone"):
        store.undo(events, change)


def test_undo_of_an_undo_redoes(events: Path):
    first = ids(events)[0]
    edit = store.update_event(events, first, None, {"title": "Fixed"}, who="a")
    after_edit = events.read_bytes()
    undo = store.undo(events, edit["change"], who="b")
    store.undo(events, undo["change"], who="c")
    assert events.read_bytes() == after_edit
    assert export_changes.states(log(events))[edit["change"]] == ""


def test_undo_refuses_when_the_event_changed_since(events: Path):
    first = ids(events)[0]
    edit = store.update_event(events, first, None, {"title": "One"}, who="a")
    store.update_event(events, first, None, {"title": "Two"}, who="b")
    current = events.read_bytes()
    with pytest.raises(store.EditConflict, match="undo the later change"):
        store.undo(events, edit["change"])
    assert events.read_bytes() == current


@pytest.mark.parametrize("write", ["edit", "delete", "merge"])
def test_a_second_editor_is_told_and_nothing_is_overwritten(events: Path, write: str):
    first, second = ids(events)[:2]
    opened_by_a = store.get_row(events, first)
    opened_by_b = store.get_row(events, first)
    store.update_event(events, first, opened_by_a, {"title": "A's title"}, who="a")
    after_a = events.read_bytes()
    records = len(log(events))
    with pytest.raises(store.EditConflict, match="changed by someone else") as caught:
        {
            "edit": lambda: store.update_event(events, first, opened_by_b, {"summary": "B's summary"}, who="b"),
            "delete": lambda: store.delete_event(events, first, opened_by_b, who="b"),
            "merge": lambda: store.merge_events(events, first, second, opened_by_b, None, who="b"),
        }[write]()
    assert caught.value.stored["title"] == "A's title"  # B gets the stored version to compare
    assert events.read_bytes() == after_a and len(log(events)) == records


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "2025-13-45"}, "date"),
        ({"countries": "ZZZ"}, "countries"),
        ({"source_url": "javascript:x"}, "source_url"),
    ],
)
def test_an_edit_is_validated_as_on_load(events: Path, changes, message):
    before = events.read_bytes()
    with pytest.raises(store.StoreError, match=f"Nothing was saved: {message}"):
        store.update_event(events, ids(events)[0], None, changes)
    assert events.read_bytes() == before


def test_merge_combines_sources_earliest_publication_and_notes(events: Path):
    first, second = ids(events)[:2]
    store.update_event(events, first, None, {"published": "2025-02-21", "notes": "from A"})
    store.update_event(events, second, None, {"source_url": "https://example.org/other",
                                              "other_sources": "https://example.org/third",
                                              "published": "2025-02-20", "notes": "from B"})  # fmt: skip
    store.merge_events(events, first, second, None, None, who="a")
    kept = store.get_row(events, first)
    assert kept["other_sources"] == "https://example.org/other;https://example.org/third"
    assert (kept["published"], kept["notes"]) == ("2025-02-20", "from A | from B")
    assert store.get_row(events, second) is None
    assert changelog.redirects(log(events)) == {second: first}


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from timeline import store
from timeline.store import csv_store, edits
path, marker, where = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
def pause(*args, **kwargs):
    marker.write_text("paused")
    time.sleep(120)
if where == "after-log":
    edits.write_atomic = pause            # the log record is written; the store is not touched yet
else:
    csv_store.os.replace = pause          # the new store is in its temp file, not yet moved over the old
store.update_event(path, sys.argv[4], None, {"title": "Half-saved"}, who="killed writer")
"""


@pytest.mark.parametrize("where", ["after-log", "temp-written"])
def test_a_killed_writer_leaves_store_and_log_consistent(events: Path, where: str):
    first = ids(events)[0]
    before = events.read_bytes()
    marker = events.with_name("paused")
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(events), str(marker), where, first], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline, "the writer did not reach the pause"
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert events.read_bytes() == before
    assert log(events)[-1]["who"] == "killed writer"  # logged, never applied
    result = store.load(events)
    assert any("never reached events.csv" in n for n in result.notices), result.notices
    records = log(events)
    assert records[-1]["action"] == changelog.RECONCILER and records[-1]["reverts"] == records[-2]["change"]
    assert records[-1]["store_after"] == changelog.digest(events.read_bytes())
    assert export_changes.states(records)[records[-2]["change"]] == "not applied"
    assert store.load(events).notices == []  # reported once
    with pytest.raises(store.StoreError, match="already undone|never applied"):
        store.undo(events, records[-2]["change"])
    store.update_event(events, first, None, {"title": "Saved properly"}, who="a")  # the store works on
    assert store.get_row(events, first)["title"] == "Saved properly"


def test_a_torn_log_line_is_skipped_and_the_next_record_starts_a_new_line(events: Path):
    with changelog.log_path(events).open("ab") as fh:
        fh.write(b'{"change":"torn","wh')
    assert store.load(events).notices == []
    store.update_event(events, ids(events)[0], None, {"title": "After the tear"}, who="a")
    records, problems = changelog.read(events)
    assert [r["action"] for r in records] == ["replace", "edit"] and len(problems) == 1


def test_history_and_changes_export_from_the_command_line(events: Path, tmp_path: Path, capsys):
    first = ids(events)[0]
    store.update_event(events, first, None, {"title": "=HYPERLINK(1)"}, who="ed@example.org")
    assert cli(["history", "--store", str(events), "--event", first, "--rows"]) == 0
    out = capsys.readouterr().out
    assert "ed@example.org" in out and "title: 'Cartels listed' -> '=HYPERLINK(1)'" in out
    assert cli(["history", "--store", str(events), "--since", "2999-01-01"]) == 0
    assert "ed@example.org" not in capsys.readouterr().out
    out_csv = tmp_path / "changes.csv"
    assert (
        cli(["export", "-f", "changes", "--events", str(events), "--since-change", "2000-01-01", "-o", str(out_csv)])
        == 0
    )
    text = out_csv.read_text(encoding="utf-8-sig")
    assert f"edit,{first},title,Cartels listed,'=HYPERLINK(1)," in text  # formulas escaped for spreadsheets
    summary = out_csv.with_suffix(".md").read_text(encoding="utf-8")
    assert "1 edit, 1 replace" in summary and "edit of " + first.replace("_", "\\_") in summary
    assert cli(["export", "-f", "changes", "--events", str(events), "--since-change", "May 1"]) == 2


def test_cli_writes_are_logged_with_who(events: Path):
    first = ids(events)[0]
    with events.open("a", encoding="utf-8") as fh:  # a row added by hand, without its id
        fh.write(
            csv_line(events, first)
            .replace(first, "", 1)
            .replace("Cartels listed", "By hand")
            .replace("2025-02-20", "2025-02-27")
            + "\n"
        )
    assert cli(["ids", str(events), "--who", "night shift"]) == 0
    last = log(events)[-1]
    assert (last["action"], last["who"], last["rows"][0]["after"]["title"]) == ("ids", "night shift", "By hand")


@pytest.mark.parametrize(("stdin", "code"), [("correct horse battery staple\n", 0), ("short\n", 2)])
def test_hash_passphrase_reads_stdin_and_prints_a_hash_that_verifies(stdin: str, code: int):
    from argon2 import PasswordHasher

    run = subprocess.run([sys.executable, "-m", "timeline", "hash-passphrase"], input=stdin, text=True,
                         capture_output=True, cwd=ROOT, timeout=60)  # fmt: skip
    assert run.returncode == code, run.stderr
    if code == 0:
        hashed = run.stdout.strip()
        assert hashed.startswith("$argon2id$") and PasswordHasher().verify(hashed, stdin.strip())
        assert stdin.strip() not in run.stdout + run.stderr


def test_log_lines_are_json_with_the_documented_fields(events: Path):
    line = changelog.log_path(events).read_text(encoding="utf-8").splitlines()[0]
    assert set(json.loads(line)) >= {"change", "when", "who", "action", "events", "rows", "store_before", "store_after"}


def test_a_bulk_write_over_the_limit_is_logged_without_its_rows(events, monkeypatch):
    monkeypatch.setenv("TIMELINE_CHANGELOG_MAX_ROWS", "2")  # the five small events are a bulk write here
    rows = store.load(events).events
    store.write_events(events, [{**r, "title": r["title"] + " (b)"} for r in rows[list(rows.columns[:26])].to_dict("records")])
    last = changelog.last_record(events)
    assert last["action"] == "replace" and last["rows"] == [] and last["rows_omitted"] == 5
    with pytest.raises(store.StoreError, match="cannot be undone from the history"):
        store.undo(events, last["change"], who="test")


def test_the_last_record_is_found_behind_a_record_of_many_chunks(tmp_path):
    log = changelog.log_path(tmp_path / "events.csv")
    big = {"change": "a" * 12, "note": "x" * (changelog._TAIL_CHUNK * 5)}
    log.write_text(json.dumps({"change": "b" * 12}) + "\n" + json.dumps(big) + "\n", encoding="utf-8")
    assert changelog.last_record(tmp_path / "events.csv")["change"] == "a" * 12
    log.write_text(json.dumps(big) + "\n" + '{"change": "torn', encoding="utf-8")  # a torn last line
    assert changelog.last_record(tmp_path / "events.csv")["change"] == "a" * 12
