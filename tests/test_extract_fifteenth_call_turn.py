"""A call told in an official's answer turn, its party named by the question, fifteenth round (issue 9, s15-call).

- In a transcript, an official's answer that tells in the first person and a past tense a call, a conversation
  or a meeting ("hablé con él esta mañana", "we had a long call yesterday", "je lui ai parlé ce matin"), while
  the question (or the answer before it) names another country's leader, gives ONE ``other`` event of the call,
  dated by the conference's day (or the day before for "ayer", "yesterday", "hier"), with the speaker's
  government and the party as actors (``timeline/extract/call_turn.py``).
- No call without the day's reach (an undated call), a call in the future or asked about, a party of the
  speaker's own country, labour strikes or a phone call with nobody of another government.

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


def transcript(lang: str, question: str, *answer: str) -> str:
    top, asking, official = HEADERS[lang]
    return "\n\n".join([top, asking, question, official, *answer])


def calls(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.event_type, e.date, tuple(e.actors)) for e in extract_events(text, published=PUB, lang=lang)
            if e.event_type == "other"]


TOLD = [
    ("es-hoy", "es", "Presidenta, ¿qué le dijo el presidente Trump sobre la frontera?",
     ["Bueno, hablé con él esta mañana.", "Fue una conversación respetuosa, muy cordial."], "2026-05-20"),
    ("es-ayer", "es", "¿Y con el presidente Donald Trump, cómo quedaron las cosas?",
     ["Mire, ayer tuvimos una llamada muy buena.", "Acordamos seguir trabajando."], "2026-05-19"),
    ("en-yesterday", "en", "Prime Minister, what did President Trump tell you about the lumber duties?",
     ["We had a long call yesterday, and it was constructive.", "Thank you."], "2026-05-19"),
    ("fr-ce-matin", "fr", "Monsieur le premier ministre, qu'avez-vous dit au président Trump sur l'acier ?",
     ["Je lui ai parlé ce matin, et la discussion a été franche.", "Merci."], "2026-05-20"),
]


@pytest.mark.parametrize(("lang", "question", "answer", "day"), [c[1:] for c in TOLD], ids=[c[0] for c in TOLD])
def test_a_call_told_answering_is_one_other_event_of_its_day(lang: str, question: str, answer: list[str], day: str) -> None:
    found = calls(transcript(lang, question, *answer), lang)
    assert len(found) == 1
    event_type, date, actors = found[0]
    assert (event_type, date) == ("other", day)
    assert "Donald Trump" in actors


NOT_TOLD = [
    # undated: no day's reach
    ("es-sin-fecha", "es", "¿Qué le dijo el presidente Trump?", ["Hablé con él, y fue muy respetuoso.", "Gracias."]),
    ("en-undated", "en", "What did President Trump say?", ["I spoke with him, and it was constructive.", "Thanks."]),
    # a call to come, or asked about
    ("en-future", "en", "Will you call President Trump today?", ["I will speak with him today if he wishes.", "Thanks."]),
    ("fr-futur", "fr", "Allez-vous appeler le président Trump ?", ["Je lui parlerai ce matin ou demain.", "Merci."]),
    ("es-pregunta", "es", "Presidenta, ¿y el presidente Trump?", ["¿Que si hablé con él hoy? Todavía no.", "Gracias."]),
    # a party of the speaker's own country, no foreign leader at all
    ("es-mismo-pais", "es", "¿Qué le dijo Omar García Harfuch sobre Sinaloa?",
     ["Hablé con él esta mañana sobre la seguridad.", "Gracias."]),
    ("en-labour-strike", "en", "Prime Minister, what about the rail workers' strike?",
     ["I spoke with the union leaders this morning.", "Thanks."]),
    ("fr-inondations", "fr", "Que pensez-vous des inondations au Québec ?",
     ["J'ai parlé ce matin avec les maires des villes touchées.", "Merci."]),
]


@pytest.mark.parametrize(("lang", "question", "answer"), [c[1:] for c in NOT_TOLD], ids=[c[0] for c in NOT_TOLD])
def test_no_call_without_its_day_a_foreign_party_or_a_past(lang: str, question: str, answer: list[str]) -> None:
    assert calls(transcript(lang, question, *answer), lang) == []
