"""Precision, fifth round (issue 9): one event per act, hypothetical acts, reporters' words, doers.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 3, 5)

# The same act told again naming fewer of its countries, with nobody named as its doer, is one event.
TOLD_TWICE = [
    (
        "en",
        "On March 4, 2025, duties of 25 percent took effect on goods from Canada and Mexico.\n\n"
        "The duties of 25 percent on goods from Canada took effect on March 4, 2025.",
    ),
    (
        "es",
        "El 4 de marzo de 2025 entraron en vigor aranceles del 25 por ciento a los productos de Canadá y México.\n\n"
        "Los aranceles del 25 por ciento a los productos de Canadá entraron en vigor el 4 de marzo de 2025.",
    ),
    (
        "fr",
        "Le 4 mars 2025, des droits de douane de 25 % sont entrés en vigueur sur les produits du Canada et du "
        "Mexique.\n\nLes droits de douane de 25 % sur les produits du Canada sont entrés en vigueur le 4 mars 2025.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_TWICE, ids=[c[0] for c in TOLD_TWICE])
def test_an_act_told_again_with_fewer_countries_is_one_event(lang, text):
    assert extracted(text, lang, PUB) == [("tariff", "2025-03-04", "happened")]


# A country named as the doer of a second act the same day (a retaliation) keeps it apart.
RETALIATION = [
    (
        "en",
        "On March 4, 2025, duties of 25 percent took effect on goods from Canada and Mexico.\n\n"
        "On March 4, 2025, Ottawa imposed duties of 25 percent on goods from the United States.",
    ),
    (
        "es",
        "El 4 de marzo de 2025 entraron en vigor aranceles del 25 por ciento a los productos de Canadá y México.\n\n"
        "El 4 de marzo de 2025, Ottawa impuso aranceles del 25 por ciento a los productos de Estados Unidos.",
    ),
    (
        "fr",
        "Le 4 mars 2025, des droits de douane de 25 % sont entrés en vigueur sur les produits du Canada et du "
        "Mexique.\n\nLe 4 mars 2025, Ottawa a imposé des droits de douane de 25 % sur les produits des États-Unis.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RETALIATION, ids=[c[0] for c in RETALIATION])
def test_a_retaliation_the_same_day_stays_a_second_event(lang, text):
    assert extracted(text, lang, PUB) == [("tariff", "2025-03-04", "happened")] * 2
