"""A deployment's stated mission outside the campaign: troops sent for floods, fires, elections or vaccines.

Fifteenth round (issue 9, s15-es). A force sent, moved or reinforced is the campaign's deployment only
when its mission is: "se enviaron 300 elementos a Veracruz para atender a los damnificados por las
lluvias", "500 Guard members were sent to help with the wildfire evacuations", "2 000 soldats ont été
déployés pour sécuriser les élections" move troops, but for relief, a vote or a vaccination drive. The
mission is told by a purpose phrase after the trigger in its clause: a purpose word ("para", "for",
"to help", "pour", "afin de") and, within a few words, a noun of one of the mission classes of
``lexicon/senses.yaml`` (``mission``). Where the object itself is of such a class, ``senses.other_sense``
already rejects the trigger; this reads the purpose phrase after the troops, which it does not.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.triggers import TriggerHit

_WHERE = "timeline/extract/lexicon/senses.yaml"


@cache
def _mission(lang: str) -> tuple[frozenset[str], re.Pattern | None]:
    raw = load_lexicon("senses.yaml")
    spec = raw.get("mission") or {}
    if not spec:
        return frozenset(), None
    try:
        types = frozenset(spec["types"])
        openers = spec["opener"][lang]
        classes = [w for name in spec["classes"] for w in raw["classes"][name][lang]]
        words = int(spec.get("words", 4))
        rx = re.compile(
            r"(?<![\w-])(?:" + "|".join(openers) + r")\s+(?:[\w'-]+\s+){0," + str(words) + r"}?"
            r"(?:" + "|".join(classes) + r")(?![\w-])"
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise LexiconError(f"{_WHERE}: mission needs types, opener.{lang}, classes and words: {exc}") from exc
    return types, rx


def outside_campaign(lang: str, obj: str, hit: TriggerHit) -> bool:
    """Whether the trigger's object window ``obj`` (folded, its clause after the trigger) states a mission of another sense.

    >>> h = TriggerHit("troop_deployment", 0, 8, 1.0)
    >>> outside_campaign("es", " 300 elementos a veracruz para atender a los damnificados", h)
    True
    >>> outside_campaign("es", " 300 elementos a sinaloa para contener a los grupos delictivos", h)
    False
    >>> outside_campaign("en", " 500 guard members to help with the wildfire evacuations", h)
    True
    >>> outside_campaign("fr", " 2 000 soldats pour securiser les elections", h)
    True
    >>> outside_campaign("es", " 300 elementos para atender a los damnificados", TriggerHit("tariff", 0, 8, 1.0))
    False
    """
    types, rx = _mission(lang)
    return hit.event_type in types and rx is not None and rx.search(obj) is not None
