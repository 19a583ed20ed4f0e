"""The interface's languages: message catalogues, the reader's language, dates and numbers in its conventions.

Messages are marked in code with ``_("English text")`` and translated from gettext catalogues,
``timeline/locale/<lang>/LC_MESSAGES/timeline.po``, which Babel compiles in memory when first used (no
binary ``.mo`` files in the repository). English is the source language, so it needs no catalogue. Dates
and numbers follow the language's conventions through Babel's CLDR data: "2 de septiembre de 2025",
"2 sept. 2025", "1 500". Event titles and summaries are data and are never translated.

This module is core: it never imports Streamlit. The app passes what the browser says (``?lang=``,
``navigator.language``, the ``Accept-Language`` header) to :func:`negotiate`.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, get_group_symbol
from babel.support import NullTranslations, Translations

#: Languages of the interface, in the order the selector shows them.
LANGUAGES: tuple[str, ...] = ("en", "es", "fr")
DEFAULT_LANGUAGE = "en"
DOMAIN = "timeline"


class CatalogueError(Exception):
    """A message catalogue that cannot be read; the message names the file."""


def catalogue_path(lang: str):
    """Where the catalogue of ``lang`` lives (a Traversable inside the package)."""
    return resources.files("timeline").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")


def read_catalogue(lang: str):
    """The Babel catalogue of ``lang``, read from its ``.po`` file.

    >>> read_catalogue("es").locale.language
    'es'
    """
    path = catalogue_path(lang)
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=lang, domain=DOMAIN)
    except FileNotFoundError as exc:
        raise CatalogueError(f"no message catalogue for {lang!r}: expected {path}") from exc
    except Exception as exc:  # Babel raises several kinds on a malformed file
        raise CatalogueError(f"{path}: {exc}; fix the file or run `make messages` to regenerate it") from exc


@cache
def translations(lang: str) -> NullTranslations:
    """gettext translations for ``lang`` (English and unknown languages return the messages unchanged)."""
    if lang == DEFAULT_LANGUAGE or lang not in LANGUAGES:
        return NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, read_catalogue(lang))  # fuzzy entries are left out, so they show in English
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def gettext(message: str, lang: str) -> str:
    """``message`` in ``lang``, or unchanged when the catalogue lacks it.

    >>> gettext("Showing {shown} of {total} events", "fr")
    '{shown} événements affichés sur {total}'
    """
    return translations(lang).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogues without translating it yet (it is translated where it is shown).

    >>> N_("edited")
    'edited'
    """
    return message


def ngettext(singular: str, plural: str, n: int, lang: str) -> str:
    """The singular or plural form of a message for ``n`` in ``lang``'s plural rules."""
    return translations(lang).ngettext(singular, plural, n)


def _language_of(tag: str | None) -> str | None:
    """The primary language of a tag like ``es-MX`` or ``fr_CA`` if the interface has it."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def _accept_language(header: str | None) -> list[str]:
    """Languages of an ``Accept-Language`` header, most preferred first (q-values honoured)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(ranked)]


def negotiate(requested: str | None = None, browser: str | None = None, accept_language: str | None = None) -> str:
    """The interface language: ``?lang=`` if supported, else the browser's, else English.

    >>> negotiate("fr"), negotiate(None, "es-MX"), negotiate("pt", None, "de;q=0.9, fr-CA;q=0.8"), negotiate()
    ('fr', 'es', 'fr', 'en')
    """
    for tag in (requested, browser, *_accept_language(accept_language)):
        lang = _language_of(tag)
        if lang:
            return lang
    return DEFAULT_LANGUAGE


def language_name(lang: str) -> str:
    """A language's name in itself, for the selector.

    >>> [language_name(code) for code in LANGUAGES]
    ['English', 'Español', 'Français']
    """
    try:
        name = Locale.parse(lang).get_display_name(lang) or lang
    except (UnknownLocaleError, ValueError):
        return lang
    return name[:1].upper() + name[1:]


def format_day(iso: str, precision: str = "day", lang: str = DEFAULT_LANGUAGE, *, long: bool = False) -> str:
    """A stored date shown with its precision in the reader's conventions.

    >>> format_day("2025-09-02", "day", "es", long=True), format_day("2025-09-02", "day", "fr")
    ('2 de septiembre de 2025', '2 sept. 2025')
    >>> format_day("2025-02-01", "month", "en"), format_day("2025-02-01", "month", "fr", long=True)
    ('Feb 2025', 'février 2025')
    >>> format_day("2025-01-01", "year", "es"), format_day("not a date", "day", "fr")
    ('2025', 'not a date')
    """
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return format_skeleton("yMMMM" if long else "yMMM", day, locale=lang)
    return format_date(day, "long" if long else "medium", locale=lang)


def format_number(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number in the reader's conventions (French groups with a narrow no-break space, U+202F).

    >>> format_number(1500, "en"), format_number(15000, "es"), format_number(1500, "fr") == "1\\u202f500"
    ('1,500', '15.000', True)
    >>> format_number(2.5, "fr")
    '2,5'
    """
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    group = _int_group(lang)
    if group is not None and type(value) is int:  # a count, as most are: babel's own grouping, without babel
        return f"{value:,}".replace(",", group)
    return format_decimal(value, locale=_locale(lang))


@cache
def _int_group(lang: str) -> str | None:
    """The group separator with which babel writes whole numbers of ``lang`` in threes, or None when it does not.

    Python's own ``{:,}`` with that separator is then babel's output, at a tenth of its time (eleventh round:
    speed; checked here on numbers of every width and sign, and against babel in tests/test_extract_speed.py).
    """
    locale = _locale(lang)
    group = get_group_symbol(locale)
    samples = [0, 7, -7, 999, 1000, -1500, 12345, 999999, 1234567, -98765432, 10**15 + 1]
    ok = all(format_decimal(n, locale=locale) == f"{n:,}".replace(",", group) for n in samples)
    return group if ok else None


@cache
def _locale(lang: str) -> Locale:
    """The babel Locale of a language, parsed once: a Locale given to babel's formatters spares them
    parsing the tag on every call, a third of an extracted title's time (issue 9, seventh round)."""
    return Locale.parse(lang)


def count_of(value: float, unit: str, lang: str) -> str | None:
    """A count with a unit the catalogues know, in ``lang`` with its plural rules; None for other units.

    A fraction reads as plural ("2,5 millones"). Shared by the event detail and the extractor's titles.

    >>> count_of(1500, "troops", "fr"), count_of(1, "vessels", "es"), count_of(3, "widgets", "en")
    ('1\\u202f500 soldats', '1 embarcación', None)
    """
    whole = float(value).is_integer()
    n = int(value) if whole else 2
    count = format_number(int(value) if whole else value, lang)
    # Each form spelled out in an ngettext call, so that `make messages` extracts both forms.
    if unit == "troops":
        return ngettext("{count} troop", "{count} troops", n, lang).format(count=count)
    if unit == "ships":
        return ngettext("{count} ship", "{count} ships", n, lang).format(count=count)
    if unit == "aircraft":
        return ngettext("{count} aircraft", "{count} aircraft", n, lang).format(count=count)
    if unit == "vessels":
        return ngettext("{count} boat", "{count} boats", n, lang).format(count=count)
    if unit == "people":
        return ngettext("{count} person", "{count} people", n, lang).format(count=count)
    if unit == "percent":
        return gettext("{count} percent", lang).format(count=count)
    return None
