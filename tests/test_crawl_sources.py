"""Crawl inputs and the engine-free steps: readers (JSONL, WARC, folders), streaming, the pure unit
function and the deterministic merge."""

from __future__ import annotations

import io
import json
import random
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from timeline.ingest import batch, sources
from timeline.ingest.sources import CrawlArticle, Issue, plan_units, read_unit

EN = "Reuters (September 3, 2025)\n\nOn September 2, 2025, the US military struck a boat of the Tren de Aragua in the Caribbean, killing 11 people aboard."
ES = "El 2 de septiembre de 2025, las fuerzas estadounidenses atacaron una lancha vinculada al Tren de Aragua en el Caribe y mataron a 11 personas."


def _read_all(paths: list[str], chunk_lines: int = 1000) -> list:
    units, issues = plan_units(paths, chunk_lines=chunk_lines)
    return [*issues, *(item for unit in units for item in read_unit(unit))]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"url": "https://outlet-01.example/a", "published": "2025-09-03", "language": "en", "text": EN}),
        "{not json",
        json.dumps({"published": "2025-09-03", "text": EN}),
        "",
        json.dumps({"url": "https://outlet-02.example/b", "html": f"<html><body><p>{ES}</p></body></html>"}),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://outlet-03.example/c"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("chunk_lines", [1, 2, 3, 1000])
def test_jsonl_reports_bad_lines_with_their_line_and_reads_the_rest(dump: Path, chunk_lines: int):
    items = _read_all([str(dump)], chunk_lines)
    articles = [i for i in items if isinstance(i, CrawlArticle)]
    issues = {i.place.rsplit(":", 1)[1]: i.message for i in items if isinstance(i, Issue)}
    assert [(a.place, a.url) for a in articles] == [
        (f"{dump}:1", "https://outlet-01.example/a"),
        (f"{dump}:5", "https://outlet-02.example/b"),
    ]
    assert sorted(issues) == ["2", "3", "6", "7"]
    assert (
        "not a JSON object" in issues["2"] and "no 'url'" in issues["3"] and "neither 'text' nor 'html'" in issues["7"]
    )
    assert articles[0].published == "2025-09-03" and articles[0].language == "en" and articles[1].html


def test_jsonl_is_cut_into_units_of_lines(dump: Path):
    units, _ = plan_units([str(dump)], chunk_lines=3)
    assert [(u.first_line, u.articles) for u in units] == [(1, 3), (4, 3), (7, 1)]
    assert units[0].place == f"{dump} lines 1-3"
    assert units[-1].end == dump.stat().st_size


def _warc(path: Path, pages: list[tuple[str, str]]) -> list[int]:
    """Write response records holding HTML; returns each record's start offset."""
    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, text in pages:
            offsets.append(fh.tell())
            body = f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=headers)
            )
        # a request record and a non-HTML response are skipped silently
        writer.write_record(
            writer.create_warc_record(
                "https://outlet-09.example/x", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
    return offsets


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_reads_html_responses_and_reports_a_truncated_record_with_its_offset(tmp_path: Path, name: str):
    path = tmp_path / name
    offsets = _warc(path, [("https://outlet-01.example/a", EN), ("https://outlet-02.example/b", ES)])
    whole = path.read_bytes()
    # Append a third record cut in the middle, as a crawl interrupted while writing.
    extra = tmp_path / ("extra" + "".join(path.suffixes))
    _warc(extra, [("https://outlet-03.example/c", EN * 3)])
    cut = extra.read_bytes()[: extra.stat().st_size // 2]
    path.write_bytes(whole + cut)
    items = _read_all([str(path)])
    assert [type(i).__name__ for i in items] == ["CrawlArticle", "CrawlArticle", "Issue"]
    assert [i.place for i in items[:2]] == [
        f"{path}:record at byte {offsets[0]}",
        f"{path}:record at byte {offsets[1]}",
    ]
    assert items[2].place == f"{path}:record at byte {len(whole)}"
    assert "truncated" in items[2].message
    assert items[0].url == "https://outlet-01.example/a" and b"September 2, 2025" in items[0].html


def test_folder_reads_article_files_and_reports_unreadable_and_unsourced_ones(tmp_path: Path):
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(f"Source: https://outlet-01.example/a\n\n{EN}", encoding="utf-8")
    (folder / "sub" / "b.md").write_text(ES, encoding="utf-8")  # no address to cite
    (folder / "gone.txt").symlink_to(folder / "missing.txt")  # unreadable
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not an article: ignored
    (folder / "d.jsonl").write_text(
        json.dumps({"url": "https://outlet-04.example/d", "text": ES}) + "\n", encoding="utf-8"
    )
    assert sources.is_crawl_input(str(folder))
    units, issues = plan_units([str(folder)])
    assert issues == [] and sorted(u.kind for u in units) == ["files", "jsonl"]
    items = [i for u in units for i in read_unit(u)]
    got = {Path(i.place.split(":")[0]).name: type(i).__name__ for i in items}
    assert got == {"a.txt": "CrawlArticle", "b.md": "Issue", "gone.txt": "Issue", "d.jsonl": "CrawlArticle"}
    gone = next(i for i in items if "gone.txt" in i.place)
    assert "cannot be read" in gone.message


def test_missing_and_unknown_inputs_are_reported_when_planning(tmp_path: Path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    units, issues = plan_units([str(tmp_path / "nope.jsonl"), str(tmp_path / "notes.docx")])
    assert units == []
    assert ["does not exist" in issues[0].message, "not a crawl file" in issues[1].message] == [True, True]


def test_reading_a_dump_streams_memory_does_not_grow_with_the_file(tmp_path: Path):
    """A 6 MB dump goes through planning and reading with a peak far below the file's size (and below one
    tenth of what holding its 8,000 articles would take)."""
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(8_000):
            text = f"{EN} {ES} {EN} {ES} {n}"
            fh.write(
                json.dumps({"url": f"https://outlet-01.example/{n}", "published": "2025-09-03", "text": text}) + "\n"
            )
    size = path.stat().st_size
    tracemalloc.start()
    try:
        units, _ = plan_units([str(path)], chunk_lines=10_000)
        count = sum(1 for unit in units for item in read_unit(unit) if isinstance(item, CrawlArticle))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (count, len(units)) == (8_000, 1)
    assert size > 5_000_000 and peak < 300_000, f"peak {peak:,} bytes while reading {size:,}"


# --- the pure unit function --------------------------------------------------------------------------


def test_candidates_are_rows_of_the_store_with_their_place_and_same_for_same_input():
    articles = [
        CrawlArticle("d.jsonl:1", "https://outlet-01.example/a", "2025-09-03", "en", EN),
        Issue("d.jsonl:2", "is not a JSON object"),
        CrawlArticle("d.jsonl:3", "https://outlet-02.example/b", "2025-09-03", "", ES),
        CrawlArticle("d.jsonl:4", "https://outlet-03.example/c", "3 Sept", "en", EN),
        CrawlArticle("d.jsonl:5", "https://outlet-04.example/d", "", "de", EN),
    ]
    first = batch.candidates(articles, unit=7)
    assert first == batch.candidates(articles, unit=7)
    rows, issues, read, _ = first
    assert read == 4
    assert [i.place for i in issues] == ["d.jsonl:2", "d.jsonl:4", "d.jsonl:5"]
    assert "'published'" in issues[1].message and "'language'" in issues[2].message
    assert {(r["place"], r["unit"], r["event_type"], r["date"], r["status"]) for r in rows} == {
        ("d.jsonl:1", 7, "boat_strike", "2025-09-02", "extracted"),
        ("d.jsonl:3", 7, "boat_strike", "2025-09-02", "extracted"),
    }
    assert {r["source_name"] for r in rows} == {"outlet-01.example", "outlet-02.example"}


def test_run_unit_writes_candidates_partitioned_by_month(tmp_path: Path, dump: Path):
    units, _ = plan_units([str(dump)])
    result = batch.run_unit(units[0], batch.Options(str(tmp_path)))
    assert (result.articles, result.events, len(result.issues)) == (2, 2, 4)
    assert [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*.parquet"))] == [
        "candidates/month=2025-09/part-000000.parquet"
    ]
    merged = [rows for rows, _ in batch.merge_candidates(tmp_path)]
    assert len(merged) == 1 and len(merged[0]) == 1  # the two reports are one event


# --- the deterministic merge ---------------------------------------------------------------------


def _report(event_id: str, url: str, published: str, **extra) -> dict:
    row = {c: "" for c in batch.CANDIDATE_COLUMNS if c not in ("unit", "seq")}
    row.update(
        {"event_id": event_id, "date": "2025-09-02", "source_url": url, "published": published, "unit": 0, "seq": 0}
    )
    row.update(extra)
    return row


REPORTS = [
    _report("e1", "https://outlet-03.example/1", "2025-09-04", title="Later", fatalities="11"),
    _report("e1", "https://outlet-02.example/1", "2025-09-03", title="Strike", location=""),
    _report("e1", "https://outlet-01.example/1", "", title="Undated", location="Caribbean Sea"),
    _report("e1", "https://outlet-02.example/1", "2025-09-03", title="Strike again", unit=1),
    _report("e0", "https://outlet-05.example/9", "2025-09-02", date="2025-09-01", title="Other"),
]


@pytest.mark.parametrize("seed", range(5))
def test_merge_gives_the_same_events_whatever_the_order_of_the_reports(seed: int):
    shuffled = REPORTS[:]
    random.Random(seed).shuffle(shuffled)
    merged = batch.merge_reports(shuffled)
    assert merged == batch.merge_reports(REPORTS)
    assert [e["event_id"] for e in merged] == ["e0", "e1"]
    strike = merged[1]
    assert (strike["title"], strike["source_url"], strike["published"]) == (
        "Strike",
        "https://outlet-02.example/1",
        "2025-09-03",
    )
    assert strike["other_sources"] == "https://outlet-03.example/1;https://outlet-01.example/1"
    assert (strike["fatalities"], strike["location"]) == ("11", "Caribbean Sea")  # filled from later reports


@pytest.mark.parametrize(
    ("text", "given", "default", "published"),
    [
        ("Mexico sent 26 cartel prisoners to the United States on Tuesday.", "", "2025-08-13", "2025-08-13"),
        ("Mexico sent 26 cartel prisoners to the United States on Tuesday.", "2025-08-13", "2025-01-01", "2025-08-13"),
        (
            "MEXICO CITY, Aug. 13, 2025 -\nMexico sent 26 cartel prisoners to the US on Tuesday.",
            "",
            "2025-01-01",
            "2025-08-13",
        ),
    ],
    ids=["default-fills-in", "given-wins", "dateline-wins"],
)
def test_published_comes_from_the_article_before_the_default(text, given, default, published):
    article = CrawlArticle("d.jsonl:1", "https://outlet-01.example/a", given, "en", text)
    rows, issues, _, _ = batch.candidates([article], default_published=default)
    assert issues == [] and [(r["published"], r["date"]) for r in rows] == [(published, "2025-08-12")]
