"""Context features of a candidate event for the learned filter (seventh round, issue 9).

The first candidate filter described a candidate by its own fields and the hashed words of its
sentence; words do not carry over from one issuer or language to another with a hundred annotated
events. These features describe instead *where and how* the act is told, the same way in English,
Spanish and French, and only from what the extractor has at run time (the text, not the corpus's
metadata):

- ``turn``: in a transcript, who holds the turn the sentence is in: ``official`` when the last turn
  label before it names an actor of the gazetteer (a president, a secretary), ``other`` when it names
  none (a reporter's question, a moderator), ``none`` outside transcripts;
- ``question``: the sentence asks (``?``);
- ``negated``: the sentence holds a negation of its language (not / no / ne … pas);
- ``own_date``: the event was dated by words of its own sentence, not by the publication;
- ``doer``: what comes first among the event's parties: a pursued group or person (``target``), an
  acting actor (``actor``), a country named as the doer (``country``) or nobody (``none``);
- ``layout``: the kind of document, read from its shape: ``transcript`` (two turn labels or more),
  ``enactment`` (an enacting formula: "it is hereby ordered", "se decreta", "décrète") or ``prose``.
"""

from __future__ import annotations

import functools
import re

from timeline.extract.gazetteer import fold, get_gazetteer
from timeline.extract.model import Event
from timeline.extract.triggers import get_triggers

_CAPS = "A-ZÁÉÍÓÚÑÜÀÂÇÈÊËÎÏÔÛ"
# A turn label: a line in capitals naming who speaks next, alone on its line or before a colon
# ("PRESIDENTA CLAUDIA SHEINBAUM PARDO", "QUESTION: ...", "SECRETARY RUBIO: ...").
_LABEL = re.compile(rf"^[ \t]*([{_CAPS}][{_CAPS} .,'-]{{1,80}}[{_CAPS}.])[ \t]*(?::|$)", re.MULTILINE)
_NEGATION = {
    "en": re.compile(r"\b(?:not|no|never|neither|nor|none)\b|n't\b"),
    "es": re.compile(r"\b(?:no|nunca|jamas|ni|tampoco|ninguna?|ningun)\b"),
    "fr": re.compile(r"\b(?:ne|pas|jamais|aucune?|ni)\b|\bn'"),
}
_OWN_DATE = frozenset({"explicit", "relative", "weekday", "month_only", "year_only"})


@functools.lru_cache(maxsize=32)
def _turns(text: str) -> tuple[tuple[int, bool], ...]:
    """(offset, names an actor) of each turn label of the text, in order."""
    gazetteer = get_gazetteer()
    out = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        if not any(c.isalpha() for c in label):
            continue
        official = any(h.kind == "actor" for h in gazetteer.find(label, fold(label)))
        out.append((m.start(), official))
    return tuple(out)


@functools.lru_cache(maxsize=32)
def _layout(text: str, lang: str) -> str:
    if len(_turns(text)) >= 2:
        return "transcript"
    if lang in ("en", "es", "fr") and get_triggers(lang).enacting.search(fold(text)):
        return "enactment"
    return "prose"


def turn_of(event: Event, text: str) -> str:
    """``official``, ``other`` or ``none``: who holds the turn the event's sentence is in.

    >>> t = "PREGUNTA: ¿Habrá aranceles?\\nPRESIDENTA CLAUDIA SHEINBAUM PARDO: No.\\nSeguimos."
    >>> e = Event("tariff", "", "", "", "none", "happened", "Seguimos.", t.index("Seguimos"), len(t), 0.5, "es")
    >>> turn_of(e, t), turn_of(Event("tariff", "", "", "", "none", "happened", "x", 10, 11, 0.5, "es"), t)
    ('official', 'other')
    """
    role = "none"
    for at, official in _turns(text):
        if at > event.start:
            break
        role = "official" if official else "other"
    return role if len(_turns(text)) >= 2 else "none"


def doer_class(event: Event) -> str:
    """``target``, ``actor``, ``country`` or ``none``: what the event's first party is."""
    if event.actors:
        return "target" if event.actors[0] in get_gazetteer().targets else "actor"
    return "country" if event.agent_country else "none"


def context_features(event: Event, text: str) -> dict[str, float]:
    """The context features of one candidate of ``text`` (one-hot names, value 1.0).

    >>> e = Event("tariff", "", "", "", "publication_fallback", "happened", "We will not impose tariffs?", 0, 27, 0.5, "en")
    >>> sorted(context_features(e, e.evidence))
    ['doer=none', 'layout=prose', 'negated', 'question', 'turn=none']
    """
    folded = fold(event.evidence)
    features = {
        f"turn={turn_of(event, text)}": 1.0,
        f"doer={doer_class(event)}": 1.0,
        f"layout={_layout(text, event.lang)}": 1.0,
    }
    if "?" in event.evidence:
        features["question"] = 1.0
    negation = _NEGATION.get(event.lang)
    if negation is not None and negation.search(folded):
        features["negated"] = 1.0
    if event.date_basis in _OWN_DATE and event.date_text:
        features["own_date"] = 1.0
    return features
