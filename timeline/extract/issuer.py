"""Who makes an enactment: the doer of the acts it performs itself, on the day it was made.

Fourteenth round (issue 9, s14-doer). An order, decree or decision does what it says ("all goods that
originate in the United States are subject to a surtax of 25 %"): its provisions name no doer, or name
only the country the act is aimed at, and they are dated by the enactment's signature
(``enactment.py``). Their doer is the authority that makes the enactment, named by its formula: "Her
Excellency the Governor General in Council ... makes the annexed Order" (the Government of Canada), "THE
COUNCIL OF THE EUROPEAN UNION, Having regard to ... HAS ADOPTED THIS DECISION". Before, such acts were
titled with the US fallback or with the country named in the provision (the target). The formulas and
their actors: ``lexicon/issuers.yaml``. An act of the text with a date of its own (a recital telling
what another government did) keeps the doer its sentence names.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.enactment import signature_date
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event
from timeline.extract.titles import make_title
from timeline.extract.triggers import Triggers

_WHERE = "timeline/extract/lexicon/issuers.yaml"


@cache
def _formulas(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    entries = load_lexicon("issuers.yaml").get(lang) or []
    known = get_gazetteer().actor_country
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("actor") not in known:
            raise LexiconError(f"{_WHERE}: {lang} entries need a 'formula' and an 'actor' of the gazetteer: {entry!r}")
        try:
            out.append((re.compile(rf"(?<![\w-])(?:{entry['formula']})(?![\w])"), str(entry["actor"])))
        except (KeyError, re.error) as exc:
            raise LexiconError(f"{_WHERE}: {lang} has an invalid formula: {exc!r}") from exc
    return tuple(out)


def issuer_of(folded_text: str, lang: str) -> str:
    """The actor whose formula comes first in an enactment's folded text, '' when none does.

    >>> issuer_of("p.c. 2025-1 march 4, 2025\\nher excellency the governor general in council makes the annexed order", "en")
    'Government of Canada'
    >>> issuer_of("le conseil de l'union europeenne,\\nvu le traite", "fr"), issuer_of("the government decided", "en")
    ('Council of the European Union', '')
    """
    found = [(m.start(), actor) for pattern, actor in _formulas(lang) if (m := pattern.search(folded_text))]
    return min(found)[1] if found else ""


def enactment(triggers: Triggers, folded_text: str, text: str, lang: str, published: dt.date | None) -> tuple[str, str]:
    """The day an enactment was made and its issuer (('', '') for a text that enacts nothing)."""
    if not triggers.enacting.search(folded_text):
        return "", ""
    return signature_date(triggers, folded_text, text, lang, published), issuer_of(folded_text, lang)


def issuer_first(events: list[Event], issuer: str, signed: str) -> list[Event]:
    """``events`` with ``issuer`` first among the actors of the enactment's own acts, retitled.

    The enactment's own acts are those dated by its signature (``date_text`` is the signed day, as the
    pipeline writes it); statements are left to their speakers.
    """
    if not (issuer and signed):
        return events
    for event in events:
        if event.date_text == signed and event.event_type != "statement":
            event.actors = [issuer, *(a for a in event.actors if a != issuer)]
            event.agent_country = ""
            event.title = make_title(event)
    return events
