"""Troop deployments told in transcripts, fifteenth round (issue 9, s15-es).

- The periphrastic future in every person is a plan in English and French: "we are going to send",
  "nous allons envoyer" (the third person "will", "vont", es "va a" were planned already). The Spanish
  first persons ("vamos a", "voy a") were withdrawn at the merge: on the folds of the audited corpus they
  turned one Spanish event into a plan (one true event lost, one false gained); spoken Spanish uses them
  for much besides plans.
- A negated existential of a force noun is a denied deployment: "no hay tropas de Estados Unidos",
  "il n'y a pas de soldats américains" (en "there are no ... troops" was denied already).
- A force sent with a mission of another sense, told by a purpose phrase after the troops, is no
  deployment of the campaign: relief after floods, fires or storms, elections, a census, vaccination.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 3, 18)

PLANNED = [
    ("en", "We are going to send 900 National Guard troops to the southern border to stop fentanyl trafficking."),
    ("en", "The Secretary of War said: I'm going to deploy two more destroyers to the Caribbean against the cartels."),
    ("fr", "Nous allons envoyer 900 soldats à la frontière pour lutter contre le trafic de fentanyl."),
    ("fr", "Le secrétaire à la Guerre a dit : je vais déployer deux navires de guerre dans les Caraïbes contre les cartels."),
]

# The same periphrasis on an act already done, dated: "vamos a" is not read on another clause's act.
HAPPENED = [
    ("es", "El lunes se enviaron 900 elementos del Ejército a Culiacán para contener la violencia del cártel.",
     "2026-03-16"),
    ("en", "On Monday the Pentagon sent 900 troops to the southern border to stop fentanyl trafficking.", "2026-03-16"),
    ("fr", "Lundi, le Pentagone a envoyé 900 soldats à la frontière contre le trafic de fentanyl.", "2026-03-16"),
]

DENIED = [
    ("es", "El martes, la presidenta afirmó que no hay tropas de Estados Unidos en territorio mexicano."),
    ("es", "El martes, el canciller dijo que en el país no hay militares estadounidenses desplegados."),
    ("fr", "Mardi, la présidente a affirmé qu'il n'y a pas de soldats américains sur le territoire mexicain."),
    ("en", "On Tuesday the president said there are no US troops on Mexican soil."),
]

# Troops sent, but for relief, a vote, a census or a vaccination drive: no deployment of the campaign.
CIVIL_MISSIONS = [
    ("es", "El lunes se enviaron 600 elementos del Ejército a Tabasco para atender a los damnificados por las lluvias."),
    ("es", "El lunes se desplegaron 5 mil elementos de la Guardia Nacional para resguardar las elecciones del domingo."),
    ("es", "El lunes enviamos 2 mil soldados a Oaxaca para apoyar la campaña de vacunación."),
    ("en", "On Monday the governor sent 500 National Guard troops to help with the wildfire evacuations."),
    ("en", "On Monday 3,000 troops were deployed to guard polling stations for the elections."),
    ("fr", "Lundi, 2 000 soldats ont été déployés pour sécuriser les élections régionales."),
    ("fr", "Lundi, l'armée a envoyé 800 militaires afin de porter secours aux sinistrés des inondations."),
]

# The campaign's deployments with a purpose phrase of the campaign: kept.
CAMPAIGN_MISSIONS = [
    ("es", "El lunes se enviaron 600 elementos del Ejército a Sinaloa para enfrentar a las células del cártel.",
     "2026-03-16"),
    ("en", "On Monday the Pentagon sent 500 troops to the border to help stop fentanyl smuggling.", "2026-03-16"),
    ("fr", "Lundi, Washington a envoyé 800 soldats à la frontière pour lutter contre les cartels.", "2026-03-16"),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED)
def test_the_periphrastic_future_of_any_person_is_a_planned_deployment(lang: str, text: str) -> None:
    found = [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]
    assert found and all(e[2] == "planned" for e in found)


@pytest.mark.parametrize(("lang", "text", "day"), HAPPENED)
def test_a_dated_deployment_done_stays_happened(lang: str, text: str, day: str) -> None:
    assert ("troop_deployment", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_negated_presence_of_foreign_forces_is_a_denied_deployment(lang: str, text: str) -> None:
    found = [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]
    assert found and all(e[2] == "denied" for e in found)


@pytest.mark.parametrize(("lang", "text"), CIVIL_MISSIONS)
def test_troops_sent_for_a_civil_mission_are_no_deployment(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]


@pytest.mark.parametrize(("lang", "text", "day"), CAMPAIGN_MISSIONS)
def test_troops_sent_for_a_campaign_mission_stay_a_deployment(lang: str, text: str, day: str) -> None:
    assert ("troop_deployment", day, "happened") in extracted(text, lang, PUB)
