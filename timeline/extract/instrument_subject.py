"""A legal instrument is the campaign's act only when the campaign is its subject (issue 9, fifteenth round).

An order signed, a law promulgated, a decree published, a bill introduced, a resolution voted, an emergency
declared: the grammar (an act verb and an instrument as its object) is the same whatever the instrument is
about. On event-free documents (a bill on farm credit, a decree on health, a law on agriculture) these
triggers were the ones that came closest to an event, kept out only because their sentence carried no
date. Here such a reading is kept only when a campaign subject (``lexicon/subjects.yaml``) is named in its
sentence or in the document's title block (its first ``head_chars`` characters: a bill's long title, an
order's heading, a report's title).

>>> s = "senator smith introduced a bill on farm credit."
>>> from timeline.extract.triggers import TriggerHit
>>> h = TriggerHit("other", 14, 24, 1.0)
>>> [len(x) for x in on_subject("en", [s], [[h]])]
[0]
>>> [len(x) for x in on_subject("en", ["a bill to designate cartels as terrorists.", s], [[], [h]])]
[0, 1]
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.triggers import TriggerHit

_WHERE = "timeline/extract/lexicon/subjects.yaml"
_NEAR = 80  # characters from the act's verb to its instrument


def _alternation(raw: dict, key: str, lang: str) -> re.Pattern:
    words = (raw.get(key) or {}).get(lang)
    if not isinstance(words, list) or not words:
        raise LexiconError(f"{_WHERE}: {key}.{lang} must be a non-empty list of patterns")
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")


@cache
def _rules(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    raw = load_lexicon("subjects.yaml")
    return (
        _alternation(raw, "acts", lang),
        _alternation(raw, "instruments", lang),
        _alternation(raw, "campaign_subject", lang),
        int(raw.get("head_chars", 1000)),
    )


def _instrument_act(lang: str, folded: str, hit: TriggerHit) -> bool:
    """The hit is an act verb whose object near it is a legal instrument."""
    acts, instruments, _subject, _head = _rules(lang)
    if hit.event_type != "other" or not acts.fullmatch(folded, hit.start, hit.end):
        return False
    return bool(instruments.search(folded, max(0, hit.start - _NEAR), hit.end + _NEAR))


def on_subject(lang: str, folded: list[str], hits: list[list[TriggerHit]]) -> list[list[TriggerHit]]:
    """``hits`` (per sentence) less the instrument acts of a document whose subject is not the campaign."""
    _acts, _instruments, subject, head_chars = _rules(lang)
    head: bool | None = None  # whether the title block names the campaign, read once when first needed
    out = []
    for text, found in zip(folded, hits):
        kept = found
        if found and any(_instrument_act(lang, text, h) for h in found) and not subject.search(text):
            if head is None:
                block, size = [], 0
                for f in folded:
                    block.append(f)
                    size += len(f) + 1
                    if size >= head_chars:
                        break
                head = bool(subject.search(" ".join(block)[:head_chars]))
            if not head:
                kept = [h for h in found if not _instrument_act(lang, text, h)]
        out.append(kept)
    return out
