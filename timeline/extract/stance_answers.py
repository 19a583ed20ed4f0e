"""A position an official voices in the first person answering a question on the campaign (issue 9, twelfth round).

In a transcript a reporter asks about sovereignty, an intervention, foreign troops or military action
("¿Qué opina de la propuesta de enviar tropas a México?") and the official who holds the next turn
answers in the first person ("No estamos de acuerdo. Lo hemos dicho muchas veces."). The answer is the
government's position on the subject that day, a ``statement`` (``tests/gold/README.md``: "a government's or
a leader's dated position is a statement"), but its own sentences may name no object of the campaign, so
no statement rule fires on them. This step reads the pairs of turns after the sentence loop, as
``answers.answered`` does:

- the asking turn is held by no official (an unnamed voice, a reporter named by the label) and names a
  subject a position is asked on (``asked_stance`` in ``lexicon/triggers.yaml``);
- the answering turn's label names an actor of the gazetteer or an office, and one of its first two
  sentences speaks in the first person (``stance_person``: "we", "nosotros", "-amos", "je", "nous") and
  asks nothing itself and denies no act (an answer denying a deployment tells that denial);
- the statement is the speaker's, dated by the publication (the day the answer is given), with that
  sentence as evidence; only one per speaker and document, and none when the sentences already gave a
  statement dated by the publication (one position per speaker and day).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.agents import turn_speaker
from timeline.extract.answers import turns_of
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.guarded import Guarded, guarded
from timeline.extract.lexicon import word_patterns
from timeline.extract.model import Event
from timeline.extract.pattern_text import literal_stems
from timeline.extract.text import Prepared
from timeline.extract.titles import make_title

_FIRST_SENTENCES = 2  # the answer proper: its first two sentences


@cache
def lexicon_words(key: str, lang: str) -> re.Pattern | Guarded | None:
    """The compiled whole-word alternation of a lexicon section (``lexicon/triggers.yaml``), or None when the
    language has none; shared by the stance steps. A whole-text scan is skipped where none of the list's
    literal stems is (fifteenth speed round: these lists are asked of every sentence by several steps)."""
    words = word_patterns(key, lang)
    if words is None:
        return None
    return guarded(re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])"), literal_stems(words))


def asks_stance(lang: str, folded: str) -> bool:
    """Whether the folded text names a subject a position is asked on (``asked_stance``).

    >>> asks_stance("es", "¿que opina de la soberania?"), asks_stance("en", "what about the weather?")
    (True, False)
    """
    pattern = lexicon_words("asked_stance", lang)
    return pattern is not None and bool(pattern.search(folded))


def in_first_person(lang: str, folded: str) -> bool:
    """Whether the folded sentence speaks in the first person (``stance_person``).

    >>> in_first_person("es", "no estamos de acuerdo."), in_first_person("fr", "il pleut.")
    (True, False)
    """
    pattern = lexicon_words("stance_person", lang)
    return pattern is not None and bool(pattern.search(folded))


def answered_stances(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """The positions officials voice in the first person answering a question on the campaign's subjects.

    ``folded`` is the gazetteer's folding of each of ``prep.sentences``; ``published`` the publication's
    day (nothing is proposed without it); ``told`` the events the sentences gave.
    """
    if not published or lexicon_words("asked_stance", lang) is None or lexicon_words("stance_person", lang) is None:
        return []
    if any(e.event_type == "statement" and e.date == published for e in told):
        return []  # the day's position is already told
    turns = turns_of(prep.sentences, folded, lang)
    out: list[Event] = []
    voiced: set[str] = set()
    for before, turn in zip(turns, turns[1:]):
        if turn.role not in ("official", "office") or before.role not in ("unnamed", "other"):
            continue
        if not turn.sentences or not before.sentences:
            continue
        if not any(asks_stance(lang, folded[k]) for k in before.sentences):
            continue
        for k in turn.sentences[:_FIRST_SENTENCES]:
            text = folded[k][turn.body :] if k == turn.sentences[0] else folded[k]
            if "?" in text or not in_first_person(lang, text):
                continue
            start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
            if any(e.modality == "denied" and e.start <= start < e.end for e in told):
                break  # the answer denies an act (a deployment): the denial is the news
            speaker = turn.speaker or turn_speaker(prep.sentences, folded, k)
            if not speaker or speaker in voiced:
                break
            voiced.add(speaker)
            event = day_statement(prep, lang, published, start, end, speaker)
            out.append(event)
            break
    return out


def day_event(prep: Prepared, lang: str, event_type: str, day: str, start: int, end: int, confidence: float,
              actors: list[str], countries: list[str]) -> Event:
    """An event of ``day`` told by the sentence at ``start:end`` of the original, dated by the document's day."""
    event = Event(
        event_type=event_type,
        date=day,
        date_precision="day",
        date_text="",
        date_basis="publication_fallback",
        modality="happened",
        evidence=prep.original[start:end],
        start=start,
        end=end,
        confidence=confidence,
        lang=lang,
        actors=actors,
        countries=countries,
    )
    event.title = make_title(event)
    return event


def day_statement(prep: Prepared, lang: str, published: str, start: int, end: int, speaker: str) -> Event:
    """A position voiced on the day of publication: a ``statement`` of ``speaker`` quoting ``start:end``."""
    country = get_gazetteer().actor_country.get(speaker, "") if speaker else ""
    return day_event(prep, lang, "statement", published, start, end, 0.45,
                     [speaker] if speaker else [], [country] if country else [])
