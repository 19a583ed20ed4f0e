"""What an unnamed voice of a transcript tells: a reporter's question, a voice-over (issue 9, seventh round).

A transcript labels its turns: an official by name or office, and a voice nobody names by what it is
("PREGUNTA", "INTERLOCUTORA", "VOZ MUJER", "QUESTION", "Q", "JOURNALISTE"). Such a voice tells an act
as the premise of the question it asks ("the US announced tariffs yesterday: will Mexico answer?"),
and the transcript reports that act as much as any; an act told in its turn that the turn asks nothing
about (the turn asks no question at or after the act's sentence: a comment after the last question, a
voice-over, a turn cut off) is the voice's aside, not news of the transcript. The interrogative mark
separates them, as counted on the real corpus (issue 9, seventh round): events in a reporter's turn
whose sentence or a later sentence of the turn asks a question were true, the others extra. Word
lists: ``lexicon/triggers.yaml`` (``unnamed_turns``).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from timeline.extract.agents import _TURN_LABEL
from timeline.extract.gazetteer import fold, get_gazetteer
from timeline.extract.lexicon import word_patterns
from timeline.extract.model import Event
from timeline.extract.text import Prepared

_ASKS = re.compile(r"[?¿]")


@cache
def unnamed_voice(lang: str) -> re.Pattern | None:
    """The label words of a turn held by a voice nobody names, in ``lang`` (folded text), or None.

    >>> bool(unnamed_voice("es").fullmatch("voz mujer")), bool(unnamed_voice("en").fullmatch("secretary rubio"))
    (True, False)
    """
    words = word_patterns("unnamed_turns", lang)
    if words is None:
        return None
    return re.compile(rf"\s*(?:{'|'.join(words)})\s*[:.]?\s*")


def drop_unasked(prep: Prepared, events: list[Event], lang: str) -> list[Event]:
    """The events, without those an unnamed voice of a transcript tells in a turn that asks nothing about them.

    ``prep`` is the article, segmented; the events' offsets are in ``prep.original``.

    >>> from types import SimpleNamespace as Told
    >>> from timeline.extract.text import normalise, segment
    >>> text = "PREGUNTA\\nEl ejército desplegó tropas ayer.\\nPRESIDENTA CLAUDIA SHEINBAUM PARDO\\nSí."
    >>> prep = segment(normalise(text), "es")
    >>> [e.start for e in drop_unasked(prep, [Told(start=9), Told(start=text.index("Sí"))], "es")]
    [78]
    """
    voice = unnamed_voice(lang)
    if voice is None or not events:
        return events
    labels = [s for s in prep.sentences if _TURN_LABEL.match(s.text)]
    if not labels:
        return events
    gazetteer = get_gazetteer()
    original = prep.original
    starts = [prep.to_original(s.start, s.end)[0] for s in labels]
    unnamed = [
        bool(voice.fullmatch(fold(s.text))) and not any(m.kind == "actor" for m in gazetteer.find(s.text))
        for s in labels
    ]
    kept = []
    for event in events:
        k = bisect.bisect_right(starts, event.start) - 1
        if k < 0 or not unnamed[k]:
            kept.append(event)
            continue
        turn_end = starts[k + 1] if k + 1 < len(starts) else len(original)
        if _ASKS.search(original, event.start, turn_end):
            kept.append(event)
    return kept
