"""Dating rules for kinds of wording government texts use (issue 9, item 2); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events

PUB = dt.date(2025, 10, 10)  # a Friday


def _dated(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.date) for e in extract_events(text, published=PUB, lang=lang)]


# A day of the publication's month, named without its month ("le 7 courant", "el 7 del presente mes").
THIS_MONTH = [
    ("en-of-this-month", "en", "US forces struck a drug boat in the Caribbean on the 7th of this month."),
    ("es-del-presente-mes", "es", "Estados Unidos atacó una lancha en el Caribe el 7 del presente mes."),
    ("es-del-mes-en-curso", "es", "Estados Unidos atacó una lancha en el Caribe el 7 del mes en curso."),
    ("fr-courant", "fr", "Les États-Unis ont frappé une embarcation dans les Caraïbes le 7 courant."),
    ("fr-de-ce-mois", "fr", "Les États-Unis ont frappé une embarcation dans les Caraïbes le 7 de ce mois."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in THIS_MONTH], ids=[c[0] for c in THIS_MONTH])
def test_a_day_of_the_current_month_is_that_day(lang, text):
    assert ("boat_strike", "2025-10-07") in _dated(text, lang)


# The report's date after a verb of saying and its subject ("informó el Pentágono el jueves") is not the act's.
REPORTED = [
    (
        "en-said-the-pentagon-on",
        "en",
        "US forces struck a boat in the Caribbean on Tuesday, said the Pentagon on Thursday.",
    ),
    (
        "es-informo-el-pentagono-el",
        "es",
        "Estados Unidos atacó una lancha en el Caribe el martes pasado, informó el Pentágono el jueves.",
    ),
    (
        "fr-a-indique-le-pentagone",
        "fr",
        "Les États-Unis ont frappé une embarcation dans les Caraïbes mardi, a indiqué le Pentagone jeudi.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED])
def test_the_date_after_a_postposed_subject_of_saying_is_the_reports(lang, text):
    assert _dated(text, lang) == [("boat_strike", "2025-10-07")]


# An enactment's provisions take the day of its heading or dateline, not the publication's.
HEADINGS = [
    (
        "en-executive-order-of",
        "en",
        "Executive Order 14999 of October 3, 2025\n\nBy the authority vested in me as President, it is hereby ordered:\n\nAll articles that are products of Canada shall be subject to an additional 25 percent ad valorem rate of duty.",
    ),
    (
        "es-ciudad-de-mexico-a",
        "es",
        "DECRETO por el que se imponen aranceles a las importaciones de China.\n\nCiudad de México, a 3 de octubre de 2025.\n\nSe imponen aranceles del 30% a las importaciones de China.",
    ),
    (
        "fr-decret-n-du",
        "fr",
        "Décret n° 2025-123 du 3 octobre 2025 relatif aux droits de douane\n\nLe Premier ministre,\n\nDécrète :\n\nArticle 1. Les produits des États-Unis sont soumis à une surtaxe de 25 %.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in HEADINGS], ids=[c[0] for c in HEADINGS])
def test_an_enactments_provisions_take_the_day_of_its_heading(lang, text):
    assert ("tariff", "2025-10-03") in _dated(text, lang)
