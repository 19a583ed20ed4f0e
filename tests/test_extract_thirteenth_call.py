"""Calls and meetings between governments, thirteenth round (issue 9, s13-call).

A call or a meeting is an act (type ``other``) when its other party is a government's leader named by
office ("held a phone call with President X", "sostuvo una llamada con el presidente", "a eu un entretien
avec le président"; a first-person "I spoke with President X" stays one, as ``test_extract_grammar``
says). A speaker's own account of meeting people of the speaker's circle ("we met with", "nos reunimos
con", "nous avons rencontré", "with my / our counterpart") and a call for a strike are not.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 4, 16)

TOLD = [
    ("en", "On Tuesday, President Lena Ortiz held a phone call with President Donald Trump about border security.",
     "2026-04-14"),
    ("es", "El martes, la presidenta Lena Ortiz sostuvo una llamada telefónica con el presidente Donald Trump sobre la frontera.",
     "2026-04-14"),
    ("fr", "Mardi, la présidente Lena Ortiz a eu un entretien téléphonique avec le président Donald Trump sur la frontière.",
     "2026-04-14"),
]

FIRST_PERSON = [
    ("en", "On Tuesday we met with the president of the chamber of commerce and talked about prices."),
    ("en", "Yesterday I spoke with my counterpart about the football tournament."),
    ("es", "Ayer nos reunimos con el presidente de la cámara de comercio para hablar de precios."),
    ("es", "El martes hablamos con nuestro homólogo sobre el torneo de fútbol."),
    ("fr", "Mardi, nous avons rencontré le président de la chambre de commerce pour parler des prix."),
    ("fr", "Hier, j'ai parlé avec mon homologue du tournoi de football."),
]

OTHER_SENSES = [
    ("en", "The union called for a strike on Tuesday after the company's president refused to meet."),
    ("es", "El sindicato hizo un llamado a la huelga el martes después de que el presidente de la empresa se negara a reunirse."),
    ("fr", "Le syndicat a appelé à la grève mardi après le refus du président de l'entreprise de se réunir."),
]


@pytest.mark.parametrize(("lang", "text", "day"), TOLD)
def test_a_call_told_in_the_third_person_is_an_act(lang: str, text: str, day: str) -> None:
    assert ("other", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), FIRST_PERSON)
def test_a_speakers_own_meeting_is_not_an_act(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other"]


@pytest.mark.parametrize(("lang", "text"), OTHER_SENSES)
def test_a_call_for_a_strike_is_not_a_call(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other"]
