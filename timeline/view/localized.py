"""Dates, numbers, country names, lists and date-axis ticks of the charts and exports in the reader's language.

English keeps the project's own forms ("2 Sep 2025", "Mexico", "a, b and c", ISO stamps), so English
exports stay as they were; Spanish and French go through Babel's CLDR data ("2 sept. 2025",
"México", "a, b y c"). Plotly names months in English on date axes and has no locale of its own
without extra JavaScript (plotly.js issue 856), so :func:`date_ticks` writes the tick labels itself.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pandas as pd
import pycountry
from babel import Locale
from babel.dates import format_skeleton
from babel.lists import format_list
from babel.numbers import get_decimal_symbol, get_group_symbol

from timeline import i18n
from timeline.store import schema

DEFAULT = i18n.DEFAULT_LANGUAGE
#: Month steps tried for the ticks of a date axis, smallest first.
MONTH_STEPS = (1, 2, 3, 4, 6, 12)


def _known(lang: str) -> str:
    return lang if lang in i18n.LANGUAGES else DEFAULT


def separators(lang: str) -> str:
    """Plotly's ``layout.separators`` for ``lang``: its decimal mark, then its thousands separator (from CLDR).

    French groups with a narrow no-break space, which not every chart font has; a no-break space is drawn instead.

    >>> separators("en"), separators("es"), separators("fr")
    ('.,', ',.', ',\xa0')
    """
    lang = _known(lang)
    return get_decimal_symbol(lang) + get_group_symbol(lang).replace("\u202f", "\u00a0")


def day(iso: str, precision: str = "day", lang: str = DEFAULT, *, long: bool = False) -> str:
    """A stored date with its precision: English as the project writes it, other languages through Babel.

    >>> day("2025-09-02", "day", "en"), day("2025-09-02", "day", "fr"), day("2025-09-02", "day", "es", long=True)
    ('2 Sep 2025', '2 sept. 2025', '2 de septiembre de 2025')
    """
    if _known(lang) == DEFAULT:
        return schema.format_date(iso, precision)
    return i18n.format_day(iso, precision, lang, long=long)


def stamp(when: date, lang: str = DEFAULT) -> str:
    """A day an export states (generated, data as of): ISO in English, Babel's medium date otherwise.

    >>> stamp(date(2026, 1, 2)), stamp(date(2026, 1, 2), "es")
    ('2026-01-02', '2 ene 2026')
    """
    if _known(lang) == DEFAULT:
        return when.isoformat()
    return i18n.format_day(when.isoformat(), "day", lang)


def number(value: float, lang: str = DEFAULT) -> str:
    """A count in the reader's conventions (``1,500``, ``1500``/``15.000``, ``1 500``)."""
    return i18n.format_number(value, _known(lang))


@cache
def country(code: str, lang: str = DEFAULT) -> str:
    """An ISO3 country code as a reader of ``lang`` names the country (CLDR names; English as the store does).

    >>> country("MEX"), country("MEX", "es"), country("USA", "fr"), country("ZZZ", "fr")
    ('Mexico', 'México', 'États-Unis', 'ZZZ')
    """
    if _known(lang) == DEFAULT:
        return schema.country_name(code)
    found = pycountry.countries.get(alpha_3=code)
    name = Locale.parse(lang).territories.get(found.alpha_2) if found else None
    return name or schema.country_name(code)


def and_list(items: list[str], lang: str = DEFAULT) -> str:
    """'a, b and c' in the reader's language.

    >>> and_list(["a", "b", "c"]), and_list(["a", "b"], "es"), and_list(["a", "b", "c"], "fr")
    ('a, b and c', 'a y b', 'a, b et c')
    """
    if not items:
        return ""
    if _known(lang) == DEFAULT:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return format_list(list(items), locale=lang)


def month(when: pd.Timestamp | date, lang: str = DEFAULT, *, with_year: bool = True) -> str:
    """An abbreviated month, with its year unless ``with_year`` is false.

    >>> month(date(2025, 9, 1), "fr"), month(date(2025, 9, 1), "es", with_year=False), month(date(2025, 9, 1))
    ('sept. 2025', 'sept', 'Sep 2025')
    """
    return format_skeleton("yMMM" if with_year else "MMM", when, locale=_known(lang))


def date_ticks(
    first: pd.Timestamp, last: pd.Timestamp, lang: str, *, max_ticks: int = 10, by_month: bool = False
) -> tuple[list, list[str]]:
    """Tick positions and labels for a date axis from ``first`` to ``last``, month names in ``lang``.

    A short span gets a tick on Mondays, every week or two ("1 sept."); a longer one a tick every 1, 2, 3,
    4, 6 or 12 months, the month's name (``by_month``: always months, e.g. under monthly bars). The year is
    under the first tick and under each January.

    >>> vals, texts = date_ticks(pd.Timestamp("2025-08-20"), pd.Timestamp("2026-02-10"), "fr")
    >>> texts
    ['sept.<br>2025', 'oct.', 'nov.', 'déc.', 'janv.<br>2026', 'févr.']
    >>> date_ticks(pd.Timestamp("2025-08-20"), pd.Timestamp("2025-10-30"), "es")[1][:3]
    ['25 ago<br>2025', '8 sept', '22 sept']
    """
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    weeks = (last - first).days / 7
    if weeks <= 2 * max_ticks and not by_month:
        monday = (first + pd.offsets.Week(weekday=0)).normalize()
        vals = list(pd.date_range(monday, last, freq="7D" if weeks <= max_ticks else "14D"))
        texts = [format_skeleton("dMMM", v, locale=_known(lang)) for v in vals]
        return vals, [f"{t}<br>{v.year}" if i == 0 or v.year != vals[i - 1].year else t
                      for i, (v, t) in enumerate(zip(vals, texts))]  # fmt: skip
    start = (first + pd.offsets.MonthBegin(0)).normalize()
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    step = next((s for s in MONTH_STEPS if months / s <= max_ticks), 12 * (months // (12 * max_ticks) + 1))
    if step == 12:
        start = start + pd.offsets.YearBegin(0) if start.month != 1 else start
    vals = list(pd.date_range(start, last, freq=f"{step}MS"))
    texts = []
    for i, v in enumerate(vals):
        name = month(v, lang, with_year=False)
        texts.append(f"{name}<br>{v.year}" if i == 0 or v.month == 1 or step >= 12 else name)
    return vals, texts


def localize_date_axis(fig, first: pd.Timestamp, last: pd.Timestamp, lang: str, *, by_month: bool = False) -> None:
    """Write the figure's date-axis ticks in ``lang`` (English keeps Plotly's own ticks) and its number marks."""
    if _known(lang) == DEFAULT:
        return
    fig.update_layout(separators=separators(lang))
    if pd.isna(first) or pd.isna(last):
        return
    vals, texts = date_ticks(first, last, lang, by_month=by_month)
    fig.update_xaxes(tickmode="array", tickvals=vals, ticktext=texts)
