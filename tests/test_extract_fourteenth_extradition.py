"""The extradition noun alone, fourteenth round (issue 9, s14-es).

The verb "extradite" alone is the act, in any tense or voice ("was extradited", "extraditó", "a été
extradé"). The noun alone names a request, a process, a treaty or a topic as often as the act ("the
extradition treaty", "la solicitud de extradición", "la procédure d'extradition"): it makes an event only
with a destination in the same sentence ("the extradition of three men to the United States").

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 4, 16)

VERB = [
    ("en", "On Tuesday, Mexico extradited the former police chief Rafael Ortega, accused of drug trafficking.",
     "2026-04-14"),
    ("es", "El martes, México extraditó al exjefe de policía Rafael Ortega, acusado de narcotráfico.", "2026-04-14"),
    ("fr", "Mardi, le Mexique a extradé l'ancien chef de la police Rafael Ortega, accusé de trafic de drogue.",
     "2026-04-14"),
]

NOUN_WITH_DESTINATION = [
    ("en", "On Tuesday, Mexico completed the extradition of three cartel leaders to the United States.",
     "2026-04-14"),
    ("es", "El martes, México concretó la extradición de tres líderes del cártel a Estados Unidos.", "2026-04-14"),
    ("fr", "Mardi, le Mexique a mené à bien l'extradition de trois chefs du cartel aux États-Unis.", "2026-04-14"),
]

NOUN_ALONE = [
    ("en", "The minister spoke on Tuesday about the extradition treaty and the pending requests."),
    ("en", "On Tuesday the court heard arguments on the extradition of the former mayor."),
    ("es", "El martes el ministro habló del tratado de extradición y de las solicitudes pendientes."),
    ("es", "El martes, la jueza escuchó los argumentos sobre la extradición del exalcalde."),
    ("fr", "Mardi, le ministre a parlé du traité d'extradition et des demandes en attente."),
    ("fr", "Mardi, la juge a entendu les arguments sur l'extradition de l'ancien maire."),
]


@pytest.mark.parametrize(("lang", "text", "day"), VERB)
def test_the_verb_alone_is_an_extradition(lang: str, text: str, day: str) -> None:
    assert ("extradition", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "day"), NOUN_WITH_DESTINATION)
def test_the_noun_with_a_destination_is_an_extradition(lang: str, text: str, day: str) -> None:
    assert ("extradition", day, "happened") in extracted(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), NOUN_ALONE)
def test_the_noun_alone_is_no_extradition(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "extradition"]
