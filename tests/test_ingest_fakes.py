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


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 text, Helvetica), written by hand."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
