"""Reading CSV text into records: each with the line it starts on, problems kept with line and column.

Split out of :mod:`timeline.store.csv_store`, which loads, validates and writes whole stores.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from timeline.i18n import N_
from timeline.messages import Text
from timeline.store.lock import StoreError
from timeline.store.quoting import field_limit, located, unclosed_quote
from timeline.store.validate import Problem

__all__ = ["Record", "UnreadableStore", "decode", "read_records", "repeated_column"]


class UnreadableStore(StoreError):
    """The file cannot be read as CSV text at all; ``line`` is where (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Record:
    """One CSV record as read: the line it starts on and its raw fields."""

    line: int
    fields: list[str]


def decode(data: bytes, where: str) -> str:
    """The text of a CSV file's bytes (UTF-8, with or without BOM); :class:`UnreadableStore` says where not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = located(data.removeprefix(b"\xef\xbb\xbf"), exc.start)  # the offset is after the BOM
        raise UnreadableStore(
            Text(
                N_(
                    "{file} is not UTF-8 text: line {line}, character {character} holds a byte that cannot be "
                    "decoded. Save it as UTF-8 (with or without BOM) and try again."
                ),
                file=where,
                line=line,
                character=column,
            ),
            line,
        ) from exc


def read_records(text: str, problems: list[Problem] | None = None) -> tuple[list[str], list[Record]]:
    """Parse CSV text into its header and records, each with the line it starts on.

    A quote that opens a cell and is never closed swallows the rest of the file into one record:
    that record is dropped and reported in ``problems``, or, without a list to report it in,
    :class:`UnreadableStore` is raised (so a write never rewrites the swallowed lines as one cell).

    >>> header, recs = read_records('a,b\\n1,"x\\ny"\\n2,z\\n')
    >>> [(r.line, r.fields) for r in recs]
    [(2, ['1', 'x\\ny']), (4, ['2', 'z'])]
    """
    field_limit()
    source = io.StringIO(text, newline="")  # its tell() is the offset in characters, even while iterating
    reader = csv.reader(source, strict=False)
    header: list[str] = []
    records: list[Record] = []
    last_line = 0
    last_offset = record_offset = 0
    try:
        for row in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not row:  # blank line
                last_offset = source.tell()
                continue
            if not header:
                header = [h.strip() for h in row]
                last_offset = source.tell()
                continue
            records.append(Record(start, row))
            record_offset, last_offset = last_offset, source.tell()
    except csv.Error as exc:  # only a cell over the limit is left: strict=False accepts any quoting
        raise UnreadableStore(
            Text(
                N_(
                    "line {line}: a cell is larger than the limit of {limit:,} characters ({error}); "
                    "shorten it or raise TIMELINE_MAX_CSV_BYTES."
                ),
                line=reader.line_num,
                limit=csv.field_size_limit(),
                error=str(exc),
            ),
            reader.line_num,
        ) from exc
    if records:
        found = unclosed_quote(text, record_offset, records[-1].line, header)
        if found:
            line, column, message = found
            if problems is None:
                where = Text(N_("line {line}, column {column}: {problem}"), line=line, column=column, problem=message)
                raise UnreadableStore(where, line)
            problems.append(Problem(line, column, message))
            records.pop()
    return header, records


def repeated_column(header: list[str]) -> str | None:
    """The first column name the header holds twice, if any."""
    seen: set[str] = set()
    for name in header:
        if name in seen:
            return name
        seen.add(name)
    return None
