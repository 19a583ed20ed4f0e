"""An act verb in the infinitive of a purpose is the aim of another act, not an act done.

"Nos reunimos para acordar un mecanismo de cooperación en seguridad", "we met in order to set up a
security working group", "nous nous sommes réunis afin de mettre en place une coopération": the
meeting happened; the agreement, the mechanism, the cooperation are what it was for, so their act is
planned. The words that open a purpose (``purpose`` in ``lexicon/triggers.yaml``) must stand right
before the trigger, and the trigger must be an infinitive (its ending, per language), so "firmamos
el acuerdo para combatir el tráfico" stays a signing done (issue 9, eighth round).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.lexicon import LexiconError

_WHERE = "timeline/extract/lexicon/triggers.yaml"


@dataclass(frozen=True)
class Purpose:
    """The words opening a purpose and the infinitive ending of one language."""

    opener: re.Pattern  # matches at the end of the text before a trigger
    infinitive: re.Pattern  # matches a whole word in the infinitive

    def told_before(self, folded: str, start: int) -> bool:
        """Whether the word at ``start`` of the folded sentence is an infinitive opened by a purpose word.

        >>> p = purpose_of({"purpose": {"es": {"opener": ["para"], "infinitive": "(?:ar|er|ir)"}}}, "es")
        >>> s = "nos reunimos para acordar un mecanismo"
        >>> p.told_before(s, s.index("acordar")), p.told_before(s, s.index("reunimos"))
        (True, False)
        """
        if not self.opener.search(folded, max(0, start - 40), start):
            return False
        word = re.match(r"[\w-]+", folded[start:])
        return bool(word and self.infinitive.fullmatch(word.group()))


def purpose_of(raw: dict, lang: str) -> Purpose | None:
    """The purpose words of ``lang`` from the trigger lexicon, or None when it has none."""
    entry = (raw.get("purpose") or {}).get(lang)
    if not entry:
        return None
    openers, ending = entry.get("opener"), entry.get("infinitive")
    if not isinstance(openers, list) or not openers or not isinstance(ending, str):
        raise LexiconError(f"{_WHERE}: purpose.{lang} needs a list 'opener' and a pattern 'infinitive'")
    try:
        return Purpose(
            re.compile(r"(?<![\w-])(?:" + "|".join(openers) + r")\s+\Z"),
            re.compile(r"[\w-]+?" + ending),
        )
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: purpose.{lang} has an invalid pattern: {exc}") from exc
