"""An act told by its doer in the first person: "enviamos", "we paused them", "nous avons imposé".

In a transcript or a speech the speaker often tells the government's own acts ("pospusimos los
aranceles", "we sent ten thousand troops", "nous avons déployé"): the doer is then the speaker, named
before in the title or the turn label, as for a stance voiced on the occasion (``context.voiced_now``).
The pipeline takes that speaker as the act's actor when the sentence names none (issue 9, fifth round).
"""

from __future__ import annotations

import re

from timeline.extract.context import CATCH_ALL
from timeline.extract.triggers import TriggerHit

# Folded text. A first-person pronoun, or (Spanish) a verb ending of the first person plural.
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:we|i)\b"),
    "es": re.compile(r"\b(?:nosotros|nosotras|yo|[a-z]{2,16}(?:amos|emos|imos))\b"),
    "fr": re.compile(r"\b(?:nous|je|j'ai|j'avais)\b"),
}
_CLAUSE_END = re.compile(r"[;:.?!]")
_BEFORE, _AFTER = 60, 40


def told_by_speaker(lang: str, folded: str, hit: TriggerHit) -> bool:
    """A specific act whose clause, around its trigger, is in the first person.

    >>> from timeline.extract.triggers import get_triggers
    >>> s = "enviamos 10 mil elementos a la frontera"
    >>> told_by_speaker("es", s, get_triggers("es").find(s)[0])
    True
    >>> s = "mexico envio 10 mil elementos a la frontera"
    >>> told_by_speaker("es", s, get_triggers("es").find(s)[0])
    False
    """
    pattern = _FIRST_PERSON.get(lang)
    if pattern is None or hit.event_type in CATCH_ALL:
        return False
    lo = max(0, hit.start - _BEFORE)
    cut = [m.end() for m in _CLAUSE_END.finditer(folded, lo, hit.start)]
    lo = cut[-1] if cut else lo
    stop = _CLAUSE_END.search(folded, hit.end)
    hi = min(hit.end + _AFTER, stop.start() if stop else len(folded))
    return pattern.search(folded, lo, hi) is not None
