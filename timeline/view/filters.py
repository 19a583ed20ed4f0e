"""Filtering the event table: one definition shared by the app, the exports and the CLI.

A :class:`Filters` value says which events to show. It round-trips through a URL query string
(``type``, ``actor``, ``country``, ``from``, ``to``, ``q``, ``confidence``; several values
comma-separated), so a copied link reproduces a view. :func:`apply` is plain pandas.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline import i18n
from timeline.i18n import gettext
from timeline.store import schema
from timeline.view import localized

#: Query-string keys, in the order they are written.
QUERY_KEYS = ("type", "actor", "country", "from", "to", "q", "confidence", "place")
SEARCH_COLUMNS = ("title", "summary", "evidence", "location", "actors", "notes")


@dataclass(frozen=True)
class Filters:
    """Which events to show. Empty fields do not filter.

    >>> Filters(types=("boat_strike",), countries=("VEN",)).to_query()
    {'type': 'boat_strike', 'country': 'VEN'}
    """

    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    q: str = ""
    confidence: tuple[str, ...] = field(default=())
    places: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == Filters()

    def to_query(self) -> dict[str, str]:
        """The query-string parameters of these filters (only the set ones)."""
        values = {
            "type": ",".join(self.types),
            "actor": ",".join(self.actors),
            "country": ",".join(self.countries),
            "from": self.since.isoformat() if self.since else "",
            "to": self.until.isoformat() if self.until else "",
            "q": self.q,
            "confidence": ",".join(self.confidence),
            "place": ",".join(self.places),
        }
        return {k: v for k, v in values.items() if v}

    def slug(self, prefix: str = "timeline") -> str:
        """A file-name stem for exports of this view, only ``[A-Za-z0-9._-]``.

        >>> Filters(types=("boat_strike",), countries=("VEN",), q="Año nuevo").slug()
        'timeline_boat-strike_VEN_Ano-nuevo'
        """
        parts = [prefix, *self.types, *self.countries, *self.places, *self.actors, *self.confidence]
        if self.since:
            parts.append(f"from-{self.since}")
        if self.until:
            parts.append(f"to-{self.until}")
        if self.q:
            parts.append(self.q)
        ascii_parts = (unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode() for p in parts)
        cleaned = [re.sub(r"[^A-Za-z0-9.]+", "-", p).strip("-.") for p in ascii_parts]
        stem = "_".join(p for p in cleaned if p)
        return stem[:120].rstrip("-_.") or prefix

    def describe(self, lang: str = "en") -> str:
        """A one-line human description in ``lang``, e.g. for an export subtitle or an empty-result message.

        Actors, places and the searched text are data and stay as written.

        >>> Filters(types=("boat_strike",), countries=("VEN",), since=date(2025, 9, 1)).describe()
        'Type: Strike on a boat · Country: Venezuela · From 1 Sep 2025'
        >>> Filters(countries=("MEX",), since=date(2025, 9, 1)).describe("es")
        'País: México · Desde el 1 sept 2025'
        """
        parts = []
        if self.types:
            types = ", ".join(schema.label("event_type", t, lang) for t in self.types)
            parts.append(gettext("Type: {types}", lang).format(types=types))
        if self.actors:
            parts.append(gettext("Actor: {actors}", lang).format(actors=", ".join(self.actors)))
        if self.countries:
            names = ", ".join(localized.country(c, lang) for c in self.countries)
            parts.append(gettext("Country: {countries}", lang).format(countries=names))
        if self.places:
            parts.append(gettext("Place: {places}", lang).format(places=", ".join(self.places)))
        if self.since:
            parts.append(gettext("From {day}", lang).format(day=localized.day(self.since.isoformat(), "day", lang)))
        if self.until:
            parts.append(gettext("To {day}", lang).format(day=localized.day(self.until.isoformat(), "day", lang)))
        if self.q:
            parts.append(gettext("Text: “{text}”", lang).format(text=self.q))
        if self.confidence:
            levels = ", ".join(schema.label("confidence", c, lang) for c in self.confidence)
            parts.append(gettext("Confidence: {levels}", lang).format(levels=levels))
        return " · ".join(parts) if parts else gettext("All events", lang)


def _values(raw) -> list[str]:
    """Comma-separated values from a query parameter given as a string or a list of strings."""
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [v.strip() for item in items for v in str(item).split(",") if v.strip()]


def _day(raw, key: str, warnings: list[str], lang: str = "en") -> date | None:
    values = _values(raw)
    if not values:
        return None
    try:
        return date.fromisoformat(values[0])
    except ValueError:
        message = i18n.gettext("'{key}={value}' is not a date written YYYY-MM-DD; it was ignored", lang)
        warnings.append(message.format(key=key, value=values[0]))
        return None


def from_query(params: Mapping[str, object], lang: str = "en") -> tuple[Filters, list[str]]:
    """Filters from query-string parameters, with a warning (in ``lang``) for each value that was ignored.

    >>> from_query({"type": "boat_strike,nope", "country": "ven", "from": "2025-09-01"})
    (Filters(types=('boat_strike',), actors=(), countries=('VEN',), since=datetime.date(2025, 9, 1), until=None, q='', confidence=(), places=()), ["unknown type 'nope' was ignored"])
    """
    warnings: list[str] = []

    def vocab(key: str, column: str) -> tuple[str, ...]:
        keep = []
        for v in _values(params.get(key)):
            if v in schema.ALLOWED[column]:
                keep.append(v)
            else:
                warnings.append(i18n.gettext("unknown {key} '{value}' was ignored", lang).format(key=key, value=v))
        return tuple(dict.fromkeys(keep))

    countries = []
    for v in _values(params.get("country")):
        if schema.is_country_code(v.upper()):
            countries.append(v.upper())
        else:
            message = i18n.gettext("unknown country '{value}' was ignored (use ISO3 codes like VEN)", lang)
            warnings.append(message.format(value=v))
    since = _day(params.get("from"), "from", warnings, lang)
    until = _day(params.get("to"), "to", warnings, lang)
    if since and until and since > until:
        warnings.append(i18n.gettext("'from' is after 'to'; the two were swapped", lang))
        since, until = until, since
    q = " ".join(_values(params.get("q")))
    filters = Filters(
        types=vocab("type", "event_type"),
        actors=tuple(dict.fromkeys(_values(params.get("actor")))),
        countries=tuple(dict.fromkeys(countries)),
        since=since,
        until=until,
        q=q,
        confidence=vocab("confidence", "confidence"),
        places=tuple(dict.fromkeys(_values(params.get("place")))),
    )
    return filters, warnings


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for searching.

    >>> fold("Nicolás MADURO")
    'nicolas maduro'
    """
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


@cache
def _fold_classes() -> tuple[str, str]:
    """RE2 character classes: the combining marks :func:`fold` drops, and the characters whose case folding
    is not their single-character lower case (``ß`` folds to ``ss``), which only :func:`fold` handles."""
    marks, special = [], []
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if unicodedata.combining(ch):
            marks.append(code)
        lower = ch.lower()
        if ch.casefold() != lower or len(lower) != 1:
            special.append(code)

    def char_class(codes: list[int]) -> str:
        ranges, start = [], None
        for i, code in enumerate(codes):
            start = code if start is None else start
            if i + 1 == len(codes) or codes[i + 1] != code + 1:
                ranges.append(f"\\x{{{start:x}}}" + (f"-\\x{{{code:x}}}" if code != start else ""))
                start = None
        return "[" + "".join(ranges) + "]"

    return char_class(marks), char_class(special)


def search_text(df: pd.DataFrame) -> pd.Series:
    """The folded text searched by ``q``: title, summary, evidence, place, actors, country names and notes.

    Done on whole columns with Arrow: ASCII rows are lower-cased; the others are decomposed (NFKD),
    stripped of combining marks and lower-cased; the few rows holding a character whose case folding
    is not its lower case (``ß``) go through :func:`fold` one by one.

    >>> row = {c: "" for c in SEARCH_COLUMNS} | {"title": "Handover", "actors": "Juárez Cartel", "countries": "MEX"}
    >>> search_text(pd.DataFrame([row])).iloc[0].split("\\n")[-1]
    'mexico'
    """
    if df.empty:
        return pd.Series([], index=df.index, dtype="str")
    columns = [pa.array(df[c], type=pa.string(), from_pandas=True) for c in SEARCH_COLUMNS if c in df.columns]
    if "countries" in df.columns:  # names, not codes: "Mexico" finds MEX; computed once per distinct cell
        names = {
            cell: ", ".join(schema.country_name(c) for c in schema.split_list(cell))
            for cell in pd.unique(df["countries"])
        }
        columns.append(pa.array(df["countries"].map(names), type=pa.string(), from_pandas=True))
    joined = pc.binary_join_element_wise(*columns, "\n")
    if isinstance(joined, pa.ChunkedArray):  # replace_with_mask wants plain arrays
        joined = joined.combine_chunks()
    result = pc.utf8_lower(joined)
    other = pc.invert(pc.string_is_ascii(joined))
    if pc.any(other).as_py():
        marks, special = _fold_classes()
        decomposed = pc.utf8_normalize(joined.filter(other), form="NFKD")
        folded = pc.utf8_lower(pc.replace_substring_regex(decomposed, pattern=marks, replacement=""))
        odd = pc.match_substring_regex(decomposed, pattern=special).to_numpy(zero_copy_only=False)
        if odd.any():
            texts = folded.to_pandas().to_numpy(dtype=object)
            originals = joined.filter(other).to_pandas().to_numpy(dtype=object)
            texts[odd] = [fold(text) for text in originals[odd]]
            folded = pa.array(texts, type=pa.string())
        result = pc.replace_with_mask(result, other, folded)
    # Kept in Arrow (no Python string per row): a million rows fold in a second instead of several.
    return pd.Series(result.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow", na_value=np.nan)}.get),
                     index=df.index)  # fmt: skip


def place_names(df: pd.DataFrame) -> list[str]:
    """Places offered by the place filter: each location up to its first parenthesis or comma, by frequency.

    >>> place_names(pd.DataFrame({"location": ["Caribbean Sea (off Venezuela)", "Caribbean Sea", "Mexico City, MX", ""]}))
    ['Caribbean Sea', 'Mexico City']
    """
    # Split each distinct location once: a million rows hold a few hundred places (seconds saved at 1M).
    codes, uniques = pd.factorize(df["location"])
    heads = pd.Series(uniques, dtype="str").str.split(r"\s*[(,]", n=1, regex=True).str[0].str.strip()
    counts = pd.Series(np.bincount(codes[codes >= 0], minlength=len(uniques))).groupby(heads.to_numpy()).sum()
    counts = counts[counts.index != ""]
    # Most frequent first; ties keep the order of first appearance, as value_counts did.
    first = {head: i for i, head in reversed(list(enumerate(heads)))}
    return sorted(counts.index, key=lambda head: (-counts[head], first[head]))


def period_end(df: pd.DataFrame) -> pd.Series:
    """Last day each event covers: its end_date, or the end of its month/year for coarse dates."""
    start = df["date_dt"]
    end = start.copy()
    month = df["date_precision"] == "month"
    year = df["date_precision"] == "year"
    end[month] = start[month] + pd.offsets.MonthEnd(0)
    end[year] = start[year] + pd.offsets.YearEnd(0)
    return df["end_dt"].where(df["end_dt"].notna(), end)


def _has_any(cells: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    """True where a ';'-separated cell contains any of ``wanted`` as a whole item.

    Each distinct cell is split once, so a million rows cost what their distinct cells cost.
    """
    codes, uniques = pd.factorize(cells)
    items = set(wanted)
    hit = np.array([any(item in items for item in schema.split_list(cell)) for cell in uniques] + [False])
    return pd.Series(hit[codes], index=cells.index)  # code -1 (a missing cell) takes the final False


def apply(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events matching every set filter (values within one filter are alternatives).

    Dates select events whose period overlaps the range, so "Feb 2025" matches ``from=2025-02-15``.
    Text search needs every word, ignoring case and accents, in title, summary or evidence.
    """
    if filters.is_empty():
        # No filter: a view of the same data (pandas copies on write, so the shared frame stays untouched).
        return df.copy(deep=False)
    mask = pd.Series(True, index=df.index)
    if filters.types:
        mask &= df["event_type"].isin(filters.types)
    if filters.confidence:
        mask &= df["confidence"].isin(filters.confidence)
    if filters.actors:
        mask &= _has_any(df["actors"], filters.actors)
    if filters.countries:
        mask &= _has_any(df["countries"], filters.countries)
    if filters.until:
        mask &= df["date_dt"] <= pd.Timestamp(filters.until)
    if filters.since:
        mask &= period_end(df) >= pd.Timestamp(filters.since)
    if filters.places:  # any of the places, anywhere in the location ("Caribbean" finds "Southern Caribbean Sea")
        where = df["location"].map(fold) if "location" in df.columns else pd.Series("", index=df.index)
        found = pd.Series(False, index=df.index)
        for place in filters.places:
            found |= where.str.contains(fold(place), regex=False)
        mask &= found
    if filters.q.strip():
        haystack = df["search_text"] if "search_text" in df.columns else search_text(df)
        for word in fold(filters.q).split():
            mask &= haystack.str.contains(word, regex=False)
    return df[mask.fillna(False).astype(bool)]


def options(df: pd.DataFrame) -> dict[str, list[str]]:
    """Values offered by the filter widgets: event types in lane order, actors and countries by frequency."""
    present = set(df["event_type"].unique())
    return {
        "type": [t for t in schema.EVENT_TYPES if t in present],
        "actor": by_frequency(df["actors"]),
        "country": by_frequency(df["countries"]),
        "confidence": [c for c in schema.ALLOWED["confidence"] if c in set(df["confidence"].unique())],
        "place": place_names(df) if "location" in df.columns else [],
    }


def by_frequency(cells: pd.Series) -> list[str]:
    """The items of ``;``-separated cells, most frequent first, ties in order of first appearance.

    Counts each distinct cell once and splits only those, so a million rows cost what their few
    distinct cells cost.

    >>> by_frequency(pd.Series(["USA;VEN", "MEX", "USA", "MEX;VEN"]))
    ['USA', 'VEN', 'MEX']
    """
    codes, uniques = pd.factorize(cells)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    totals: dict[str, int] = {}
    for cell, count in zip(uniques, counts.tolist()):
        for item in schema.split_list(cell):
            totals[item] = totals.get(item, 0) + count
    return sorted(totals, key=lambda item: -totals[item])  # sorted() is stable: ties keep first appearance

