"""Date expressions in news text (English, Spanish, French), resolved against the publication date.

Our own rules, not ``dateparser.search``: with the month and weekday tables of
``lexicon/dates.yaml`` a handful of regexes find the candidate spans and resolve them in
microseconds, while ``search_dates`` costs tens of milliseconds per article, reads "may deploy",
"now" or "82nd Airborne" as dates and misses "el martes pasado", "hace tres días" or "mid-October".
Month-only expressions keep month precision: no day is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from timeline.extract.numbers import (
    LANGS,
    NUMBER_WORDS_PATTERN,
    fold,
    load_lexicon,
    parse_number,
    variants,
    word_alternation,
)

_DAY = dt.timedelta(days=1)


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


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    t = year * 12 + month - 1 + k
    return t // 12, t % 12 + 1


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_readings(month: int, day: int, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """Latest occurrence on or before published + 1 day, and first one on or after published."""
    past = future = None
    limit = published + _DAY
    for year in range(limit.year, limit.year - 9, -1):  # 29 February may be years back
        d = _make_date(year, month, day)
        if d and d <= limit:
            past = d
            break
    for year in range(published.year, published.year + 9):
        d = _make_date(year, month, day)
        if d and d >= published:
            future = d
            break
    return past, future


def _weekday_readings(weekday: int, published: dt.date, kind: str) -> tuple[dt.date, dt.date]:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if kind == "past":  # "last Tuesday": strictly before the publication day
        d = published - dt.timedelta(days=back or 7)
        return d, d
    if kind == "future":
        d = published + dt.timedelta(days=ahead or 7)
        return d, d
    return published - dt.timedelta(days=back), published + dt.timedelta(days=ahead)


def _month_readings(month: int, published: dt.date, kind: str) -> tuple[str, str]:
    y = published.year
    past = y if month < published.month or (month == published.month and kind != "past") else y - 1
    future = y if month > published.month or (month == published.month and kind != "future") else y + 1
    if kind == "past":
        return _ym(past, month), _ym(past, month)
    if kind == "future":
        return _ym(future, month), _ym(future, month)
    return _ym(past, month), _ym(future, month)


def _cased(words: list[str]) -> str:
    """English month and weekday names count only when capitalised ("May 5", not "may deploy")."""
    forms = {f for w in words for v in variants(w) for f in (v[:1].upper() + v[1:], v.upper())}
    return "(?-i:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"


_Handler = Callable[[re.Match, str, "dt.date | None"], "tuple | None"]


class DateFinder:
    """Finds and resolves the date expressions of one language; build once, reuse (see get_finder)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"language {lang!r} is not supported; use one of {', '.join(LANGS)}")
        self.lang = lang
        self.lex = lex = load_lexicon()[lang]
        names = _cased if lang == "en" else word_alternation
        month_full = names(lex["months_words"])
        month_any = rf"(?:{month_full}(?!\w)|{names(lex['month_abbr_words'])}(?!\w)\.?)"
        wd = names(lex["weekdays_words"])
        ordinal = lex["day_ordinal"]
        day_words = "|" + word_alternation(lex["day_one"]) if lex["day_one"] else ""
        day = rf"(?<![\w.,$€£/:-])(?:3[01]|[12]\d|0?[1-9]{day_words})(?!\d)(?:{ordinal})?"
        day2 = rf"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:{ordinal})?"  # after a range dash, so no look-behind
        year = r"(?:1[89]|20)\d\d(?!\d|[.,]\d)"
        ysep = r",?\s++(?:(?:of|de|del)\s++)?"
        dsep = r"\s*+(?:(?:of|de)\s++)?" if lang != "fr" else r"\s++"
        wd_prefix = rf"(?:(?P<wd>{wd}),?\s++(?:(?:the|el|le)\s++)?)?"
        parts = lex["month_parts_words"]
        part = "(?:" + "|".join(
            word_alternation([p]) + (r"\s*+" if p.endswith("-") else r"\s++") for p in sorted(parts, key=len, reverse=True)
        ) + ")"
        range_sep = r"\s*+(?:-|–|—|to|through|until|al|a|au)\s*+"
        rel = word_alternation(lex["relative_days_words"])
        periods = word_alternation(lex["periods_words"])
        units = word_alternation(lex["units_words"])
        count = rf"(?:\d{{1,4}}|{NUMBER_WORDS_PATTERN[lang]}|an?)"
        approx = rf"(?:{word_alternation(lex['approx'])}\s++)?" if lex["approx"] else ""
        if lex["ago_after"]:
            ago = rf"(?<!\w){approx}(?P<n>{count})\s++(?P<u>{units})\s++{word_alternation(lex['ago_after'])}(?!\w)"
        else:
            ago = rf"(?<!\w){word_alternation(lex['ago_before'])}\s++{approx}(?P<n>{count})\s++(?P<u>{units})(?!\w)"
        wd_before = word_alternation(lex["weekday_before_words"])
        wd_after = rf"(?:\s++(?P<post>{word_alternation(lex['weekday_after_words'])})(?!\w))?" if lex["weekday_after_words"] else ""
        m_after = rf"(?:\s++(?P<post>{word_alternation(lex['month_after_words'])})(?!\w))?" if lex["month_after_words"] else ""
        y_before = "(?:" + "|".join(
            word_alternation([w]) + ("" if w.endswith("-") else r"\s++") for w in sorted(lex["year_before"], key=len, reverse=True)
        ) + ")"
        specs: list[tuple[str, _Handler]] = [
            (r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)(?P<s>[-/])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)", self._numeric),
            (r"(?<![\w/.,-])(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[/.-]\d)", self._numeric),
            (rf"{wd_prefix}(?P<d>{day}){dsep}(?P<m>{month_any})(?:{ysep}(?P<y>{year}))?", self._day_month),
            (rf"{wd_prefix}(?P<m>{month_any})\s++(?:the\s++)?(?P<d>{day})(?:,?\s++(?:(?:de|del)\s++)?(?P<y>{year}))?", self._day_month),
            (rf"(?P<d>{day}){range_sep}(?P<d2>{day2}){dsep}(?P<m>{month_any})(?:{ysep}(?P<y>{year}))?", self._day_month),
            (rf"(?P<m>{month_any})\s++(?P<d>{day}){range_sep}(?P<d2>{day2})(?:,?\s++(?P<y>{year}))?", self._day_month),
            (rf"(?<!\w)(?P<part>{part})?(?P<m>{month_any}){ysep}(?P<y>{year})", self._month),
            (rf"(?<!\w)(?P<part>{part})(?P<m>{month_full})(?!\w)", self._month),
            (rf"(?<!\w)(?P<trig>{word_alternation(lex['month_before_words'])})\s++(?P<m>{month_full})(?!\w){m_after}", self._month),
            (rf"(?<!\w)(?P<trig>{y_before})(?P<y>{year})(?!\s*+(?:%|percent|por\s+ciento|pour\s+cent))", self._year),
            (rf"(?<!\w)(?P<rel>{rel})(?!\w)", self._relative_day),
            (rf"(?<!\w)(?P<per>{periods})(?!\w)", self._period),
            (ago, self._ago),
            (rf"(?<!\w)(?:(?P<pre>{wd_before})\s++)?(?P<wd>{wd})(?!\w){wd_after}", self._weekday),
        ]
        self._patterns = [(re.compile(p, re.IGNORECASE), h) for p, h in specs]

    # Each handler returns (start, end, date, precision, basis, year_given, date_future, end_date) or None.

    def _numeric(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        year = int(m["y"])
        if "a" in m.groupdict():
            if len(m["y"]) == 2:
                if m["s"] != "/":
                    return None  # "10.32.15" is more likely a time or a version than a date
                year += 2000
            a, b = int(m["a"]), int(m["b"])
            day, month = (b, a) if self.lang == "en" else (a, b)
            if month > 12:  # "25/12/2025" in English text can only be day-first
                day, month = month, day
        else:
            month, day = int(m["m"]), int(m["d"])
        d = _make_date(year, month, day)
        return (m.start(), m.end(), _ymd(d), "day", "explicit", True, _ymd(d), "") if d else None

    def _day_month(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        month = self._month_number(m["m"])
        day = self._day_number(m["d"])
        day2 = self._day_number(m["d2"]) if m.groupdict().get("d2") else None
        if day2 is not None and day2 <= day:
            return None
        start = m.start()
        if m["y"]:
            d = _make_date(int(m["y"]), month, day)
            if not d:
                return None
            end = _make_date(d.year, month, day2) if day2 else None
            return (start, m.end(), _ymd(d), "day", "explicit", True, _ymd(d), _ymd(end) if end else "")
        if published is None:
            return (start, m.end(), "", "day", "none", False, "", "")
        past, future = _day_readings(month, day, published)
        if not past or not future:
            return None
        if m.groupdict().get("wd"):  # "Tuesday, March 3": the weekday tells the year
            weekday = self.lex["weekdays"].get(fold(m["wd"]))
            for d in (past, future):
                if d.weekday() == weekday:
                    past = future = d
                    break
        end_past = _make_date(past.year, month, day2) if day2 else None
        return (start, m.end(), _ymd(past), "day", "explicit", False, _ymd(future), _ymd(end_past) if end_past else "")

    def _month(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        month = self._month_number(m["m"])
        groups = m.groupdict()
        start = m.start()
        kind = "either"
        if groups.get("trig"):
            kind = self.lex["month_before"][fold(m["trig"])]
            if kind == "either":
                start = m.start("m")
        if groups.get("post"):
            kind = self.lex["month_after"][fold(m["post"])]
        if groups.get("y"):
            value = _ym(int(m["y"]), month)
            return (start, m.end(), value, "month", "month_only", True, value, "")
        if published is None:
            return (start, m.end(), "", "month", "none", False, "", "")
        past, future = _month_readings(month, published, kind)
        return (start, m.end(), past, "month", "month_only", False, future, "")

    def _year(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        trig = fold(m["trig"])
        start = m.start() if trig in self.lex["month_parts"] else m.start("y")
        return (start, m.end(), m["y"], "year", "year_only", True, m["y"], "")

    def _relative_day(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        word = fold(m["rel"])
        if self.lang == "es" and word == "manana" and re.search(r"(?:\bla|\bde|\bpor|\bcada)\s*$", text[max(0, m.start() - 8) : m.start()], re.I):
            return None  # "por la mañana" is "in the morning", not "tomorrow"
        if published is None:
            return (m.start(), m.end(), "", "day", "none", False, "", "")
        d = _ymd(published + dt.timedelta(days=self.lex["relative_days"][word]))
        return (m.start(), m.end(), d, "day", "relative", False, d, "")

    def _period(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        unit, offset = self.lex["periods"][fold(m["per"])]
        precision = "day" if unit == "week" else unit
        if published is None:
            return (m.start(), m.end(), "", precision, "none", False, "", "")
        if unit == "week":  # "last week": a week before; the weekday is not known
            value = _ymd(published + dt.timedelta(days=7 * offset))
        elif unit == "month":
            value = _ym(*_add_months(published.year, published.month, offset))
        else:
            value = f"{published.year + offset:04d}"
        return (m.start(), m.end(), value, precision, "relative", False, value, "")

    def _ago(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        n = 1.0 if fold(m["n"]) in ("a", "an") else parse_number(m["n"], self.lang)
        if n is None or n != int(n) or not 0 < n <= 400:
            return None
        n = int(n)
        unit = self.lex["units"][fold(m["u"])]
        precision = "day" if unit in ("day", "week") else unit
        if published is None:
            return (m.start(), m.end(), "", precision, "none", False, "", "")
        if unit in ("day", "week"):
            value = _ymd(published - dt.timedelta(days=n * (7 if unit == "week" else 1)))
        elif unit == "month":
            value = _ym(*_add_months(published.year, published.month, -n))
        else:
            value = f"{published.year - n:04d}"
        return (m.start(), m.end(), value, precision, "relative", False, value, "")

    def _weekday(self, m: re.Match, text: str, published: dt.date | None) -> tuple | None:
        weekday = self.lex["weekdays"][fold(m["wd"])]
        kind = "either"
        start = m.start("wd")
        if m["pre"]:
            kind = self.lex["weekday_before"][fold(m["pre"])]
            if fold(m["pre"]) not in ("el", "le"):  # "last Tuesday" keeps its modifier; "el martes" is "martes"
                start = m.start()
        if m.groupdict().get("post"):
            kind = self.lex["weekday_after"][fold(m["post"])]
        before = text[max(0, start - 6) : start].lower()
        if self.lang != "en":
            if re.search(r"\b(?:los|les)\s+$", before):
                return None  # "los martes": every Tuesday, not a date
            at_sentence_start = not before.strip() or before.rstrip()[-1] in ".!?:\"«»—\n"
            if m["wd"][0].isupper() and not m["pre"] and not at_sentence_start:
                return None  # "Santo Domingo", "Mardi gras": a name, not a weekday
        if published is None:
            return (start, m.end(), "", "day", "none", False, "", "")
        past, future = _weekday_readings(weekday, published, kind)
        return (start, m.end(), _ymd(past), "day", "weekday", False, _ymd(future), "")

    def _month_number(self, word: str) -> int:
        key = fold(word).rstrip(".")
        return self.lex["months"].get(key) or self.lex["month_abbr"][key]

    def _day_number(self, word: str) -> int:
        digits = re.match(r"\d+", word)
        return int(digits.group()) if digits else 1  # "primero", "premier"

    def find(self, text: str, published: dt.date | None) -> list[DateMention]:
        """Every date expression in text, sorted by start and non-overlapping.

        >>> [(m.text, m.date, m.basis) for m in get_finder("es").find("Ayer, el 5 de febrero.", dt.date(2025, 2, 6))]
        [('Ayer', '2025-02-05', 'relative'), ('5 de febrero', '2025-02-05', 'explicit')]
        """
        if isinstance(published, dt.datetime):
            published = published.date()
        found = []
        for pattern, handler in self._patterns:
            for m in pattern.finditer(text):
                got = handler(m, text, published)
                if got:
                    found.append(got)
        found.sort(key=lambda g: (g[0] - g[1], g[0]))  # longest first, then leftmost
        taken: list[tuple] = []
        for g in found:
            if all(g[1] <= t[0] or g[0] >= t[1] for t in taken):
                taken.append(g)
        taken.sort()
        return [DateMention(s, e, text[s:e], d, p, b, y, f, end) for s, e, d, p, b, y, f, end in taken]


@cache
def get_finder(lang: str) -> DateFinder:
    """The DateFinder of a language, built once.

    >>> get_finder("fr").find("mardi dernier", dt.date(2025, 2, 6))[0].date
    '2025-02-04'
    """
    return DateFinder(lang)


_HEADER_LINES = 6
_HEADER_CHARS = 1200
# A dateline: the date early in a short line, then a dash, a bar or an agency tag ("(Reuters) -").
_DATELINE_END = re.compile(r"\s*+(?:\d{1,2}[:.]\d{2}\s*+(?:[ap]\.?m\.?|GMT|UTC|CET|ET|EST|EDT)?\s*+)?(?:[-–—|]|\((?:Reuters|AP|AFP|EFE|dpa)\))", re.I)


@cache
def _label_pattern(lang: str) -> re.Pattern:
    labels = word_alternation(load_lexicon()[lang]["published_labels_words"])
    return re.compile(rf"(?<!\w)(?P<label>{labels})(?!\w)[\s:,]*+(?:(?:on|el|le|the)\s++)?[^\n]{{0,25}}$", re.I)


def find_published(text: str, lang: str) -> tuple[dt.date, int, int] | None:
    """The publication date the header of an article states, with its span; None if it states none.

    >>> find_published("MEXICO CITY, Feb. 5, 2025 (Reuters) - Mexico sent 26 men...", "en")
    (datetime.date(2025, 2, 5), 13, 25)
    """
    finder = get_finder(lang)
    labels = load_lexicon()[lang]["published_labels"]
    best: tuple[int, int, dt.date, int, int] | None = None
    offset = 0
    lines = text[:_HEADER_CHARS].split("\n")
    for line in [ln for ln in lines if ln.strip()][:_HEADER_LINES]:
        offset = text.index(line, offset)
        for m in finder.find(line, None):
            if m.precision != "day" or not m.date:
                continue
            label = _label_pattern(lang).search(line[: m.start])
            if label:
                score = 3 if labels[fold(label["label"])] == "published" else 1
            elif len(line.strip()) <= 80 or (m.start <= 60 and _DATELINE_END.match(line, m.end)):
                score = 2
            else:
                continue  # a date inside the lead's prose is an event's date, not the publication's
            key = (-score, offset + m.start, dt.date.fromisoformat(m.date), offset + m.start, offset + m.end)
            best = min(best, key) if best else key
        offset += len(line)
    return best[2:] if best else None
