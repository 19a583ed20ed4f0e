"""A call or a meeting an official tells in an answer turn, its party named by the question (issue 9, fifteenth round).

In a transcript a reporter asks about another government's leader, and the official who holds the next turn
answers "Hablé con él esta mañana" / "I spoke with him this morning" / "Je lui ai parlé hier": the call is an
act of the day, but the call rules of ``lexicon/triggers.yaml`` need the leader beside the call word. This step
reads the turns after the sentence loop (s15-call):

- the answering turn's label names an actor of the gazetteer or an office, and a sentence of its answer tells
  a call, a conversation or a meeting, by a first-person past verb or by the call noun of the answer ("la
  llamada", "reunión ... con"; ``call_turn`` in ``lexicon/triggers.yaml``) and asks nothing;
- that sentence says when within the day's reach (``call_turn_today``: today, this morning; ``call_turn_yesterday``:
  yesterday, last night), or states one day of its own in digits ("el 3 de mayo"): an undated call is not
  proposed;
- the question before the turn, or the answer up to that sentence, names an actor of the gazetteer (not a
  government) of another country than the speaker's: the call's party;
- ONE ``other`` event per turn, dated by the conference's day (or the day before), the speaker's government and
  the party as actors; none when the document already tells an ``other`` act of that day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.agents import turn_speaker
from timeline.extract.answers import turns_of
from timeline.extract.dates import get_finder
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event
from timeline.extract.stance_answers import day_event
from timeline.extract.text import Prepared

_DIGITS = re.compile(r"\d")


@cache
def _lexicon() -> dict:
    return load_lexicon("triggers.yaml")  # parsed once for the three lists (the parse is the costly part)


@cache
def call_words(key: str, lang: str) -> re.Pattern | None:
    words = (_lexicon().get(key) or {}).get(lang)
    if not words:
        return None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError(f"timeline/extract/lexicon/triggers.yaml: {key}.{lang} must be a list of patterns")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")


def own_day(lang: str, text: str, published: str) -> str:
    """The one day, not after ``published``, a sentence with digits states; '' when it states none or several."""
    pub = dt.date.fromisoformat(published)
    found = {m.date for m in get_finder(lang).find(text, pub) if m.precision == "day" and m.date and m.date <= published}
    return found.pop() if len(found) == 1 else ""


def day_words(lang: str, folded: str, published: str, original: str = "") -> str:
    """The day ``folded`` states: one day of its own in digits, or today / yesterday by its day words; else ''.

    >>> day_words("es", "ayer vino el secretario.", "2025-03-04"), day_words("en", "they met.", "2025-03-04")
    ('2025-03-03', '')
    """
    today, yesterday = call_words("call_turn_today", lang), call_words("call_turn_yesterday", lang)
    if today is None or yesterday is None:
        return ""
    if _DIGITS.search(folded):
        return own_day(lang, original or folded, published)
    if yesterday.search(folded):
        return (dt.date.fromisoformat(published) - dt.timedelta(days=1)).isoformat()
    return published if today.search(folded) else ""


def call_day(lang: str, folded: str, published: str, original: str = "") -> str:
    """The day a first-person call told in ``folded`` was held, within the day's reach of ``published``; else ''.

    >>> call_day("es", "hable con el ayer.", "2025-03-04"), call_day("en", "i spoke with him.", "2025-03-04")
    ('2025-03-03', '')
    """
    verb = call_words("call_turn", lang)
    if verb is None or "?" in folded or not verb.search(folded):
        return ""
    return day_words(lang, folded, published, original)


def _party(prep: Prepared, folded: list[str], indices: list[int], country: str, speaker: str) -> str:
    """The first actor (a person, not a government) of another country than ``country`` the sentences name."""
    gazetteer = get_gazetteer()
    for k in indices:
        for m in gazetteer.find(prep.sentences[k].text, folded[k]):
            if m.kind == "actor" and m.value != speaker and m.country and m.country != country and not m.value.startswith("Government of"):
                return m.value
    return ""


def call_turns(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """The calls and meetings officials tell in the first person answering, their party named by the turn or question."""
    if not published or call_words("call_turn", lang) is None:
        return []
    turns = turns_of(prep.sentences, folded, lang)
    out: list[Event] = []
    days = {e.date for e in told if e.event_type == "other"}
    gazetteer = get_gazetteer()
    for before, turn in zip([None, *turns], turns):
        if turn.role not in ("official", "office"):
            continue
        for k in turn.sentences:
            text = folded[k][turn.body :] if k == turn.sentences[0] else folded[k]
            day = call_day(lang, text, published, prep.sentences[k].text)
            if not day or day in days:
                continue
            speaker = turn.speaker or turn_speaker(prep.sentences, folded, k)
            if not speaker:
                break
            country = gazetteer.actor_country.get(speaker, "")
            asked = before.sentences if before is not None and before.role in ("unnamed", "other") else []
            party = _party(prep, folded, asked + turn.sentences[: turn.sentences.index(k) + 1], country, speaker)
            if not party:
                continue
            start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
            doer = gazetteer.government_of.get(country) or speaker
            countries = [c for c in dict.fromkeys([country, gazetteer.actor_country.get(party, "")]) if c]
            event = day_event(prep, lang, "other", day, start, end, 0.42, [doer, party], countries)
            out.append(event)
            days.add(day)
            break  # one call per turn
    return out
