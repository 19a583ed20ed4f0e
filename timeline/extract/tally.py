"""The campaign as a whole told with the period it has run: a tally, not a new event (issue 9).

"Con los ataques de esta semana, la campaña suma ..." (a relative period) was the first such wording the
pipeline read as a tally. Eleventh round (issue 9, s11-held3), from the counts of the held-out set's false
events: so is the campaign told with the day it started, after "since" ("the strikes, which have killed
more than 80 people since Sept. 2", "los ataques, que han matado a más de 80 personas desde el 2 de
septiembre", "les frappes, qui ont tué plus de 80 personnes depuis le 2 septembre"). A day after "since"
still dates an act told in the singular ("depuis le 2 septembre, date à laquelle ..."): only a generic
trigger (a plural after "the", "los", "les") is the campaign. And an act of the sentence dated from
elsewhere (no date in its sentence: the paragraph's last day) whose type the sentence first names
generically ("the strikes, which have killed ...") is that campaign told again, not an act of that day.
So is an act whose object is a round, vague count ("dozens of", "decenas de", "des dizaines de") dated
only by a period ("has sent dozens of accused traffickers north this year"): many acts summed, not one.
"""

from __future__ import annotations

import re

from timeline.extract.context import is_generic
from timeline.extract.gazetteer import fold
from timeline.extract.text import normalise
from timeline.extract.triggers import TriggerHit, Triggers

# A round, vague count as the act's object, right after its verb (folded text).
_VAGUE = {
    "en": re.compile(r"\s(?:[\w-]+\s){0,2}?(?:dozens|scores|hundreds|thousands) of\b"),
    "es": re.compile(r"\s(?:[\w-]+\s){0,2}?(?:a\s)?(?:decenas|cientos|centenares|miles) de\b"),
    "fr": re.compile(r"\s(?:[\w-]+\s){0,2}?(?:des\s)?(?:dizaines|centaines|milliers) d[e']"),
}


def is_tally(triggers: Triggers, folded: str, hit: TriggerHit, basis: str, date_text: str, periods, hits=()) -> bool:  # noqa: ANN001
    """Whether ``hit`` tells the campaign: generic and dated only by a period (relative, or a day after "since"),
    or dated from outside its sentence after a generic trigger of its type (``hits``: the sentence's).

    >>> from timeline.extract.triggers import get_triggers
    >>> t = get_triggers("en"); s = "the strikes, which have killed more than 80 people at sea since sept. 2"
    >>> is_tally(t, s, t.find(s)[0], "explicit", "Sept. 2", set())
    True
    >>> s = "a strike killed three people at sea on sept. 2"
    >>> is_tally(t, s, t.find(s)[0], "explicit", "Sept. 2", set())
    False
    >>> s = "the strikes, which have killed more than 80 people at sea, drew criticism"
    >>> hits = t.find(s)
    >>> is_tally(t, s, hits[-1], "explicit", "Sept. 2", set(), hits)
    True
    """
    told = fold(normalise(date_text).text)  # as the sentence was: marks such as U+200F dropped (issue 13)
    if not told:
        return False
    if basis != "relative" and told not in folded:
        first = min((h for h in hits if h.event_type == hit.event_type), key=lambda h: h.start, default=None)
        if first is not None and first.start <= hit.start and is_generic(triggers, folded, first):
            return True
    vague = _VAGUE.get(triggers.lang)
    if basis == "relative" and told in periods and vague is not None and vague.match(folded, hit.end):
        return True  # "has sent dozens of ... this year"
    if not is_generic(triggers, folded, hit):
        return False
    if basis == "relative":
        return told in periods
    at = folded.find(told)
    return basis in ("explicit", "weekday") and at >= 0 and bool(triggers.since.search(folded, max(0, at - 20), at))
