"""A date inside quoted words is what the speaker said, not when the speaker said it (issue 9, seventh round).

"Samedi 3 janvier, le ministre a déclaré : « le peuple vénézuélien est aujourd'hui libre »": the
statement is of Saturday; "aujourd'hui" belongs to the quotation. A stance is dated by the nearest
date mention outside quotation marks (« », “ ”, " "), when the sentence has one; the quoted dates are
used only when no other is told.
"""

from __future__ import annotations

import re

# An opening mark, then anything but its closing mark, then the closing mark (or the sentence's end).
_QUOTED = re.compile(r"«[^»]*(?:»|\Z)|“[^”]*(?:”|\Z)|\"[^\"]*(?:\"|\Z)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside quotation marks.

    >>> quoted_spans('Il a dit : « oui » et "non".')
    [(11, 18), (22, 27)]
    """
    return [m.span() for m in _QUOTED.finditer(text)]


def outside_quotes(sentence, mentions: list) -> list:  # noqa: ANN001 - a text.Sentence and date mentions
    """The date ``mentions`` of ``sentence`` (text offsets) that stand outside its quotations; all of them when none does."""
    spans = [(sentence.start + a, sentence.start + b) for a, b in quoted_spans(sentence.text)]
    if not spans:
        return mentions
    outside = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    return outside or mentions
