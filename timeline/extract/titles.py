"""Short English headlines for extracted events, generated from their fields."""

from __future__ import annotations

from timeline.extract.model import Event
from timeline.store.schema import country_name

_PREFIX = {"planned": "Planned: ", "threatened": "Threatened: ", "denied": "Denied: ", "happened": ""}
_UNIT_WORDS = {
    "troops": "troops",
    "ships": "ships",
    "aircraft": "aircraft",
    "vessels": "boats",
    "people": "people",
}


def _n(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _who(event: Event) -> str:
    """The acting side in a few words: the first actor, or the first country."""
    if event.actors:
        return event.actors[0]
    if event.countries:
        return "US" if event.countries[0] == "USA" else country_name(event.countries[0])
    return ""


def make_title(event: Event) -> str:
    """A headline of at most about ten words, in English, from the event's fields.

    >>> e = Event("boat_strike", "2025-09-02", "day", "", "explicit", "happened", "", 0, 0, 0.9, "en",
    ...           ["US military"], ["USA"], "Eastern Pacific", {"killed": 4.0})
    >>> make_title(e)
    'US military strike on boat in Eastern Pacific kills 4'
    """
    who = _who(event)
    q = event.quantities
    where = f" in {event.location}" if event.location else ""
    t = event.event_type
    if t == "boat_strike":
        title = f"{who or 'US'} strike on boat{where}" + (f" kills {_n(q['killed'])}" if "killed" in q else "")
    elif t == "drone_strike":
        title = f"{who or 'US'} strike on land target{where}" + (f" kills {_n(q['killed'])}" if "killed" in q else "")
    elif t == "troop_deployment":
        main = event.main_quantity()
        what = f"{_n(main[1])} {_UNIT_WORDS.get(main[0], main[0])}" if main and main[0] in _UNIT_WORDS else "forces"
        to = f" to {event.location}" if event.location else ""
        title = f"{who or 'Government'} deploys {what}{to}"
    elif t == "extradition":
        # Transfers go to the US: the sender is the other country named, not a US agency.
        n = f"{_n(q['people'])} people" if "people" in q else "cartel figures"
        sender = next((c for c in event.countries if c != "USA"), "")
        title = f"{country_name(sender)} sends {n} to the US" if sender else f"Transfer of {n} to the US"
    elif t == "fto_designation":
        targets = [a for a in event.actors[1:] if a not in ("Department of State", "Donald Trump")]
        what = ", ".join(targets[:3]) or "cartels"
        title = f"{who or 'US'} designates {what} as terrorist organizations"
    elif t == "sanction":
        title = f"{who or 'US'} announces sanctions" + (f" on {_n(q['people'])} people" if "people" in q else "")
    elif t == "tariff":
        title = f"{who or 'US'} tariffs" + (f" of {_n(q['percent'])}%" if "percent" in q else "")
    elif t == "military_planning":
        title = f"{who or 'US'} military operation{where}"
    elif t == "statement":
        title = f"Statement by {who}" if who else "Government statement"
    else:
        title = f"{who} event".strip()
    return (_PREFIX.get(event.modality, "") + title)[:120]
