"""Precision, fifth round (issue 9): one event per act, hypothetical acts, reporters' words, doers.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import BRIEFING, CONFERENCE, REMARKS, extracted

from timeline.extract.pipeline import extract_events

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


PUB_OCT = dt.date(2025, 10, 10)

# A miscellaneous act with nobody named as its doer and only a date relative to the telling is an aside;
# a doer named (a country, its government) or an explicit date keeps it.
ASIDES = [
    ("es", CONFERENCE + "Buenos días.\n\nAyer se anunció un bloqueo en la frontera."),
    ("en", REMARKS + "Good morning.\n\nYesterday a blockade was announced."),
    ("fr", BRIEFING + "Bonjour.\n\nHier, un blocus a été annoncé."),
]
KEPT = [
    ("es-doer", "es", CONFERENCE + "Buenos días.\n\nAyer Estados Unidos anunció un bloqueo.", "2025-10-09"),
    (
        "es-government-of",
        "es",
        CONFERENCE + "Buenos días.\n\nAyer el gobierno de Estados Unidos anunció un bloqueo.",
        "2025-10-09",
    ),
    ("es-explicit-date", "es", CONFERENCE + "Buenos días.\n\nEl 3 de octubre se anunció un bloqueo.", "2025-10-03"),
    (
        "es-doer-noun",
        "es",
        CONFERENCE + "Buenos días.\n\nAyer los dos gobiernos acordaron crear un grupo de seguridad.",
        "2025-10-09",
    ),
    (
        "en-doer-noun",
        "en",
        REMARKS + "Good morning.\n\nYesterday the two governments agreed to form a joint security group.",
        "2025-10-09",
    ),
    (
        "fr-doer-noun",
        "fr",
        BRIEFING + "Bonjour.\n\nHier, les deux gouvernements ont convenu de créer un groupe de sécurité commun.",
        "2025-10-09",
    ),
    ("en-doer", "en", REMARKS + "Good morning.\n\nYesterday the United States announced a blockade.", "2025-10-09"),
    (
        "en-explicit-date",
        "en",
        REMARKS + "Good morning.\n\nOn October 3, 2025, a blockade was announced.",
        "2025-10-03",
    ),
    ("fr-doer", "fr", BRIEFING + "Bonjour.\n\nHier, les États-Unis ont annoncé un blocus.", "2025-10-09"),
    ("fr-explicit-date", "fr", BRIEFING + "Bonjour.\n\nLe 3 octobre 2025, un blocus a été annoncé.", "2025-10-03"),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES, ids=[c[0] for c in ASIDES])
def test_a_miscellaneous_act_with_no_doer_and_a_relative_date_is_no_event(lang, text):
    assert extracted(text, lang, PUB_OCT) == []


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_doer_or_an_explicit_date_keeps_a_miscellaneous_act(lang, text, date):
    assert extracted(text, lang, PUB_OCT) == [("other", date, "happened")]


# "The government of X" names X's government as the doer (issue 9, point 4: the doer is the acting party).
GOVERNMENT_OF = [
    ("en", "On October 3, 2025, the government of the United States imposed tariffs of 25 percent on Mexican goods."),
    (
        "es",
        "El 3 de octubre de 2025, el gobierno de Estados Unidos impuso aranceles del 25 por ciento a productos mexicanos.",
    ),
    (
        "fr",
        "Le 3 octobre 2025, le gouvernement des États-Unis a imposé des droits de douane de 25 % sur les produits mexicains.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GOVERNMENT_OF, ids=[c[0] for c in GOVERNMENT_OF])
def test_the_government_of_a_country_is_the_doer(lang, text):
    events = extract_events(text, published=PUB_OCT, lang=lang)
    assert [(e.event_type, e.agent_country) for e in events] == [("tariff", "USA")]


# In a transcript, "we" / "nosotros" / "nous" is who holds the turn, not the country the turn talks about.
TURNS = [
    (
        "es",
        "Versión estenográfica de la conferencia de prensa.\n\nPRESIDENTA CLAUDIA SHEINBAUM PARDO\n\n"
        "México es un país libre y soberano.\n\nNosotros rechazamos cualquier intervención militar.",
        "Claudia Sheinbaum",
    ),
    (
        "en",
        "Remarks to the press.\n\nPRESIDENT DONALD TRUMP\n\nMexico is a great country.\n\n"
        "We reject any military intervention in the region.",
        "Donald Trump",
    ),
    (
        "fr",
        "Conférence de presse.\n\nPRÉSIDENTE CLAUDIA SHEINBAUM\n\nLe Venezuela traverse une crise.\n\n"
        "Nous condamnons toute intervention militaire.",
        "Claudia Sheinbaum",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), TURNS, ids=[c[0] for c in TURNS])
def test_the_speaker_of_we_is_the_turn_holder(lang, text, speaker):
    events = extract_events(text, published=PUB_OCT, lang=lang)
    assert [(e.event_type, e.actors[:1]) for e in events] == [("statement", [speaker])]
    assert speaker in events[0].title


# Two stances voiced on the occasion by one speaker, in two sentences, are two statements.
TWO_STANCES = [
    (
        "es",
        CONFERENCE + "Buenos días.\n\nNosotros rechazamos cualquier intervención militar.\n\n"
        "Nosotros condenamos los aranceles.",
    ),
    (
        "en",
        REMARKS + "Good morning.\n\nWe reject any military intervention in the region.\n\nWe condemn the tariffs.",
    ),
    (
        "fr",
        BRIEFING + "Bonjour.\n\nNous condamnons toute intervention militaire.\n\nNous rejetons les droits de douane.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_STANCES, ids=[c[0] for c in TWO_STANCES])
def test_two_stances_voiced_on_the_occasion_are_two_statements(lang, text):
    assert extracted(text, lang, PUB_OCT) == [("statement", PUB_OCT.isoformat(), "happened")] * 2
