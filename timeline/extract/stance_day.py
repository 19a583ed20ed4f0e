"""The day's position a head of government or a minister gives answering in a press conference (issue 9, thirteenth round).

In a transcript a reporter asks, and the official who holds the next turn answers at length; annotators take
"a government's or a leader's dated position" (``tests/gold/README.md``) from the answer as a whole, though
its sentences may hold no statement predicate. ``stance_answers`` reads answers on sovereignty, troops or
military action; this step reads the other subjects of the campaign (``day_answer_subject`` in
``lexicon/triggers.yaml``: the United States, its government or leader, tariffs, cartels, drug trafficking,
security cooperation, extraditions, terrorist designations, Venezuela):

- the asking turn is held by no official; the answering turn's label names an actor of the gazetteer or an
  office; the question or the first sentences of the answer name a subject of the campaign;
- one of the answer's first sentences speaks in the first person (``stance_person``) and asks nothing, and
  the answer denies no act (the denial is the news, as the sentence loop reads it);
- ONE statement of that speaker, dated by the publication (the conference's day), with that sentence as
  evidence; none when the document already gives a statement of that day.
"""

from __future__ import annotations

from timeline.extract.agents import turn_speaker
from timeline.extract.answers import turns_of
from timeline.extract.model import Event
from timeline.extract.stance_answers import day_statement, in_first_person, lexicon_words
from timeline.extract.stance_asked import asks
from timeline.extract.text import Prepared

_ANSWER_SENTENCES = 3  # the answer proper: its first sentences


def names_subject(lang: str, folded: str) -> bool:
    """Whether the folded text names a subject of the campaign (``day_answer_subject``).

    >>> names_subject("es", "¿y los aranceles?"), names_subject("en", "what about the floods?")
    (True, False)
    """
    pattern = lexicon_words("day_answer_subject", lang)
    return pattern is not None and bool(pattern.search(folded))


def day_stances(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """One statement of the answering official, dated by the publication, when an answer is on the campaign."""
    if not published or None in (lexicon_words("day_answer_subject", lang), lexicon_words("stance_person", lang)):
        return []
    if any(e.event_type == "statement" and e.date == published for e in told):
        return []  # the day's position is already told
    turns = turns_of(prep.sentences, folded, lang)
    for before, turn in zip(turns, turns[1:]):
        if turn.role not in ("official", "office") or before.role not in ("unnamed", "other"):
            continue
        if not turn.sentences or not before.sentences:
            continue
        if not asks(folded, before.sentences):
            continue  # sixteenth round (issue 9, s16-prec): no question asked, no answer (a presenter, a speech)
        answer = turn.sentences[:_ANSWER_SENTENCES]
        texts = [folded[k][turn.body :] if k == turn.sentences[0] else folded[k] for k in answer]
        if not any(names_subject(lang, t) for t in texts + [folded[k] for k in before.sentences]):
            continue  # neither the question nor the answer is on the campaign
        for k, text in zip(answer, texts):
            if "?" in text or not in_first_person(lang, text):
                continue
            start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
            if any(e.modality == "denied" and e.start <= start < e.end for e in told):
                break  # the answer denies an act: the denial is the news
            speaker = turn.speaker or turn_speaker(prep.sentences, folded, k)
            if not speaker:
                break
            event = day_statement(prep, lang, published, start, end, speaker)
            event.confidence = 0.44
            return [event]
    return []
