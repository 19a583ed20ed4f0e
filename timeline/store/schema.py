"""The event table: its columns, vocabularies, identity and display helpers.

One row per event. The columns and their meaning are documented in the README (a test checks
that every column in ``COLUMNS`` is there). Vocabularies are data, in
``timeline/data/vocabularies.yaml``, loaded and checked once at import.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import pycountry
import yaml

COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "date_precision",
    "end_date",
    "event_type",
    "title",
    "summary",
    "actors",
    "countries",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "quantity",
    "quantity_unit",
    "modality",
    "source_name",
    "source_url",
    "other_sources",
    "published",
    "evidence",
    "language",
    "confidence",
    "status",
    "notes",
)

#: Columns that must be non-empty in every row.
REQUIRED: tuple[str, ...] = (
    "event_id",
    "date",
    "date_precision",
    "event_type",
    "title",
    "countries",
    "modality",
    "source_url",
    "confidence",
    "status",
)

#: Columns holding several values separated by ``LIST_SEP``.
LIST_COLUMNS: tuple[str, ...] = ("actors", "countries", "other_sources")
LIST_SEP = ";"

INT_COLUMNS: tuple[str, ...] = ("fatalities",)
FLOAT_COLUMNS: tuple[str, ...] = ("latitude", "longitude", "quantity")
DATE_COLUMNS: tuple[str, ...] = ("date", "end_date", "published")

#: Largest toll a row may hold: more people than any event of this kind has killed, far below the
#: 64-bit limit that the integer column has (issue 13). The extractor reads no larger count.
MAX_COUNT = 10_000_000
#: Largest quantity (dollars included): finite, and an exact whole number as a float.
MAX_QUANTITY = 1e15
#: An event_id: lower-case letters, digits, "_" and "-", starting with a letter or digit.
EVENT_ID_PATTERN = r"[a-z0-9][a-z0-9_-]{0,119}"

VOCAB_FILE = "vocabularies.yaml"
LANGS = ("en", "es", "fr")


class VocabularyError(ValueError):
    """The vocabulary file is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Term:
    """One value of a controlled vocabulary with its labels."""

    value: str
    labels: dict[str, str]
    help: str = ""

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


def _load_vocabularies() -> dict[str, tuple[Term, ...]]:
    text = resources.files("timeline.data").joinpath(VOCAB_FILE).read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    where = f"timeline/data/{VOCAB_FILE}"
    if not isinstance(raw, dict):
        raise VocabularyError(f"{where}: expected a mapping of vocabulary names to lists")
    vocabs: dict[str, tuple[Term, ...]] = {}
    for name, items in raw.items():
        if not isinstance(items, list) or not items:
            raise VocabularyError(f"{where}: '{name}' must be a non-empty list")
        terms = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("value"), str):
                raise VocabularyError(f"{where}: {name}[{i}] needs a string 'value'")
            missing = [lang for lang in LANGS if not isinstance(item.get(lang), str)]
            if missing:
                raise VocabularyError(f"{where}: {name}.{item['value']} lacks labels {missing}")
            labels = {lang: item[lang] for lang in LANGS}
            terms.append(Term(item["value"], labels, str(item.get("help", ""))))
        values = [t.value for t in terms]
        if len(set(values)) != len(values):
            raise VocabularyError(f"{where}: '{name}' lists a value twice")
        vocabs[name] = tuple(terms)
    for needed in ("event_type", "date_precision", "modality", "confidence", "status"):
        if needed not in vocabs:
            raise VocabularyError(f"{where}: the vocabulary '{needed}' is missing")
    return vocabs


VOCABULARIES: dict[str, tuple[Term, ...]] = _load_vocabularies()
#: Allowed values per column, in display order.
ALLOWED: dict[str, tuple[str, ...]] = {k: tuple(t.value for t in v) for k, v in VOCABULARIES.items()}
EVENT_TYPES: tuple[str, ...] = ALLOWED["event_type"]


def label(column: str, value: str, lang: str = "en") -> str:
    """Human label of a vocabulary value; unknown values are returned unchanged.

    >>> label("event_type", "boat_strike")
    'Strike on a boat'
    """
    for term in VOCABULARIES.get(column, ()):
        if term.value == value:
            return term.label(lang)
    return value


# --- lists --------------------------------------------------------------------------------------


def split_list(cell: str) -> list[str]:
    """Split a semicolon-separated cell, dropping blanks.

    >>> split_list("Sinaloa Cartel; CJNG;")
    ['Sinaloa Cartel', 'CJNG']
    """
    return [part.strip() for part in cell.split(LIST_SEP) if part.strip()]


def join_list(values: list[str] | tuple[str, ...]) -> str:
    """Join values into one cell, keeping order and dropping duplicates and blanks."""
    seen: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.append(v)
    return LIST_SEP.join(seen)


# --- countries ----------------------------------------------------------------------------------


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code known to pycountry (upper case)."""
    return len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


@cache
def country_name(code: str) -> str:
    """Short English name of an ISO3 code (pycountry's common name when it has one).

    >>> country_name("VEN")
    'Venezuela'
    """
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name.split(",")[0]


# --- dates ---------------------------------------------------------------------------------------


def period_start(day: date, precision: str) -> date:
    """The first day of the period a date stands for (month or year precision)."""
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def format_date(iso: str, precision: str = "day") -> str:
    """Show a stored date with its precision.

    >>> format_date("2025-02-01", "month"), format_date("2025-02-20"), format_date("2025-01-01", "year")
    ('Feb 2025', '20 Feb 2025', '2025')
    """
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if precision == "year":
        return f"{d.year}"
    if precision == "month":
        return d.strftime("%b %Y")
    return f"{d.day} {d.strftime('%b %Y')}"


def format_quantity(quantity: float, unit: str = "") -> str:
    """A quantity with its unit as a reader expects it: thousands separated, singular for one.

    >>> format_quantity(1, "vessels"), format_quantity(1500, "troops"), format_quantity(2.5, "percent")
    ('1 vessel', '1,500 troops', '2.5 percent')
    >>> format_quantity(1, "people"), format_quantity(8000000, "USD")
    ('1 person', '8,000,000 USD')
    """
    number = f"{quantity:,.0f}" if float(quantity).is_integer() else f"{quantity:,g}"
    unit = unit.strip()
    if quantity == 1 and unit == "people":
        unit = "person"
    elif quantity == 1 and unit.endswith("s") and not unit.endswith("ss") and unit.islower():
        unit = unit[:-1]
    return f"{number} {unit}".strip()


# --- identity ------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def make_event_id(
    event_type: str, date_iso: str, actors: str | list[str], countries: str | list[str], location: str = ""
) -> str:
    """Deterministic id from the event's identity: type, date, actors, countries and location.

    Order, case, accents and spacing of the parts do not matter, so the same event entered twice
    gets the same id.

    >>> make_event_id("boat_strike", "2025-09-02", "Tren de Aragua", "USA;VEN", "Caribbean Sea")
    'boat_strike-2025-09-02-...'
    """
    if isinstance(actors, str):
        actors = split_list(actors)
    if isinstance(countries, str):
        countries = split_list(countries)
    parts = [
        _norm(event_type),
        date_iso.strip(),
        "|".join(sorted({_norm(a) for a in actors})),
        "|".join(sorted({c.strip().upper() for c in countries})),
        _norm(location),
    ]
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{event_type}-{date_iso}-{digest}"
