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


# Security cooperation agreed or set up is a miscellaneous act, by its verb (agree, reach, establish,
# set up) and its object (cooperation, a mechanism, a group) on one of the campaign's subjects.
COOPERATION_SET_UP = [
    (
        "es-acordamos",
        "es",
        "El 3 de octubre, México y Estados Unidos acordaron un mecanismo de cooperación en seguridad.",
    ),
    (
        "es-establecimos",
        "es",
        CONFERENCE + "El 3 de octubre establecimos con Canadá un grupo de trabajo contra el tráfico de armas.",
    ),
    ("en-agreed-to", "en", "On October 3, Mexico and the United States agreed to a cooperation mechanism on security."),
    ("en-set-up", "en", REMARKS + "On October 3 we set up a working group with Canada against arms trafficking."),
    (
        "fr-mis-en-place",
        "fr",
        "Le 3 octobre, la France et le Mexique ont mis en place un mécanisme de coopération en matière de sécurité.",
    ),
    (
        "fr-convenu",
        "fr",
        BRIEFING + "Le 3 octobre, nous sommes convenus d'une coopération contre le trafic d'armes avec le Canada.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in COOPERATION_SET_UP], ids=[c[0] for c in COOPERATION_SET_UP])
def test_security_cooperation_agreed_is_an_act(lang, text):
    assert ("other", "2025-10-03", "happened") in _events(text, lang)


COOPERATION_ELSEWHERE = [
    ("es-cultura", "es", "El 3 de octubre, México y Francia acordaron un mecanismo de cooperación cultural."),
    ("en-culture", "en", "On October 3, Mexico and France agreed to a cooperation mechanism on culture."),
    (
        "fr-culture",
        "fr",
        "Le 3 octobre, la France et le Mexique ont mis en place un mécanisme de coopération culturelle.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in COOPERATION_ELSEWHERE], ids=[c[0] for c in COOPERATION_ELSEWHERE]
)
def test_cooperation_on_another_subject_is_no_event(lang, text):
    assert _events(text, lang) == []
