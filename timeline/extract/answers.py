"""An act a transcript's answer denies or affirms, named only by the question before it (issue 9, ninth round).

In a transcript a reporter asks "¿Va a haber tropas de Estados Unidos en México?" and the official who
holds the next turn answers "No." The answer is the news (a denied deployment), but its own sentence
names no act, so no trigger fires on it. This step reads the pairs of turns after the sentence loop:

- the asking turn is held by no official (an unnamed voice, a reporter named by the label);
  its last sentence asks (``?``), and the question's own clause (after "¿", or the last clause before
  the mark) names an act with its object class (``asked_acts`` in ``lexicon/triggers.yaml``: foreign
  troops or an intervention, a strike on land, a terrorist designation, a tariff). An act the reporter
  tells before the question proper ("the US struck a boat yesterday: do you condemn it?") is not asked;
- the answering turn's label names an actor of the gazetteer or an office (``official_labels``: "THE
  PRESIDENT", "SECRETARIO DE ..."), and its first sentence opens
  with a denial or an affirmation (``answer_openers``: "No.", "No hay", "Eso no va a ocurrir", "Sí,";
  "No.", "There will be no", "That is not happening", "Yes,"; "Non.", "Il n'y aura pas", "Oui,"), and
  names no act class but the one asked (else it answers about something else);
- the act is proposed with the answer's modality (a denial is ``denied``; an affirmation of a question in
  the future is ``planned``, else ``happened``), the answering speaker's government as its doer (the
  speaker when the gazetteer knows no government of theirs; for an office, the actor an earlier label
  names, else the one the transcript's header names), the answer's sentence as evidence, and the
  date of the answer: the publication's day.

Turns are read as the rest of the extractor reads them (``agents._TURN_LABEL``, ``turns.unnamed_voice``);
a label at the head of a line before a colon ("THE PRESIDENT: No.") opens a turn too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from timeline.extract.after_proposal import drop_asides
from timeline.extract.agents import _TURN_LABEL, turn_speaker
from timeline.extract.gazetteer import fold, get_gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon, word_patterns
from timeline.extract.model import Event
from timeline.extract.text import Prepared
from timeline.extract.titles import make_title
from timeline.extract.triggers import get_triggers
from timeline.extract.turns import unnamed_voice

_CAPS = "A-ZÁÉÍÓÚÑÜÀÂÇÈÊËÎÏÔÛ"
# A label before a colon at the head of a sentence: "THE PRESIDENT: No.", "Q: Will ...", "SECRETARY RUBIO: ..."
_INLINE_LABEL = re.compile(rf"\s*((?:[{_CAPS}][{_CAPS} .,'-]{{0,60}}[{_CAPS}.])|Q)\s*:\s+(?=\S)")
# "Q  Will you ...": the White House's unnamed question, two spaces after a lone Q.
_Q_LABEL = re.compile(r"\s*(Q)(?:\s{2,}|\.\s+)(?=\S)")
_ASKED_CLAUSE = re.compile(r"[,;:]\s*")
_WHERE = "timeline/extract/lexicon/triggers.yaml"


class Turn(NamedTuple):
    """One turn of a transcript: who holds it and the indices of its sentences (the label's own excluded)."""

    role: str  # official (its label names a gazetteer actor), office (names an office), unnamed (a voice nobody names), other
    speaker: str  # the actor the label names, '' when it names none
    sentences: list[int]
    body: int  # where the text of the first sentence starts, after an inline label (0 when none)


@cache
def _offices(lang: str) -> re.Pattern | None:
    words = word_patterns("official_labels", lang)
    return None if words is None else re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")


def _role(label: str, lang: str) -> tuple[str, str]:
    named = [m.value for m in get_gazetteer().find(label, fold(label)) if m.kind == "actor"]
    if named:
        return "official", named[0]
    voice = unnamed_voice(lang)
    folded = fold(label)
    if voice is not None and voice.fullmatch(folded):
        return "unnamed", ""
    offices = _offices(lang)
    if offices is not None and offices.search(folded):
        return "office", ""
    return "other", ""


def turns_of(sentences: list, folded: list[str], lang: str) -> list[Turn]:
    """The turns of a transcript, in order (an empty list when no sentence is a turn label).

    >>> from types import SimpleNamespace as S
    >>> texts = ["PREGUNTA", "¿Habrá tropas?", "PRESIDENTA CLAUDIA SHEINBAUM PARDO", "No.", "Seguimos."]
    >>> [(t.role, t.sentences) for t in turns_of([S(text=t) for t in texts], [fold(t) for t in texts], "es")]
    [('unnamed', [1]), ('official', [3, 4])]
    """
    # Four steps of one article ask for its turns (fourteenth speed round): read once, each caller gets its own lists.
    # Built directly, not by _replace (fifteenth speed round: a transcript holds hundreds of turns).
    return [Turn(role, speaker, list(held), body) for role, speaker, held, body in _turns(tuple([s.text for s in sentences]), lang)]


@lru_cache(maxsize=8)
def _turns(texts: tuple[str, ...], lang: str) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    for k, text in enumerate(texts):
        if _TURN_LABEL.match(text):
            turns.append(Turn(*_role(text.strip().rstrip(":"), lang), [], 0))
            continue
        inline = _INLINE_LABEL.match(text) or _Q_LABEL.match(text)
        if inline and any(c.isalpha() for c in inline.group(1)):
            label = inline.group(1)
            role, speaker = ("unnamed", "") if label == "Q" else _role(label, lang)
            turns.append(Turn(role, speaker, [k], inline.end()))
        elif turns:
            turns[-1].sentences.append(k)
    return tuple(turns)


@cache
def _openers(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for kind in ("denied", "affirmed"):
        words = word_patterns(f"answer_{kind}", lang)
        if words:
            out.append((kind, re.compile(rf"\s*(?:{'|'.join(words)})")))
    return tuple(out)


def opener(lang: str, folded: str) -> str | None:
    """``denied`` or ``affirmed`` when the folded sentence opens with an answer's denial or affirmation, else None.

    >>> opener("es", "no. eso no va a ocurrir."), opener("en", "yes, we did."), opener("fr", "nous verrons.")
    ('denied', 'affirmed', None)
    """
    for kind, pattern in _openers(lang):
        if pattern.match(folded):
            return kind
    return None


@cache
def _asked_acts(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    raw = load_lexicon("triggers.yaml").get("asked_acts") or {}
    if not isinstance(raw, dict):
        raise LexiconError(f"{_WHERE}: asked_acts must map event types to languages to lists of patterns")
    out = []
    for event_type, by_lang in raw.items():
        words = (by_lang or {}).get(lang) if isinstance(by_lang, dict) else None
        if not words:
            continue
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise LexiconError(f"{_WHERE}: asked_acts.{event_type}.{lang} must be a list of patterns")
        out.append((event_type, re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")))
    return tuple(out)


def acts_named(lang: str, folded: str) -> set[str]:
    """The event types whose act and object class the folded text names (``asked_acts``).

    >>> sorted(acts_named("es", "¿va a haber tropas de estados unidos en mexico?"))
    ['troop_deployment']
    """
    return {event_type for event_type, pattern in _asked_acts(lang) if pattern.search(folded)}


def question_clause(folded: str) -> str:
    """The question proper of an asking sentence: after its "¿", else its last clause before the "?".

    >>> question_clause("ayer atacaron una lancha. ¿que opina?"), question_clause("mr. president, will you?")
    ('¿que opina?', 'will you?')
    """
    mark = folded.rfind("?")
    head = folded[: mark + 1] if mark >= 0 else folded
    opening = head.rfind("¿")
    if opening >= 0:
        return head[opening:]
    return _ASKED_CLAUSE.split(head)[-1]


def asked(turn: Turn, folded: list[str], lang: str, sentences: list | None = None) -> set[str]:
    """The act classes the turn asks about: those its closing question's own clause names.

    A turn with no question mark at all (a transcript that drops them) asks about the act classes any of
    its sentences names, unless a trigger of that type reads the act there as done (a premise told).
    A turn whose marks are elsewhere than in its last sentence asks nothing of the next one.
    ``sentences`` (with ``.text``, unfolded) give the accents a future is read by; else the folded text is.
    """
    if not turn.sentences:
        return set()
    texts = [folded[k][turn.body :] if k == turn.sentences[0] else folded[k] for k in turn.sentences]
    if "?" in texts[-1]:
        return acts_named(lang, question_clause(texts[-1]))
    if any("?" in t for t in texts):
        return set()
    triggers = get_triggers(lang)
    out: set[str] = set()
    for text, k in zip(texts, turn.sentences):
        named = acts_named(lang, text)
        if not named:
            continue
        original = sentences[k].text[len(folded[k]) - len(text) :] if sentences is not None else text
        done = {h.event_type for h in triggers.find(text) if triggers.modality_of(h.event_type, text, original, h) == "happened"}
        out |= named - done
    return out


@cache
def _future(lang: str) -> re.Pattern | None:
    words = word_patterns("asked_future", lang)
    return None if words is None else re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")


def _headed_by(prep: Prepared, folded: list[str], turns: list[Turn]) -> str:
    """The first actor (not a target) the transcript names before its first turn: who its header says speaks."""
    gazetteer = get_gazetteer()
    end = next((t.sentences[0] for t in turns if t.sentences), len(folded))
    for k in range(min(end, len(folded))):
        for m in gazetteer.find(prep.sentences[k].text, folded[k]):
            if m.kind == "actor" and m.value not in gazetteer.targets:
                return m.value
    return ""


def answered(prep: Prepared, folded: list[str], lang: str, published: str, told: list[Event]) -> list[Event]:
    """The acts the answers of a transcript deny or affirm, each named only by the question before it.

    ``folded`` is the gazetteer's folding of each of ``prep.sentences``; ``published`` the publication's
    day (YYYY-MM-DD; nothing is proposed without it); ``told`` the events the sentences gave (an answer
    whose sentence already gave an event of the asked type adds nothing).
    """
    if not published or not _openers(lang):
        return []
    turns = turns_of(prep.sentences, folded, lang)
    if len(turns) < 2:
        return []
    gazetteer = get_gazetteer()
    triggers = get_triggers(lang)
    out: list[Event] = []
    for before, turn in zip(turns, turns[1:]):
        if turn.role not in ("official", "office") or before.role not in ("unnamed", "other"):
            continue
        if not turn.sentences or not before.sentences:
            continue
        first = turn.sentences[0]
        answer = folded[first][turn.body if first == turn.sentences[0] and turn.body else 0 :]
        kind = opener(lang, answer)
        if kind is None:
            continue
        kinds = asked(before, folded, lang, prep.sentences)
        if len(kinds) != 1:
            continue
        event_type = next(iter(kinds))
        others = acts_named(lang, answer) | {h.event_type for h in triggers.find(answer)}
        if others - {event_type}:
            continue  # the answer talks of another act
        start, end = prep.to_original(prep.sentences[first].start, prep.sentences[first].end)
        if any(e.event_type == event_type and e.start <= start < e.end for e in told):
            continue
        if kind == "denied":
            modality = "denied"
        else:
            future = _future(lang)
            question = question_clause(folded[before.sentences[-1]])
            modality = "planned" if future is not None and future.search(question) else "happened"
        speaker = turn.speaker or turn_speaker(prep.sentences, folded, first) or _headed_by(prep, folded, turns)
        if not speaker:
            continue
        country = gazetteer.actor_country.get(speaker, "")
        doer = gazetteer.government_of.get(country) or speaker
        event = Event(
            event_type=event_type,
            date=published,
            date_precision="day",
            date_text="",
            date_basis="publication_fallback",
            modality=modality,
            evidence=prep.original[start:end],
            start=start,
            end=end,
            confidence=0.5,
            lang=lang,
            actors=[doer],
            countries=[country] if country else [],
        )
        event.title = make_title(event)
        out.append(event)
    return out


def with_answers(prep: Prepared, events: list[Event], lang: str, folded: list[str], published: str) -> list[Event]:
    """The sentences' events without their asides (``after_proposal.drop_asides``), then the acts answers tell,
    then the positions officials voice answering a question on the campaign (``stance_answers``, twelfth round)."""
    from timeline.extract.call_carry import carried_calls  # sixteenth round (s16-carry)
    from timeline.extract.call_turn import call_turns  # fifteenth round (s15-call)
    from timeline.extract.stance_answers import answered_stances  # imports this module's turns_of
    from timeline.extract.stance_day import day_stances
    from timeline.extract.stance_heading import heading_stances, legislator_heading
    from timeline.extract.stance_voiced import voiced_stances

    kept = drop_asides(prep, events, lang) + answered(prep, folded, lang, published, events)
    kept += call_turns(prep, folded, lang, published, kept)  # fifteenth round (s15-call): a call told answering
    kept += carried_calls(prep, folded, lang, published, kept)  # sixteenth round (s16-carry): the party told before
    if legislator_heading(lang, prep.original):
        return kept  # fourteenth round (s14-enfr): a legislator's statement voices no government's position of the day
    kept += answered_stances(prep, folded, lang, published, kept)
    kept += voiced_stances(prep, folded, lang, published, kept)
    kept += day_stances(prep, folded, lang, published, kept)  # thirteenth round (s13-day)
    return kept + heading_stances(prep, folded, lang, published, kept)  # fourteenth round (s14-enfr)
