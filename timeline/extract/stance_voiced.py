"""A position told in the first person on another government or its measures (issue 9, twelfth round).

In a transcript or a speech a minister or a head of government tells what they must, hope, want, refuse
or will answer about another government or its measures ("We must respond to the American tariffs",
"Esperamos que el gobierno de Estados Unidos reconsidere", "Nous devons riposter aux droits de douane"):
the day's position of their government, a ``statement`` (``tests/gold/README.md``), though no stance verb
of the statement rules names a campaign object in the sentence. This step reads the sentences after the
sentence loop, as ``stance_answers`` does:

- the sentence holds a first-person predicate of duty, hope, will, refusal or reply (``stance_will`` in
  ``lexicon/triggers.yaml``) and names another government of the campaign or its measures (``stance_other``:
  the United States, its administration, its tariffs, Venezuela); it asks nothing, is not a reporter's, and
  speaks of no visit, trip, studies or match (``stance_not``: the same words in another sense); and denies
  no act itself (a denial beside the stance is the news: a denied deployment, as the sentence loop reads it);
- the statement is dated by the publication (the day the words are said), its speaker the turn's or the
  actor named last before; one per document, and none when the sentences already gave a statement of
  that day (one position per speaker and day).
"""

from __future__ import annotations

from timeline.extract.agents import speaker_of
from timeline.extract.answers import turns_of
from timeline.extract.model import Event
from timeline.extract.stance_answers import day_statement, lexicon_words
from timeline.extract.text import Prepared


def voices_stance(lang: str, folded: str) -> bool:
    """Whether the folded sentence tells a first-person position on another government or its measures.

    >>> voices_stance("fr", "nous devons riposter aux droits de douane."), voices_stance("fr", "nous devons partir.")
    (True, False)
    """
    will, other = lexicon_words("stance_will", lang), lexicon_words("stance_other", lang)
    sense = lexicon_words("stance_not", lang)
    if will is None or other is None or "?" in folded or not other.search(folded) or not will.search(folded):
        return False  # the rarest piece (another government named) is looked for first
    return sense is None or not sense.search(folded)  # a visit, a trip, a match (``stance_not``)


def voiced_stances(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """The day's position told in the first person on another government or its measures, if none is told yet."""
    if not published or lexicon_words("stance_will", lang) is None:
        return []
    if any(e.event_type == "statement" and e.date == published for e in told):
        return []  # the day's position is already told
    asking = {k for t in turns_of(prep.sentences, folded, lang) if t.role == "unnamed" for k in t.sentences}
    for k, text in enumerate(folded):
        if k in asking or not voices_stance(lang, text):
            continue
        start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
        if any(e.modality == "denied" and e.start <= start < e.end for e in told):
            continue  # the sentence denies an act: the denial is the news ("we do not accept any US troops here")
        speaker = speaker_of(prep.sentences, folded, k)
        event = day_statement(prep, lang, published, start, end, speaker)
        return [event]
    return []
