"""The day's statement of a leader answering in a press conference, thirteenth round (issue 9, s13-day).

- A head of government or a minister answering, in the first person, a question where the question or the
  answer names a subject of the campaign (the United States, its government or leader, tariffs, cartels,
  drug trafficking, security cooperation, extraditions, Venezuela) gives that government's position of the
  day: ONE statement of the speaker dated by the publication (``timeline/extract/stance_day.py``).
- The same leader answering on floods, health, a labour strike or sports, a reporter's question with no
  answer, and an answer in a transcript with no date give none.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or of
the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events
from timeline.extract.stance_day import names_subject

PUB = dt.date(2026, 4, 14)
STATEMENT = ("statement", "2026-04-14", "happened")

HEADERS = {
    "en": ("Press conference of Prime Minister Mark Carney, April 14, 2026.", "QUESTION", "PRIME MINISTER MARK CARNEY"),
    "es": ("Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo, 14 de abril de 2026.", "PREGUNTA",
           "PRESIDENTA CLAUDIA SHEINBAUM PARDO"),
    "fr": ("Conférence de presse du premier ministre Mark Carney, 14 avril 2026.", "QUESTION", "PREMIER MINISTRE MARK CARNEY"),
}


def transcript(lang: str, question: str, *answer: str, header: str | None = None) -> str:
    top, asking, official = HEADERS[lang]
    return "\n\n".join([header or top, asking, question, official, *answer])


ANSWERED = [
    ("en-tariffs", "en", "What will Canada do about the new tariffs on lumber?",
     ["We have been very clear with our partners.", "Canadians can count on us."]),
    ("en-united-states", "en", "How are talks going with the White House this week?",
     ["I spoke to our team this morning, and we remain calm.", "Thank you."]),
    ("es-carteles", "es", "Presidenta, ¿qué le parece lo que dijeron ayer sobre los cárteles?",
     ["Nosotros trabajamos todos los días, con mucha responsabilidad.", "Siguiente pregunta."]),
    ("es-aranceles-en-la-respuesta", "es", "Presidenta, ¿y lo de esta semana?",
     ["Mire, sobre los aranceles lo hemos dicho con mucha claridad.", "Gracias."]),
    ("fr-droits-de-douane", "fr", "Que répondez-vous à la hausse des droits de douane sur l'acier ?",
     ["Nous restons calmes et nous défendrons nos travailleurs.", "Merci."]),
    ("fr-cartels", "fr", "La coopération avec Washington contre les cartels va-t-elle changer ?",
     ["Je crois que notre position est connue de tous.", "Merci."]),
]


@pytest.mark.parametrize(("lang", "question", "answer"), [c[1:] for c in ANSWERED], ids=[c[0] for c in ANSWERED])
def test_a_first_person_answer_on_the_campaign_is_the_day_s_statement(lang: str, question: str, answer: list[str]) -> None:
    assert STATEMENT in extracted(transcript(lang, question, *answer), lang, PUB)


def test_one_statement_of_the_speaker() -> None:
    text = transcript("es", "¿Qué opina del narcotráfico en la frontera?", "Nosotros seguimos trabajando.",
                      "Y seguiremos con la misma estrategia.")
    stances = [e for e in extract_events(text, published=PUB, lang="es") if e.event_type == "statement"]
    assert len(stances) == 1 and stances[0].actors[:1] == ["Claudia Sheinbaum"] and stances[0].date == "2026-04-14"


NOT_ANSWERED = [
    ("en-floods", "en", "What about the flooding in Manitoba?", ["We are sending help today.", "Thank you."]),
    ("en-labour-strike", "en", "Will you end the rail workers' strike?", ["We hope both sides agree soon.", "Thanks."]),
    ("es-salud", "es", "Presidenta, ¿cómo van los hospitales del sur?", ["Vamos muy bien, hemos contratado médicos.", "Gracias."]),
    ("es-futbol", "es", "¿Va a ir al partido de la selección el domingo?", ["No creo, tenemos mucho trabajo.", "Gracias."]),
    ("fr-inondations", "fr", "Que faites-vous pour les inondations dans le Nord ?", ["Nous envoyons des équipes.", "Merci."]),
    ("fr-greve", "fr", "Allez-vous recevoir les syndicats en grève ?", ["Nous les recevrons demain.", "Merci."]),
]


@pytest.mark.parametrize(("lang", "question", "answer"), [c[1:] for c in NOT_ANSWERED], ids=[c[0] for c in NOT_ANSWERED])
def test_an_answer_on_another_subject_is_no_statement(lang: str, question: str, answer: list[str]) -> None:
    assert not [e for e in extracted(transcript(lang, question, *answer), lang, PUB) if e[0] == "statement"]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_reporter_s_question_alone_is_no_statement(lang: str) -> None:
    top, asking, _official = HEADERS[lang]
    question = {"en": "What about the tariffs?", "es": "¿Y los aranceles?", "fr": "Et les droits de douane ?"}[lang]
    text = "\n\n".join([top, asking, question])
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "statement"]


def test_an_undated_answer_is_no_statement() -> None:
    text = transcript("en", "What about the tariffs?", "We have been very clear with our partners.",
                      header="Press conference of Prime Minister Mark Carney.")
    assert not [e for e in extract_events(text, published=None, lang="en") if e.event_type == "statement"]


def test_the_subject_classes() -> None:
    assert names_subject("en", "the cartels and fentanyl") and names_subject("es", "la cooperacion en seguridad")
    assert names_subject("fr", "les droits de douane") and not names_subject("es", "las inundaciones del sur")
