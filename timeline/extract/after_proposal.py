"""Filters after proposal (issue 9, seventh round): what a sentence tells that is no event of its own.

The pipeline proposes events sentence by sentence; read against each other and the transcript's turns,
some are not news of the text:

- an act an unnamed voice of a transcript tells in a turn that asks nothing about it (``turns.py``);
- an act a stance voiced on the occasion names, told without a date of its own: the stance's object
  ("we reject any deployment of US troops", "rechazamos la designación", "nous condamnons le
  déploiement"); an act with a date of its own stays ("we condemn the strike of September 2");
- a stance told in the perfect ("como lo hemos dicho", "as we have said", "nous l'avons dit") after
  a stance the same speaker voiced that day in the text: it refers back to that stance, not a new one
  (a stance in the perfect before any other is kept: it opens the speaker's position).

Word lists: ``lexicon/triggers.yaml`` (``unnamed_turns``, ``perfect``).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.gazetteer import fold
from timeline.extract.lexicon import word_patterns
from timeline.extract.model import Event
from timeline.extract.text import Prepared
from timeline.extract.triggers import get_triggers
from timeline.extract.turns import drop_unasked

_CATCH_ALL = ("statement", "other")
_REACH = 40  # characters before a stance's trigger where its verb is read (as context.voiced_now does)


def drop_asides(prep: Prepared, events: list[Event], lang: str) -> list[Event]:
    """The events without an unnamed voice's asides, stances' objects, stances told again, undated negated acts."""
    return drop_negated(drop_told_again(drop_stance_objects(drop_unasked(prep, events, lang))))


@cache
def _whole_words(key: str, lang: str) -> re.Pattern | None:
    """The lexicon's ``key`` patterns for ``lang`` as one search for whole words, or None when it lists none."""
    words = word_patterns(key, lang)
    return None if words is None else re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")


def _negated(event: Event) -> bool:
    """The act's verb is negated: a negation among the three words before its trigger, in its clause."""
    words = _whole_words("negation", event.lang)
    if words is None:
        return False
    folded = fold(event.evidence)
    if not words.search(folded):
        return False  # most sentences hold no negation: the triggers are not read again
    hit = next((h for h in get_triggers(event.lang).find(folded) if h.event_type == event.event_type), None)
    if hit is None:
        return False
    before = re.split(r"[;:.?!]|,\s", folded[max(0, hit.start - 40) : hit.start])[-1].split()[-3:]
    return bool(words.search(" ".join(before)))


def drop_negated(events: list[Event]) -> list[Event]:
    """Without the acts told as not done ("no impusimos aranceles", "did not deploy") and with no date of their own."""
    return [
        e
        for e in events
        if not (
            e.event_type not in _CATCH_ALL
            and e.modality == "happened"
            and e.date_basis == "publication_fallback"
            and _negated(e)
        )
    ]


def drop_stance_objects(events: list[Event]) -> list[Event]:
    """Without the acts told undated in the sentence of a stance voiced on the occasion (its object).

    >>> from types import SimpleNamespace as E
    >>> told = [E(event_type="statement", date_basis="publication_fallback", start=0),
    ...         E(event_type="troop_deployment", date_basis="publication_fallback", start=0),
    ...         E(event_type="troop_deployment", date_basis="explicit", start=0)]
    >>> [e.date_basis for e in drop_stance_objects(told)]
    ['publication_fallback', 'explicit']
    """
    voiced = {e.start for e in events if e.event_type == "statement" and e.date_basis == "publication_fallback"}
    return [
        e
        for e in events
        if not (e.event_type not in _CATCH_ALL and e.date_basis == "publication_fallback" and e.start in voiced)
    ]


def perfect(lang: str) -> re.Pattern | None:
    """A verb in the perfect or pluperfect in ``lang`` (folded text), or None when the lexicon has none.

    >>> bool(perfect("es").search("como lo hemos dicho")), bool(perfect("en").search("we say"))
    (True, False)
    """
    return _whole_words("perfect", lang)


def _in_perfect(event: Event) -> bool:
    verb = perfect(event.lang)
    if verb is None:
        return False
    folded = fold(event.evidence)
    hits = [h for h in get_triggers(event.lang).find(folded) if h.event_type == "statement"]
    return any(verb.search(folded, max(0, h.start - _REACH), h.end) for h in hits)


def drop_told_again(events: list[Event]) -> list[Event]:
    """Without the stances told in the perfect after a stance of the same speaker and day (they refer back)."""
    kept: list[Event] = []
    for e in events:
        earlier = e.event_type == "statement" and any(
            k.event_type == "statement" and k.date == e.date and k.actors[:1] == e.actors[:1] and k.start < e.start
            for k in kept
        )
        if not (earlier and _in_perfect(e)):
            kept.append(e)
    return kept
