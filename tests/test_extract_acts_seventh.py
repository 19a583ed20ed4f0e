"""Acts by grammar, seventh round (issue 9): a negated presence of foreign forces is a denied deployment;
the border reinforced is a deployment.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)

# "no ... presence of <troops or an armed body> of <a foreign country>": a deployment denied.
NO_PRESENCE = [
    (
        "es-no-habra",
        "es",
        "La presidenta Claudia Sheinbaum afirmó que no habrá, en ningún caso, presencia de tropas "
        "estadounidenses en territorio mexicano.",
    ),
    ("es-ninguna", "es", "Nosotros no aceptamos ninguna presencia del ejército de Estados Unidos en nuestro país."),
    ("en-no-presence", "en", "President Sheinbaum said there will be no presence of U.S. troops on Mexican soil."),
    ("en-never", "en", "We will never accept any military presence of the U.S. Army in Mexico."),
    (
        "fr-aucune",
        "fr",
        "La présidente Sheinbaum a affirmé qu'il n'y aura aucune présence de troupes américaines au Mexique.",
    ),
    ("fr-jamais", "fr", "Nous n'accepterons jamais la présence de forces étrangères sur notre sol."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NO_PRESENCE], ids=[c[0] for c in NO_PRESENCE])
def test_a_negated_presence_of_foreign_forces_is_a_denied_deployment(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == [("troop_deployment", "2025-04-10", "denied")]


# A presence told without a negation, or a negated presence of civilians or of the country's own forces.
NOT_DENIED = [
    ("es-affirmed", "es", "La presencia de tropas estadounidenses en la base fue confirmada por el Pentágono."),
    ("en-affirmed", "en", "The presence of U.S. troops in the region was confirmed by the Pentagon."),
    ("es-civilians", "es", "No hubo presencia de migrantes extranjeros en el cruce fronterizo."),
    ("fr-own-forces", "fr", "Il n'y a aucune présence de l'armée dans le quartier, selon la mairie."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_DENIED], ids=[c[0] for c in NOT_DENIED])
def test_a_presence_not_negated_or_not_of_foreign_forces_is_no_denied_deployment(lang: str, text: str) -> None:
    assert not [m for kind, _d, m in extracted(text, lang, PUB) if kind == "troop_deployment" and m == "denied"]


# The border as the object of reinforcing, after the verb or before it (passive, fronted): forces sent to it.
BORDER_REINFORCED = [
    ("es-reforzamos", "es", "El 5 de febrero reforzamos la frontera norte con elementos de la Guardia Nacional."),
    ("es-quedo-reforzada", "es", "La frontera quedó reforzada el 5 de febrero, informó la Secretaría de la Defensa."),
    ("en-reinforced", "en", "On February 5, Mexico reinforced the northern border, the Defense Ministry said."),
    (
        "fr-a-renforce",
        "fr",
        "Le 5 février, le Mexique a renforcé la frontière nord, a indiqué le ministère de la Défense.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BORDER_REINFORCED], ids=[c[0] for c in BORDER_REINFORCED])
def test_the_border_reinforced_is_a_deployment(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == [("troop_deployment", "2025-02-05", "happened")]


# Something else reinforced near a border: its security by machines, a team's defence, a cooperation.
NOT_BORDER_REINFORCED = [
    ("en-border-security", "en", "Canada reinforced border security with new drones and helicopters on February 5."),
    ("es-sport", "es", "El equipo reforzó su defensa antes del partido en la frontera."),
    (
        "fr-cooperation",
        "fr",
        "Le 5 février, la France a renforcé sa coopération avec l'Espagne sur la frontière des Pyrénées.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_BORDER_REINFORCED], ids=[c[0] for c in NOT_BORDER_REINFORCED]
)
def test_something_else_reinforced_near_a_border_is_no_deployment(lang: str, text: str) -> None:
    assert not [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "troop_deployment"]
