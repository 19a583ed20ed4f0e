"""The "Add from article" page under AppTest: paste -> read -> review -> save, once; merges; bad input."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_ingest_fakes import fake_extract

from timeline import store
from timeline.ingest import review

SOURCE = "https://news.example.org/strike"
ARTICLE = "[boat_strike yesterday | Tren de Aragua | USA;VEN] The Navy struck a boat off Venezuela yesterday."
CURATED = {"event_type": "tariff", "date": "2025-03-04", "date_precision": "day", "title": "Tariffs",
           "countries": "USA;MEX", "modality": "happened", "source_url": "https://example.org/t",
           "confidence": "high", "status": "curated"}
STRIKE = {**CURATED, "event_type": "boat_strike", "date": "2025-09-02", "title": "First strike",
          "actors": "Tren de Aragua", "countries": "USA;VEN", "source_url": "https://example.org/first"}


def page():
    from timeline.ui import add_page

    add_page.render()


@pytest.fixture
def events_path(tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    store.write_events(path, [CURATED])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setattr(review, "default_extractor", lambda: fake_extract)
    return path


def read(text: str = ARTICLE, published: str = "2025-09-03", source: str = SOURCE) -> AppTest:
    at = AppTest.from_function(page, default_timeout=30).run()
    at.text_area(key="add_text").input(text)
    at.button(key="add_read").click().run()
    at.date_input(key="add_published").set_value(published).run()
    at.text_input(key="add_source_url").input(source).run()
    assert not at.exception, at.exception
    return at


def saved_rows(path):
    return store.load(path).events.set_index("event_id")


def test_paste_review_save_adds_the_rows_once(events_path):
    at = read()
    at.button(key="add_save").click().run()
    at.button(key="add_save").click().run()  # a second click
    at.run()  # and a rerun
    rows = saved_rows(events_path)
    strike = rows[rows["event_type"] == "boat_strike"]
    assert (len(rows), strike["date"].tolist(), strike["status"].tolist(), strike["source_url"].tolist()) == (
        2, ["2025-09-02"], ["reviewed"], [SOURCE])
    assert "already saved from this article" in at.info[-1].value
    assert not at.exception


def test_the_message_counts_and_links_to_the_filtered_timeline(events_path):
    at = read()
    at.button(key="add_save").click().run()
    assert at.success[0].value == r"Saved to events\.csv: 1 new event."
    link = at.get("page_link")[0].proto
    assert (link.label, link.page) == ("See them on the timeline", "timeline")
    assert link.query_string.startswith("type=boat_strike&from=2025-09-02&to=2025-09-02&event=boat_strike-2025-09-02-")
    at.button(key="add_save").click().run()  # a repeated save adds nothing but keeps the link
    assert at.get("page_link")[0].proto.query_string == link.query_string


def test_changing_the_publication_date_resolves_dates_again(events_path):
    at = read(published="2025-09-10")
    assert at.data_editor[0].value["date"].tolist() == ["2025-09-09"]


def test_a_corrected_date_is_saved(events_path):
    at = read()
    editor = at.data_editor[0].key
    at.session_state[editor] = {"edited_rows": {0: {"date": "2025-09-01"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="add_save").click().run()
    strike = saved_rows(events_path).query("event_type == 'boat_strike'")
    assert strike["date"].tolist() == ["2025-09-01"]


def test_unticked_rows_and_added_rows(events_path):
    at = read(ARTICLE + "\n[sanction 2025-09-03 | CJNG | USA;MEX] Treasury sanctioned CJNG.")
    editor = at.data_editor[0].key
    added = {"accept": True, "event_type": "statement", "date": "2025-09-03", "title": "Caracas protests",
             "countries": "VEN", "modality": "happened"}
    at.session_state[editor] = {"edited_rows": {1: {"accept": False}}, "added_rows": [added], "deleted_rows": []}
    at.run()
    at.button(key="add_save").click().run()
    assert sorted(saved_rows(events_path)["event_type"]) == ["boat_strike", "statement", "tariff"]


def test_an_event_already_on_the_timeline_gets_the_article_as_a_source(events_path):
    store.write_events(events_path, [CURATED, STRIKE])
    at = read()
    assert at.data_editor[0].value["on_timeline"].tolist() == ["already on the timeline"]
    at.button(key="add_save").click().run()
    rows = saved_rows(events_path)
    strike = rows[rows["event_type"] == "boat_strike"]
    assert (len(rows), strike["other_sources"].tolist(), strike["source_url"].tolist()) == (
        2, [SOURCE], ["https://example.org/first"])
    assert at.success[0].value.endswith(": 1 added as another source of an event already on the timeline.")


@pytest.mark.parametrize(
    ("source", "published", "message"),
    [
        ("", "2025-09-03", "Type the address to cite"),
        ("javascript:alert(1)", "2025-09-03", "needs its web address"),
    ],
    ids=["no-source-disables-save", "script-source"],
)
def test_nothing_is_saved_without_a_citable_source(events_path, source, published, message):
    before = events_path.read_bytes()
    at = read(source=source, published=published)
    if not source:  # Save waits for an address, and a sentence says so before any click
        assert at.button(key="add_save").disabled and any(message in i.value for i in at.info)
    else:
        at.button(key="add_save").click().run()
        assert message in at.error[0].value
    assert events_path.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "does not look like text"),
        ("big.txt", b"x" * 2001, "more than the upload limit of 2,000"),
        ("empty.md", b"\n\n", "has no text"),
        ("latin.txt", "Source: https://e.org/a\n\nAño".encode("cp1252"), None),
    ],
    ids=["binary", "too-big", "empty", "windows-1252-ok"],
)
def test_uploads(events_path, monkeypatch, name, data, message):
    monkeypatch.setenv("TIMELINE_MAX_UPLOAD_BYTES", "2000")
    at = AppTest.from_function(page, default_timeout=30).run()
    at.radio(key="add_mode").set_value("Upload a file").run()
    at.file_uploader(key="add_file").upload(name, data, "text/plain").run()
    at.button(key="add_read").click().run()
    assert not at.exception
    if message:
        assert message in at.error[0].value
    else:
        assert (len(at.error), at.text_input(key="add_source_url").value) == (0, "https://e.org/a")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8501/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"],
    ids=["loopback", "metadata", "file"],
)
def test_refused_web_addresses_show_the_reason(events_path, url):
    before = events_path.read_bytes()
    at = AppTest.from_function(page, default_timeout=30).run()
    at.radio(key="add_mode").set_value("Web address").run()
    at.text_input(key="add_url").input(url)
    at.button(key="add_read").click().run()
    assert ("public internet address" in at.error[0].value) or ("Only http" in at.error[0].value)
    assert events_path.read_bytes() == before


def test_a_french_article_with_the_real_extractor(tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    store.write_events(path, [CURATED])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    text = (
        "PARIS, 4 septembre 2025 (AFP) - L'armée américaine a frappé mardi un bateau dans les Caraïbes "
        "et tué onze personnes, a annoncé le président Donald Trump."
    )
    at = AppTest.from_function(page, default_timeout=30).run()
    at.text_area(key="add_text").input(text)
    at.button(key="add_read").click().run()
    at.text_input(key="add_source_url").input(SOURCE).run()
    assert at.date_input(key="add_published").value.isoformat() == "2025-09-04"  # from the dateline
    at.button(key="add_save").click().run()
    new = saved_rows(path).query("source_url == @SOURCE")
    assert len(new) >= 1
    assert set(new["language"]) == {"fr"}
    assert set(new["published"]) == {"2025-09-04"}


def test_an_extractor_crash_leaves_a_table_to_fill_by_hand(events_path, monkeypatch):
    def broken(text, published=None, lang=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(review, "default_extractor", lambda: broken)
    at = read()
    assert ("boom" in at.error[0].value, len(at.data_editor[0].value), at.exception) == (True, 0, [])


def test_after_saving_the_table_says_the_events_are_on_the_timeline(events_path):
    at = read()
    assert at.data_editor[0].value["on_timeline"].tolist() == ["new"]
    at.button(key="add_save").click().run()
    assert at.data_editor[0].value["on_timeline"].tolist() == ["already on the timeline"]


@pytest.mark.parametrize(
    ("location", "point"),
    [("Southern Caribbean Sea (off Venezuela)", (12.5, -66.0)), ("Eastern Pacific", (7.0, -85.0)), ("Caracas", None)],
    ids=["off-venezuela", "eastern-pacific", "land-place-keeps-none"],
)  # fmt: skip
def test_a_sea_strike_gets_the_representative_point_of_its_sea(events_path, location, point):
    at = read()
    editor = at.data_editor[0].key
    at.session_state[editor] = {"edited_rows": {0: {"location": location}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="add_save").click().run()
    strike = saved_rows(events_path).query("event_type == 'boat_strike'").iloc[0]
    saved = None if pd.isna(strike["latitude"]) else (float(strike["latitude"]), float(strike["longitude"]))
    assert saved == point
