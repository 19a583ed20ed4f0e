"""Row checks of the event table, vectorised with pandas so large files validate quickly.

Each check yields a :class:`Problem` naming the CSV line, the column and what to do about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, urlsplit

import numpy as np
import pandas as pd
import pycountry

from timeline.i18n import N_, gettext
from timeline.messages import Text, localize
from timeline.store import schema

_EVENT_ID = re.compile(schema.EVENT_ID_PATTERN)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters no URL holds as such (RFC 3986 section 2; browsers percent-encode them): markup, quotes,
# spaces, controls and invisible bidi or format characters. Any of them lets a URL break out of a link.
_NOT_IN_URL = re.compile(r'[\s"<>\\`\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]')


@dataclass(frozen=True)
class Problem:
    """One problem in an events file: CSV line (1 = header), column, message."""

    line: int
    column: str
    message: str  # a :class:`~timeline.messages.Text` where the sentence is marked for the catalogues

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"

    def localized(self, lang: str) -> str:
        """The problem in ``lang``, line and column included (column names are the file's own)."""
        message = localize(self.message, lang)
        if self.column:
            return gettext("line {line}, column {column}: {problem}", lang).format(
                line=self.line, column=self.column, problem=message
            )
        return gettext("line {line}: {problem}", lang).format(line=self.line, problem=message)


# RFC 3986's reserved characters and "%" stay as they are; anything else that is not a letter or a digit
# (spaces, quotes, <, >, backslash, backtick, controls, non-ASCII) is percent-encoded.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def encode_url(url: str) -> str:
    """The address with every character a URL may not hold as such percent-encoded, as browsers do.

    >>> encode_url('https://x.example/a"> b')
    'https://x.example/a%22%3E%20b'
    """
    return quote(url.strip(), safe=_URL_SAFE)


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host, and nothing in it that could end a link.

    >>> is_http_url("https://example.org/a"), is_http_url("javascript:alert(1)"), is_http_url("ftp://x")
    (True, False, False)
    >>> is_http_url('https://example.org/a"><script>'), is_http_url("https://es.wikipedia.org/wiki/México")
    (False, True)
    """
    url = url.strip()
    if _NOT_IN_URL.search(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


@cache
def _is_language(code: str) -> bool:
    return len(code) == 2 and code.islower() and pycountry.languages.get(alpha_2=code) is not None


def _bad_dates(col: pd.Series) -> pd.Series:
    """Non-empty cells that are not real YYYY-MM-DD dates."""
    shape_ok = col.str.match(ISO_DATE)
    parsed = pd.to_datetime(col.where(shape_ok, None), format="%Y-%m-%d", errors="coerce")
    return (col != "") & parsed.isna()


def _bad_numbers(col: pd.Series, lo: float | None, hi: float | None, integer: bool) -> pd.Series:
    """Non-empty cells that are not finite numbers from ``lo`` to ``hi`` (whole numbers if ``integer``)."""
    text = col
    if integer:
        # Digits only, and no more than the bound has: a toll past 64 bits never reaches a cast (issue 13).
        digits = len(str(int(hi))) if hi is not None else 18
        text = col.where(col.str.fullmatch(rf"\d{{1,{digits}}}").fillna(False) | (col == ""), "x")
    num = pd.to_numeric(text.where(text != "", None), errors="coerce").astype("float64")
    bad = (col != "") & (num.isna() | np.isinf(num))
    if lo is not None:
        bad |= num < lo
    if hi is not None:
        bad |= num > hi
    return bad.fillna(False).astype(bool)


def _each_bad(col: pd.Series, ok) -> pd.Series:
    """True where any semicolon-separated part of a cell fails ``ok``."""
    cache_: dict[str, bool] = {}

    def cell_bad(cell: str) -> bool:
        if cell not in cache_:
            cache_[cell] = any(not ok(part) for part in schema.split_list(cell))
        return cache_[cell]

    return col.map(cell_bad).astype(bool)


def flag(frame: pd.DataFrame, checks: list[tuple[str, pd.Series, str]]) -> tuple[pd.Series, list[Problem]]:
    """The rows that fail any ``(column, mask, message)`` check, and one problem per failing cell.

    Shared by both store formats; ``frame`` has a ``line`` column. A cell is quoted in the problem
    (its first 60 characters) so the reader can find it. A message is a template with ``{column}``
    marked for the catalogues (``N_("{column} is before date")``), or a :class:`Text` with its column.
    """
    bad = pd.Series(False, index=frame.index)
    problems: list[Problem] = []
    for col, mask, message in checks:
        mask = mask.fillna(False).astype(bool)
        if not mask.any():
            continue
        bad |= mask
        if not isinstance(message, Text) and "{column}" not in message:
            message = "{column} " + message  # an unmarked fragment, as checks were written before issue 14
        text = message if isinstance(message, Text) else Text(message, column=col)
        for line, value in zip(frame.loc[mask, "line"], frame.loc[mask, col].astype("str")):
            # pandas 3 keeps a missing cell as NaN through astype("str"): it is quoted as nothing
            has_value = isinstance(value, str) and value != ""
            found = Text(N_("{problem} (found {value})"), problem=text, value=repr(value[:60])) if has_value else text
            problems.append(Problem(int(line), col, found))
    return bad, problems


def validate_frame(frame: pd.DataFrame) -> tuple[pd.Series, list[Problem]]:
    """Check every row of a frame of strings (with a ``line`` column).

    Returns a boolean mask of rows with problems and the problems themselves.
    """
    checks: list[tuple[str, pd.Series, str]] = []
    for col in schema.REQUIRED:
        empty = (
            N_("{column} is required but empty; run `python -m timeline ids` to fill it")
            if col == "event_id"
            else N_("{column} is required but empty")
        )
        checks.append((col, frame[col].str.strip() == "", empty))
    for col, allowed in schema.ALLOWED.items():
        if col in frame.columns:
            one_of = Text(N_("{column} must be one of {allowed}"), column=col, allowed=", ".join(allowed))
            checks.append((col, (frame[col] != "") & ~frame[col].isin(allowed), one_of))
    for col in schema.DATE_COLUMNS:
        checks.append((col, _bad_dates(frame[col]), N_("{column} must be a real date written YYYY-MM-DD")))
    day = frame["date"].str.slice(8, 10)
    month = frame["date"].str.slice(5, 7)
    checks.append(
        ("date", (frame["date_precision"] == "month") & (day != "01"), N_("{column} with month precision must be the 1st"))
    )
    checks.append(
        (
            "date",
            (frame["date_precision"] == "year") & ((day != "01") | (month != "01")),
            N_("{column} with year precision must be 1 January"),
        )
    )
    ends_early = (frame["end_date"] != "") & (frame["end_date"] < frame["date"])
    checks.append(("end_date", ends_early, N_("{column} is before date")))
    checks.append(
        ("countries", _each_bad(frame["countries"], schema.is_country_code), N_("{column} must be ISO 3166-1 alpha-3 codes like USA;MEX"))
    )
    checks.append(("source_url", (frame["source_url"] != "") & ~frame["source_url"].map(is_http_url).astype(bool), N_("{column} must be an http(s) URL")))
    checks.append(("other_sources", _each_bad(frame["other_sources"], is_http_url), N_("{column} must be http(s) URLs separated by ;")))
    checks.append(("language", (frame["language"] != "") & ~frame["language"].map(_is_language).astype(bool), N_("{column} must be a two-letter ISO 639-1 code like en")))
    checks.append(("latitude", _bad_numbers(frame["latitude"], -90, 90, False), N_("{column} must be a number from -90 to 90")))
    checks.append(("longitude", _bad_numbers(frame["longitude"], -180, 180, False), N_("{column} must be a number from -180 to 180")))
    one_coord = (frame["latitude"] == "") != (frame["longitude"] == "")
    checks.append(("latitude", one_coord, N_("{column} and longitude must be given together")))
    checks.append(
        (
            "fatalities",
            _bad_numbers(frame["fatalities"], 0, schema.MAX_COUNT, True),
            Text(N_("{column} must be a whole number from 0 to {limit:,}"), column="fatalities", limit=schema.MAX_COUNT),
        )
    )
    checks.append(
        (
            "quantity",
            _bad_numbers(frame["quantity"], 0, schema.MAX_QUANTITY, False),
            Text(N_("{column} must be a number from 0 to {limit}"), column="quantity", limit=f"{schema.MAX_QUANTITY:.0e}"),
        )
    )
    checks.append(
        (
            "event_id",
            (frame["event_id"].str.strip() != "") & ~frame["event_id"].str.fullmatch(_EVENT_ID).fillna(False),
            N_(
                "{column} may hold only a-z, 0-9, _ and - (up to 120, starting with a letter or digit); "
                "clear it and run `python -m timeline ids` to get one"
            ),
        )
    )
    for col in schema.COLUMNS:
        # A NUL is no text: many tools cut the cell there (issue 13).
        checks.append((col, frame[col].str.contains("\x00", regex=False), N_("{column} holds a NUL character (byte 0); remove it")))
    dup = (frame["event_id"] != "") & frame["event_id"].duplicated(keep="first")
    first_line = frame.drop_duplicates("event_id").set_index("event_id")["line"]

    bad, problems = flag(frame, checks)
    if dup.any():
        bad |= dup
        for line, eid in zip(frame.loc[dup, "line"], frame.loc[dup, "event_id"]):
            twice = Text(
                N_("event_id {event_id} appears twice (first on line {first}); merge the two rows or change one id"),
                event_id=repr(eid), first=first_line[eid],
            )  # fmt: skip
            problems.append(Problem(int(line), "event_id", twice))
    return bad, problems
