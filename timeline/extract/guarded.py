"""A compiled pattern that skips a whole-text scan when none of its literal stems is in the text (issue 9, twelfth round: speed).

Every match of a word list such as ``same_again`` ("did the same", "followed suit") holds one of a
few literal pieces (:func:`timeline.extract.pattern_text.literal_stems`). A scan of a whole sentence
costs a try at every position, several microseconds whatever the list; a substring test of each
piece costs a fraction of that, and most sentences hold none of them. A text without any piece has no
match, so the answer is the same. Only ``search``, ``finditer`` and ``findall`` over a whole text are
guarded; a window (``pos``/``endpos``), ``match`` and everything else go straight to the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NO_END = 2**63 - 1


class Guarded:
    """``compiled`` (any of whose matches holds one of ``stems``), asked only when a stem is in the text.

    >>> g = Guarded(re.compile(r"did (?:the same|so)|followed suit"), ("did ", "followed suit"))
    >>> g.search("they followed suit").group(), g.search("nothing here"), g.pattern
    ('followed suit', None, 'did (?:the same|so)|followed suit')
    """

    __slots__ = ("_compiled", "_stems")

    def __init__(self, compiled: re.Pattern, stems: tuple[str, ...]) -> None:
        if not stems or not all(stems):
            raise ValueError("a guard needs non-empty stems")
        self._compiled = compiled
        self._stems = stems

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        if pos != 0 or endpos < len(text):
            return False  # a window: asked directly (a slice would cost what the test saves)
        for stem in self._stems:  # noqa: SIM110 - a plain loop: cheaper than all() over a generator
            if stem in text:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = _NO_END) -> re.Match | None:
        if pos == 0 and endpos >= len(string):  # the test inlined: search is the most asked
            for stem in self._stems:  # noqa: SIM110 - a plain loop: cheaper than any() over a generator
                if stem in string:
                    break
            else:
                return None
        return self._compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _NO_END) -> Iterator[re.Match]:
        return iter(()) if self._absent(string, pos, endpos) else self._compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _NO_END) -> list:
        return [] if self._absent(string, pos, endpos) else self._compiled.findall(string, pos, endpos)

    def __getattr__(self, name: str):  # noqa: ANN204 - match, pattern, groups...: the pattern's own
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"Guarded({self._compiled!r}, {self._stems!r})"


def guarded(compiled: re.Pattern, stems: tuple[str, ...] | None) -> re.Pattern | Guarded:
    """``compiled`` behind a :class:`Guarded` when its stems are known, else ``compiled`` itself."""
    return compiled if not stems else Guarded(compiled, stems)
