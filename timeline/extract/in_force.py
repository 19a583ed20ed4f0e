"""A measure's entry into force, told in the future, is not a second measure (issue 9, seventh round).

"Le gouvernement va de l'avant avec des droits de douane de 25 % ... Ils entreront en vigueur le 4
février": one counter-tariff, dated by its decision; the 4 February is when it applies. The gold
conventions say so (``tests/gold/README.md``, rule 4: "the future entry into force of a measure
already counted is not a second event"), and the pipeline read the second sentence as a planned
tariff of 4 February beside the decided one. Here such an event is dropped when:

- it is a tariff, sanction or designation, planned (told in the future);
- its sentence holds a predicate of entry into force (``in_force`` in ``lexicon/triggers.yaml``:
  "take effect", "entrar en vigor", "entrer en vigueur");
- the article has another event of its type, not planned, dated on or before it, whose doer it shares
  or names no doer against (the measure it brings into force).

A measure told only by its entry into force ("the tariffs will take effect on March 4", alone) stays.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.gazetteer import fold
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event

MEASURES = frozenset({"tariff", "sanction", "fto_designation"})


@cache
def in_force(lang: str) -> re.Pattern:
    """The predicates of entry into force of ``lang`` (folded text).

    >>> bool(in_force("fr").search("les droits entreront en vigueur le 4 fevrier"))
    True
    """
    patterns = (load_lexicon("triggers.yaml").get("in_force") or {}).get(lang)
    if not isinstance(patterns, list) or not patterns:
        raise LexiconError(f"timeline/extract/lexicon/triggers.yaml: in_force.{lang} must be a non-empty list")
    return re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w])")


def _brings_into_force(event: Event, other: Event) -> bool:
    """Whether ``event`` (planned, told by its entry into force) is ``other``'s measure applying later."""
    if other is event or other.event_type != event.event_type or other.modality == "planned":
        return False
    if other.date[:10] > event.date[:10]:
        return False
    if not (event.actors or event.agent_country):
        return True  # it names no doer of its own
    return bool(event.actors and other.actors) and event.actors[0] == other.actors[0]


def drop_entry_into_force(events: list[Event]) -> list[Event]:
    """``events`` without the future entries into force of a measure they already hold.

    >>> def tariff(date, modality, evidence):
    ...     return Event("tariff", date, "day", "", "explicit", modality, evidence, 0, len(evidence), 0.5, "fr")
    >>> decided = tariff("2025-02-02", "happened", "Le gouvernement impose des droits de douane.")
    >>> applies = tariff("2025-02-04", "planned", "Les droits de douane entreront en vigueur le 4 février.")
    >>> [e.date for e in drop_entry_into_force([decided, applies])]
    ['2025-02-02']
    """
    out = []
    for event in events:
        if (
            event.event_type in MEASURES
            and event.modality == "planned"
            and in_force(event.lang).search(fold(event.evidence))
            and any(_brings_into_force(event, other) for other in events)
        ):
            continue
        out.append(event)
    return out
