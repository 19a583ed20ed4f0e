"""Statements by grammar, ninth round (issue 9): a campaign subject declared not negotiable, in the present
and in a clause of its own, is a stance voiced on the occasion (the speaker named before is its doer, the
publication its day); told after "que" / "that" it is what the main verb reports, and the main verb decides.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events

PUB = dt.date(2025, 4, 10)

# The speaker is named in the sentence before; the stance has no date of its own.
NOT_NEGOTIABLE = [
    ("es-se-negocia", "es", "Habló la presidenta Claudia Sheinbaum en el Zócalo. La soberanía no se negocia."),
    (
        "es-negociable",
        "es",
        "Habló la presidenta Claudia Sheinbaum en Palacio. La integridad territorial no es negociable.",
    ),
    ("es-innegociable", "es", "Habló la presidenta Claudia Sheinbaum. En esta materia, la soberanía es innegociable."),
    ("en-is-not", "en", "President Claudia Sheinbaum spoke in the capital. Sovereignty is not negotiable."),
    ("en-non", "en", "President Claudia Sheinbaum spoke in the capital. Territorial integrity is non-negotiable."),
    ("fr-n-est-pas", "fr", "La présidente Claudia Sheinbaum a parlé hier. La souveraineté n'est pas négociable."),
    ("fr-ne-se", "fr", "La présidente Claudia Sheinbaum a parlé hier. La souveraineté ne se négocie pas."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_NEGOTIABLE], ids=[c[0] for c in NOT_NEGOTIABLE])
def test_a_subject_declared_not_negotiable_is_a_stance_of_the_day(lang: str, text: str) -> None:
    events = extract_events(text, published=PUB, lang=lang)
    assert [(e.event_type, e.date, e.modality) for e in events] == [("statement", "2025-04-10", "happened")]
    assert events[0].actors[:1] == ["Claudia Sheinbaum"]


# Embedded after "que" / "that" under a past verb of saying, or about no campaign subject: no stance of the day.
NOT_VOICED = [
    ("es-que", "es", "Habló la presidenta Claudia Sheinbaum. Hace años se dijo que la soberanía no se negocia."),
    ("es-no-object", "es", "Habló la presidenta Claudia Sheinbaum. El precio de la tortilla no se negocia."),
    ("en-that", "en", "President Claudia Sheinbaum spoke. Years ago it was said that sovereignty is not negotiable."),
    ("en-no-object", "en", "President Claudia Sheinbaum spoke. The price of corn is not negotiable."),
    (
        "fr-que",
        "fr",
        "La présidente Claudia Sheinbaum a parlé. Il y a des années, on disait que la souveraineté n'est pas négociable.",
    ),
    ("fr-no-object", "fr", "La présidente Claudia Sheinbaum a parlé. Le prix du maïs n'est pas négociable."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_VOICED], ids=[c[0] for c in NOT_VOICED])
def test_not_negotiable_reported_or_off_campaign_is_no_stance(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == []


# A demand made of or about Venezuela or Maduro, in any tense and person, with its day: a statement of that day.
DEMANDS = [
    ("es-pidio", "es", "El martes, el presidente Donald Trump pidió a Venezuela que reciba a sus migrantes."),
    ("es-exige", "es", "El martes, el gobierno de Colombia exigió a Maduro la liberación de los presos."),
    ("es-pedir", "es", "El martes, el presidente Gustavo Petro decidió pedir a Venezuela una explicación formal."),
    ("en-asked", "en", "On Tuesday, President Donald Trump asked Venezuela to take back its migrants."),
    ("en-calls-on", "en", "On Tuesday, the Government of Colombia called on Maduro to free the prisoners."),
    ("fr-demande", "fr", "Mardi, le président Donald Trump a demandé au Venezuela de reprendre ses migrants."),
    ("fr-somme", "fr", "Mardi, le gouvernement colombien a sommé Maduro de libérer les prisonniers."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in DEMANDS], ids=[c[0] for c in DEMANDS])
def test_a_demand_made_of_venezuela_is_a_statement(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == [("statement", "2025-04-08", "happened")]


# Asking about anything else, or Venezuela named with no verb of asking: no statement from this rule.
NOT_DEMANDS = [
    ("es-other-object", "es", "El martes, el alcalde pidió a los vecinos que cuiden el agua."),
    ("es-no-verb", "es", "El martes, el equipo de Venezuela ganó el partido de béisbol."),
    ("en-other-object", "en", "On Tuesday, the mayor asked residents to save water."),
    ("fr-other-object", "fr", "Mardi, le maire a demandé aux habitants d'économiser l'eau."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_DEMANDS], ids=[c[0] for c in NOT_DEMANDS])
def test_asking_about_something_else_is_no_statement(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == []


# A declaration about Venezuela or Maduro (seventh round) with the country far from the verb, in a long clause.
FAR_DECLARATIONS = [
    (
        "es-declaro",
        "es",
        "El martes, el presidente Donald Trump declaró ante los periodistas reunidos en la Casa Blanca, al final de "
        "una larga jornada de reuniones con su gabinete, que Venezuela tendrá que responder.",
    ),
    (
        "en-stated",
        "en",
        "On Tuesday, President Donald Trump stated before the reporters gathered at the White House, at the end of "
        "a long day of meetings with his cabinet, that Venezuela will have to answer.",
    ),
    (
        "fr-declare",
        "fr",
        "Mardi, le président Donald Trump a déclaré devant les journalistes réunis à la Maison Blanche, à la fin "
        "d'une longue journée de réunions avec son cabinet, que le Venezuela devra répondre.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in FAR_DECLARATIONS], ids=[c[0] for c in FAR_DECLARATIONS])
def test_a_declaration_about_venezuela_far_from_its_verb_is_a_statement(lang: str, text: str) -> None:
    assert ("statement", "2025-04-08", "happened") in extracted(text, lang, PUB)
