"""A stand-in extractor for the ingest tests, so they do not depend on the real extractor's accuracy.

It reads lines written like ``[boat_strike 2025-09-02 | Tren de Aragua | USA;VEN] Title.``; the
date may be ``yesterday``, resolved against the publication date as the real extractor would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

LINE = re.compile(r"^\[(\w+) (\S+) \| ([^|]*) \| ([^\]]*)\] (.+)$", re.MULTILINE)


@dataclass
class FakeEvent:
    event_type: str
    date: str
    date_text: str
    actors: list[str]
    countries: list[str]
    evidence: str
    lang: str = "en"
    quantities: dict = field(default_factory=dict)

    def to_row(self, source_url: str = "", published: str | None = None) -> dict:
        return {
            "event_type": self.event_type,
            "date": self.date,
            "date_precision": "day" if len(self.date) == 10 else "",
            "title": self.evidence[:60],
            "actors": ";".join(self.actors),
            "countries": ";".join(self.countries),
            "modality": "happened",
            "source_url": source_url,
            "published": published or "",
            "evidence": self.evidence,
            "language": self.lang,
            "confidence": "low",
            "status": "extracted",
        }


def fake_extract(text: str, published: str | None = None, lang: str | None = None) -> list[FakeEvent]:
    """Events from the bracketed lines of ``text``."""
    events = []
    for m in LINE.finditer(text):
        kind, when, actors, countries, sentence = m.groups()
        if when == "yesterday":
            when = (date.fromisoformat(published) - timedelta(days=1)).isoformat() if published else ""
        events.append(
            FakeEvent(kind, when, m.group(2), [a.strip() for a in actors.split(";") if a.strip()],
                      [c.strip() for c in countries.split(";") if c.strip()], sentence)
        )
    return events
