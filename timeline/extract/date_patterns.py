"""Building blocks of the date patterns (timeline/extract/dates.py, published.py): text folded to the
same length, alternations and first-letter look-aheads of lexicon words, joined ranges."""

from __future__ import annotations

import re
import unicodedata

from timeline.extract.numbers import NUMBER_WORDS_PATTERN, fold

# The words a day-and-month pattern can open on besides a day ("between 3 and 5 March").
DAY_MONTH_WORDS = ("between", "entre")


def day_month_openers(lex: dict) -> tuple[str, ...]:
    """What every match of the day-and-month pattern that opens on no digit opens on: "between" or "entre",
    or the first word of a day written out ("primero", "premier"), folded (twelfth round: speed)."""
    return shortest_openers([*DAY_MONTH_WORDS, *lex["day_one"]])


def month_openers(lex: dict) -> tuple[str, ...]:
    """What every match of the month pattern ("March 3", "Sept. 2025") opens on: a month or its abbreviation."""
    return shortest_openers([*lex["months_words"], *lex["month_abbr_words"]])


def shortest_openers(words: list[str]) -> tuple[str, ...]:
    """The words' first words, folded, less those that open with another of them (where "january" is written,
    "jan" is too).

    >>> shortest_openers(["January", "Jan", "mayo", "May", "el primero"])
    ('jan', 'may', 'el')
    """
    firsts = list(dict.fromkeys(fold(w).split(" ")[0] for w in words))
    return tuple(w for w in firsts if w and not any(v != w and w.startswith(v) for v in firsts))


def first_letters(words: list[str]) -> str:
    """A look-ahead on the first characters of the words (folded), to open a pattern with.

    >>> first_letters(["Ayer", "hoy", "5"])
    '(?=[5ah])'
    """
    chars = sorted({fold(w)[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def alternation(words: list[str]) -> str:
    r"""Regex alternation of lexicon phrases in folded form (lower case, no accents), longest first.

    >>> alternation(["Mañana", "il y a"])
    '(?:il\\s+y\\s+a|manana)'
    """
    forms = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


# Patterns run on a folded copy of the text of the same length (lower case, accents removed), which
# lets them be case-sensitive: Python's re is several times slower on IGNORECASE alternations.
_ACCENTS = {c: unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)}
_ACCENTS = {c: ord(b) for c, b in _ACCENTS.items() if b.isascii() and b != chr(c)} | {0x2019: "'", 0x2BC: "'"}


def fold_same_length(text: str) -> str:
    """Lower case without accents, of the same length as ``text`` (so offsets hold).

    >>> fold_same_length("Él llegó")
    'el llego'
    """
    low = text.lower()
    if len(low) != len(text):  # rare letters such as "İ" lower-case to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # Only non-ASCII letters change: translating them alone is far cheaper than a dict look-up per character.
    return low if low.isascii() else _NON_ASCII.sub(_fold_run, low)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_ACCENTS)


def sentence_start(folded: str, at: int) -> bool:
    """Whether position ``at`` opens a sentence (only quotes and blanks after the last full stop).

    >>> sentence_start("he left. two days after", 9), sentence_start("came two days after", 5)
    (True, False)
    """
    before = folded[max(0, at - 4) : at].rstrip(" \t\"'«“")
    return not before or before[-1] in ".!?:—\n"


def word_before(words: list[str]) -> re.Pattern:
    """Matches one of the words right before an end position, for looking back from a match.

    >>> bool(word_before(["last"]).search("since last "))
    True
    """
    return re.compile(rf"(?<!\w)(?P<w>{alternation(words)})(?:(?<=-)|\s++)\Z")


# Between two days of one range across months: "Aug. 30 to Sept. 2", "del 30 de agosto al 2 de septiembre".
_RANGE_GAP = re.compile(r"\s*+(?:-|–|—|to|through|until|al|au|y el|et le)\s*+\Z")


def join_ranges(taken: list[tuple], folded: str) -> list[tuple]:
    """Two explicit days joined by "to" / "al" / "au" are one range: the first, with the second as end date.

    ``taken`` holds DateFinder tuples (start, end, date, precision, basis, year_given, date_future,
    end_date, ...), sorted by start.

    >>> join_ranges([(0, 7, "2025-08-30", "day", "explicit", False, "", ""),
    ...              (11, 18, "2025-09-02", "day", "explicit", False, "", "")], "aug. 30 to sept. 2")
    [(0, 18, '2025-08-30', 'day', 'explicit', False, '', '2025-09-02')]
    """
    out: list[tuple] = []
    for g in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[3] == g[3] == "day"
            and prev[4] == g[4] == "explicit"
            and not prev[7]
            and prev[2] < g[2]
            and _RANGE_GAP.match(folded, prev[1], g[0])
        ):
            out[-1] = (prev[0], g[1], prev[2], "day", "explicit", prev[5] or g[5], prev[6], g[2], *prev[8:])
            continue
        out.append(g)
    return out


def pattern_sources(lex: dict, lang: str) -> dict[str, str]:
    """The regex sources of the date finder of one language, by role (compiled by DateFinder).

    >>> from timeline.extract.numbers import load_lexicon
    >>> sorted(pattern_sources(load_lexicon()["en"], "en"))[:3]
    ['count_before', 'day_month', 'day_this_month']
    """
    src: dict[str, str] = {}
    # Each pattern starts on the core of an expression (a digit, a month, a weekday, a relative
    # word); the words that may precede it ("last", "in", "mid-", "Tuesday,") are looked up
    # backwards from a match, so the scan does not try every modifier at every position.
    month_any = rf"(?:{alternation(lex['months_words'])}(?!\w)|{alternation(lex['month_abbr_words'])}(?!\w)\.?)"
    ordinal = lex["day_ordinal"]
    day_words = "|" + alternation(lex["day_one"]) if lex["day_one"] else ""
    day = rf"(?<![\w.,$€£/:-])(?:3[01]|[12]\d|0?[1-9]{day_words})(?!\d)(?:{ordinal})?"
    day2 = rf"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:{ordinal})?"  # after a range dash, so no look-behind
    year = r"(?:1[89]|20)\d\d(?!\d|[.,]\d)"
    ysep = r",?\s++(?:(?:of|de|del)\s++)?"
    dsep = r"\s*+(?:(?:of|de)\s++)?" if lang != "fr" else r"\s++"
    range_ = r"\s*+(?:-|–|—|to|through|until|al|a|au)\s*+(?P<d2>" + day2 + ")"
    # "between 3 and 5 March", "entre el 3 y el 5 de marzo": 'and' makes a range only after 'between'.
    range_btw = r"(?:\s*+(?:-|–|—|to|through|until|al|a|au)\s*+|(?(btw)\s++(?:and|y|et)\s++(?:(?:el|le|the)\s++)?|(?!)))"
    range_btw += r"(?P<d2>" + day2 + ")"
    between = r"(?:(?P<btw>" + "|".join(DAY_MONTH_WORDS) + r")\s++(?:(?:el|le|the)\s++)?)?"
    # French never writes the month before the day ("mars 5"); English and some Spanish does.
    month_day = r"(?:\s++(?:the\s++)?(?P<d>" + day + ")(?:" + range_ + ")?)?" if lang != "fr" else "(?P<d>(?!))?(?P<d2>(?!))?"
    count = rf"(?:\d{{1,4}}|{NUMBER_WORDS_PATTERN[lang]}|an?)"
    approx = rf"(?:{alternation(lex['approx'])}\s++)?" if lex["approx"] else ""
    units = alternation(lex["units_words"])
    if lex["ago_before"]:  # "hace tres días", "il y a deux semaines"
        ago = rf"{alternation(lex['ago_before'])}\s++{approx}(?P<n>{count})\s++(?P<u>{units})"
    else:  # "two weeks ago": found from its unit, the count is looked up backwards
        ago = rf"(?P<u>{units})\s++{alternation(lex['ago_after'])}"
        src["count_before"] = rf"(?<!\w){approx}(?P<n>{count})\s++\Z"
    wd_after = rf"(?:\s++(?P<post>{alternation(lex['weekday_after_words'])}))?" if lex["weekday_after_words"] else ""
    m_after = rf"(?:\s++(?P<post>{alternation(lex['month_after_words'])})(?!\w))?" if lex["month_after_words"] else ""
    words = (
        rf"(?<!\w)(?:(?P<we>{alternation(lex['weekends_words'])})|(?P<per>{alternation(lex['periods_words'])})"
        rf"|(?P<rel>{alternation(lex['relative_days_words'])})"
        rf"|(?P<wd>{alternation(lex['weekdays_words'])}){wd_after}|{ago})(?!\w)"
    )
    # Each pattern opens with a look-ahead on the letters its expressions can start with: the
    # scan then skips most positions at one character test instead of trying every alternative.
    ago_start = lex["ago_before"] or lex["units_words"]
    src["numeric"] = (
        r"(?=\d)(?<![\w/.,-])(?:(?P<iy>(?:19|20)\d\d)(?P<is>[-/])(?P<im>1[0-2]|0?[1-9])(?P=is)(?P<id>3[01]|[12]\d|0?[1-9])(?!\d)"
        r"|(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[/.-]\d))"
    )
    src["day_month"] = rf"{first_letters([*DAY_MONTH_WORDS, *lex['day_one'], *'0123456789'])}{between}(?P<d>{day})(?:{range_btw})?{dsep}(?P<m>{month_any})(?:{ysep}(?P<y>{year}))?{m_after}"
    src["month"] = rf"{first_letters([*lex['months_words'], *lex['month_abbr_words']])}(?<!\w)(?P<m>{month_any}){month_day}(?:{ysep}(?P<y>{year}))?{m_after}"
    src["year"] = rf"(?=[12])(?<![\w.,$€£/])(?P<y>{year})(?!s\b|'s|\s*+(?:%|percent|por\s+ciento|pour\s+cent))"
    src["words"] = first_letters([*lex["weekends_words"], *lex["periods_words"], *lex["relative_days_words"], *lex["weekdays_words"], *ago_start]) + words
    if lex["day_alone"]:  # "el pasado día 3": a day of the publication's month (not "día 3 de marzo")
        src["day_alone"] = rf"{first_letters(lex['day_alone'])}(?<!\w)(?:{alternation(lex['day_alone'])})\s++(?P<dd>3[01]|[12]\d|0?[1-9])(?!\d|[.,:]\d)(?!\s*+(?:de|del)\b)"
    if lex["day_this_month"]:  # "le 7 courant", "el 7 del presente mes": a day of the publication's month
        src["day_this_month"] = rf"(?=\d)(?<![\w/.,-])(?P<dd>3[01]|[12]\d|0?[1-9])(?:{ordinal})?\s++(?:{alternation(lex['day_this_month'])})(?!\w)"
    # "two days later", "le lendemain", "three days after X", "hours after X": a date relative to
    # another event, not to the publication. Not when a noun follows "later"/"before" ("the day
    # before the vote", "la veille de l'élection"). The scan starts on the unit word; the count
    # before it is looked up backwards (starting on every number word would cost more).
    no_noun = r"(?!\w)(?!\s*+(?:de|d'|du|des|del|que|of|than|the)\b)"
    first = first_letters([*lex["event_days_words"], *lex["units_words"], *lex["hours"]])
    src["event_relative"] = (
        rf"{first}(?<!\w)(?:(?P<ev>{alternation(lex['event_days_words'])}){no_noun}"
        rf"|(?:(?P<u>{units})|(?P<h>{alternation(lex['hours'])}))\s++"
        rf"(?:(?P<aw>{alternation(lex['event_after_words'])})(?=\s++\w)|(?P<lw>{alternation(lex['event_later_words'])}){no_noun}))"
    )
    src["offset_count"] = rf"(?<!\w)(?P<n>{count}|{alternation(lex['few'])})\s++\Z"
    if lex["not_dates"]:
        src["not_dates"] = rf"(?<!\w){alternation(lex['not_dates'])}(?!\w)"
    src["weekday_before_day"] = rf"(?<!\w)(?P<w>{alternation(lex['weekdays_words'])}),?\s++(?:(?:the|el|le)\s++)?\Z"
    return src
