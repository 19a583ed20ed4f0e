"""A naive extractor to compare with: keywords + ``dateparser.search.search_dates``.

It stands for the usual quick approach: split the text into sentences, fire an event type whenever
one of its keywords (``lexicon/baseline.yaml``) starts a word, and date it with the first date
``search_dates`` finds in the sentence (``languages=[lang]`` and ``RELATIVE_BASE`` given, as it
should be), else the publication date. ``python -m timeline evaluate --baseline`` scores it on the
same gold set as the extractor.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import cache

from timeline.extract.gazetteer import fold
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event
from timeline.store.schema import EVENT_TYPES

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@cache
def _keywords(lang: str) -> dict[str, re.Pattern]:
    raw = load_lexicon("baseline.yaml")
    out = {}
    for event_type, per_lang in raw.items():
        words = (per_lang or {}).get(lang)
        if event_type not in EVENT_TYPES or not isinstance(words, list):
            raise LexiconError(f"timeline/extract/lexicon/baseline.yaml: {event_type}.{lang} must be a list of words")
        out[event_type] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")")
    return out


def naive_events(text: str, published: dt.date | str | None, lang: str) -> list[Event]:
    """Events of the naive baseline: every keyword hit, dated by search_dates or the publication date.

    >>> [(e.event_type, e.date) for e in naive_events("Mexico extradited 26 men on Tuesday.", "2025-08-13", "en")]
    [('extradition', '2025-08-12')]
    """
    from dateparser.search import search_dates

    pub = dt.date.fromisoformat(str(published)[:10]) if published else None
    settings = {"RELATIVE_BASE": dt.datetime.combine(pub, dt.time(12))} if pub else {}
    events = []
    start = 0
    for part in _SENTENCE_END.split(text):
        start = text.find(part, start)
        folded = fold(part)
        types = [t for t, pattern in _keywords(lang).items() if pattern.search(folded)]
        if not types or not part.strip():
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateparser's deprecation warnings from its own code
            found = search_dates(part, languages=[lang], settings=settings) or []
        date = found[0][1].date().isoformat() if found else (pub.isoformat() if pub else "")
        basis = "explicit" if found else "publication_fallback"
        for t in types:
            events.append(Event(t, date, "day" if date else "", "", basis, "happened", part, start, start + len(part), 0.5, lang))
        start += len(part)
    return events
