"""Date expressions in news text (English, Spanish, French), resolved against the publication date.

Our own rules, not dateparser: with the month and weekday tables of ``lexicon/dates.yaml``, five
regexes find the candidate spans and simple arithmetic resolves them, about a hundred times faster
than ``dateparser.search.search_dates`` (bench/dates_bench.py), which also reads "may deploy", "now"
or "82nd Airborne" as dates and misses "el martes pasado", "hace tres días" or "mid-October". Once
the span is found there is nothing left for ``DateDataParser`` to do, so it is not used.
Month-only expressions keep month precision: no day is invented.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from timeline.extract import digit_scan
from timeline.extract.calendar import (
    add_months,
    day_readings,
    iso,
    make_date,
    month_day_readings,
    month_readings,
    weekday_readings,
    weekend_readings,
    ym,
)
from timeline.extract.date_patterns import (
    day_month_openers,
    fold_same_length,
    join_ranges,
    month_openers,
    pattern_sources,
    sentence_start,
    word_before,
)
from timeline.extract.numbers import LANGS, fold, load_lexicon, parse_number


@dataclass(frozen=True)
class DateMention:
    """One date expression: where it is in the text and the date it stands for."""

    start: int
    end: int
    text: str
    date: str  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY', or '' when it cannot be resolved
    precision: str  # 'day' | 'month' | 'year'
    basis: str  # 'explicit' | 'relative' | 'weekday' | 'month_only' | 'year_only' | 'none'
    year_given: bool
    date_future: str = ""  # the reading on or after the publication date when the text leaves it open
    end_date: str = ""  # last day of an explicit range ("from 3 to 5 March")
    # With find(..., event_relative=True) only: days after (+) or before (-) the event told just
    # before ("two days later" -> 2, "la veille" -> -1, "the same day" -> 0); date is then ''.
    offset_days: int | None = None


_ISO_SHAPE = re.compile(r"(?:(?!0000)[0-9]{4}(?:-[0-9]{2}){0,2})?\Z")  # drops years such as -001 or 10000
_YEAR_OFFSET = {"last_year": -1, "this_year": 0, "next_year": 1}
_Handler = Callable[[re.Match, str, "dt.date | None"], "tuple | None"]


class DateFinder:
    """Finds and resolves the date expressions of one language; build once, reuse (see get_finder)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"language {lang!r} is not supported; use one of {', '.join(LANGS)}")
        self.lang = lang
        self.lex = lex = load_lexicon()[lang]
        src = pattern_sources(lex, lang)
        handlers: dict[str, _Handler] = {"numeric": self._numeric, "day_month": self._day_month, "month": self._month,
                                         "year": self._year, "words": self._words, "day_alone": self._day_alone,
                                         "day_this_month": self._day_alone}
        self._patterns = [(re.compile(src[k]), h) for k, h in handlers.items() if k in src]
        if "count_before" in src:  # "two weeks ago": found from its unit, the count is looked up backwards
            self._count_before = re.compile(src["count_before"])
        self._event_relative = re.compile(src["event_relative"])
        self._digit_led = {p for p, _h in self._patterns if digit_scan.digit_led(p)}
        # "3 March", "between 3 and 5 March", "el primero", "March 3": tried only where a digit run or an opening word is
        openers = {self._day_month: (day_month_openers(lex), True), self._month: (month_openers(lex), False)}
        self._word_led = {p: openers[h] for p, h in self._patterns if h in openers}  # words, digits too (s12 speed)
        self._offset_count = re.compile(src["offset_count"])
        self._not_dates = re.compile(src["not_dates"]) if "not_dates" in src else None
        # Each such name opens on its first word, written out: a text holding none of them needs no scan (s12 speed).
        self._not_dates_words = tuple({fold(w).split(" ")[0] for w in lex["not_dates"]}) if self._not_dates else ()
        self._weekday_before_day = re.compile(src["weekday_before_day"])
        self._weekday_modifier = word_before(lex["weekday_before_words"])
        self._part_before = word_before(lex["month_parts_words"])
        self._month_trigger = word_before(lex["month_before_words"])
        self._year_trigger = word_before(lex["year_before"] + lex["month_parts_words"])

    # Each handler returns (start, end, date, precision, basis, year_given, date_future, end_date) or None;
    # m.string is the folded text, `text` the original one (for capitals).

    def _looking_back(self, pattern: re.Pattern, m: re.Match, at: int) -> re.Match | None:
        return pattern.search(m.string, max(0, at - 40), at)

    def _numeric(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        if m["iy"]:
            year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        else:
            year = int(m["y"])
            if len(m["y"]) == 2:
                if m["s"] != "/":
                    return None  # "10.32.15" is more likely a time or a version than a date
                year += 2000
            a, b = int(m["a"]), int(m["b"])
            # US English writes 02/05/2025 month first; dotted dates (05.02.2025) are day first everywhere.
            day, month = (b, a) if self.lang == "en" and m["s"] == "/" else (a, b)
            if month > 12:  # "25/12/2025" in English text can only be day-first
                day, month = month, day
        d = make_date(year, month, day)
        return (m.start(), m.end(), iso(d), "day", "explicit", True, iso(d), "") if d else None

    def _day_month(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        if self.lang == "en" and not text[m.start("m")].isupper():
            return None  # "5 may die" is no date
        if self.lang != "en" and m.start("m") < m.start("d") and fold(m["m"]) in self.lex["month_abbr"]:
            return None  # "mar 5" before a day is the sea, not March: abbreviations go after the day
        if self.lang != "en" and not m["y"] and text[m.start("m")].isupper() and not sentence_start(m.string, m.start("m")):
            return None  # "calle 5 de Mayo", "le 14 Juillet": Spanish and French months are lower case, so a name
        month = self._month_number(m["m"])
        day = self._day_number(m["d"])
        day2 = self._day_number(m["d2"]) if m["d2"] else None
        if day2 is not None and day2 <= day:
            return None
        start = min(m.start("m"), m.start("d"))
        weekday = None
        wd = self._looking_back(self._weekday_before_day, m, start)
        if wd and (self.lang != "en" or text[wd.start()].isupper()):
            weekday, start = self.lex["weekdays"][fold(wd["w"])], wd.start()
        if m["y"]:
            d = make_date(int(m["y"]), month, day)
            if not d:
                return None
            end = make_date(d.year, month, day2) if day2 else None
            return (start, m.end("y"), iso(d), "day", "explicit", True, iso(d), iso(end) if end else "")
        end_at = max(m.end("d"), m.end("m"), m.end("d2") if day2 else 0)
        if published is None:
            return (start, end_at, "", "day", "none", False, "", "")
        past, future = day_readings(month, day, published)
        if not past or not future:
            return None
        for d in (past, future) if weekday is not None else ():  # "Tuesday, March 3": the weekday tells the year
            if d.weekday() == weekday:
                past = future = d
                break
        modifier = self._looking_back(self._weekday_modifier, m, start)
        kind = self.lex["weekday_before"][fold(modifier["w"])] if modifier else "either"
        post = m["post"] if "post" in m.re.groupindex else None
        if post:  # "le 3 mars dernier", "el 8 de enero del año pasado"
            kind, end_at = self.lex["month_after"][fold(post)], m.end("post")
        basis = "explicit"
        if kind in _YEAR_OFFSET:
            past = future = make_date(published.year + _YEAR_OFFSET[kind], month, day)
            basis = "relative"
            if not past:
                return None
        if kind == "past":  # "el pasado 3 de marzo"
            past = future = past if past <= published else (make_date(past.year - 1, month, day) or past)
        elif kind == "future":  # "el próximo 5 de marzo"
            past = future
        if modifier and kind != "either" and not post:
            start = modifier.start()
        end_past = make_date(past.year, month, day2) if day2 else None
        return (start, end_at, iso(past), "day", basis, False, iso(future), iso(end_past) if end_past else "")

    def _month(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        if self.lang == "en" and not text[m.start()].isupper():
            return None  # English month names are capitalised: "may deploy", "march on" are no dates
        if m["d"]:
            return self._day_month(m, text, published)
        if fold(m["m"]).rstrip(".") not in self.lex["months"] and not m["y"]:
            return None  # a bare abbreviation ("Mar", "ago") is too ambiguous without a day or a year
        month = self._month_number(m["m"])
        start, kind = m.start(), "either"
        part = self._looking_back(self._part_before, m, start)
        trigger = None if part else self._looking_back(self._month_trigger, m, start)
        if part:
            start = part.start()
        elif trigger:
            kind = self.lex["month_before"][fold(trigger["w"])]
            if kind != "either":  # "last February" keeps its modifier in the mention
                start = trigger.start()
        if m["post"] if "post" in m.re.groupindex else None:
            kind = self.lex["month_after"][fold(m["post"])]
        if m["y"]:
            value = ym(int(m["y"]), month)
            return (start, m.end(), value, "month", "month_only", True, value, "")
        if not part and not trigger and kind not in _YEAR_OFFSET:
            return None  # a month name alone ("Mars", "April Smith") needs "in", "since", "mid-"...
        if self.lang != "en" and text[m.start()].isupper() and not part and not sentence_start(m.string, m.start()):
            return None  # "en El Mayo", "hasta Abril": capitalised mid-sentence, a name rather than a month
        if published is None:
            return (start, m.end(), "", "month", "none", False, "", "")
        if kind in _YEAR_OFFSET:  # "in February of last year"
            value = ym(published.year + _YEAR_OFFSET[kind], month)
            return (start, m.end(), value, "month", "relative", False, value, "")
        past, future = month_readings(month, published, kind)
        return (start, m.end(), past, "month", "month_only", False, future, "")

    def _year(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        trigger = self._looking_back(self._year_trigger, m, m.start())
        if not trigger:
            return None  # a bare four-digit number is too often a count or a law number
        start = trigger.start() if fold(trigger["w"]) in self.lex["month_parts"] else m.start()
        return (start, m.end(), m["y"], "year", "year_only", True, m["y"], "")

    def _words(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        if m["wd"]:
            return self._weekday(m, text, published)
        start, end = m.start(), m.end()
        if m["we"]:
            if published is None:
                return (start, end, "", "day", "none", False, "", "")
            past, future = weekend_readings(published, self.lex["weekends"][fold(m["we"])])
            return (start, end, iso(past), "day", "relative", False, iso(future), "")
        if m["rel"]:
            word = fold(m["rel"])
            if word in ("hoy", "today") and re.match(r"\s*+(?:en\s+)?dia\b|'s world", m.string[end : end + 10]):
                return None  # "hoy en día": nowadays
            if self.lang == "es" and word == "manana" and re.search(r"(?:\bla|\bde|\bpor|\bcada)\s++\Z", m.string[max(0, start - 8) : start]):
                return None  # "por la mañana" is "in the morning", not "tomorrow"
            unit, offset = "day", self.lex["relative_days"][word]
        elif m["per"]:
            unit, offset = self.lex["periods"][fold(m["per"])]
            part = self._looking_back(self._part_before, m, start) if unit != "week" else None
            start = part.start() if part else start  # "late last month", "a finales del año pasado"
        else:
            if "n" not in m.re.groupindex:
                count = self._looking_back(self._count_before, m, start)
                if not count:
                    return None
                start, n_text = count.start(), count["n"]
            else:
                n_text = m["n"]
            n = 1.0 if n_text in ("a", "an") else parse_number(n_text, self.lang)
            if n is None or n != int(n) or not 0 < n <= 400:
                return None
            unit, offset = self.lex["units"][fold(m["u"])], -int(n)
        precision = "day" if unit in ("day", "week") else unit
        if published is None:
            return (start, end, "", precision, "none", False, "", "")
        if unit in ("day", "week"):  # "last week", "two weeks ago": the weekday is not known, a day is the best guess
            value = iso(published + dt.timedelta(days=offset * (7 if unit == "week" else 1)))
        elif unit == "month":
            value = ym(*add_months(published.year, published.month, offset))
        else:
            value = f"{published.year + offset:04d}"
        return (start, end, value, precision, "relative", False, value, "")

    def _weekday(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        start = m.start()
        if self.lang == "en" and not text[start].isupper():
            return None
        weekday = self.lex["weekdays"][fold(m["wd"])]
        kind = "either"
        modifier = self._looking_back(self._weekday_modifier, m, start)
        if modifier:
            kind = self.lex["weekday_before"][fold(modifier["w"])]
            if fold(modifier["w"]) not in ("el", "le"):  # "last Tuesday" keeps its modifier; "el martes" is "martes"
                start = modifier.start()
        if m["post"] if "post" in m.re.groupindex else None:
            kind = self.lex["weekday_after"][fold(m["post"])]
        before = m.string[max(0, start - 6) : start]
        if self.lang != "en":
            if re.search(r"\b(?:los|les)\s+\Z", before):
                return None  # "los martes": every Tuesday, not a date
            if text[m.start("wd")].isupper() and not modifier and not sentence_start(m.string, start):
                return None  # "Santo Domingo", "Mardi gras": a name, not a weekday
        if published is None:
            return (start, m.end(), "", "day", "none", False, "", "")
        past, future = weekday_readings(weekday, published, kind)
        return (start, m.end(), iso(past), "day", "weekday", False, iso(future), "")

    def _day_alone(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        modifier = self._looking_back(self._weekday_modifier, m, m.start())
        kind = self.lex["weekday_before"][fold(modifier["w"])] if modifier else "either"
        start = modifier.start() if modifier else m.start()
        if published is None:
            return (start, m.end(), "", "day", "none", False, "", "")
        past, future = month_day_readings(int(m["dd"]), published)
        if not past or not future:
            return None
        if kind == "future":
            past = future
        return (start, m.end(), iso(past), "day", "relative", False, iso(future), "")

    def _month_number(self, word: str) -> int:
        key = fold(word).rstrip(".")
        return self.lex["months"].get(key) or self.lex["month_abbr"][key]

    def _day_number(self, word: str) -> int:
        digits = re.match(r"\d+", word)
        return int(digits.group()) if digits else 1  # "primero", "premier"

    def _offset(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        if m["ev"]:
            return (m.start(), m.end(), "", "day", "none", False, "", "", self.lex["event_days"][fold(m["ev"])])
        counted = self._offset_count.search(m.string, max(0, m.start() - 30), m.start())
        start = counted.start() if counted else m.start()
        if m["h"]:
            if not (m["aw"] or counted):
                return None
            days = 0  # "hours after the attack": the same day as the event told before
        else:
            if not counted:
                return None
            n = 1.0 if counted["n"] in ("a", "an") else parse_number(counted["n"], self.lang)
            unit = self.lex["units"][fold(m["u"])]
            if n is None or n != int(n) or not 0 < n <= 60 or unit not in ("day", "week"):
                return None
            if not m["aw"]:
                sign = self.lex["event_later"][fold(m["lw"])]
            elif sentence_start(m.string, start):
                return None  # "Two days after the vote, he spoke": X is named, not the event told before
            else:
                sign = self.lex["event_after"][fold(m["aw"])]  # "came three days after X": X is earlier
            days = int(n) * (7 if unit == "week" else 1) * sign
        return (start, m.end(), "", "day", "none", False, "", "", days)

    def find(
        self,
        text: str,
        published: dt.date | None,
        event_relative: bool = False,
        folded: str | None = None,
        spans: list[tuple[int, int]] | None = None,
    ) -> list[DateMention]:
        """Every date expression in text, sorted by start and non-overlapping.

        event_relative=True adds the expressions dated from another event ("two days later"), with
        their offset_days; they stay unresolved (date '') for the caller to anchor. ``folded`` is
        ``fold_same_length(text)`` when the caller has it already. ``spans`` (sorted, non-overlapping)
        limits the scan to those parts of the text (the sentences that can hold an event).

        >>> [(m.text, m.date, m.basis) for m in get_finder("es").find("Ayer, el 5 de febrero.", dt.date(2025, 2, 6))]
        [('Ayer', '2025-02-05', 'relative'), ('5 de febrero', '2025-02-05', 'explicit')]
        """
        if isinstance(published, dt.datetime):
            published = published.date()
        folded = fold_same_length(text) if folded is None else folded
        spans = [(0, len(folded))] if spans is None else spans
        if self._not_dates and any(w in folded for w in self._not_dates_words):  # blank out "Sunday Times" etc.
            names = [n.span() for a, b in spans for n in self._not_dates.finditer(folded, a, b)]
            for a, b in names:
                folded = folded[:a] + " " * (b - a) + folded[b:]
        found = []
        patterns = self._patterns + [(self._event_relative, self._offset)] if event_relative else self._patterns
        starts = digit_scan.runs(folded, spans) if self._digit_led or self._word_led else []  # one scan, all patterns
        for pattern, handler in patterns:
            if pattern in self._digit_led:
                found_here = digit_scan.matches(pattern, folded, spans, starts)  # the same, sooner (s11 speed)
            elif pattern in self._word_led:
                words, digits = self._word_led[pattern]
                runs = starts if digits else [[] for _span in spans]
                found_here = digit_scan.word_or_digit_matches(pattern, folded, spans, runs, words)
            else:
                found_here = (m for a, b in spans for m in pattern.finditer(folded, a, b))
            for m in found_here:
                try:
                    got = handler(m, text, published)
                except OverflowError:  # a publication date at the very ends of the calendar
                    got = None
                if got and _ISO_SHAPE.match(got[2]) and _ISO_SHAPE.match(got[6]):
                    found.append(got)
        found.sort(key=lambda g: (g[0] - g[1], g[0]))  # longest first, then leftmost
        taken: list[tuple] = []  # kept sorted by start, non-overlapping
        for g in found:
            i = bisect.bisect_left(taken, g[:2], key=lambda t: t[:2])
            if (i == 0 or taken[i - 1][1] <= g[0]) and (i == len(taken) or g[1] <= taken[i][0]):
                taken.insert(i, g)
        return [DateMention(g[0], g[1], text[g[0] : g[1]], *g[2:]) for g in join_ranges(taken, folded)]


@cache
def get_finder(lang: str) -> DateFinder:
    """The DateFinder of a language, built once.

    >>> get_finder("fr").find("mardi dernier", dt.date(2025, 2, 6))[0].date
    '2025-02-04'
    """
    return DateFinder(lang)


def __getattr__(name: str):
    # find_published moved to timeline/extract/published.py (it uses this module's finder); older
    # callers import it from here.
    if name == "find_published":
        from timeline.extract.published import find_published

        return find_published
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
