"""Acts recognised by their grammar, fifth round (issue 9): statements and miscellaneous acts.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import BRIEFING, CONFERENCE, REMARKS, extracted

PUB = dt.date(2025, 10, 10)
TODAY = ("statement", PUB.isoformat(), "happened")


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# A predicate of position takes any subject of the campaign that another predicate of position takes:
# "reiterar" with the cartels, "insist" with the use of force, "insister" with international law.
ANY_CAMPAIGN_OBJECT = [
    ("es-reiteramos-carteles", "es", CONFERENCE + "Reiteramos que el combate a los carteles le corresponde a México."),
    ("es-criticamos-terroristas", "es", CONFERENCE + "Criticamos que se quiera llamar terroristas a los migrantes."),
    (
        "en-insist-use-of-force",
        "en",
        REMARKS + "We insist that any use of force must have the consent of the host country.",
    ),
    ("en-vow-fentanyl", "en", REMARKS + "We vow to stop the fentanyl that crosses our border."),
    (
        "fr-insistons-droit",
        "fr",
        BRIEFING + "Nous insistons sur le respect du droit international par toutes les parties.",
    ),
    ("fr-rejetons-escalade", "fr", BRIEFING + "Nous rejetons toute escalade dans la mer des Caraïbes."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in ANY_CAMPAIGN_OBJECT], ids=[c[0] for c in ANY_CAMPAIGN_OBJECT]
)
def test_a_predicate_of_position_takes_any_campaign_object(lang, text):
    assert TODAY in _events(text, lang)


# The same predicates about something else are no event.
OTHER_OBJECTS = [
    ("es-reiteramos-metro", "es", CONFERENCE + "Reiteramos que la nueva línea del metro abrirá el lunes."),
    ("en-insist-stadium", "en", REMARKS + "We insist that the new stadium must open on time."),
    ("fr-insistons-cantines", "fr", BRIEFING + "Nous insistons sur la qualité des repas dans les cantines scolaires."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in OTHER_OBJECTS], ids=[c[0] for c in OTHER_OBJECTS])
def test_a_predicate_of_position_about_another_subject_is_no_event(lang, text):
    assert _events(text, lang) == []
