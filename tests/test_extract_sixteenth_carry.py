"""A meeting or a call whose foreign party is named before it, sixteenth round (issue 9, s16-carry).

- In a transcript, an official's turn that names another government's party in one sentence and tells the
  meeting or the call in one of the next three, in the first or the third person ("se reunieron", "they met",
  "ils se sont entretenus"), gives ONE ``other`` event, dated by the sentence's own day or the turn's day words
  (today / yesterday), with the speaker's government and the party as actors (``timeline/extract/call_carry.py``).
- None when the meeting is undated, negated, to come, inside one government (governors, cabinet), with nobody
  of another country (union leaders, mayors after a flood), or when the party is named too far before.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or of
the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events

PUB = dt.date(2026, 5, 20)

HEADERS = {
    "en": ("Press conference of Prime Minister Mark Carney, May 20, 2026.", "QUESTION", "PRIME MINISTER MARK CARNEY"),
    "es": ("Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo, 20 de mayo de 2026.", "PREGUNTA",
           "PRESIDENTA CLAUDIA SHEINBAUM PARDO"),
    "fr": ("Conférence de presse du premier ministre Mark Carney, 20 mai 2026.", "QUESTION", "PREMIER MINISTRE MARK CARNEY"),
}
ASKED = {
    "en": "Prime Minister, what came out of the talks on the border?",
    "es": "Presidenta, ¿qué resultó de las pláticas sobre la frontera?",
    "fr": "Monsieur le premier ministre, qu'est-il sorti des discussions sur la frontière ?",
}


def transcript(lang: str, *answer: str) -> str:
    top, asking, official = HEADERS[lang]
    return "\n\n".join([top, asking, ASKED[lang], official, *answer])


def others(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.event_type, e.date, tuple(e.actors)) for e in extract_events(text, published=PUB, lang=lang)
            if e.event_type == "other"]


TOLD = [
    ("es-ayer-tercera", "es", ["Ayer vino a Palacio Nacional el secretario Marco Rubio.", "Llegó temprano con su equipo.",
                               "Se reunieron por más de dos horas con nuestra canciller.", "Gracias."], "2026-05-19", "Marco Rubio"),
    ("es-hoy-sustantivo", "es", ["Hoy estuvo aquí el secretario Marco Rubio.", "Fue una reunión muy cordial y larga.",
                                 "Gracias."], "2026-05-20", "Marco Rubio"),
    ("en-yesterday", "en", ["President Donald Trump came to Ottawa yesterday.", "They met for two hours with our ministers.",
                            "Thank you."], "2026-05-19", "Donald Trump"),
    ("fr-hier", "fr", ["Le président Donald Trump est venu à Ottawa hier.", "Ils se sont entretenus pendant deux heures.",
                       "Merci."], "2026-05-19", "Donald Trump"),
]


@pytest.mark.parametrize(("lang", "answer", "day", "party"), [c[1:] for c in TOLD], ids=[c[0] for c in TOLD])
def test_a_meeting_whose_party_is_named_before_is_one_other_event(lang: str, answer: list[str], day: str, party: str) -> None:
    found = others(transcript(lang, *answer), lang)
    assert len(found) == 1
    event_type, date, actors = found[0]
    assert (event_type, date) == ("other", day)
    assert party in actors
    assert len(actors) == 2  # the speaker's government and the party


NOT_TOLD = [
    # undated: neither the sentence nor the turn says when
    ("es-sin-fecha", "es", ["Vino a Palacio Nacional el secretario Marco Rubio.", "Se reunieron por dos horas.", "Gracias."]),
    # negated, to come
    ("es-negada", "es", ["Ayer vino el secretario Marco Rubio.", "No se reunieron al final, por la agenda.", "Gracias."]),
    ("en-future", "en", ["President Donald Trump arrives in Ottawa today.", "They will meet with our ministers.", "Thanks."]),
    ("fr-negation", "fr", ["Le président Donald Trump est venu à Ottawa hier.", "Ils ne se sont pas entretenus.", "Merci."]),
    # a meeting inside one government
    ("es-gobernadores", "es", ["Ayer habló el secretario Marco Rubio de aranceles.", "Luego se reunieron los gobernadores.",
                               "Gracias."]),
    # nobody of another country: a labour strike, a flood
    ("en-labour-strike", "en", ["The rail union leaders came to Ottawa yesterday about the strike.",
                                "We met for two hours.", "Thanks."]),
    ("fr-inondations", "fr", ["Les maires des villes inondées sont venus hier.", "Nous nous sommes réunis avec eux.", "Merci."]),
    # the party named more than three sentences before the meeting
    ("en-too-far", "en", ["President Donald Trump spoke about lumber last week.", "Our mills are strong.", "Our workers too.",
                          "Our exports grow.", "They met for two hours yesterday with the provinces.", "Thanks."]),
]


@pytest.mark.parametrize(("lang", "answer"), [c[1:] for c in NOT_TOLD], ids=[c[0] for c in NOT_TOLD])
def test_no_meeting_undated_negated_internal_or_without_a_foreign_party(lang: str, answer: list[str]) -> None:
    assert others(transcript(lang, *answer), lang) == []
