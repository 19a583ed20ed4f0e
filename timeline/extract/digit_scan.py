"""The matches of a date pattern that opens on a digit, found from the digit runs (issue 9, eleventh round: speed).

A pattern such as ``(?=\\d)(?<![\\w/.,-])...`` (a numeric date, a year, "the 5th of this month") can
only match at a digit with no word character before it. Digits are word characters, so that is where
a run of digits starts. The regex engine would try the pattern at every position of the text; one
scan for the runs of digits serves every such pattern, and each is then matched only where a run
starts. The matches, their groups and their order are exactly those of ``pattern.finditer``: every
place the pattern can match is a run's start, and a pattern's next match is looked for from its
last match's end, as ``finditer`` does.
"""

from __future__ import annotations

import re
from re import _parser as _sre_parse

_RUNS = re.compile(r"\d+")
# A look-ahead on a digit (or a class of digits), then a negative look-behind whose class holds \w.
_DIGIT_LED = re.compile(r"\(\?=(?:\\d|\[[0-9]+\])\)\(\?<!(?:\\w\)|\[\\w)")


def digit_led(pattern: re.Pattern) -> bool:
    r"""Whether every match of ``pattern`` opens on a digit with no word character before it (and is not empty).

    >>> digit_led(re.compile(r"(?=[12])(?<![\w.,])(?:19|20)\d\d")), digit_led(re.compile(r"(?=[0-9be])\d+"))
    (True, False)
    """
    if not _DIGIT_LED.match(pattern.pattern):
        return False
    return _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0


def runs(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Per span, where its runs of digits start."""
    return [[m.start() for m in _RUNS.finditer(text, a, b)] for a, b in spans]


def matches(pattern: re.Pattern, text: str, spans: list[tuple[int, int]], starts: list[list[int]]) -> list[re.Match]:
    r"""What ``[m for a, b in spans for m in pattern.finditer(text, a, b)]`` gives, for a :func:`digit_led` pattern.

    ``starts`` is :func:`runs` of the same text and spans.

    >>> p, text = re.compile(r"(?=\d)(?<![\w/])\d+ (?:may|june)"), "on 3 may, 24 june, x5 may"
    >>> [m.group() for m in matches(p, text, [(0, len(text))], runs(text, [(0, len(text))]))]
    ['3 may', '24 june']
    """
    out = []
    for (a, b), places in zip(spans, starts):
        last = a
        for at in places:
            if at >= last:
                m = pattern.match(text, at, b)
                if m:
                    out.append(m)
                    last = m.end()
    return out


def word_or_digit_matches(
    pattern: re.Pattern, text: str, spans: list[tuple[int, int]], starts: list[list[int]], words: tuple[str, ...]
) -> list[re.Match]:
    r"""Like :func:`matches`, for a pattern whose every match opens on a run of digits or on one of ``words``.

    "between 3 and 5 March", "el primero de marzo", "3 March": the places are the runs' starts and
    where each word is written (found by a substring search), in text order (twelfth round: speed).

    >>> p, text = re.compile(r"(?:between )?(?<!\w)\d+ may"), "between 3 may, 24 may, x5 may"
    >>> [m.group() for m in word_or_digit_matches(p, text, [(0, len(text))], runs(text, [(0, len(text))]), ("between",))]
    ['between 3 may', '24 may']
    """
    merged = []
    for (a, b), places in zip(spans, starts):
        found = set(places)
        for word in words:
            at = text.find(word, a, b)
            while at >= 0:
                found.add(at)
                at = text.find(word, at + 1, b)
        merged.append(sorted(found))
    return matches(pattern, text, spans, merged)
