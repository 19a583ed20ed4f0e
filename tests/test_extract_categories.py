"""Kinds of wording real government texts use that the rules first missed, by grammar (issue 9, item 3).

The categories come from an independent review of misses; every sentence here was written for these
tests (none is taken from a document of ``tests/real``), in the three languages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events

PUB = dt.date(2025, 10, 10)  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.date, e.modality) for e in extract_events(text, published=PUB, lang=lang)]


# 1 and 5. A stance voiced in the first person or the present, in a transcript or a statement: a
# statement of the occasion, dated by the publication when it names no date of its own.
VOICED = [
    ("en-we-will-not-accept", "en", "Remarks by Secretary of State Marco Rubio to the press.\n\nSECRETARY RUBIO: We will not accept the presence of the cartels on our border, and we demand that Mexico respect our sovereignty."),
    ("en-present-rejects", "en", "Statement by the Prime Minister of Canada.\n\nCanada rejects the tariffs imposed by the United States on Canadian goods."),
    ("es-nosotros", "es", "Versión estenográfica de la conferencia de prensa de la presidenta Claudia Sheinbaum Pardo.\n\nPRESIDENTA CLAUDIA SHEINBAUM PARDO: Nosotros no aceptamos ninguna injerencia en nuestro territorio."),
    ("es-le-dije", "es", "Conferencia de prensa de la presidenta Claudia Sheinbaum.\n\nPREGUNTA: ¿Qué le dijo al presidente?\n\nRESPUESTA: Le dije al presidente Trump que no vamos a aceptar ninguna intervención militar."),
    ("es-gobierno-rechaza", "es", "Comunicado de la Secretaría de Relaciones Exteriores.\n\nEl Gobierno de México rechaza la designación de los cárteles como organizaciones terroristas."),
    ("fr-present-condamne", "fr", "Déclaration du ministre de l'Europe et des Affaires étrangères.\n\nLa France condamne fermement les frappes contre des embarcations dans les Caraïbes."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in VOICED], ids=[c[0] for c in VOICED])
def test_a_stance_voiced_on_the_occasion_is_a_statement_of_the_publication_day(lang, text):
    assert ("statement", PUB.isoformat(), "happened") in _events(text, lang)


# A stance told in the past perfect without a date stays background.
BACKGROUND = [
    ("en-has-rejected", "en", "Mexico has repeatedly rejected any intervention on its territory."),
    ("es-habia-rechazado", "es", "México había rechazado en varias ocasiones cualquier intervención en su territorio."),
    ("fr-avait-rejete", "fr", "Le Mexique avait rejeté à plusieurs reprises toute intervention sur son territoire."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BACKGROUND], ids=[c[0] for c in BACKGROUND])
def test_a_stance_told_as_background_is_not_an_event(lang, text):
    assert _events(text, lang) == []
