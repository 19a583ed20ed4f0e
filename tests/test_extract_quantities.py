"""Numbers bound to what they count; years, order numbers and unit names are not counts."""

from __future__ import annotations

import pytest

from timeline.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "lang", "unit", "value"),
    [
        ("Mexico deployed 10,000 troops", "en", "troops", 10000),
        ("México desplegó 10.000 soldados", "es", "troops", 10000),
        ("le Mexique a déployé 10 000 soldats", "fr", "troops", 10000),
        ("le Mexique a déployé 10\u202f000 soldats", "fr", "troops", 10000),
        ("México enviará diez mil elementos", "es", "troops", 10000),
        ("dix mille soldats", "fr", "troops", 10000),
        ("ten thousand troops", "en", "troops", 10000),
        ("the strike killed 11 people", "en", "killed", 11),
        ("dejó tres muertos", "es", "killed", 3),
        ("quatre morts", "fr", "killed", 4),
        ("two survivors were rescued", "en", "survivors", 2),
        ("envió a 26 narcotraficantes", "es", "people", 26),
        ("vingt-six narcotrafiquants", "fr", "people", 26),
        ("three boats were destroyed", "en", "vessels", 3),
        ("cuatro lanchas", "es", "vessels", 4),
        ("a 25% tariff", "en", "percent", 25),
        ("un arancel de 25 %", "es", "percent", 25),
        ("a $5 million reward", "en", "usd", 5_000_000),
        ("eight warships", "en", "ships", 8),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_counts_by_unit(sentence, lang, unit, value):
    assert find_quantities(sentence, lang).values.get(unit) == value


@pytest.mark.parametrize(
    ("sentence", "lang", "unit", "qualifier"),
    [
        ("extradited more than 50 cartel leaders", "en", "people", "more than"),
        ("más de 50 capos", "es", "people", "more than"),
        ("plus de 50 chefs criminels", "fr", "people", "more than"),
        ("at least 21 people were killed", "en", "killed", "at least"),
        ("killing at least 21", "en", "killed", "at least"),
    ],
    ids=["en-more-than", "es-mas-de", "fr-plus-de", "en-passive-killed", "en-killing-at-least"],
)
def test_qualifiers_are_kept_beside_the_value(sentence, lang, unit, qualifier):
    q = find_quantities(sentence, lang)
    assert unit in q.values
    assert q.qualifiers.get(unit) == qualifier


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Executive Order 14157 was signed", "en"),
        ("the 82nd Airborne troops", "en"),
        ("in 2025 troops arrived", "en"),
        ("at 10:32 soldiers left", "en"),
        ("la Ley 1234", "es"),
        ("F-35 jets landed", "en"),
    ],
    ids=["order-number", "unit-name", "year", "time", "law-number", "model-number"],
)
def test_not_quantities(sentence, lang):
    assert find_quantities(sentence, lang).values == {}
