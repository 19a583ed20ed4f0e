"""Two readings of a word before or around a trigger that the trigger rules once took for the whole sentence.

Eleventh round (issue 9, s11-held3), from the counts of the held-out set's missed events:

- ``earlier_act``: an earlier act named as a point of reference ("a previous attack", "un ataque
  anterior", "une frappe précédente"). A trigger inside that phrase is no act of the sentence, but another
  trigger of the type in the same sentence still is: "destroyed a boat days after a previous attack"
  tells the destruction. (These phrases were vetoes of the whole sentence before.)
- ``not_after_kept``: the subject of a movement verb that ``not_after`` reads as a smuggling boat leaving
  ("vessels left") is a naval one when it is qualified as military or coordinated with a warship ("navy
  vessels", "the USS Iwo Jima and two other vessels left port"): the trigger then stays a deployment.

Word lists: ``lexicon/triggers.yaml``. Folded text.
"""

from __future__ import annotations

import re

from timeline.extract.lexicon import LexiconError
from timeline.extract.pattern_text import first_chars

_WHERE = "timeline/extract/lexicon/triggers.yaml"
# How far before a trigger (characters) a kept subject's phrase may start.
_KEPT_REACH = 120


def _join(patterns: object, where: str) -> str:
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p == p.strip() for p in patterns):
        raise LexiconError(f"{_WHERE}: {where} must be a list of patterns without outer spaces")
    return "|".join(patterns)


def _ahead(patterns: list[str]) -> str:
    """A look-ahead on the letters the patterns can start with, so a scan skips most places at one test."""
    firsts = [first_chars(p) for p in patterns]
    return "" if None in firsts else "(?=[" + re.escape("".join(sorted(set().union(*firsts)))) + "])"


def earlier_acts(raw: dict, lang: str) -> dict[str, re.Pattern]:
    """Per event type, the phrases naming an earlier act in ``lang``.

    >>> p = earlier_acts({"earlier_act": {"boat_strike": {"en": ["a previous attack"]}}}, "en")
    >>> [m.span() for m in p["boat_strike"].finditer("sank a boat after a previous attack")]
    [(18, 35)]
    """
    out = {}
    for event_type, per_lang in (raw.get("earlier_act") or {}).items():
        patterns = (per_lang or {}).get(lang)
        if patterns:
            body = _join(patterns, f"earlier_act.{event_type}.{lang}")
            out[event_type] = re.compile(_ahead(patterns) + r"(?<![\w-])(?:" + body + r")(?![\w])")
    return out


def outside_earlier(pattern: re.Pattern | None, folded: str, hits: list) -> list:
    """``hits`` less those whose trigger starts inside a phrase of ``pattern`` (an earlier act named).

    >>> from types import SimpleNamespace as Hit
    >>> p = re.compile(r"a previous attack")
    >>> s = "sank a boat after a previous attack"
    >>> [h.start for h in outside_earlier(p, s, [Hit(start=0), Hit(start=s.index("attack"))])]
    [0]
    """
    if pattern is None:
        return hits
    spans = [m.span() for m in pattern.finditer(folded)]
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


def kept_subjects(raw: dict, lang: str, relative: str) -> dict[str, re.Pattern]:
    """Per event type, the military subjects that ``not_after`` must not take for a smuggling boat.

    >>> p = kept_subjects({"not_after_kept": {"troop_deployment": {"en": ["navy vessels"]}}}, "en", r"\\s*\\Z")
    >>> bool(p["troop_deployment"].search("two navy vessels ")), bool(p["troop_deployment"].search("two vessels "))
    (True, False)
    """
    out = {}
    for event_type, per_lang in (raw.get("not_after_kept") or {}).items():
        patterns = (per_lang or {}).get(lang)
        if patterns:
            body = _join(patterns, f"not_after_kept.{event_type}.{lang}")
            out[event_type] = re.compile(r"(?<![\w-])(?:" + body + ")" + relative)
    return out


def kept(pattern: re.Pattern | None, folded: str, start: int) -> bool:
    """Whether the text right before ``start`` ends on a kept (military) subject of ``pattern``."""
    return pattern is not None and pattern.search(folded, max(0, start - _KEPT_REACH), start) is not None
