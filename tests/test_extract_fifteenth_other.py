"""Calls and meetings of the campaign ('other') by their grammar, fifteenth round (issue 9, s15-other).

One change, a family in en, es and fr: a call or meeting with a leader told with words between the call
and its party ("had a very good call this morning with President X", "tuvimos una llamada muy cordial con
el presidente", "un très bon appel ce matin avec le président"): the thirteenth round's rule reads only
the call word joined to its party.
The leader stays within reach of the call; a call with a club's coach, a leader "called" something (the
verb of naming), or a hypothetical call are no such act.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events

PUB = dt.date(2026, 4, 16)  # a Thursday: 'Tuesday' is 2026-04-14

CALL_WITH_WORDS_BETWEEN = [
    ("en", "On Tuesday I had a very good call of an hour with President Lena Ortiz about the border."),
    ("en", "Prime Minister Mark Carney held a long phone call on Tuesday with President Donald Trump on fentanyl."),
    ("es", "El martes tuvimos una llamada muy cordial con el presidente de Estados Unidos sobre la frontera."),
    ("es", "La presidenta sostuvo el martes una larga llamada por la mañana con el primer ministro de Canadá."),
    ("fr", "Mardi, la présidente a eu un très long appel d'une heure avec le président des États-Unis."),
    ("fr", "Le Premier ministre a eu mardi une conversation de deux heures avec la présidente du Mexique."),
]

NOT_SUCH_A_CALL = [
    # a call to a radio show, a club's coach: no leader of a government
    ("en", "On Tuesday the striker took a call during the interview with the coach of the club."),
    ("es", "El martes el delantero atendió una llamada durante la entrevista con el entrenador del club."),
    ("fr", "Mardi, l'attaquant a pris un appel pendant l'entretien avec l'entraîneur du club."),
    # the verb of naming or of appealing, no call
    ("en", "On Tuesday President Donald Trump called the cartels a threat with a long speech."),
    ("es", "El martes el presidente Donald Trump llamó a los cárteles una amenaza con un largo discurso."),
    ("fr", "Mardi, le président Donald Trump a appelé les cartels une menace avec un long discours."),
]

HYPOTHETICAL_OR_UNDATED = [
    ("en", "A call with the president could help if the talks on the border stall."),
    ("es", "Una llamada con el presidente podría ayudar si se estancan las pláticas sobre la frontera."),
    ("fr", "Un appel avec le président pourrait aider si les discussions sur la frontière s'enlisent."),
]

@pytest.mark.parametrize(("lang", "text"), CALL_WITH_WORDS_BETWEEN)
def test_a_call_told_with_words_before_its_leader_is_an_act_of_its_day(lang: str, text: str) -> None:
    assert ("other", "2026-04-14", "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), NOT_SUCH_A_CALL)
def test_a_call_with_a_coach_is_no_act_of_the_campaign(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other"]


@pytest.mark.parametrize(("lang", "text"), HYPOTHETICAL_OR_UNDATED)
def test_a_possible_call_is_no_call_that_happened(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other" and e[2] == "happened"]


def test_the_call_names_the_leaders_side() -> None:
    events = [e for e in extract_events(CALL_WITH_WORDS_BETWEEN[1][1], published=PUB, lang="en") if e.event_type == "other"]
    assert events and events[0].date == "2026-04-14"
    assert any("Trump" in a or "Carney" in a for a in events[0].actors), events[0].actors
