"""Grammar features of a candidate event for the learned filter (thirteenth round, issue 9, s13-learn).

The seventh round's context features (:mod:`timeline.extract.candidate_context`) say where an act is
told; these say *how the rules found it*, the same way in English, Spanish and French, so that a
filter trained on some issuers may carry over to others:

- ``trigger``: how the event's type fires again on its own sentence: ``strong`` (every argument cue
  near the trigger), ``weak`` (a cue far away) or ``none`` (the event came from another step: a
  transcript's answer, a carried date, an enacting formula, a title);
- ``cue``: the distance from the trigger to its nearest argument cue, in three buckets;
- ``readings``: how many event types fire on the sentence (``1``, ``2``, ``3+``): an ambiguous sentence;
- ``conditional``: the sentence holds a conditional or hypothetical marker of its language;
- ``gap``: the event's date against the publication date (same week, same month, older, none);
- ``length``: the sentence's length in three buckets;
- ``object``: the kind of the first quantity found (troops, vessels, percent...), else ``none``;
- ``type×...``: the event type crossed with the trigger strength and the date basis, so that a weight
  may differ by type.

Plain Python, read from the candidate and its text only (never the corpus's metadata).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract.gazetteer import fold
from timeline.extract.model import Event
from timeline.extract.triggers import LANGS, get_triggers

# Markers of a conditional or hypothetical act, one family per language (folded text).
_CONDITIONAL = {
    "en": re.compile(r"\b(?:if|unless|would|could|might|whether|should)\b"),
    "es": re.compile(r"\b(?:si|podria|podrian|pudiera|pudieran|seria|serian|en caso de|a menos que)\b"),
    "fr": re.compile(r"\b(?:si|s'il|s'ils|pourrait|pourraient|serait|seraient|au cas ou|a moins que)\b"),
}


def _bucket(value: int, edges: tuple[int, ...], names: tuple[str, ...]) -> str:
    for edge, name in zip(edges, names, strict=False):
        if value <= edge:
            return name
    return names[-1]


def _gap(event: Event) -> str:
    if not event.date or not event.published:
        return "none"
    try:
        day = dt.date.fromisoformat((event.date + "-01-01")[:10] if len(event.date) < 10 else event.date)
        published = dt.date.fromisoformat(event.published)
    except ValueError:
        return "none"
    days = (published - day).days
    if days < -1:
        return "after"
    return _bucket(days, (7, 31), ("week", "month", "older"))


def grammar_features(event: Event) -> dict[str, float]:
    """The grammar features of one candidate (one-hot names, value 1.0).

    >>> e = Event("boat_strike", "2025-09-02", "day", "Sept. 2", "explicit", "happened",
    ...           "US forces struck a boat on Sept. 2.", 0, 35, 0.9, "en", published="2025-09-03")
    >>> f = grammar_features(e)
    >>> f["trigger=strong"], f["readings=1"], f["gap=week"], "conditional" in f
    (1.0, 1.0, 1.0, False)
    """
    folded = fold(event.evidence)
    hits = get_triggers(event.lang).find(folded) if event.lang in LANGS else []
    own = [h for h in hits if h.event_type == event.event_type]
    if not own:
        trigger, cue = "none", "none"
    else:
        best = max(own, key=lambda h: (h.strength, -h.cue_distance))
        trigger = "strong" if best.strength >= 1.0 else "weak"
        cue = _bucket(best.cue_distance, (20, 80), ("near", "mid", "far"))
    readings = len({h.event_type for h in hits})
    features = {
        f"trigger={trigger}": 1.0,
        f"cue={cue}": 1.0,
        f"readings={_bucket(readings, (0, 1, 2), ('0', '1', '2', '3+'))}": 1.0,
        f"gap={_gap(event)}": 1.0,
        f"length={_bucket(len(event.evidence), (120, 300), ('short', 'mid', 'long'))}": 1.0,
        f"object={next(iter(event.quantities), 'none')}": 1.0,
        f"{event.event_type}|trigger={trigger}": 1.0,
        f"{event.event_type}|basis={event.date_basis}": 1.0,
    }
    conditional = _CONDITIONAL.get(event.lang)
    if conditional is not None and conditional.search(folded):
        features["conditional"] = 1.0
    return features


def sentence_grammar_features(sentence: str, lang: str) -> dict[str, float]:
    """The grammar features that apply to a bare sentence, with no candidate (sixteenth round, issue 9,
    s16-learned): for the proposer of ``other`` events, which reads sentences the rules left empty.

    ``s-readings``: how many event types' triggers fire on the sentence (a weak hit leaves no event but
    is a cue); ``s-trigger``: the strongest hit (``strong``, ``weak``, ``none``); ``s-length``: three
    buckets; ``s-question``: the sentence asks; ``s-conditional``: a conditional marker of its language.

    >>> f = sentence_grammar_features("Would the navy strike?", "en")
    >>> f["s-question"], f["s-conditional"], f["s-length=short"]
    (1.0, 1.0, 1.0)
    """
    folded = fold(sentence)
    hits = get_triggers(lang).find(folded) if lang in LANGS else []
    strength = max((h.strength for h in hits), default=None)
    trigger = "none" if strength is None else ("strong" if strength >= 1.0 else "weak")
    readings = len({h.event_type for h in hits})
    features = {
        f"s-readings={_bucket(readings, (0, 1, 2), ('0', '1', '2', '3+'))}": 1.0,
        f"s-trigger={trigger}": 1.0,
        f"s-length={_bucket(len(sentence), (120, 300), ('short', 'mid', 'long'))}": 1.0,
    }
    if sentence.rstrip().endswith("?") or "¿" in sentence:
        features["s-question"] = 1.0
    conditional = _CONDITIONAL.get(lang)
    if conditional is not None and conditional.search(folded):
        features["s-conditional"] = 1.0
    return features
