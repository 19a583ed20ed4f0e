"""An act told by its doer in the first person: "enviamos", "we paused them", "nous avons imposé".

In a transcript or a speech the speaker often tells the government's own acts ("pospusimos los
aranceles", "we sent ten thousand troops", "nous avons déployé"): the doer is then the speaker, named
before in the title or the turn label, as for a stance voiced on the occasion (``context.voiced_now``).
The pipeline takes that speaker as the act's actor when the sentence names none (issue 9, fifth round).
"""

from __future__ import annotations

import re

from timeline.extract.context import CATCH_ALL
from timeline.extract.date_patterns import fold_same_length
from timeline.extract.triggers import TriggerHit, get_triggers

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


# Ninth round (issue 9, s9-es-acts): the act verb itself in the first person ("propusimos", "propuse",
# "firmé", "we proposed", "nous avons proposé"): a pronoun of the first person just before it, or
# (Spanish) the verb's own ending: first person plural, or singular preterite (an accented "-é" of the
# regular verbs, the unaccented "-e" of the strong ones: puse, hice, dije, tuve, traje, pude, vine).
_OWN_VERB = {
    "en": re.compile(r"\b(?:we|i)(?: \w+){0,2} $"),
    "es": re.compile(r"\b(?:nosotros|nosotras|yo)(?: \w+){0,2} $"),
    "fr": re.compile(r"\b(?:nous(?: avons)?|j'ai|je)(?: \w+){0,1} $"),
}
_OWN_ENDING = {"es": re.compile(r"(?:amos|emos|imos|(?:pus|hic|dij|tuv|traj|pud|vin|quis|duj)e)$")}


def act_in_first_person(lang: str, text: str, event_type: str) -> bool:
    """A miscellaneous act whose verb is told by its doer in the first person.

    Its doer is the speaker of a speech or transcript even where no label names them, so it is no
    unnamed aside (``dedup.drop_unanchored``).

    >>> act_in_first_person("es", "En 2025 propusimos una reforma a la Constitución", "other")
    True
    >>> act_in_first_person("es", "En 2025 presenté una reforma a la Constitución", "other")
    True
    >>> act_in_first_person("es", "En 2025 se propuso una reforma a la Constitución", "other")
    False
    >>> act_in_first_person("en", "This year we introduced an amendment to the Constitution", "other")
    True
    """
    own = _OWN_VERB.get(lang)
    if own is None:
        return False
    ending = _OWN_ENDING.get(lang)
    folded = fold_same_length(text)  # the offsets of the text hold in it, so its accents can be read
    for hit in (h for h in get_triggers(lang).find(folded) if h.event_type == event_type):
        word = folded[hit.start : hit.end].split(" ", 1)[0]
        accented = lang == "es" and text[hit.start + len(word) - 1 : hit.start + len(word)] == "é"
        if (ending is not None and (ending.search(word) or accented)) or own.search(
            folded[max(0, hit.start - 40) : hit.start]
        ):
            return True
    return False
