"""A position given answering needs a question asked, sixteenth round (issue 9, s16-prec).

- An official's first-person answer on the campaign after a turn that asks (a question mark, or a question
  set out at length in three sentences or more) is the day's statement (``stance_day.py``, ``stance_asked.py``).
- The same official's first-person words after a presenter's short announcement (a ceremony, a speech) are
  no answer: no statement of the day, though the campaign's subjects are named.
- Event-free texts (a ceremony recalling 1847 or 1914, a minister's interview on farming, a health
  campaign's "despliegue", a labour "huelga"/"grève", a software deployment) give no event at all.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or of
the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events
from timeline.extract.stance_asked import asks

PUB = dt.date(2026, 5, 20)
STATEMENT = ("statement", "2026-05-20", "happened")

HEADERS = {
    "en": ("Press conference of Prime Minister Mark Carney, May 20, 2026.", "PRIME MINISTER MARK CARNEY"),
    "es": ("Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo, 20 de mayo de 2026.",
           "PRESIDENTA CLAUDIA SHEINBAUM PARDO"),
    "fr": ("Conférence de presse du premier ministre Mark Carney, 20 mai 2026.", "PREMIER MINISTRE MARK CARNEY"),
}
ASKING = {"en": "QUESTION", "es": "PREGUNTA", "fr": "QUESTION"}
PRESENTER = {"en": "MASTER OF CEREMONIES", "es": "MAESTRO DE CEREMONIAS", "fr": "MAÎTRE DE CÉRÉMONIE"}


def turns(lang: str, label: str, before: list[str], answer: list[str]) -> str:
    top, official = HEADERS[lang]
    return "\n\n".join([top, label, *before, official, *answer])


def statements(text: str, lang: str) -> list:
    return [e for e in extract_events(text, published=PUB, lang=lang) if e.event_type == "statement"]


ASKED = [
    ("en-mark", "en", ["Prime Minister, what is your answer to the new tariffs on steel?"],
     ["We will defend our workers.", "Thank you."]),
    ("en-set-out", "en", ["Good morning, Prime Minister.", "I am with the Northern Herald.",
                          "I would like to know your view of the tariffs announced by Washington."],
     ["We have been clear from the start.", "Thank you."]),
    ("es-marca", "es", ["Presidenta, ¿qué responde a los aranceles sobre el acero?"],
     ["Nosotros vamos a defender a los trabajadores.", "Gracias."]),
    ("es-expuesta", "es", ["Buenos días, presidenta.", "Soy reportera del Diario del Norte.",
                           "Quisiera conocer su postura sobre los aranceles anunciados por Washington."],
     ["Nosotros lo hemos dicho con claridad.", "Gracias."]),
    ("fr-marque", "fr", ["Que répondez-vous aux droits de douane sur l'acier ?"],
     ["Nous défendrons nos travailleurs.", "Merci."]),
    ("fr-exposee", "fr", ["Bonjour, monsieur le premier ministre.", "Je suis journaliste au Courrier du Nord.",
                          "Je voudrais connaître votre position sur les droits de douane annoncés par Washington."],
     ["Nous l'avons dit clairement dès le départ.", "Merci."]),
]


@pytest.mark.parametrize(("lang", "before", "answer"), [c[1:] for c in ASKED], ids=[c[0] for c in ASKED])
def test_an_answer_to_a_question_is_the_day_s_statement(lang: str, before: list[str], answer: list[str]) -> None:
    found = statements(turns(lang, ASKING[lang], before, answer), lang)
    assert [(e.event_type, e.date, e.modality) for e in found] == [STATEMENT]
    assert found[0].actors[:1] in (["Mark Carney"], ["Claudia Sheinbaum"])


ANNOUNCED = [
    ("en-ceremony", "en", ["Ladies and gentlemen, the Prime Minister.", "Welcome to the White House delegation."],
     ["We honour today the soldiers who fell in 1914.", "Thank you all."]),
    ("es-ceremonia", "es", ["Tiene la palabra la presidenta.", "Saludamos a la delegación de Estados Unidos."],
     ["Nosotros recordamos hoy a los cadetes que cayeron en 1847.", "Muchas gracias."]),
    ("fr-ceremonie", "fr", ["Mesdames et messieurs, le premier ministre.", "Nous saluons la délégation de Washington."],
     ["Nous rendons hommage aux soldats tombés en 1914.", "Merci à tous."]),
]


@pytest.mark.parametrize(("lang", "before", "answer"), [c[1:] for c in ANNOUNCED], ids=[c[0] for c in ANNOUNCED])
def test_words_after_a_presenter_are_no_answer(lang: str, before: list[str], answer: list[str]) -> None:
    assert not statements(turns(lang, PRESENTER[lang], before, answer), lang)


def test_the_same_words_asked_are_an_answer() -> None:
    """The negative above fails for the right reason: asked, the same turn gives the statement."""
    text = turns("es", ASKING["es"], ["¿Qué mensaje da a la delegación de Estados Unidos?"],
                 ["Nosotros recordamos hoy a los cadetes que cayeron en 1847.", "Muchas gracias."])
    assert [(e.event_type, e.date) for e in statements(text, "es")] == [("statement", "2026-05-20")]


def test_asks() -> None:
    assert asks(["is it true?"], [0]) and asks(["¿es cierto", "dígame"], [0, 1])
    assert asks(["good morning.", "i am with a paper.", "your view of the tariffs."], [0, 1, 2])
    assert not asks(["welcome.", "the minister has the floor."], [0, 1])


EVENT_FREE = [
    ("en-farming", "en", "Interview with the Minister of Agriculture, May 20, 2026. We talked about wheat prices, "
     "the drought in the prairies and support for young farmers. The minister said the harvest would be good."),
    ("en-software", "en", "On May 19, 2026, the ministry completed the deployment of its new payroll software "
     "to all regional offices."),
    ("es-salud", "es", "El 19 de mayo de 2026 la Secretaría de Salud inició el despliegue de brigadas de "
     "vacunación en las escuelas del estado."),
    ("es-huelga", "es", "Los trabajadores del metro iniciaron el 19 de mayo de 2026 una huelga para exigir "
     "mejores salarios."),
    ("fr-greve", "fr", "Le 19 mai 2026, les cheminots ont lancé une grève pour leurs salaires."),
    ("fr-agriculture", "fr", "Entretien du ministre de l'Agriculture, 20 mai 2026. Nous avons parlé du prix du blé, "
     "de la sécheresse et de l'aide aux jeunes agriculteurs."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in EVENT_FREE], ids=[c[0] for c in EVENT_FREE])
def test_event_free_texts_give_no_event(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == []
