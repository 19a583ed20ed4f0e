"""Troop deployments, fourteenth round (issue 9, s14-es).

- Foreign forces said not to enter, come in or intervene, the negation up to four words before the verb
  ("will not be allowed to enter", "no van a entrar", "ne vont pas intervenir") and the force noun with
  its foreign qualifier near the verb: a denied deployment, in the three languages.
- Spanish "mandar" (to send) with troops as its object near it, when the sentence names a place or a
  mission of the campaign (a border, a coast or a sea, the cartels, drugs, migration): "mandar" is also
  "to order", and troops sent to a flood or a school are not the campaign's.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 4, 16)

DENIED = [
    ("en", "On Tuesday the president said that US troops will not be allowed to enter Mexican territory.", "2026-04-14"),
    ("en", "On Tuesday the minister said foreign soldiers would never set foot in the country.", "2026-04-14"),
    ("es", "El martes, la presidenta dijo que las tropas de Estados Unidos no van a entrar a territorio mexicano.",
     "2026-04-14"),
    ("es", "El martes, el canciller aseguró que nunca intervendrán fuerzas extranjeras en el país.", "2026-04-14"),
    ("fr", "Mardi, la présidente a déclaré que les troupes américaines n'entreront pas au Mexique.", "2026-04-14"),
    ("fr", "Mardi, le ministre a assuré que les soldats des États-Unis ne vont pas intervenir dans le pays.",
     "2026-04-14"),
]

# The same words in other senses: players, tourists, a party's forces, an army at home.
NOT_DEPLOYMENTS = [
    ("en", "On Tuesday the coach said foreign players will not enter the stadium before noon."),
    ("en", "On Tuesday the mayor said American tourists will not come into the old town during the festival."),
    ("es", "El martes, el entrenador dijo que los jugadores extranjeros no van a entrar al estadio."),
    ("es", "El martes, el alcalde dijo que los turistas estadounidenses no van a entrar al casco antiguo."),
    ("fr", "Mardi, l'entraîneur a dit que les joueurs étrangers n'entreront pas dans le stade."),
    ("fr", "Mardi, le maire a dit que les touristes américains ne vont pas entrer dans la vieille ville."),
]

SENT = [
    ("es", "El lunes, el gobierno mandó 800 soldados a la frontera norte para frenar el tráfico de fentanilo.",
     "2026-04-13"),
    ("es", "El lunes, la Secretaría de Marina mandó dos buques a las costas del Pacífico contra el narcotráfico.",
     "2026-04-13"),
]

SENT_ELSEWHERE = [
    # troops for a flood, an order that is no sending, a teacher's "elementos"
    ("es", "El lunes, el gobierno mandó 3 mil soldados a las zonas afectadas por las inundaciones."),
    ("es", "El lunes, el general mandó a los soldados limpiar el cuartel antes del desfile."),
    ("es", "El lunes, la maestra mandó los elementos de la tarea a sus alumnos."),
]


@pytest.mark.parametrize(("lang", "text", "day"), DENIED)
def test_foreign_forces_that_will_not_enter_are_a_denied_deployment(lang: str, text: str, day: str) -> None:
    assert ("troop_deployment", day, "denied") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), NOT_DEPLOYMENTS)
def test_other_people_who_will_not_enter_are_no_deployment(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]


@pytest.mark.parametrize(("lang", "text", "day"), SENT)
def test_troops_sent_with_mandar_to_a_campaign_place_are_a_deployment(lang: str, text: str, day: str) -> None:
    assert ("troop_deployment", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), SENT_ELSEWHERE)
def test_troops_sent_with_mandar_elsewhere_are_no_deployment(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]
