"""English and French recall, sixth round (issue 9): a position told as a noun, stances voiced after a dated one.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 1, 5)

# A government's position told as a noun in the present, on a campaign subject or party, is a stance
# voiced on the occasion: a statement of the publication's day.
POSITION = [
    ("en", "The position of the United States on Maduro is clear."),
    ("en", "Canada's position remains that military strikes on boats violate international law."),
    ("es", "La posición de México sobre Venezuela es la no intervención."),
    ("es", "Nuestra posición, es que no aceptamos ninguna intervención militar."),
    ("fr", "La position de la France sur le Venezuela reste la même : nous rejetons le régime de Maduro."),
    (
        "fr",
        "La position du gouvernement, c'est que les frappes contre des embarcations violent le droit international.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), POSITION, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSITION)])
def test_a_position_told_as_a_noun_in_the_present_is_a_statement(lang, text):
    assert ("statement", "2026-01-05", "happened") in extracted(text, lang, PUB)


# A position with no campaign subject, or told in the past, is no statement of the day.
NOT_POSITION = [
    ("en", "The position of the satellite is checked every hour."),
    ("es", "La posición del equipo en la tabla es la tercera."),
    ("fr", "La position de l'équipe au classement reste la troisième."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_POSITION, ids=[c[0] for c in NOT_POSITION])
def test_a_position_on_nothing_of_the_campaign_is_no_event(lang, text):
    assert extracted(text, lang, PUB) == []


# A transcript: a stance the article dates, then another speaker's stance voiced that day. Both are
# news; before the change the undated one was dropped as a repeat of the dated one.
TWO_SPEAKERS = [
    (
        "en",
        "On Friday, Claudia Sheinbaum rejected any intervention in Mexico.\n\n"
        "Q: And Washington?\n\nSECRETARY MARCO RUBIO: The position of the United States is that the strikes on boats violate international law.",
    ),
    (
        "es",
        "El viernes, Claudia Sheinbaum rechazó cualquier intervención en México.\n\n"
        "PREGUNTA: ¿Y Washington?\n\nSECRETARIO MARCO RUBIO: La posición de Estados Unidos es que los ataques a lanchas violan el derecho "
        "internacional.",
    ),
    (
        "fr",
        "Vendredi, Claudia Sheinbaum a rejeté toute intervention au Mexique.\n\n"
        "QUESTION : Et Washington ?\n\nLE SECRÉTAIRE MARCO RUBIO : La position des États-Unis, c'est que les frappes contre des "
        "embarcations violent le droit international.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_SPEAKERS, ids=[c[0] for c in TWO_SPEAKERS])
def test_a_stance_voiced_after_a_dated_one_is_news_of_its_own(lang, text):
    assert extracted(text, lang, PUB) == [
        ("statement", "2026-01-02", "happened"),
        ("statement", "2026-01-05", "happened"),
    ]


# A headline voicing the stance before the article dates it is the same stance: one event.
HEADLINE = [
    (
        "en",
        "Sheinbaum rejects any intervention in Mexico\n\nOn Friday, Claudia Sheinbaum rejected any intervention in Mexico.",
    ),
    (
        "es",
        "Sheinbaum rechaza cualquier intervención en México\n\nEl viernes, Claudia Sheinbaum rechazó cualquier intervención en México.",
    ),
    (
        "fr",
        "Sheinbaum rejette toute intervention au Mexique\n\nVendredi, Claudia Sheinbaum a rejeté toute intervention au Mexique.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE, ids=[c[0] for c in HEADLINE])
def test_a_headline_before_the_dated_stance_is_the_same_stance(lang, text):
    assert extracted(text, lang, PUB) == [("statement", "2026-01-02", "happened")]
