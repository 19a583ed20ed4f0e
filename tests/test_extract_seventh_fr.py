"""French act recognition, seventh round (issue 9): "the government" named before, a measure's entry into force.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events

PUB = dt.date(2025, 2, 2)

# "The government", with no complement, is the government the article named last: the doer of the act
# it is the subject of, so an undated act it does is of the publication's day.
ANTECEDENT = [
    (
        "en",
        "The Government of Canada responded to the US tariffs.\n\n"
        "The government is imposing 25% tariffs on goods imported from the United States.",
    ),
    (
        "es",
        "El Gobierno de Canadá respondió a los aranceles de Estados Unidos.\n\n"
        "El gobierno impone aranceles de 25 % a los productos importados de Estados Unidos.",
    ),
    (
        "fr",
        "Le gouvernement du Canada a réagi aux droits de douane américains.\n\n"
        "Le gouvernement impose des droits de douane de 25 % sur les produits importés des États-Unis.",
    ),
    (
        "fr",
        "Le gouvernement canadien a parlé avec Washington.\n\n"
        "Le gouvernement va imposer des droits de douane de 25 % sur les produits importés des États-Unis.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ANTECEDENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANTECEDENT)])
def test_the_government_is_the_government_named_before(lang, text):
    events = extract_events(text, published=PUB, lang=lang)
    assert [(e.event_type, e.date, e.actors[:1]) for e in events] == [
        ("tariff", "2025-02-02", ["Government of Canada"])
    ]


# A country named alone ("Canada responded") is not a government named: "the government" after it
# stays nobody's, and an undated act nobody does is no report. So is "the government of X" itself
# (its complement names it) and a government after a preposition (the object, not the doer).
NO_ANTECEDENT = [
    (
        "en",
        "Canada responded to the US tariffs.\n\n"
        "The government is imposing 25% tariffs on goods imported from the United States.",
    ),
    (
        "es",
        "Canadá respondió a los aranceles de Estados Unidos.\n\n"
        "El gobierno impone aranceles de 25 % a los productos importados de Estados Unidos.",
    ),
    (
        "fr",
        "Le Canada a réagi aux droits de douane américains.\n\n"
        "Le gouvernement impose des droits de douane de 25 % sur les produits importés des États-Unis.",
    ),
    (
        "fr",
        "Le gouvernement du Canada a réagi.\n\n"
        "Selon le syndicat, les échanges avec le gouvernement portent sur des droits de douane de 25 %.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_ANTECEDENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_ANTECEDENT)])
def test_the_government_with_no_government_named_before_is_nobody(lang, text):
    assert extracted(text, lang, PUB) == []


# The future entry into force of a measure the article already holds is not a second measure (the
# gold conventions, rule 4): one tariff, dated by its decision.
IN_FORCE = [
    (
        "en",
        "The Government of Mexico imposed 25% tariffs on goods imported from the United States. "
        "The tariffs will take effect on February 4.",
    ),
    (
        "es",
        "El Gobierno de México impuso aranceles de 25 % a los productos importados de Estados Unidos. "
        "Los aranceles entrarán en vigor el 4 de febrero.",
    ),
    (
        "fr",
        "Le gouvernement du Mexique a imposé des droits de douane de 25 % sur les produits importés des États-Unis. "
        "Les droits de douane entreront en vigueur le 4 février.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), IN_FORCE, ids=[c[0] for c in IN_FORCE])
def test_a_measures_future_entry_into_force_is_not_a_second_measure(lang, text):
    assert extracted(text, lang, PUB) == [("tariff", "2025-02-02", "happened")]


# A measure told only by its entry into force is the measure, planned, and of the day it is told (the
# gold conventions date a plan by the day it was made or reported, not by the day it is to happen).
ONLY_IN_FORCE = [
    ("en", "The 25% tariffs on Canadian goods will take effect on March 4."),
    ("es", "Los aranceles de 25 % a los productos canadienses entrarán en vigor el 4 de marzo."),
    ("fr", "Les droits de douane de 25 % sur les produits canadiens entreront en vigueur le 4 mars."),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_IN_FORCE, ids=[c[0] for c in ONLY_IN_FORCE])
def test_a_measure_told_only_by_its_entry_into_force_stays(lang, text):
    assert extracted(text, lang, PUB) == [("tariff", PUB.isoformat(), "planned")]


# An undated act with no doer before it takes its actors from its sentence; one named a dozen words on,
# as the subject of another phrase, is neither its doer nor its object: nobody acting, no report.
FAR_ACTOR = [
    (
        "en",
        "Two ships and 200 Canadian military personnel are deployed at sea for a six-month mission in the region, "
        "which brings together several partner countries every year, and the US military also takes part.",
    ),
    (
        "es",
        "Dos buques y 200 militares canadienses son desplegados en el mar para una misión de seis meses en la región, "
        "que reúne cada año a varios países socios, y las fuerzas estadounidenses también participan.",
    ),
    (
        "fr",
        "Deux navires et 200 militaires canadiens sont déployés en mer pour une mission de six mois dans la région, "
        "qui réunit chaque année plusieurs pays partenaires, et l'armée américaine y participe aussi.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FAR_ACTOR, ids=[c[0] for c in FAR_ACTOR])
def test_an_actor_named_far_after_an_undated_act_is_not_its_doer(lang, text):
    assert extracted(text, lang, PUB) == []


# Named in the act's own phrase, the actor is what is deployed: the act stays.
NEAR_ACTOR = [
    ("en", "Two ships and 200 personnel of the US military are deployed at sea for a six-month mission."),
    (
        "es",
        "Dos buques y 200 militares de las fuerzas estadounidenses son desplegados en el mar para una misión de seis meses.",
    ),
    ("fr", "Deux navires et 200 militaires de l'armée américaine sont déployés en mer pour une mission de six mois."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_ACTOR, ids=[c[0] for c in NEAR_ACTOR])
def test_an_actor_named_in_the_acts_phrase_keeps_it(lang, text):
    assert extracted(text, lang, PUB) == [("troop_deployment", "2025-02-02", "happened")]


STANCE_DAY = dt.date(2026, 1, 8)

# A declaration about Venezuela or Maduro, in any tense and person, is a stance, dated by its own day.
DECLARATION = [
    (
        "en",
        "Marco Rubio stated on Monday that the United States does not recognise Nicolás Maduro as president of Venezuela.",
    ),
    ("es", "Claudia Sheinbaum afirmó el lunes que México no reconoce a Nicolás Maduro como presidente de Venezuela."),
    (
        "fr",
        "Le ministre Jean-Noël Barrot a déclaré lundi que la France ne reconnaissait pas la réélection de Nicolás Maduro "
        "au Venezuela.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DECLARATION, ids=[c[0] for c in DECLARATION])
def test_a_declaration_about_venezuela_is_a_statement(lang, text):
    assert extracted(text, lang, STANCE_DAY) == [("statement", "2026-01-05", "happened")]


# Declaring in another sense (a disaster, an emergency) is no stance.
OTHER_DECLARATION = [
    ("en", "The governor declared a state of emergency in the region on Monday."),
    ("es", "El gobernador declaró zona de desastre la región el lunes."),
    ("fr", "Le ministre a déclaré l'état de catastrophe naturelle dans la région lundi."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_DECLARATION, ids=[c[0] for c in OTHER_DECLARATION])
def test_a_declaration_about_something_else_is_no_statement(lang, text):
    assert extracted(text, lang, STANCE_DAY) == []


# A date inside the quoted words is what was said ("today" in the quotation), not when it was said.
QUOTED_DATE = [
    (
        "en",
        'On Saturday, January 3, President Emmanuel Macron declared: "the Venezuelan people are today rid of the '
        'dictatorship of Nicolás Maduro".',
    ),
    (
        "es",
        "El sábado 3 de enero, el presidente Emmanuel Macron declaró: «el pueblo venezolano está hoy libre de la "
        "dictadura de Nicolás Maduro».",
    ),
    (
        "fr",
        "Samedi 3 janvier, le président Emmanuel Macron a déclaré : « le peuple vénézuélien est aujourd'hui débarrassé "
        "de la dictature de Nicolás Maduro ».",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_DATE, ids=[c[0] for c in QUOTED_DATE])
def test_a_date_in_the_quoted_words_does_not_date_the_statement(lang, text):
    assert extracted(text, lang, STANCE_DAY) == [("statement", "2026-01-03", "happened")]
