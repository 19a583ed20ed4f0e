"""Acts recognised by their grammar, fourth round (issue 9): beliefs and non-negotiable stances.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import BRIEFING, CONFERENCE, REMARKS, extracted

PUB = dt.date(2025, 10, 10)


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# A belief or a "not negotiable" voiced on the occasion, about sovereignty or the use of force, is a
# statement of that day, in any person.
BELIEFS = [
    ("es-creemos-que", "es", CONFERENCE + "Creemos que México es un país soberano y así debe ser tratado."),
    ("es-pienso-que", "es", CONFERENCE + "Pienso que cualquier intervención militar sería un error."),
    ("es-no-se-negocia", "es", CONFERENCE + "Nuestra soberanía no se negocia, eso lo tienen muy claro."),
    ("en-we-believe", "en", REMARKS + "We believe that any use of force must respect international law."),
    ("en-not-negotiable", "en", REMARKS + "Our sovereignty is not negotiable."),
    ("fr-nous-pensons", "fr", BRIEFING + "Nous pensons que le recours à la force n'est pas une solution."),
    ("fr-pas-negociable", "fr", BRIEFING + "Notre souveraineté n'est pas négociable."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BELIEFS], ids=[c[0] for c in BELIEFS])
def test_a_belief_about_the_campaign_is_a_statement_of_the_day(lang, text):
    assert ("statement", PUB.isoformat(), "happened") in _events(text, lang)


# The same grammar about something else is no event.
OTHER_BELIEFS = [
    ("es-horario", "es", CONFERENCE + "Creemos que el nuevo horario del metro funciona bien."),
    ("en-prices", "en", REMARKS + "We believe that egg prices will come down."),
    ("fr-salaire", "fr", BRIEFING + "Le salaire minimum n'est pas négociable."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in OTHER_BELIEFS], ids=[c[0] for c in OTHER_BELIEFS])
def test_a_belief_about_another_subject_is_not_an_event(lang, text):
    assert _events(text, lang) == []
