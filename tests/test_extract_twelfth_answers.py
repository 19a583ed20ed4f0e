"""Positions voiced in transcripts and speeches, twelfth round (issue 9, s12-rules).

- An official answering, in the first person, a question that names a subject of the campaign
  (sovereignty, an intervention, foreign troops, an invasion, military action) voices the government's
  position that day: a statement dated by the publication, even where the answer's own sentence names no
  object ("No estamos de acuerdo, lo hemos dicho"; ``timeline/extract/stance_answers.py``). A question
  on the same words in other senses (food sovereignty, a surgical intervention, a theatre troupe), an
  answer in the third person, a reporter's own words and a second answer by the same speaker are not.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events
from timeline.extract.stance_answers import asks_stance, in_first_person

PUB = dt.date(2026, 3, 5)
STATEMENT = ("statement", "2026-03-05", "happened")

HEADERS = {
    "en": ("Press conference of Prime Minister Mark Carney, March 5, 2026.", "QUESTION", "PRIME MINISTER MARK CARNEY"),
    "es": ("Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo, 5 de marzo de 2026.", "PREGUNTA",
           "PRESIDENTA CLAUDIA SHEINBAUM PARDO"),
    "fr": ("Conférence de presse du premier ministre Mark Carney, 5 mars 2026.", "QUESTION", "PREMIER MINISTRE MARK CARNEY"),
}


def transcript(lang: str, question: str, *answer: str, asker: str | None = None) -> str:
    header, asking, official = HEADERS[lang]
    return "\n\n".join([header, asker or asking, question, official, *answer])


ANSWERED = [
    ("en-we-disagree", "en", "What do you think of sending foreign troops into Canada?",
     ["We do not agree with that at all.", "Let us talk about housing now."]),
    ("en-i-said-it", "en", "Is Canadian sovereignty at risk after the speech in Washington?",
     ["I have said it many times, and I say it again today.", "Next question."]),
    ("es-no-estamos", "es", "¿Qué opina de la propuesta de enviar tropas estadounidenses a México?",
     ["No estamos de acuerdo, lo hemos dicho muchas veces.", "Pasemos a otro tema."]),
    ("es-second-sentence", "es", "Presidenta, ¿habrá una intervención militar en nuestro país?",
     ["Mire.", "Nosotros siempre hemos sido muy claros en eso.", "Gracias."]),
    ("fr-nous-ne-sommes-pas", "fr", "Que pensez-vous d'une intervention militaire américaine au Venezuela ?",
     ["Nous ne partageons pas cette idée.", "Passons à autre chose."]),
    ("fr-je-l-ai-dit", "fr", "La souveraineté du Canada est-elle menacée ?",
     ["Je l'ai dit hier et je le redis aujourd'hui.", "Merci."]),
]


@pytest.mark.parametrize(("lang", "question", "answer"), [c[1:] for c in ANSWERED], ids=[c[0] for c in ANSWERED])
def test_a_first_person_answer_on_the_campaign_is_a_statement(lang: str, question: str, answer: list[str]) -> None:
    assert STATEMENT in extracted(transcript(lang, question, *answer), lang, PUB)


def test_the_statement_is_the_speaker_s() -> None:
    text = transcript("es", "¿Qué opina de la injerencia de otros países?", "Nosotros no lo aceptamos, y lo decimos con respeto.")
    stances = [e for e in extract_events(text, published=PUB, lang="es") if e.event_type == "statement"]
    assert len(stances) == 1 and stances[0].actors[:1] == ["Claudia Sheinbaum"]


NOT_ANSWERED = [
    # the same words in other senses
    ("en-food-sovereignty", "en", "What is your plan for food sovereignty in the north?",
     ["We will invest in farms.", "Next question."]),
    ("es-soberania-alimentaria", "es", "¿Cómo va el programa de soberanía alimentaria?",
     ["Vamos muy bien, hemos entregado semillas.", "Gracias."]),
    ("es-intervencion-quirurgica", "es", "¿Cómo salió la intervención quirúrgica del secretario?",
     ["Estamos muy contentos, salió muy bien.", "Gracias."]),
    ("fr-troupe-de-theatre", "fr", "Allez-vous soutenir les troupes de théâtre du Québec ?",
     ["Nous allons les aider, bien sûr.", "Merci."]),
    ("fr-intervention-chirurgicale", "fr", "Comment s'est passée l'intervention chirurgicale du ministre ?",
     ["Nous sommes rassurés.", "Merci."]),
    # a question on no subject of the campaign
    ("en-weather", "en", "What about the flooding in the east?", ["We are sending help today.", "Thank you."]),
    ("es-vacunas", "es", "¿Cuándo llegan las vacunas?", ["Ya compramos todas, llegan la próxima semana.", "Gracias."]),
    ("fr-logement", "fr", "Que faites-vous pour le logement ?", ["Nous construisons partout.", "Merci."]),
    # an answer in the third person, or a question in return
    ("en-third-person", "en", "Will there be foreign troops in Canada?", ["The minister will speak to that tomorrow.", "Next."]),
    ("es-tercera-persona", "es", "¿Habrá tropas estadounidenses en México?", ["Eso lo va a explicar el secretario.", "Gracias."]),
    ("fr-question-en-retour", "fr", "Y aura-t-il des troupes américaines au Canada ?", ["Qui vous a dit cela, vous ?", "Merci."]),
]


@pytest.mark.parametrize(("lang", "question", "answer"), [c[1:] for c in NOT_ANSWERED], ids=[c[0] for c in NOT_ANSWERED])
def test_other_answers_are_no_statement(lang: str, question: str, answer: list[str]) -> None:
    assert not [e for e in extracted(transcript(lang, question, *answer), lang, PUB) if e[0] == "statement"]


def test_a_reporter_answering_a_reporter_is_no_statement() -> None:
    text = "\n\n".join(["Conferencia de prensa, 5 de marzo de 2026.", "PREGUNTA", "¿Habrá tropas extranjeras?",
                       "INTERLOCUTORA", "Nosotros creemos que no."])
    assert not [e for e in extracted(text, "es", PUB) if e[0] == "statement"]


def test_one_statement_per_speaker_and_day() -> None:
    header, asking, official = HEADERS["es"]
    text = "\n\n".join([header, asking, "¿Qué opina de la soberanía?", official, "Nosotros la defendemos siempre.",
                        asking, "¿Y de las tropas extranjeras?", official, "Nosotros no lo aceptamos."])
    assert [e[0] for e in extracted(text, "es", PUB)].count("statement") == 1


@pytest.mark.parametrize(
    ("lang", "text", "asks"),
    [("en", "is our sovereignty at risk?", True), ("en", "is food sovereignty at risk?", False),
     ("es", "¿habra una incursion de soldados estadounidenses?", True), ("es", "¿y la soberania energetica?", False),
     ("fr", "y aura-t-il une ingerence ?", True), ("fr", "et la souverainete numerique ?", False)],
)
def test_asked_subjects(lang: str, text: str, asks: bool) -> None:
    assert asks_stance(lang, text) is asks


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [("en", "we disagree.", True), ("en", "the us disagrees.", False), ("es", "lo hemos dicho.", True),
     ("es", "el secretario lo explica.", False), ("fr", "j'ai ete clair.", True), ("fr", "il a ete clair.", False)],
)
def test_first_person(lang: str, text: str, first: bool) -> None:
    assert in_first_person(lang, text) is first
