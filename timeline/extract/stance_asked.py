"""Whether a turn asks: the structural cue of a question answered (issue 9, sixteenth round, s16-prec).

A position "given answering" needs a question asked. In a press conference the turn before an official's
answer asks something: a question mark (the Spanish opening "¿" included), or a turn that sets a question out
at length (a greeting, who asks for which outlet, the matter: three sentences or more, where a transcription
may have lost the mark). In a ceremony or a speech the turn before the official's words is a presenter's
short announcement ("He has the floor."), and what follows is no answer: a statement of the day read from it
is the speech's own words (a history lesson, greetings), not a position of the campaign given to the press.
The test holds in every language (punctuation and sentence count, not words).
"""

from __future__ import annotations

from collections.abc import Sequence

_SET_OUT = 3  # sentences of a turn that sets a question out at length


def asks(folded: Sequence[str], sentences: Sequence[int]) -> bool:
    """Whether a turn (indices into ``folded`` of its sentences) asks a question.

    >>> asks(["¿va a responder?", "gracias."], [0, 1]), asks(["bienvenidos.", "tiene la palabra."], [0, 1])
    (True, False)
    """
    return len(sentences) >= _SET_OUT or any("?" in folded[k] or "¿" in folded[k] for k in sentences)
