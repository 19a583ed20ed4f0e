"""Reading a crawl: folders of article files, JSONL dumps and WARC files, one article at a time.

A crawl is cut into :class:`Unit` s of work: a JSONL file into byte ranges of ``chunk_lines`` lines,
a WARC file is one unit (a gzip stream cannot be entered in the middle safely), article files are
taken ``chunk_files`` at a time. :func:`read_unit` streams a unit's articles, each with its place
(file and line, file and record offset, or file), and yields an :class:`Issue` instead of stopping
when an input is bad: a line that is not JSON or lacks a URL, a truncated WARC record, an unreadable
file. Nothing here holds more than one article in memory.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from timeline import settings
from timeline.ingest.article import TEXT_SUFFIXES, IngestError, check_size, read_upload
from timeline.store.validate import is_http_url

__all__ = [
    "CRAWL_SUFFIXES",
    "CrawlArticle",
    "Issue",
    "Unit",
    "crawl_kind",
    "is_crawl_input",
    "plan_units",
    "read_unit",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Files that make ``timeline ingest`` run the crawl pipeline.
CRAWL_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES
LANGUAGES = ("en", "es", "fr")


@dataclass(frozen=True)
class Issue:
    """Bad input met while reading, with its place (file and line, record or file) and what to do."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


@dataclass(frozen=True)
class CrawlArticle:
    """One article of a crawl: its text (or HTML), address, publication date, language and place."""

    place: str
    url: str
    published: str = ""
    language: str = ""
    text: str = ""
    html: bytes | str = ""


@dataclass(frozen=True)
class Unit:
    """A piece of work: lines ``first_line``.. of a JSONL file (bytes ``start``..``end``), a WARC file,
    or a few article files. ``index`` orders units; ``articles`` is how many it holds (0: unknown)."""

    index: int
    kind: str  # "jsonl" | "warc" | "files"
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0
    first_line: int = 1
    articles: int = 0

    @property
    def place(self) -> str:
        """Where the unit is, for messages: 'dump.jsonl lines 1-1000', 'crawl.warc.gz', 'a.txt (+3 files)'."""
        if self.kind == "jsonl":
            return f"{self.paths[0]} lines {self.first_line}-{self.first_line + max(self.articles, 1) - 1}"
        if self.kind == "files" and len(self.paths) > 1:
            return f"{self.paths[0]} (+{len(self.paths) - 1} files)"
        return self.paths[0]


def crawl_kind(path: str | os.PathLike) -> str:
    """'jsonl', 'warc', 'file' (an article file) or '' for a file the crawl does not read."""
    name = str(path).lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(TEXT_SUFFIXES):
        return "file"
    return ""


def is_crawl_input(source: str) -> bool:
    """True for a JSONL or WARC file, or a folder holding one (anywhere below it)."""
    path = Path(source)
    if path.is_dir():
        return any(crawl_kind(p) in ("jsonl", "warc") for p in _walk(path))
    return crawl_kind(source) in ("jsonl", "warc")


def _walk(folder: Path) -> Iterator[Path]:
    """Files below a folder, in a stable order (sorted names, depth first), hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def plan_units(sources: list[str], chunk_lines: int = 1000, chunk_files: int = 200) -> tuple[list[Unit], list[Issue]]:
    """Cut the inputs into units of work, in a stable order; inputs that cannot be read are issues.

    JSONL files are scanned once (streaming) to find the byte offset of every ``chunk_lines``-th line.
    """
    units: list[Unit] = []
    issues: list[Issue] = []
    loose: list[str] = []

    def flush() -> None:
        for i in range(0, len(loose), chunk_files):
            part = tuple(loose[i : i + chunk_files])
            units.append(Unit(len(units), "files", part, articles=len(part)))
        loose.clear()

    for source in sources:
        path = Path(source)
        files = list(_walk(path)) if path.is_dir() else [path]
        if not path.exists():
            issues.append(Issue(source, "does not exist; check the path."))
            continue
        for file in files:
            kind = crawl_kind(file)
            if kind == "file":
                loose.append(str(file))
            elif kind == "warc":
                units.append(Unit(len(units), "warc", (str(file),)))
            elif kind == "jsonl":
                try:
                    for start, end, first, count in _line_chunks(file, chunk_lines):
                        units.append(Unit(len(units), "jsonl", (str(file),), start, end, first, count))
                except OSError as exc:
                    issues.append(Issue(str(file), f"cannot be read ({exc.strerror or exc}); check its permissions."))
            elif not path.is_dir():
                issues.append(
                    Issue(
                        str(file), f"is not a crawl file; give .jsonl, .warc, .warc.gz or {', '.join(TEXT_SUFFIXES)}."
                    )
                )
        flush()
    return units, issues


def _line_chunks(path: Path, chunk_lines: int) -> Iterator[tuple[int, int, int, int]]:
    """(start byte, end byte, first line, line count) of each run of ``chunk_lines`` lines."""
    start = offset = 0
    first = 1
    count = 0
    with open(path, "rb") as fh:
        for raw in fh:
            offset += len(raw)
            count += 1
            if count == chunk_lines:
                yield start, offset, first, count
                start, first, count = offset, first + count, 0
    if count:
        yield start, offset, first, count


def read_unit(unit: Unit, source_url: str = "") -> Iterator[CrawlArticle | Issue]:
    """The unit's articles, one at a time, with an :class:`Issue` for each bad input met."""
    if unit.kind == "jsonl":
        yield from _read_jsonl(unit)
    elif unit.kind == "warc":
        yield from _read_warc(unit.paths[0])
    else:
        for path in unit.paths:
            yield _read_file(path, source_url)


def _read_jsonl(unit: Unit) -> Iterator[CrawlArticle | Issue]:
    path = unit.paths[0]
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; a generator cannot use `with` across the OSError
    except OSError as exc:
        yield Issue(unit.place, f"cannot be read ({exc.strerror or exc}); check its permissions.")
        return
    with fh:
        fh.seek(unit.start)
        offset = unit.start
        line = unit.first_line
        while offset < unit.end:
            raw = fh.readline()
            if not raw:
                yield Issue(f"{path}:{line}", "the file ended early (it changed while being read); run again.")
                return
            offset += len(raw)
            if raw.strip():
                yield _jsonl_article(raw, f"{path}:{line}")
            line += 1


def _jsonl_article(raw: bytes, place: str) -> CrawlArticle | Issue:
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return Issue(place, f"is not a JSON object ({exc}); fix or remove the line.")
    if not isinstance(data, dict):
        return Issue(place, 'is not a JSON object; each line must be {"url": ..., "text": ...}.')
    url = data.get("url")
    if not isinstance(url, str) or not is_http_url(url):
        return Issue(place, "has no 'url' (an http(s) address to cite); add it or remove the line.")
    text, page = data.get("text"), data.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(page, str) and page.strip()):
        return Issue(place, "has neither 'text' nor 'html'; add the article's text.")
    published = data.get("published") if isinstance(data.get("published"), str) else ""
    language = data.get("language") if isinstance(data.get("language"), str) else ""
    return CrawlArticle(place, url.strip(), published.strip(), language.strip().lower(),
                        text if isinstance(text, str) else "", page if isinstance(page, str) else "")  # fmt: skip


def _read_warc(path: str) -> Iterator[CrawlArticle | Issue]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = settings.get("max_upload_bytes")
    offset = 0  # where the next record starts: the place of a truncated one
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                wanted = record.rec_type == "response" and record.http_headers is not None
                wanted = wanted and "html" in (record.http_headers.get_header("Content-Type") or "").lower()
                body = record.content_stream().read(limit + 1) if wanted else b""
                while record.raw_stream.read(1 << 16):  # to the record's end, without holding it
                    pass
                # warcio knows a record's offset once it has read to its end (as above).
                place = f"{path}:record at byte {records.get_record_offset()}"
                if record.raw_stream.limit > 0:  # fewer bytes than its Content-Length: the file was cut
                    yield Issue(place, _truncated(EOFError(f"{record.raw_stream.limit} bytes missing")))
                    return
                offset = records.get_record_offset() + records.get_record_length()
                if not wanted:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                if not is_http_url(url):
                    yield Issue(place, "has no http(s) WARC-Target-URI to cite; the record is skipped.")
                elif len(body) > limit:
                    yield Issue(
                        place, f"holds a page over {limit:,} bytes; raise TIMELINE_MAX_UPLOAD_BYTES to read it."
                    )
                else:
                    yield CrawlArticle(place, url, html=body)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        yield Issue(f"{path}:record at byte {offset}", _truncated(exc))
    except OSError as exc:
        if offset == 0:
            yield Issue(path, f"cannot be read ({exc.strerror or exc}); check the file and its permissions.")
        else:
            yield Issue(f"{path}:record at byte {offset}", _truncated(exc))


def _truncated(exc: Exception) -> str:
    return (
        f"the WARC record is truncated or corrupt ({type(exc).__name__}: {exc}); the records before it were read, "
        "the rest of the file is skipped. Fetch the file again if it was cut short."
    )


def _read_file(path: str, source_url: str) -> CrawlArticle | Issue:
    try:
        check_size(path, os.stat(path).st_size)  # before reading a huge file into memory
        article = read_upload(Path(path).name, Path(path).read_bytes())
    except OSError as exc:
        return Issue(path, f"cannot be read ({exc.strerror or exc}); check its permissions.")
    except IngestError as exc:
        return Issue(path, str(exc))
    url = article.source_url or source_url
    if not is_http_url(url):
        return Issue(path, "no web address to cite; add a line 'Source: https://...' at its top or pass --source-url.")
    return CrawlArticle(path, url, article.published, article.lang or "", article.text)


def host_of(url: str) -> str:
    """The host of an address, as the source's name."""
    return urlsplit(url).hostname or ""
