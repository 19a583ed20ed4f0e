"""Troop deployments, sixteenth round (issue 9, s16-troop): denied presence in any tense, forces sent, security reinforced.

- A negated being, coming or entering of foreign forces, present or past, is a denied deployment: "no
  vinieron militares de los Estados Unidos", "US troops did not enter", "les militaires américains ne sont
  pas venus" (the future and the "no hay" + force noun were denied already).
- The plain Spanish force noun "fuerzas" as the near object of a sending or arriving verb is a deployment
  (French read "forces" already); not political, market or social forces.
- A reinforcement of security named as a noun (a report's item) with a number or a day is a deployment;
  not the security of data, food or roads.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or of
the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 3, 18)

DENIED = [
    ("es", "El martes, la presidenta dijo que no vinieron militares de los Estados Unidos a Sinaloa."),
    ("es", "El martes, el secretario aseguró que nunca han entrado tropas extranjeras al territorio nacional."),
    ("en", "On Tuesday the minister said US troops did not enter Mexican territory."),
    ("en", "On Tuesday the president said that there have been no American soldiers operating in Mexico."),
    ("fr", "Mardi, la présidente a dit que les militaires américains ne sont pas venus au Mexique."),
    ("fr", "Mardi, le ministre a affirmé qu'il n'y a jamais eu de troupes étrangères sur le sol mexicain."),
]

SENT = [
    ("es", "El 12 de marzo se desplegaron fuerzas federales en Culiacán contra las células del cártel.", "2026-03-12"),
    ("es", "El 12 de marzo llegaron fuerzas especiales de la Marina a la frontera norte.", "2026-03-12"),
    ("es", "Reforzamiento de la seguridad en Culiacán: el 12 de marzo llegaron 800 elementos del Ejército.",
     "2026-03-12"),
    ("es", "El 12 de marzo inició el reforzamiento de la seguridad en Culiacán contra el cártel.", "2026-03-12"),
    ("en", "On March 12 the reinforcement of security in Tijuana began with 800 soldiers.", "2026-03-12"),
    ("fr", "Le 12 mars a commencé le renforcement de la sécurité à la frontière.", "2026-03-12"),
]

NOT_DEPLOYMENTS = [
    ("es", "El 12 de marzo inició el reforzamiento de la seguridad informática del SAT."),
    ("es", "El 12 de marzo llegaron las fuerzas políticas de oposición al Congreso."),
    ("es", "El 12 de marzo se enviaron fuerzas de rescate a Tabasco para atender a los damnificados por las inundaciones."),
    ("es", "No hay militares de Estados Unidos en la ceremonia del 5 de mayo, dijo el 12 de marzo el vocero."),
    ("en", "There are no US troops in the flood relief effort, the Pentagon said on March 12."),
    ("en", "On March 12 the reinforcement of security of data networks was approved by the agency."),
    ("fr", "Le 12 mars a commencé le renforcement de la sécurité informatique des ministères."),
    ("fr", "Le 12 mars, les soldats américains ne sont pas venus à la cérémonie du défilé."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_negated_presence_or_coming_of_foreign_forces_is_denied(lang: str, text: str) -> None:
    found = [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]
    assert found == [("troop_deployment", "2026-03-17", "denied")]


@pytest.mark.parametrize(("lang", "text", "day"), SENT)
def test_forces_sent_or_security_reinforced_is_a_dated_deployment(lang: str, text: str, day: str) -> None:
    assert ("troop_deployment", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), NOT_DEPLOYMENTS)
def test_other_senses_floods_and_ceremonies_give_no_deployment(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]
