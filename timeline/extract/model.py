"""The value the extractor returns: one proposed event, with its evidence, and its store row."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from timeline.store import schema

# The quantity shown in the store's quantity/quantity_unit columns, by event type (first present wins).
_MAIN_UNIT = {
    "boat_strike": ("vessels", "killed"),
    "drone_strike": ("killed",),
    "troop_deployment": ("troops", "ships", "aircraft", "vessels"),
    "extradition": ("people",),
    "sanction": ("people", "usd"),
    "tariff": ("percent",),
    "fto_designation": ("people",),
}
# An extraction nobody has reviewed is at most 'medium' in the store's vocabulary ("low: ... an
# automatic extraction not yet reviewed"; "medium: one reputable report, or an inferred date"):
# a very sure extraction (a trigger with its argument, an explicit date, a named actor) reads as one
# report, anything less as unreviewed. 'high' needs two sources or a review, which only a person gives.
_MEDIUM = 0.8


@dataclass
class Event:
    """An event proposed by the extractor, with the sentence it came from.

    ``start``/``end`` are offsets in the text given to :func:`timeline.extract_events`, so
    ``text[start:end] == evidence``. ``date`` is 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' by precision,
    or '' when no date could be resolved.
    """

    event_type: str
    date: str
    date_precision: str
    date_text: str
    date_basis: str  # explicit|relative|weekday|month_only|year_only|publication_fallback|none
    modality: str
    evidence: str
    start: int
    end: int
    confidence: float
    lang: str
    actors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    location: str = ""
    quantities: dict[str, float] = field(default_factory=dict)
    quantity_qualifiers: dict[str, str] = field(default_factory=dict)
    end_date: str = ""
    title: str = ""
    file: str = ""
    published: str = ""  # the article's publication date, YYYY-MM-DD: the caller's, else the one its text states
    # ISO3 of a country named as the doer when no actor stands for its government ("Ottawa replied with tariffs").
    agent_country: str = ""

    def to_dict(self) -> dict:
        """Plain JSON-ready mapping of every field (whole-number quantities as int)."""
        out = asdict(self)
        out["quantities"] = {k: int(v) if float(v).is_integer() else v for k, v in self.quantities.items()}
        return out

    def main_quantity(self) -> tuple[str, float] | None:
        """The quantity that best describes the event (troops for a deployment...), or None.

        >>> Event("troop_deployment", "", "", "", "none", "happened", "", 0, 0, 0.5, "en",
        ...       quantities={"ships": 8.0, "troops": 4000.0}).main_quantity()
        ('troops', 4000.0)
        """
        for unit in _MAIN_UNIT.get(self.event_type, ()):
            if unit in self.quantities:
                return unit, self.quantities[unit]
        for unit, value in self.quantities.items():
            if unit != "killed":
                return unit, value
        return None

    def to_row(self, source_url: str = "", published: str = "", source_name: str = "") -> dict[str, str]:
        """The event as a row of the store's schema (see timeline/store/schema.py), status 'extracted'.

        ``published`` defaults to the publication date the extractor was given or found in the text.

        >>> e = Event("extradition", "2025-02", "month", "en febrero", "month_only", "happened",
        ...           "...", 0, 3, 0.9, "es", ["Government of Mexico"], ["MEX", "USA"],
        ...           quantities={"people": 29.0})
        >>> row = e.to_row("https://example.org/a", "2025-03-01")
        >>> row["date"], row["quantity"], row["quantity_unit"], row["confidence"], row["countries"]
        ('2025-02-01', '29', 'people', 'medium', 'MEX;USA')
        """
        main = self.main_quantity()
        notes = []
        if main and main[0] in self.quantity_qualifiers:
            notes.append(f"quantity: {self.quantity_qualifiers[main[0]]} {_num(main[1])}")
        if self.date_basis == "publication_fallback":
            notes.append("date: publication date, the article gives no date for this event")
        row = {
            "date": _first_day(self.date),
            "date_precision": self.date_precision if self.date else "",
            "end_date": self.end_date,
            "event_type": self.event_type,
            "title": self.title,
            "summary": "",
            "actors": schema.join_list(self.actors),
            "countries": schema.join_list(self.countries),
            "location": self.location,
            "fatalities": _num(self.quantities["killed"]) if "killed" in self.quantities else "",
            "quantity": _num(main[1]) if main else "",
            "quantity_unit": main[0] if main else "",
            "modality": self.modality,
            "source_name": source_name,
            "source_url": source_url,
            "published": published or self.published,
            "evidence": self.evidence,
            "language": self.lang,
            "confidence": confidence_level(self.confidence),
            "status": "extracted",
            "notes": "; ".join(notes),
        }
        row["event_id"] = schema.make_event_id(
            row["event_type"], row["date"], self.actors, self.countries, self.location
        )
        return row


def confidence_level(score: float) -> str:
    """The store's confidence for a 0-1 extractor score: 'medium' when very sure, else 'low'; never 'high'.

    >>> confidence_level(0.95), confidence_level(0.6), confidence_level(0.2)
    ('medium', 'low', 'low')
    """
    return "medium" if score >= _MEDIUM else "low"


def _first_day(date_text: str) -> str:
    if len(date_text) == 4:
        return f"{date_text}-01-01"
    if len(date_text) == 7:
        return f"{date_text}-01"
    return date_text


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
