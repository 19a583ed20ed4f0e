"""An act told as the cause of another act of its sentence is that act's reason, not news of its own.

"Petro suspended intelligence sharing over the strikes on boats", "suspendió el intercambio de
inteligencia por los ataques contra lanchas", "a suspendu le partage de renseignements en raison des
frappes": what the sentence reports is the suspension; the strikes, named with a definite article after
a word of cause (``cause`` in ``lexicon/triggers.yaml``), are the campaign it answers, told before. So a
specific act's trigger standing right after such words is dropped when another act of the sentence is
told before it (issue 9, ninth round, from the counts of the held-out sets' false events).
"""

from __future__ import annotations

import re

from timeline.extract.lexicon import LexiconError

_WHERE = "timeline/extract/lexicon/triggers.yaml"
# What a cause names is already told: a definite article, a demonstrative or a possessive, then at most
# two words (an adjective, "recent") before the act's noun.
_ARTICLES = {
    "en": r"(?:the|these|those|its|their|his|her|washington.s|us)",
    "es": r"(?:los|las|el|la|estos|estas|esos|esas|sus)",
    "fr": r"(?:des|du|de la|de l.|aux|au|a la|a l.|contre (?:les|la|le|l.|ces)|les|la|le|l.|ces|ses|leurs)",
}
_CATCH_ALL = ("statement", "other")


def cause_pattern(raw: dict, lang: str) -> re.Pattern | None:
    """The words of cause of ``lang`` with the article after them, anchored at the end of a text, or None.

    >>> p = cause_pattern({"cause": {"en": ["over"]}}, "en")
    >>> bool(p.search("suspended sharing over the ")), bool(p.search("flew over "))
    (True, False)
    """
    words = (raw.get("cause") or {}).get(lang)
    if words is None:
        return None
    if not isinstance(words, list) or not all(isinstance(w, str) and w == w.strip() for w in words):
        raise LexiconError(f"{_WHERE}: cause.{lang} must be a list of patterns without outer spaces")
    article = _ARTICLES[lang]
    try:
        return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")\s+" + article + r"\s*(?:[\w-]+\s+){0,2}\Z")
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: cause.{lang} has an invalid pattern: {exc}") from exc


def without_causes(cause: re.Pattern | None, folded: str, hits: list) -> list:
    """``hits`` less the specific acts told as the cause of an act of the sentence told before them.

    >>> from types import SimpleNamespace as Hit
    >>> p = cause_pattern({"cause": {"en": ["over"]}}, "en")
    >>> s = "petro suspended intelligence sharing over the strikes on boats"
    >>> hits = [Hit(event_type="statement", start=6), Hit(event_type="boat_strike", start=s.index("strikes"))]
    >>> [h.event_type for h in without_causes(p, s, hits)]
    ['statement']
    """
    if cause is None or len(hits) < 2:
        return hits
    first = min(h.start for h in hits)
    return [
        h
        for h in hits
        if h.event_type in _CATCH_ALL or h.start == first or not cause.search(folded, max(0, h.start - 60), h.start)
    ]
