"""Statements by grammar, eighth round (issue 9): a communiqué told with its issuer or its clause is a
statement of that party; a Mexican ministry speaks for the Government of Mexico.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.gazetteer import get_gazetteer

PUB = dt.date(2025, 4, 10)

# "<determiner> communiqué <of its issuer | that ...>", with a day: a statement of that day.
COMMUNIQUES = [
    (
        "es-secretaria",
        "es",
        "El martes, el comunicado de la Secretaría de Relaciones Exteriores llegó a la embajada.",
    ),
    ("es-que", "es", "El gobierno de México difundió el martes un comunicado que resume la visita del secretario."),
    ("en-of", "en", "On Tuesday, the communiqué of the Government of Mexico reached the embassy."),
    (
        "en-joint",
        "en",
        "The State Department and the Mexican government issued a joint communiqué on Tuesday about the visit.",
    ),
    ("fr-du", "fr", "Mardi, le communiqué du gouvernement mexicain est parvenu à l'ambassade."),
    (
        "fr-conjoint",
        "fr",
        "Le gouvernement mexicain et le département d'État ont publié mardi un communiqué conjoint sur la visite.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in COMMUNIQUES], ids=[c[0] for c in COMMUNIQUES])
def test_a_communique_with_its_issuer_is_a_statement(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == [("statement", "2025-04-08", "happened")]


# The noun alone, with no issuer or clause, and a communiqué nobody issues: no statement.
NOT_COMMUNIQUES = [
    ("es-bare", "es", "El martes hubo un comunicado sobre la visita del secretario."),
    ("es-no-party", "es", "El martes, el comunicado de prensa llegó tarde a la redacción."),
    ("en-bare", "en", "On Tuesday there was a communiqué about the visit."),
    ("fr-bare", "fr", "Mardi, il y a eu un communiqué sur la visite."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_COMMUNIQUES], ids=[c[0] for c in NOT_COMMUNIQUES])
def test_a_communique_without_issuer_is_no_statement(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB) == []


MINISTRIES = [
    ("es", "la Secretaría de Relaciones Exteriores"),
    ("es", "la Secretaría de Economía"),
    ("es", "la SSPC"),
    ("en", "Mexico's Foreign Ministry"),
    ("fr", "le ministère mexicain des Affaires étrangères"),
]


@pytest.mark.parametrize(("lang", "name"), MINISTRIES)
def test_a_mexican_ministry_is_the_government_of_mexico(lang: str, name: str) -> None:
    actors = [m.value for m in get_gazetteer().find(name) if m.kind == "actor"]
    assert actors == ["Government of Mexico"]
