"""Where CSV text goes wrong: the csv module's field limit, unclosed quotes, undecodable bytes.

The csv module refuses a field over 131,072 characters by default, and an unclosed quote makes it
read the rest of the file as one field; either used to crash every reader of a large store (issue
13). The limit is raised to the largest file the store loads, and an unclosed quote is found and
located so it can be reported on its line and in its column.
"""

from __future__ import annotations

import csv
import re

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Text

# A quoted cell, its doubled quotes included (unrolled: no nested quantifier to backtrack over).
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')
# What follows a cell's start until the next separator, read as the csv module does with strict=False.
_REST = re.compile(r"[^,\r\n]*")
_C_LONG_MAX = 2**31 - 1  # the limit is a C long; 32 bits keeps it portable


def field_limit() -> int:
    """Set the csv module's field limit to the ``max_csv_bytes`` setting (capped to a C long); return it."""
    limit = max(1, min(int(settings.get("max_csv_bytes")), _C_LONG_MAX))
    if csv.field_size_limit() != limit:
        csv.field_size_limit(limit)
    return limit


def _line_breaks(text: str, start: int, end: int) -> int:
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


def unclosed_quote(text: str, start: int, line: int, header: list[str]) -> tuple[int, str, str] | None:
    """Find a quote opening a cell of the record at ``text[start:]`` (on ``line``) that is never closed.

    Returns (line, column name, message) or None. Only the last record can hold one, as such a quote
    runs to the end of the file.

    >>> unclosed_quote('a,b\\n1,"x\\n2,y\\n', 4, 2, ["a", "b"])
    (2, 'b', 'a quote opened at character 3 of this line is never closed, so the rest of the file (to line 3) was read as one cell; close the quote (or double it: "") and load again')
    >>> unclosed_quote('a,b\\n1,"x"\\n', 4, 2, ["a", "b"]) is None
    True
    """
    pos, index, cell_start = start, 0, True
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch in "\r\n":
            return None  # the record ended on its line with every quote closed
        if ch == ",":
            pos, index, cell_start = pos + 1, index + 1, True
            continue
        if cell_start and ch == '"':
            m = _QUOTED.match(text, pos)
            if m is None:
                break
            pos, cell_start = m.end(), False
            continue
        pos, cell_start = _REST.match(text, pos).end(), False
    else:
        return None
    quote_line = line + _line_breaks(text, start, pos)
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    after = _line_breaks(text, pos, n) - (1 if text.endswith(("\n", "\r")) else 0)
    column = header[index] if index < len(header) else f"field {index + 1}"
    return (
        quote_line,
        column,
        Text(
            N_(
                "a quote opened at character {character} of this line is never closed, so the rest of the file "
                '(to line {last}) was read as one cell; close the quote (or double it: "") and load again'
            ),
            character=pos - line_start + 1,
            last=quote_line + after,
        ),
    )


def located(data: bytes, offset: int) -> tuple[int, int]:
    """Line and character (both from 1) of a byte offset in UTF-8 data.

    >>> located(b"a\\nA\\xc3\\xb1o\\xf1", 6)
    (2, 4)
    """
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
