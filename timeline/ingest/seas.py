"""Representative map points for sea areas, the same the bundled data uses (README, "Coordinates are approximate").

Strikes at sea seldom come with a position; the bundled rows put them on one point per sea area, so
that they reach the map. Events extracted from an article get the same points from their location.

>>> sea_point("Eastern Pacific (off Colombia)"), sea_point("southern Caribbean, off Venezuela")
((4.0, -80.5), (12.5, -66.0))
>>> sea_point("Caribbean Sea"), sea_point("eastern Pacific Ocean"), sea_point("Mexico City")
((14.5, -72.5), (7.0, -85.0), None)
"""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], tuple[float, float]], ...] = (
    (re.compile(r"pacific.*colombia|colombia.*pacific", re.IGNORECASE), (4.00, -80.50)),
    (re.compile(r"caribbean.*venezuela|venezuela.*caribbean|off (?:the coast of )?venezuela", re.IGNORECASE),
     (12.50, -66.00)),
    (re.compile(r"caribbean", re.IGNORECASE), (14.50, -72.50)),
    (re.compile(r"pacific", re.IGNORECASE), (7.00, -85.00)),
)  # fmt: skip


def sea_point(location: str) -> tuple[float, float] | None:
    """(latitude, longitude) of the sea area a location names, or None when it names none."""
    for pattern, point in _RULES:
        if pattern.search(location or ""):
            return point
    return None
