"""What every export says about itself, in the reader's language: the title, the filters line, the footer.

The words come from the message catalogues (:mod:`timeline.i18n`), dates, numbers and country names
from :mod:`timeline.view.localized`. The language is the report's (``Report.lang``); a caller may ask
for another one (the JSON export keeps English, as its other fields are for programs).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd
from babel.dates import format_interval

from timeline import settings
from timeline.i18n import N_, gettext, ngettext
from timeline.store import schema
from timeline.view import localized

if TYPE_CHECKING:
    from timeline.export.data import Report

#: What a title calls events of each type, in the plural (marked here, translated where shown).
TYPE_NOUNS: dict[str, str] = {
    "fto_designation": N_("designations"),
    "boat_strike": N_("boat strikes"),
    "drone_strike": N_("air and land strikes"),
    "troop_deployment": N_("deployments"),
    "extradition": N_("transfers"),
    "sanction": N_("sanctions"),
    "tariff": N_("tariffs"),
    "military_planning": N_("military plans"),
    "statement": N_("statements"),
    "other": N_("other events"),
}


def source_urls(events: pd.DataFrame) -> list[str]:
    """Distinct source addresses of the events (main sources first), in table order.

    >>> source_urls(pd.DataFrame({"source_url": ["https://a.example/1", "https://b.example/2"],
    ...                           "other_sources": ["https://b.example/2;https://c.example/3", ""]}))
    ['https://a.example/1', 'https://b.example/2', 'https://c.example/3']
    """
    urls = list(events["source_url"])
    urls += [u for cell in events["other_sources"] for u in schema.split_list(cell)]
    return list(dict.fromkeys(u for u in urls if u))


def iso_days(cells: pd.Series) -> pd.Series:
    """The cells shaped ``YYYY-MM-DD``, or only their smallest and largest when every non-empty cell is.

    Callers take the minimum or maximum: a regex over a million cells costs a second a rerun, while a
    store's cells are dates or empty, so checking the two ends is enough unless one of them is not a date.
    """
    filled = cells[cells != ""]
    if filled.empty:
        return filled
    ends = pd.Series([filled.min(), filled.max()], dtype="str")
    if ends.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all():
        return ends
    return cells[cells.str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)]


def period(events: pd.DataFrame, lang: str = "en") -> str:
    """'Feb–Nov 2025', 'Feb 2025–May 2026' or 'Sep 2025': the months the events cover, in ``lang``.

    >>> ev = pd.DataFrame({"date": ["2025-02-20", "2025-11-01"]})
    >>> period(ev), period(ev, "fr"), period(ev.iloc[:1], "es")
    ('Feb–Nov 2025', 'févr.–nov. 2025', 'feb 2025')
    """
    # ISO dates sort as text: min and max of the text, not a parse of every row (seconds at a million events).
    days = iso_days(events["date"].astype("str"))
    if days.empty:
        return ""
    first, last = pd.Timestamp(days.min()), pd.Timestamp(days.max())
    if (first.year, first.month) == (last.year, last.month):
        return localized.month(first, lang)
    if lang != "en":
        return format_interval(first.date(), last.date(), "yMMM", locale=lang)
    if first.year == last.year:
        return f"{first.strftime('%b')}–{last.strftime('%b %Y')}"
    return f"{first.strftime('%b %Y')}–{last.strftime('%b %Y')}"


def title(events: pd.DataFrame, report: Report, lang: str | None = None) -> str:
    """The report title in ``lang`` (default the report's): the one given, else made from the filters.

    The subject is the actors filtered on, then the places (countries, the place filter), else
    the data set's name (the ``app_title`` setting); then what kind of events (the types filtered
    on, or the types shown when there are at most three); then the months covered.

    >>> from datetime import date
    >>> from timeline.export.data import Report
    >>> from timeline.view.filters import Filters
    >>> ev = pd.DataFrame({"date": ["2025-02-20", "2025-11-01"], "event_type": ["fto_designation", "sanction"]})
    >>> title(ev, Report(Filters(actors=("Sinaloa Cartel",), countries=("MEX",)), total=9, generated=date(2026, 6, 1)))
    'Sinaloa Cartel in Mexico: designations and sanctions, Feb–Nov 2025'
    >>> title(ev.assign(event_type="boat_strike"), Report(Filters(types=("boat_strike",)), total=9,
    ...       generated=date(2026, 6, 1), lang="es"))
    'Ataques a lanchas, feb–nov 2025'
    """
    lang = lang or report.lang
    if report.title:
        return report.title
    if not len(events):
        return gettext("Timeline: no event matches these filters", lang)
    wanted = report.filters
    present = set(events["event_type"].unique())  # unique() first: iterating a million strings costs seconds
    kinds = list(wanted.types) or [t for t in schema.EVENT_TYPES if t in present]
    if len(kinds) <= 3:
        what = localized.and_list([gettext(TYPE_NOUNS[t], lang) if t in TYPE_NOUNS else t for t in kinds], lang)
    else:
        count = localized.number(len(events), lang)
        what = ngettext("{count} event", "{count} events", len(events), lang).format(count=count)
    places = [localized.country(c, lang) for c in wanted.countries] + list(getattr(wanted, "places", ()))
    subject = localized.and_list(list(wanted.actors), lang)
    if places:
        where = localized.and_list(places, lang)
        subject = gettext("{actors} in {places}", lang).format(actors=subject, places=where) if subject else where
    if wanted.q:
        subject = f"{subject}, “{wanted.q}”" if subject else f"“{wanted.q}”"
    months = period(events, lang)
    if not subject and not wanted.types:  # no subject in the filters: the data set's own name
        subject = str(settings.get("app_title"))
    head = (
        gettext("{subject}: {what}", lang).format(subject=subject, what=what)
        if subject
        else what[:1].upper() + what[1:]
    )
    return f"{head}, {months}" if months else head


def subtitle(report: Report, lang: str | None = None) -> str:
    """The filters line under the title, in ``lang`` (default the report's).

    >>> from datetime import date
    >>> from timeline.export.data import Report
    >>> from timeline.view.filters import Filters
    >>> subtitle(Report(Filters(countries=("MEX",)), total=5, generated=date(2026, 1, 1)))
    'Filters: Country: Mexico'
    >>> subtitle(Report(Filters(), total=5, generated=date(2026, 1, 1), lang="fr"))
    'Filtres\\xa0: aucun (tous les événements)'
    """
    lang = lang or report.lang
    if report.filters.is_empty():
        return gettext("Filters: none (all events)", lang)
    return gettext("Filters: {filters}", lang).format(filters=report.filters.describe(lang))


def footer(events: pd.DataFrame, report: Report, lang: str | None = None) -> str:
    """The attribution line in ``lang`` (default the report's): sources, counts, data currency, generation date.

    >>> from datetime import date
    >>> from timeline.export.data import Report
    >>> from timeline.view.filters import Filters
    >>> ev = pd.DataFrame({"source_url": ["https://a.example/1"], "other_sources": ["https://b.example/2"],
    ...                    "source_name": ["Reuters"]})
    >>> footer(ev, Report(Filters(), total=3, generated=date(2026, 1, 2), data_as_of=date(2025, 12, 31)))
    'Sources: 2 news reports and official notices (Reuters) · 1 event of 3 · data as of 2025-12-31 · generated 2026-01-02 with policy-timeline'
    >>> footer(ev, Report(Filters(), total=3, generated=date(2026, 1, 2), lang="es"))
    'Fuentes: 2 noticias y comunicados oficiales (Reuters) · 1 evento de 3 · generado el 2 ene 2026 con policy-timeline'
    """
    lang = lang or report.lang
    n_sources = len(source_urls(events))
    names = Counter(n for n in events["source_name"] if n)
    top = [n for n, _ in names.most_common(4)]
    count = localized.number(n_sources, lang)
    if top:
        listed = ", ".join(top) + (", …" if len(names) > len(top) else "")
        sources = ngettext(
            "Sources: {count} news report and official notice ({names})",
            "Sources: {count} news reports and official notices ({names})",
            n_sources, lang,
        ).format(count=count, names=listed)  # fmt: skip
    else:
        sources = ngettext(
            "Sources: {count} news report and official notice", "Sources: {count} news reports and official notices",
            n_sources, lang,
        ).format(count=count)  # fmt: skip
    parts = [sources]
    shown = ngettext("{count} event of {total}", "{count} events of {total}", len(events), lang)
    parts.append(shown.format(count=localized.number(len(events), lang), total=localized.number(report.total, lang)))
    if report.data_as_of:
        parts.append(gettext("data as of {day}", lang).format(day=localized.stamp(report.data_as_of, lang)))
    parts.append(
        gettext("generated {day} with policy-timeline", lang).format(day=localized.stamp(report.generated, lang))
    )
    return " · ".join(parts)
