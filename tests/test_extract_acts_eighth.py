"""Acts by grammar, eighth round (issue 9): an act verb in the infinitive of a purpose is planned; an
intervention or incursion against a boat is a boat strike.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)

# "<something done> para / in order to / pour <act verb in the infinitive>": the act is the aim.
PURPOSE = [
    (
        "es-para",
        "es",
        "La presidenta Claudia Sheinbaum se reunió hoy con su gabinete para acordar un mecanismo de "
        "cooperación en materia de seguridad con Estados Unidos.",
    ),
    (
        "es-a-fin-de",
        "es",
        "La presidenta Claudia Sheinbaum trabaja con Canadá a fin de establecer una cooperación contra el tráfico de armas.",
    ),
    (
        "en-in-order-to",
        "en",
        "President Sheinbaum met her cabinet today in order to establish a cooperation mechanism on border security.",
    ),
    (
        "fr-pour",
        "fr",
        "La présidente Sheinbaum a réuni son cabinet aujourd'hui pour établir un mécanisme de coopération "
        "en matière de sécurité.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PURPOSE], ids=[c[0] for c in PURPOSE])
def test_an_act_in_the_infinitive_of_a_purpose_is_planned(lang: str, text: str) -> None:
    assert ("other", "2025-04-10", "planned") in extracted(text, lang, PUB)
    assert all(modality != "happened" for kind, _, modality in extracted(text, lang, PUB) if kind == "other")


# The act verb conjugated, or a purpose whose infinitive is another verb: the act is done.
DONE = [
    (
        "es-done",
        "es",
        "El 3 de abril, la presidenta Claudia Sheinbaum acordó con Estados Unidos un mecanismo de cooperación "
        "en materia de seguridad para combatir el tráfico de armas.",
    ),
    (
        "en-done",
        "en",
        "On April 3, President Sheinbaum established a cooperation mechanism on border security to fight "
        "arms trafficking.",
    ),
    (
        "fr-done",
        "fr",
        "Le 3 avril, la présidente Sheinbaum a établi un mécanisme de coopération en matière de sécurité pour "
        "lutter contre le trafic d'armes.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in DONE], ids=[c[0] for c in DONE])
def test_an_act_told_done_with_a_purpose_after_it_stays_done(lang: str, text: str) -> None:
    assert ("other", "2025-04-03", "happened") in extracted(text, lang, PUB)


# "an intervention / incursion against a boat": a boat strike, the boat the noun's object.
INTERVENTION = [
    (
        "es",
        "El lunes hubo una intervención de fuerzas de Estados Unidos contra una lancha en el Pacífico, "
        "según el Pentágono.",
    ),
    ("en", "On Monday, the Pentagon said U.S. forces carried out an incursion against a speedboat off Venezuela."),
    (
        "fr",
        "Lundi, le Pentagone a confirmé une intervention des forces américaines contre une vedette au large du Venezuela.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), INTERVENTION, ids=[c[0] for c in INTERVENTION])
def test_an_intervention_against_a_boat_is_a_boat_strike(lang: str, text: str) -> None:
    assert ("boat_strike", "2025-04-07", "happened") in extracted(text, lang, PUB)


# An intervention told far from any boat is not read as a strike.
NOT_A_BOAT_STRIKE = [
    (
        "es",
        "La intervención del gobierno en la economía fue criticada; días después, los pescadores volvieron a sus "
        "lanchas en el puerto.",
    ),
    ("en", "The intervention of the central bank calmed the markets, and fishermen later returned to their boats."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_BOAT_STRIKE, ids=[c[0] for c in NOT_A_BOAT_STRIKE])
def test_an_intervention_far_from_a_boat_is_no_strike(lang: str, text: str) -> None:
    assert all(kind != "boat_strike" for kind, _, _ in extracted(text, lang, PUB))
