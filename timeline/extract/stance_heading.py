"""The day's position of an official whose own words the document is, by its heading (issue 9, fourteenth round).

An interview, a declaration or a press conference is often published under a heading that says whose words
follow ("Interview de Mme X, ministre de ..., avec ..., sur ...", "Statement by Secretary X on ...",
"Entrevista con la secretaria X sobre ..."), and its turns carry no label naming that official (the questions
are marked "Q -", the answers are unmarked), so ``stance_day`` (which reads a labelled answering turn) does not
see who answers. Annotators take the official's dated position from such a text as a ``statement``
(``tests/gold/README.md``). This step reads the heading as the answering turn's label:

- the heading (the document's first lines) opens with a kind of spoken or signed text (``heading_voice`` in
  ``lexicon/triggers.yaml``: declaration, interview, statement, remarks, press conference ...) followed by an
  office (``official_labels``), and names no legislator (``heading_legislator``: a member's statement is an
  opinion on the day's story, not a government's position, ``tests/gold/README.md``);
- no transcript turn is labelled with an official (``stance_day`` reads those);
- a sentence of the body speaks in the first person (``stance_person``), asks nothing, names a subject of the
  campaign (``day_answer_subject``), speaks of no visit, trip or match (``stance_not``) and denies no act;
- ONE statement, dated by the publication, with the heading's gazetteer actor (if any) as doer; none when the
  document already gives a statement of that day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract.answers import turns_of
from timeline.extract.gazetteer import fold, get_gazetteer
from timeline.extract.guarded import guarded
from timeline.extract.model import Event
from timeline.extract.pattern_text import literal_stems
from timeline.extract.stance_answers import day_statement, in_first_person, lexicon_words
from timeline.extract.stance_day import names_subject
from timeline.extract.text import Prepared

_HEADING_LINES = 2  # the heading: the document's first non-empty lines
_HEAD_CHARS = 1500  # where the heading is looked for
_REACH = 160  # the office stands within this many characters after the kind of text
# A heading's own name for a statement, whatever stands after it ("Roe Statement on ...", "Communiqué de ...").
_STATEMENT_WORDS = {
    "en": ["statement", "press release"],
    "es": ["comunicado", "declaracion", "posicionamiento"],
    "fr": ["communique", "declaration"],
}
_STATEMENT = {  # asked only when a word is in the heading (fifteenth speed round)
    lang: guarded(re.compile(rf"\b(?:{'|'.join(words)})\b"), literal_stems(words)) for lang, words in _STATEMENT_WORDS.items()
}
_NONE = re.compile(r"(?!)")


def heading_of(original: str, count: int = _HEADING_LINES) -> str:
    """The first non-empty lines of the document.

    >>> heading_of("\\n  Interview de Mme X, ministre\\nQ - Bonjour ?\\nRest")
    'Interview de Mme X, ministre\\nQ - Bonjour ?'
    """
    lines = [line.strip() for line in original[:_HEAD_CHARS].split("\n") if line.strip()]
    return "\n".join(lines[:count])


@lru_cache(maxsize=8)
def _heading(original: str, count: int) -> tuple[str, str]:
    """``heading_of(original, count)`` and its folding, read once per document: ``legislator_heading`` and
    ``heading_stances`` both ask for them (fifteenth speed round)."""
    heading = heading_of(original, count)
    return heading, fold(heading)


def voiced_by_official(lang: str, heading: str) -> bool:
    """Whether the folded heading presents the text as an official's own words (a kind of spoken text, then
    an office), and names no legislator.

    >>> voiced_by_official("fr", "entretien de m. x, ministre delegue, avec rtl, sur les droits de douane")
    True
    >>> voiced_by_official("en", "statement by congressman x on venezuela")
    False
    >>> voiced_by_official("en", "interview with a firefighter on the floods")
    False
    """
    voice, office = lexicon_words("heading_voice", lang), lexicon_words("official_labels", lang)
    if voice is None or office is None:
        return False
    legislator = lexicon_words("heading_legislator", lang)
    if legislator is not None and legislator.search(heading):
        return False
    return any(office.search(heading, m.end(), m.end() + _REACH) for m in voice.finditer(heading))


def legislator_heading(lang: str, original: str) -> bool:
    """Whether the document's heading presents it as a legislator's statement ("Statement by Congressman X",
    "Déclaration de M. X, député", "Comunicado de la diputada X"): the convention reads a member's opinion on
    the day's story as no event, so no first-person position of the day is taken from it.

    >>> legislator_heading("en", "Congressman Roe Statement on Venezuela\\nWASHINGTON - Today ..."), legislator_heading("fr", "Entretien de M. X, ministre")
    (True, False)
    """
    voice, legislator = lexicon_words("heading_voice", lang), lexicon_words("heading_legislator", lang)
    heading = _heading(original, _HEADING_LINES + 1)[1]  # a member's page: title, dateline, then the member
    spoken = voice is not None and bool(voice.search(heading)) or bool(_STATEMENT.get(lang, _NONE).search(heading))
    return spoken and legislator is not None and bool(legislator.search(heading))


def _asking(sentences: list[int], folded: list[str]) -> list[int]:
    """The sentences of an unnamed voice's turn up to its last question: an unlabelled answer may follow it
    in the same turn ("Q: ...?" then the official's unlabelled reply).

    >>> _asking([1, 2, 3], ["", "hello.", "why?", "we act."]), _asking([1], ["", "hello."])
    ([1, 2], [1])
    """
    asked = [i for i, k in enumerate(sentences) if "?" in folded[k]]
    return sentences[: asked[-1] + 1] if asked else sentences


def heading_stances(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """One statement of the official whose words the heading announces, when the body speaks of the campaign."""
    if not published or None in (lexicon_words("day_answer_subject", lang), lexicon_words("stance_person", lang)):
        return []
    if any(e.event_type == "statement" and e.date == published for e in told):
        return []  # the day's position is already told
    heading, folded_heading = _heading(prep.original, _HEADING_LINES)
    if not voiced_by_official(lang, folded_heading):
        return []
    turns = turns_of(prep.sentences, folded, lang)
    if any(t.role in ("official", "office") for t in turns):
        return []  # the labelled turns say who answers (stance_day)
    asking = {k for t in turns if t.role == "unnamed" for k in _asking(t.sentences, folded)}
    other_sense = lexicon_words("stance_not", lang)  # a visit, a trip, a match: the subject in another sense
    for k, text in enumerate(folded):
        if k == 0 or k in asking or "?" in text or not in_first_person(lang, text) or not names_subject(lang, text):
            continue
        if other_sense is not None and other_sense.search(text):
            continue
        start, end = prep.to_original(prep.sentences[k].start, prep.sentences[k].end)
        if any(e.modality == "denied" and e.start <= start < e.end for e in told):
            continue  # the sentence denies an act: the denial is the news
        named = [m.value for m in get_gazetteer().find(heading, folded_heading) if m.kind == "actor"]
        event = day_statement(prep, lang, published, start, end, named[0] if named else "")
        event.confidence = 0.42
        return [event]
    return []
