"""Dating by grammar, seventh round (issue 9): a stance voiced on the occasion, dated only by the month
or year it is voiced in, is of the publication's day.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)

# A stance in the first person or the present, with "this month" / "this year" as its only date.
VOICED_IN_PERIOD = [
    ("es-este-mes", "es", "Rechazamos este mes cualquier intervención militar extranjera en nuestro territorio."),
    ("es-este-ano", "es", "Nosotros rechazamos la intervención de fuerzas extranjeras, lo reiteramos este año."),
    ("en-this-month", "en", "We reject this month any foreign military intervention on our territory."),
    ("en-this-year", "en", "This year we reject any foreign military intervention on Mexican soil."),
    ("fr-ce-mois-ci", "fr", "Nous rejetons ce mois-ci toute intervention militaire étrangère sur notre territoire."),
    ("fr-cette-annee", "fr", "Cette année, nous condamnons les frappes contre des bateaux dans les Caraïbes."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in VOICED_IN_PERIOD], ids=[c[0] for c in VOICED_IN_PERIOD])
def test_a_stance_voiced_in_the_present_period_is_of_the_publication_day(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == [("statement", "2025-04-10", "happened")]


# Not voiced at the telling, or told as before it: the period dates the stance as before.
NOT_NOW = [
    (
        "en-earlier-this-month",
        "en",
        "Earlier this month, Mexico rejected any foreign military intervention on its territory.",
        "2025-04",
    ),
    (
        "es-mes-pasado",
        "es",
        "La presidenta rechazó el mes pasado cualquier intervención militar extranjera.",
        "2025-03",
    ),
    (
        "es-act-not-stance",
        "es",
        "Este mes, la Secretaría de Marina envió 2 mil elementos a la frontera norte.",
        "2025-04",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in NOT_NOW], ids=[c[0] for c in NOT_NOW])
def test_a_period_still_dates_what_was_not_voiced_at_the_telling(lang: str, text: str, date: str) -> None:
    assert [d for _kind, d, _m in extracted(text, lang, PUB)] == [date]


# A plan or threat whose only date lies after the publication (its entry into force, the day it would
# happen) is of the day it is told: the publication.
PLAN_OF_LATER_DAY = [
    ("es-entraran-en-vigor", "es", "Estados Unidos anunció que los aranceles del 30% entrarán en vigor el 1 de mayo."),
    ("en-will-impose", "en", "The United States will impose tariffs of 30% on Mexican goods on May 1."),
    (
        "fr-entreront-en-vigueur",
        "fr",
        "Les États-Unis ont annoncé que des droits de douane de 30 % entreront en vigueur le 1er mai.",
    ),
    ("en-will-deploy", "en", "Mexico will deploy 10,000 troops to the border next Monday."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PLAN_OF_LATER_DAY], ids=[c[0] for c in PLAN_OF_LATER_DAY])
def test_a_plan_of_a_later_day_is_of_the_day_it_is_told(lang: str, text: str) -> None:
    events = extracted(text, lang, PUB)
    assert events and all(d == "2025-04-10" and m in ("planned", "threatened") for _kind, d, m in events)


# A plan told with the day it was made keeps that day.
def test_a_plan_dated_by_its_making_keeps_that_day() -> None:
    text = "On April 2, the United States announced that tariffs of 30% on Mexican goods will take effect."
    assert [d for _kind, d, _m in extracted(text, "en", PUB)] == ["2025-04-02"]
