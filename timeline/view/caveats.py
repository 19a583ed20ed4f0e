"""Source caveats: which events' ``notes`` qualify their date or a number, and date precision in words.

Every bundled row has notes, most of them background ("Legal basis: EO 14059"). Some change how
the row should be read: "Three dates compete", "80 is kept as a minimum", "Reported tolls differ".
A sentence of the notes qualifies the date when it speaks of a date and of doubt or disagreement;
it qualifies a number when it speaks of a count or toll and of doubt, disagreement or a bound.
The rule is a plain word list, so it errs on the side of flagging: a flagged note is shown more
prominently, an unflagged one is still shown.

>>> flags = caveat_flags(pd.DataFrame({"notes": [
...     "Three dates compete: 6 Feb, 19 Feb and 20 Feb.", "80 is kept as a minimum.", "Legal basis: EO 14059.", ""]}))
>>> flags.values.tolist()
[[True, False], [False, True], [False, False], [False, False]]
"""

from __future__ import annotations

import re

import pandas as pd

from timeline.i18n import DEFAULT_LANGUAGE, N_, gettext

#: The date precision of an event, as said to a reader.
PRECISION_WORDS: dict[str, str] = {
    "day": N_("date known to the day"),
    "month": N_("date known to the month"),
    "year": N_("date known to the year"),
}

_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_DATE = re.compile(
    r"\b(?:dates?|dated|dates|day|when|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|jan|feb|march|april|june|july|aug|sept?|oct|nov|dec)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b(?:tolls?|dead|deaths?|killed|died|figures?|counts?|counted|tall(?:y|ies|ied)|minimum|number"
    r"|casualt\w*|quantity|survivors?|personnel|troops)\b",
    re.IGNORECASE,
)
_DOUBT = re.compile(
    r"\b(?:compete|contested|disputed?|differs?|diverge|disagree|split|unclear|inferred|likely|may|probably"
    r"|wrongly|another outlet|other outlets|one outlet|several outlets|some outlets|one source|one aggregator"
    r"|most (?:sources|outlets|media)|vary|varies|not (?:been )?(?:confirmed|verified)|could not confirm"
    r"|second source|estimates?|estimated|anywhere from|minimum|at least|or more|or higher|more than|about"
    r"|around|roughly|range|while|whereas|instead|first (?:gave|spoke)|later|absent|missing|rough|outlets"
    r"|a single site|website|places it|puts it|usual|in circulation|accounts|version)\b",
    re.IGNORECASE,
)


def _classify(note: str) -> tuple[bool, bool]:
    """(qualifies the date, qualifies a number) for one note."""
    on_date = on_number = False
    for sentence in _SENTENCE.split(note):
        if not _DOUBT.search(sentence):
            continue
        on_date = on_date or bool(_DATE.search(sentence))
        on_number = on_number or bool(_NUMBER.search(sentence))
    return on_date, on_number


def caveat_flags(events: pd.DataFrame) -> pd.DataFrame:
    """Two boolean columns, ``date`` and ``number``: whether each event's notes qualify its date or a number.

    Each distinct note is read once (notes repeat in large tables); a table without ``notes`` has none.
    """
    if "notes" not in events.columns or events.empty:
        return pd.DataFrame({"date": False, "number": False}, index=events.index)
    notes = events["notes"].fillna("").astype(str)
    verdicts = {n: _classify(n) if n else (False, False) for n in pd.unique(notes)}
    pairs = notes.map(verdicts)
    return pd.DataFrame({"date": pairs.str[0].astype(bool), "number": pairs.str[1].astype(bool)}, index=events.index)


def has_caveat(events: pd.DataFrame) -> pd.Series:
    """True where the notes qualify the date or a number."""
    flags = caveat_flags(events)
    return flags["date"] | flags["number"]


def precision_words(precision: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date precision in words in ``lang`` (an unknown precision as it is).

    >>> precision_words("month", "es")
    'fecha conocida al mes'
    """
    return gettext(PRECISION_WORDS[precision], lang) if precision in PRECISION_WORDS else precision


def caveat_heading(on_date: bool, on_number: bool, lang: str = DEFAULT_LANGUAGE) -> str:
    """What a flagged note is about, as the heading of its box in the detail.

    >>> caveat_heading(True, True)
    'Notes on the sources qualify the date and a number'
    """
    if on_date and on_number:
        return gettext("Notes on the sources qualify the date and a number", lang)
    if on_date:
        return gettext("Notes on the sources qualify the date", lang)
    if on_number:
        return gettext("Notes on the sources qualify a number", lang)
    return gettext("Notes on the sources", lang)


def hover_mark(on_date: bool, on_number: bool, lang: str = DEFAULT_LANGUAGE) -> str:
    """The hover's caveat line (HTML), empty when the notes qualify nothing.

    >>> hover_mark(False, True), hover_mark(True, False, "fr")
    ('<br>⚠ see notes: a number is qualified', '<br>⚠ voir les notes\u00a0: la date est nuancée')
    """
    if on_date and on_number:
        return "<br>⚠ " + gettext("see notes: the date and a number are qualified", lang)
    if on_date:
        return "<br>⚠ " + gettext("see notes: the date is qualified", lang)
    if on_number:
        return "<br>⚠ " + gettext("see notes: a number is qualified", lang)
    return ""
