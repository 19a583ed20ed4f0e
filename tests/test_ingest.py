"""Article -> candidates -> matched -> finalised -> saved, with a stand-in extractor."""

from __future__ import annotations

import pytest
from test_ingest_fakes import fake_extract, make_pdf

from timeline import ingest, store
from timeline.ingest import Article, IngestError

URL = "https://news.example.org/2025/09/03/boat"
EXISTING = [
    {"event_type": "boat_strike", "date": "2025-09-02", "date_precision": "day", "title": "First strike",
     "actors": "Tren de Aragua", "countries": "USA;VEN", "modality": "happened",
     "source_url": "https://example.org/first", "published": "2025-09-02", "confidence": "high", "status": "curated"},
    {"event_type": "sanction", "date": "2025-09-01", "date_precision": "month", "title": "Sanctions",
     "actors": "CJNG", "countries": "USA;MEX", "modality": "happened",
     "source_url": "https://example.org/sanction", "confidence": "high", "status": "curated"},
]


@pytest.fixture
def events_path(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, EXISTING)
    return path


@pytest.fixture
def existing(events_path):
    return store.load(events_path).events


def row(event_type="boat_strike", date="2025-09-02", actors="", countries="", precision="day", **more):
    return {"event_type": event_type, "date": date, "date_precision": precision, "actors": actors,
            "countries": countries, "title": "A title", **more}


# --- reading -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Año nuevo".encode(), "Año nuevo"),
        ("Año nuevo".encode("utf-8-sig"), "Año nuevo"),
        ("Été".encode("utf-16"), "Été"),
        ("Año nuevo".encode("cp1252"), "Año nuevo"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "windows-1252"],
)
def test_decode_text(data, text):
    assert ingest.decode_text(data) == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("big.txt", b"x" * 1001, "more than the upload limit of 1,000"),
        ("broken.pdf", b"%PDF-1.4 ...", "could not be read as a PDF"),
        ("scan.pdf", make_pdf([]), "has no text layer"),
        ("run.exe", b"MZ\x90\x00", "only .txt"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "does not look like text"),
        ("nul.md", b"a\x00b\x00c\x00", "does not look like text"),
        ("empty.txt", b"   \n", "has no text"),
        ("undefined.txt", b"caf\x81\x8d\x8f\x90\x9d", "does not look like text"),
        ("page.html", b"<html><body><script>x()</script></body></html>", "No article text"),
    ],
    ids=["too-big", "broken-pdf", "pdf-without-text", "exe", "png-named-txt", "nul-bytes", "empty", "undecodable", "html-without-text"],
)
def test_bad_uploads_get_a_sentence(monkeypatch, name, data, reason):
    monkeypatch.setenv("TIMELINE_MAX_UPLOAD_BYTES", "1000")
    with pytest.raises(IngestError, match=reason):
        ingest.read_upload(name, data)


def test_text_upload_reads_source_and_published_lines():
    data = b"Source: https://example.org/a\nPublished: 2025-09-03\n\nThe Navy struck a boat."
    article = ingest.read_upload("note.md", data)
    assert (article.source_url, article.published, article.text) == (
        "https://example.org/a", "2025-09-03", "The Navy struck a boat.")


def test_pdf_upload_reads_its_text_layer():
    data = make_pdf(["Source: https://example.org/informe", "", "El Tesoro sancionó a cuatro empresas."])
    article = ingest.read_upload("informe.pdf", data)
    assert (article.source_url, "sancion" in article.text) == ("https://example.org/informe", True)


def test_html_upload_gives_text_date_and_address():
    html = (
        '<html><head><title>Ataque</title><meta property="article:published_time" content="2025-09-03T10:00:00Z">'
        '<link rel="canonical" href="https://example.org/ataque"></head><body><article>'
        "<p>El ejército atacó una lancha en el Caribe y murieron once personas, dijo el gobierno.</p>"
        "</article></body></html>"
    ).encode()
    article = ingest.read_upload("ataque.html", html)
    assert (article.source_url, article.published, "atacó una lancha" in article.text) == (
        "https://example.org/ataque", "2025-09-03", True)


def test_overlong_article_is_refused(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "10")
    with pytest.raises(IngestError, match="more than the limit of 10"):
        ingest.check_article(Article("x" * 11))


# --- proposing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "date"), [("2025-09-03", "2025-09-02"), ("", "")], ids=["resolved", "no-publication-date"]
)
def test_relative_dates_need_the_publication_date(published, date):
    article = Article("[boat_strike yesterday | Tren de Aragua | USA;VEN] The Navy struck a boat yesterday.", URL)
    (candidate,) = ingest.propose(article, published, extractor=fake_extract)
    assert (candidate["date"], candidate["date_text"], candidate["source_url"]) == (date, "yesterday", URL)


# --- matching -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "matches"),
    [
        (row(actors="Tren de Aragua", countries="USA"), True),
        (row(date="2025-09-03", actors="tren de aragua"), True),
        (row(date="2025-09-01", countries="VEN"), True),
        (row(date="2025-09-04", actors="Tren de Aragua"), False),
        (row(event_type="drone_strike", actors="Tren de Aragua"), False),
        (row(actors="Someone else", countries="COL"), False),
        (row(event_type="sanction", date="2025-09-20", countries="MEX"), True),
        (row(event_type="sanction", date="2025-10-02", countries="MEX"), False),
        (row(date="2025-09-01", precision="month", countries="VEN"), True),
        (row(date="not a date", countries="VEN"), False),
    ],
    ids=["same-day-actor", "next-day-folded-actor", "day-before-country", "two-days-later", "other-type",
         "nothing-shared", "day-inside-month", "next-month", "month-covers-day", "no-date"],
)
def test_match_existing(existing, candidate, matches):
    (found,) = ingest.match_existing([candidate], existing)
    assert bool(found) is matches
    if matches:
        assert found in set(existing["event_id"])


@pytest.mark.parametrize(
    ("countries", "matches"), [("USA;COL", False), ("USA", True)], ids=["only-usa-shared", "both-only-usa"]
)
def test_a_country_in_most_events_does_not_make_a_match(tmp_path, countries, matches):
    path = tmp_path / "events.csv"
    others = [row(event_type="tariff", date=f"2025-0{m}-01", countries="USA;CAN", modality="happened",
                  source_url="https://example.org/t", confidence="high", status="curated") for m in range(1, 10)]
    target = row(countries="USA" if countries == "USA" else "USA;VEN", modality="happened",
                 source_url="https://example.org/s", confidence="high", status="curated")
    store.write_events(path, [*others, target])
    (found,) = ingest.match_existing([row(countries=countries)], store.load(path).events)
    assert bool(found) is matches


# --- finalising -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "precision", "stored"),
    [
        ("2025-09-03", "day", ("2025-09-03", "day")),
        ("2025-09", "day", ("2025-09-01", "month")),
        ("2025", "", ("2025-01-01", "year")),
        ("2025-09-17", "month", ("2025-09-01", "month")),
    ],
    ids=["day", "month-typed", "year-typed", "month-precision-chosen"],
)
def test_finalise_dates(typed, precision, stored):
    (out,), problems = ingest.finalise([row(date=typed, precision=precision, countries="VEN")], Article("t", URL), "")
    assert ((out["date"], out["date_precision"]), problems, out["status"]) == (stored, [], "reviewed")


@pytest.mark.parametrize(
    ("candidate", "source", "problem"),
    [
        (row(countries="VEN"), "", "needs its web address"),
        (row(countries="VEN", date="someday"), URL, "Row 1: the date 'someday'"),
        (row(countries="Venezuela"), URL, "Row 1: VENEZUELA not ISO3"),
        (row(countries=""), URL, "Row 1: give it a country"),
        (row(countries="VEN", title=""), URL, "Row 1: give it a title"),
    ],
    ids=["no-source", "bad-date", "bad-country", "no-country", "no-title"],
)
def test_finalise_problems_name_the_row(candidate, source, problem):
    _, problems = ingest.finalise([candidate], Article("t", source), "2025-09-03")
    assert any(problem in p for p in problems), problems


def test_finalise_keeps_the_existing_id_and_drops_repeats(existing):
    eid = existing["event_id"][0]
    rows = [row(countries="VEN", existing_id=eid), row(countries="VEN", existing_id=eid)]
    out, _ = ingest.finalise(rows, Article("t", URL, lang="es"), "2025-09-03")
    assert [(r["event_id"], r["source_url"], r["published"], r["language"]) for r in out] == [
        (eid, URL, "2025-09-03", "es")]


# --- saving -------------------------------------------------------------------------------------------


def test_saving_twice_adds_once(events_path):
    rows, _ = ingest.finalise([row(event_type="tariff", countries="MEX;USA")], Article("t", URL), "2025-09-03")
    first = ingest.save(events_path, rows)
    second = ingest.save(events_path, rows)
    assert (len(first.added), len(second.added), len(second.unchanged), store.load(events_path).total_rows) == (
        1, 0, 1, 3)


def test_a_match_is_saved_as_another_source(events_path, existing):
    article = Article("[boat_strike 2025-09-02 | Tren de Aragua | VEN] A boat was struck.", URL)
    candidates = ingest.propose(article, "2025-09-03", extractor=fake_extract)
    (match,) = ingest.match_existing(candidates, existing)
    rows, problems = ingest.finalise([{**candidates[0], "existing_id": match}], article, "2025-09-03")
    report = ingest.save(events_path, rows)
    after = store.load(events_path).events.set_index("event_id")
    assert (report.added, report.merged, problems, len(after)) == ([], [match], [], 2)
    assert after.loc[match, "other_sources"] == URL
    assert after.loc[match, "source_url"] == "https://example.org/first"
