"""Building blocks of the date patterns (timeline/extract/dates.py, published.py): text folded to the
same length, alternations and first-letter look-aheads of lexicon words, joined ranges."""

from __future__ import annotations

import re
import unicodedata

from timeline.extract.numbers import fold


def first_letters(words: list[str]) -> str:
    """A look-ahead on the first characters of the words (folded), to open a pattern with.

    >>> first_letters(["Ayer", "hoy", "5"])
    '(?=[5ah])'
    """
    chars = sorted({fold(w)[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def alternation(words: list[str]) -> str:
    r"""Regex alternation of lexicon phrases in folded form (lower case, no accents), longest first.

    >>> alternation(["Mañana", "il y a"])
    '(?:il\\s+y\\s+a|manana)'
    """
    forms = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


# Patterns run on a folded copy of the text of the same length (lower case, accents removed), which
# lets them be case-sensitive: Python's re is several times slower on IGNORECASE alternations.
_ACCENTS = {c: unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)}
_ACCENTS = {c: ord(b) for c, b in _ACCENTS.items() if b.isascii() and b != chr(c)} | {0x2019: "'", 0x2BC: "'"}


def fold_same_length(text: str) -> str:
    """Lower case without accents, of the same length as ``text`` (so offsets hold).

    >>> fold_same_length("Él llegó")
    'el llego'
    """
    low = text.lower()
    if len(low) != len(text):  # rare letters such as "İ" lower-case to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # Only non-ASCII letters change: translating them alone is far cheaper than a dict look-up per character.
    return low if low.isascii() else _NON_ASCII.sub(_fold_run, low)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_ACCENTS)


def sentence_start(folded: str, at: int) -> bool:
    """Whether position ``at`` opens a sentence (only quotes and blanks after the last full stop).

    >>> sentence_start("he left. two days after", 9), sentence_start("came two days after", 5)
    (True, False)
    """
    before = folded[max(0, at - 4) : at].rstrip(" \t\"'«“")
    return not before or before[-1] in ".!?:—\n"


def word_before(words: list[str]) -> re.Pattern:
    """Matches one of the words right before an end position, for looking back from a match.

    >>> bool(word_before(["last"]).search("since last "))
    True
    """
    return re.compile(rf"(?<!\w)(?P<w>{alternation(words)})(?:(?<=-)|\s++)\Z")


# Between two days of one range across months: "Aug. 30 to Sept. 2", "del 30 de agosto al 2 de septiembre".
_RANGE_GAP = re.compile(r"\s*+(?:-|–|—|to|through|until|al|au|y el|et le)\s*+\Z")


def join_ranges(taken: list[tuple], folded: str) -> list[tuple]:
    """Two explicit days joined by "to" / "al" / "au" are one range: the first, with the second as end date.

    ``taken`` holds DateFinder tuples (start, end, date, precision, basis, year_given, date_future,
    end_date, ...), sorted by start.

    >>> join_ranges([(0, 7, "2025-08-30", "day", "explicit", False, "", ""),
    ...              (11, 18, "2025-09-02", "day", "explicit", False, "", "")], "aug. 30 to sept. 2")
    [(0, 18, '2025-08-30', 'day', 'explicit', False, '', '2025-09-02')]
    """
    out: list[tuple] = []
    for g in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[3] == g[3] == "day"
            and prev[4] == g[4] == "explicit"
            and not prev[7]
            and prev[2] < g[2]
            and _RANGE_GAP.match(folded, prev[1], g[0])
        ):
            out[-1] = (prev[0], g[1], prev[2], "day", "explicit", prev[5] or g[5], prev[6], g[2], *prev[8:])
            continue
        out.append(g)
    return out
