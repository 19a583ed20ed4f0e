"""Actors, countries, demonyms and places, in three languages, to their canonical names."""

from __future__ import annotations

import pytest

from timeline.extract.gazetteer import get_gazetteer
from timeline.store.schema import is_country_code


def _found(text: str, kind: str) -> list[str]:
    return [m.value for m in get_gazetteer().find(text) if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("el Cártel de Sinaloa", "Sinaloa Cartel"),
        ("le cartel de Sinaloa", "Sinaloa Cartel"),
        ("the Cartel Jalisco Nueva Generación", "CJNG"),
        ("la Mara Salvatrucha", "MS-13"),
        ("the Pentagon said", "Department of Defense"),
        ("el Pentágono", "Department of Defense"),
        ("le Pentagone", "Department of Defense"),
        ("le Département d'État", "Department of State"),
        ("el Departamento del Tesoro", "Department of the Treasury"),
        ("le Commandement conjoint des opérations spéciales", "Joint Special Operations Command"),
        ("JSOC units", "Joint Special Operations Command"),
        ("President Sheinbaum", "Claudia Sheinbaum"),
        ("the CIA", "CIA"),
    ],
    ids=lambda v: v if len(v) < 30 else None,
)
def test_actor_aliases(text, actor):
    assert _found(text, "actor") == [actor]


@pytest.mark.parametrize(
    "text",
    ["the cia", "Social media", "a deal"],
    ids=["lower-case-acronym", "media-not-cia", "no-actor"],
)
def test_acronyms_are_case_sensitive(text):
    assert _found(text, "actor") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("EE.UU. y México", ["USA", "MEX"]),
        ("les États-Unis et le Venezuela", ["USA", "VEN"]),
        ("the U.S. and Colombia", ["USA", "COL"]),
        ("Estados Unidos", ["USA"]),
        ("Canadá", ["CAN"]),
    ],
    ids=["es-abbrev", "fr", "en", "es-long", "pycountry-translation"],
)
def test_country_names(text, country):
    assert _found(text, "country") == country


@pytest.mark.parametrize(
    ("text", "code"),
    [("soldados mexicanos", "MEX"), ("le Tren de Aragua vénézuélien", "VEN"), ("Colombian officials", "COL")],
    ids=["es", "fr", "en"],
)
def test_demonyms_give_countries(text, code):
    assert code in [m.country for m in get_gazetteer().find(text)]


def test_latin_american_is_not_american():
    assert _found("eight Latin American groups", "demonym") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("en el Caribe", "Caribbean Sea"), ("dans le Pacifique oriental", "Eastern Pacific"), ("at the southern border", "US-Mexico border")],
    ids=["es-caribe", "fr-pacifique", "en-border"],
)
def test_locations(text, place):
    assert _found(text, "location") == [place]


def test_every_actor_country_is_an_iso3_code():
    countries = {c for c in get_gazetteer().actor_country.values() if c}
    assert countries and all(is_country_code(c) for c in countries)
