"""The publication date an article states in its header: a dateline, "Published on", a date line."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.date_patterns import alternation, fold_same_length
from timeline.extract.dates import get_finder
from timeline.extract.numbers import fold, load_lexicon

_HEADER_LINES = 6
_HEADER_CHARS = 1200
# A dateline: the date early in a short line, then a dash, a bar or an agency tag in parentheses
# ("(Reuters) -", "(Wire) —", "(Agencias).–"): any short name, since wires and papers name their own.
_DATELINE_END = re.compile(r"\s*+(?:\d{1,2}[:.]\d{2}\s*+(?:[ap]\.?m\.?|GMT|UTC|CET|ET|EST|EDT)?\s*+)?(?:[.,]?\s*+[-–—|]|\([^\W\d][\w .&/-]{0,38}\)\s*+[.,]?\s*+[-–—|]?)", re.I)


@cache
def _label_pattern(lang: str) -> re.Pattern:
    labels = alternation(load_lexicon()[lang]["published_labels_words"])
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
            label = _label_pattern(lang).search(fold_same_length(line[: m.start]))
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


def as_date(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """The caller's publication date as a date (None when not given); a malformed one is an error saying what to give.

    >>> as_date("2025-02-05T10:00:00"), as_date(""), as_date(dt.datetime(2025, 2, 5, 9))
    (datetime.date(2025, 2, 5), None, datetime.date(2025, 2, 5))
    """
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError as exc:
        raise ValueError(f"published={published!r} is not a date; give it as YYYY-MM-DD") from exc
