"""A fleet's motion verbs read as verbs only, thirteenth round (issue 9, s13-enfr).

A ship or a fleet that sails, departs, leaves or enters a sea is moved by a verb. The same letters
name other things: the "Department" of a ministry, French "a partir de" (from), "une partie des
forces" (a part), "entre" (between). The triggers of ``troop_deployment`` read "depart" only in its
verb forms in English, and "partir"/"entrer" in French only after an auxiliary, a verb of going or in a
finite form; Spanish reads only preterites ("zarpo", "partio", "entro") already.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.gazetteer import fold
from timeline.extract.triggers import get_triggers

PUB = dt.date(2026, 3, 5)


def fires(lang: str, text: str) -> bool:
    return any(h.event_type == "troop_deployment" for h in get_triggers(lang).find(fold(text)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On March 3 the carrier strike group departed Norfolk for the Caribbean."),
        ("en", "Two destroyers departing from Mayport will join the fleet."),
        ("es", "El 3 de marzo el grupo anfibio partio de Norfolk hacia el Caribe."),
        ("es", "Los destructores entraron al mar Caribe el lunes."),
        ("fr", "Le 3 mars, les navires sont partis de Norfolk vers les Caraibes."),
        ("fr", "Le porte-avions entrera dans la mer des Caraibes la semaine prochaine."),
        ("fr", "Deux destroyers doivent partir de Floride vers le Venezuela."),
        ("fr", "Les forces americaines entrent dans les eaux territoriales."),
    ],
)
def test_motion_verbs_fire(lang: str, text: str) -> None:
    assert fires(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Department of the Navy said the carrier group held a ceremony."),
        ("en", "A department store fleet of delivery vans."),
        ("es", "A partir del lunes, las fuerzas de seguridad del estado vigilan el puerto."),
        ("es", "Una parte de las fuerzas de la flota pesquera."),
        ("fr", "A partir de lundi, les forces de l'ordre surveillent le port."),
        ("fr", "Une partie des forces syndicales a rejoint le cortege."),
        ("fr", "Le dialogue entre les forces politiques du pays se poursuit."),
        ("fr", "Les parties ont signe un accord sur la flotte de peche."),
    ],
)
def test_other_senses_do_not_fire(lang: str, text: str) -> None:
    assert not fires(lang, text)


def test_dated_departure_is_an_event() -> None:
    text = "Le 3 mars 2026, les navires americains sont partis de Norfolk vers les Caraibes, a indique le Pentagone."
    assert ("troop_deployment", "2026-03-03", "happened") in extracted(text, "fr", PUB)


def test_between_forces_is_no_event() -> None:
    text = "Le 3 mars 2026, le dialogue entre les forces politiques et le gouvernement a repris a Paris."
    assert not [e for e in extracted(text, "fr", PUB) if e[0] == "troop_deployment"]
