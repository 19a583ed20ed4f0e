"""Schema, vocabularies and settings: documented, consistent, and loaded with clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline import settings
from timeline.cli.settings import markdown_table
from timeline.store import schema

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("column", schema.COLUMNS)
def test_every_column_is_documented_in_readme(column: str):
    assert re.search(rf"^\|[^\n]*`{re.escape(column)}`[^\n]*\|", README, re.M), f"README lacks a row for {column}"


def test_readme_settings_table_is_current():
    table = README.split("<!-- settings-table:start -->\n")[1].split("\n<!-- settings-table:end -->")[0]
    assert table == markdown_table(), "regenerate it: python -m timeline settings --markdown"


@pytest.mark.parametrize("vocab", sorted(schema.VOCABULARIES))
def test_every_vocabulary_value_has_three_labels(vocab: str):
    for term in schema.VOCABULARIES[vocab]:
        assert all(term.labels[lang].strip() for lang in schema.LANGS), term


def test_event_types_are_the_issue_vocabulary_in_lane_order():
    assert schema.EVENT_TYPES == (
        "fto_designation", "boat_strike", "drone_strike", "troop_deployment", "extradition",
        "sanction", "tariff", "military_planning", "statement", "other",
    )


def test_malformed_vocabulary_names_file_and_key(monkeypatch):
    class FakeFile:
        def read_text(self, encoding):
            return "event_type:\n  - value: boat_strike\n    en: Boat\n"

    class FakeFiles:
        def joinpath(self, name):
            return FakeFile()

    monkeypatch.setattr(schema.resources, "files", lambda pkg: FakeFiles())
    with pytest.raises(schema.VocabularyError, match=r"vocabularies.yaml: event_type.boat_strike lacks labels \['es', 'fr'\]"):
        schema._load_vocabularies()


@pytest.mark.parametrize(
    ("code", "ok"),
    [("USA", True), ("VEN", True), ("MEX", True), ("XXX", False), ("usa", False), ("US", False), ("", False)],
)
def test_country_codes_come_from_pycountry(code: str, ok: bool):
    assert schema.is_country_code(code) is ok


@pytest.mark.parametrize(
    ("iso", "precision", "shown"),
    [
        ("2025-02-01", "month", "Feb 2025"),
        ("2025-02-20", "day", "20 Feb 2025"),
        ("2025-01-01", "year", "2025"),
        ("not a date", "day", "not a date"),
    ],
)
def test_dates_are_shown_with_their_precision(iso: str, precision: str, shown: str):
    assert schema.format_date(iso, precision) == shown


def test_bad_setting_override_says_what_to_do(monkeypatch):
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT_S", "soon")
    with pytest.raises(ValueError, match="TIMELINE_LOCK_TIMEOUT_S='soon' is not a valid float"):
        settings.get("lock_timeout_s")
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT_S", "2.5")
    assert settings.get("lock_timeout_s") == 2.5
