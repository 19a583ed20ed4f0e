"""A meeting or a call told in an official's turn, its foreign party named in the sentences before (issue 9, sixteenth round).

In a transcript an official says who the other government's party is ("Ayer vino el secretario X.") and then,
one to three sentences later, tells the meeting or the call without naming the party again ("Nos reunimos por
la tarde." / "They met for two hours." / "Ils se sont entretenus hier."). ``call_turn.py`` reads first-person
calls whose party the question or the answer names; this step (s16-carry) also reads the third person and the
meeting told as a fact, and carries the party across at most three sentences of the same turn, or from the
question turn just before:

- the sentence tells a meeting or a call (``call_turn`` or ``call_carry`` in ``lexicon/triggers.yaml``), asks
  nothing, is neither negated nor hypothetical nor about a meeting inside one government (``call_carry_not``);
- it is dated: by one day of its own in digits, or by the day words of ``call_turn_today`` /
  ``call_turn_yesterday``, else by those of the nearest of the three sentences before it in the turn (the turn's
  day); an undated meeting is not proposed;
- the party is the first actor of the gazetteer of another country than the speaker's named by the sentence,
  else by the three sentences before it in the turn, else by the question turn just before;
- ONE ``other`` event per turn, none when the document already tells an ``other`` act of that day.
"""

from __future__ import annotations

from timeline.extract.agents import turn_speaker
from timeline.extract.answers import turns_of
from timeline.extract.call_turn import call_words, day_words
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.model import Event
from timeline.extract.stance_answers import day_event
from timeline.extract.text import Prepared

_BACK = 3  # sentences of the same turn the party may be named in


def told_call(lang: str, folded: str) -> bool:
    """Whether ``folded`` tells a meeting or a call held: asks nothing, neither negated, hypothetical nor internal.

    >>> told_call("es", "se reunieron ayer."), told_call("es", "no se reunieron."), told_call("en", "they met.")
    (True, False, True)
    """
    words = [call_words(k, lang) for k in ("call_turn", "call_carry", "call_carry_not")]
    if None in words or "?" in folded or words[2].search(folded):
        return False
    return bool(words[0].search(folded) or words[1].search(folded))


def _foreign(prep: Prepared, folded: list[str], k: int, country: str, speaker: str, actors_only: bool) -> str:
    """The first actor (or, unless ``actors_only``, country) of another country than ``country`` sentence k names."""
    for m in get_gazetteer().find(prep.sentences[k].text, folded[k]):
        if m.value == speaker or not m.country or m.country == country:
            continue
        if m.kind == "actor" or not actors_only:
            return m.value
    return ""


def carried_calls(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """The meetings and calls an official tells in a turn whose party the sentences before it name."""
    if not published or call_words("call_carry", lang) is None:
        return []
    turns = turns_of(prep.sentences, folded, lang)
    out: list[Event] = []
    days = {e.date for e in told if e.event_type == "other"}
    gazetteer = get_gazetteer()
    for before, turn in zip([None, *turns], turns):
        if turn.role not in ("official", "office"):
            continue
        for at, k in enumerate(turn.sentences):
            text = folded[k][turn.body :] if at == 0 else folded[k]
            if not told_call(lang, text):
                continue
            back = [*reversed(turn.sentences[max(0, at - _BACK) : at])]
            day = next((d for j in [k, *back] if (d := day_words(lang, text if j == k else folded[j], published,
                                                               prep.sentences[j].text))), "")
            if not day or day in days:
                continue
            speaker = turn.speaker or turn_speaker(prep.sentences, folded, k)
            country = gazetteer.actor_country.get(speaker, "") if speaker else ""
            if not country:
                continue
            asked = before.sentences if before is not None and before.role in ("unnamed", "other") else []
            party = next((p for j in [k, *back, *asked]
                          if (p := _foreign(prep, folded, j, country, speaker, actors_only=True))), "")
            if not party:
                continue
            start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
            doer = gazetteer.government_of.get(country) or speaker
            countries = [c for c in dict.fromkeys([country, gazetteer.actor_country.get(party, "")]) if c]
            out.append(day_event(prep, lang, "other", day, start, end, 0.42, [doer, party], countries))
            days.add(day)
            break  # one meeting per turn
    return out
