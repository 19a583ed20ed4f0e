"""Acts recognised by their grammar, not by phrases (issue 9, item 2): stances, bills tabled, performatives.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import BRIEFING, CONFERENCE, REMARKS, extracted

from timeline.extract import extract_events

PUB = dt.date(2025, 10, 10)


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# A predicate of position (agree, oppose, defend, call on, worry, regret) in any person and tense,
# whose object is one of the campaign's subjects, voiced on the occasion: a statement of that day.
STANCES = [
    ("es-no-vamos-a-aceptar", "es", CONFERENCE + "No vamos a aceptar ninguna intervención en nuestro territorio."),
    ("es-no-estamos-de-acuerdo", "es", CONFERENCE + "No estamos de acuerdo con los bombardeos a embarcaciones."),
    ("es-defendemos", "es", CONFERENCE + "Defendemos la soberanía de nuestro país."),
    ("es-lo-hemos-dicho", "es", CONFERENCE + "Lo hemos dicho muchas veces: colaboración, pero sin subordinación."),
    ("es-en-contra", "es", CONFERENCE + "Estamos en contra de cualquier acción militar extranjera."),
    ("es-tercera-persona", "es", "Comunicado.\n\nMéxico no acepta injerencias en sus asuntos internos."),
    ("fr-appelle-au-respect", "fr", BRIEFING + "La France appelle au respect du droit international."),
    ("fr-preoccupes", "fr", BRIEFING + "Nous sommes très préoccupés par ces frappes."),
    ("fr-rappelle-attachement", "fr", BRIEFING + "La France rappelle son attachement à la souveraineté des États."),
    ("fr-n-approuve-pas", "fr", BRIEFING + "La France n'approuve pas ces opérations militaires."),
    ("en-concerned", "en", REMARKS + "We are deeply concerned by these strikes."),
    ("en-do-not-agree", "en", REMARKS + "We do not agree with any intervention in the region."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in STANCES], ids=[c[0] for c in STANCES])
def test_a_stance_by_its_grammar_is_a_statement_of_the_day(lang, text):
    assert ("statement", PUB.isoformat(), "happened") in _events(text, lang)


# The same predicates about something else, or voiced by commentators, are not statements.
NOT_STANCES = [
    ("es-otro-tema", "es", CONFERENCE + "No estamos de acuerdo con el horario del metro."),
    ("fr-autre-sujet", "fr", BRIEFING + "La France appelle au respect des règles du tournoi."),
    ("fr-ong", "fr", "Des organisations de défense des droits humains appellent au respect du droit international."),
    ("en-other-topic", "en", REMARKS + "We are deeply concerned by the price of eggs."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_STANCES], ids=[c[0] for c in NOT_STANCES])
def test_a_stance_on_another_subject_or_by_commentators_is_not_an_event(lang, text):
    assert [e for e in _events(text, lang) if e[0] == "statement"] == []


# A bill or resolution tabled by a member, in any tense, is an act of the legislature (other).
TABLED = [
    (
        "en-introduced",
        "en",
        "On October 8, 2025, Senator Tim Kaine introduced a joint resolution on hostilities against Venezuela.",
        "2025-10-08",
    ),
    (
        "en-submitted",
        "en",
        "Representative Ilhan Omar submitted a concurrent resolution on the boat strikes on September 16, 2025.",
        "2025-09-16",
    ),
    (
        "en-the-following",
        "en",
        "JOINT RESOLUTION To remove United States Armed Forces from hostilities against Venezuela.\n\n"
        "IN THE SENATE OF THE UNITED STATES\n\nMr. Kaine introduced the following joint resolution; which was referred to the Committee on Foreign Relations.",
        PUB.isoformat(),
    ),
    (
        "es-presento",
        "es",
        "El 8 de octubre, la senadora presentó una iniciativa para regular la cooperación militar.",
        "2025-10-08",
    ),
    (
        "fr-a-depose",
        "fr",
        "Le 8 octobre 2025, le député a déposé une proposition de résolution sur les frappes.",
        "2025-10-08",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in TABLED], ids=[c[0] for c in TABLED])
def test_a_bill_or_resolution_tabled_is_an_act_of_its_day(lang, text, date):
    assert ("other", date, "happened") in _events(text, lang)


# A document that is itself the act ("hereby") is dated by its publication when the act has no date.
def test_a_performative_act_without_a_date_takes_the_publication_date():
    text = "I hereby order that articles that are products of Mexico shall be subject to an additional 25 percent ad valorem rate of duty."
    assert ("tariff", PUB.isoformat(), "happened") in _events(text, "en")


# An act dated before the campaign (2025) is background, however it is told.
BEFORE = [
    (
        "en-2023-bill",
        "en",
        "Mr. Roy introduced the following bill on March 3, 2023, to designate cartels as terrorist organizations.",
    ),
    ("es-2019", "es", "El 3 de marzo de 2019, el gobierno envió tropas a la frontera."),
    ("fr-2020", "fr", "Le 3 mars 2020, les États-Unis ont imposé des droits de douane de 25 % sur l'acier."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BEFORE], ids=[c[0] for c in BEFORE])
def test_an_act_dated_before_the_campaign_is_background(lang, text):
    assert _events(text, lang) == []


# Item 4: the title's doer is the acting party, never the target named first in the sentence.
TARGET_FIRST = [
    (
        "en-passive-designation",
        "en",
        "The Sinaloa Cartel and CJNG were designated by the Department of State as Foreign Terrorist Organizations on February 20, 2025.",
        "Department of State",
    ),
    (
        "en-custody",
        "en",
        "Leaders of the Sinaloa Cartel were transferred to the United States by the Government of Mexico on August 12, 2025.",
        "Mexico",
    ),
    (
        "es-enviados",
        "es",
        "Integrantes del Cártel de Sinaloa fueron enviados a Estados Unidos por el Gobierno de México el 12 de agosto de 2025.",
        "Mexico",
    ),
    (
        "fr-remis",
        "fr",
        "Des membres du cartel de Sinaloa ont été remis aux États-Unis par le gouvernement mexicain le 12 août 2025.",
        "Mexico",
    ),
    (
        "en-sanctioned",
        "en",
        "The CJNG was sanctioned by the Treasury on August 12, 2025.",
        "Department of the Treasury",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer"), [c[1:] for c in TARGET_FIRST], ids=[c[0] for c in TARGET_FIRST])
def test_the_title_names_the_acting_party_not_the_target(lang, text, doer):
    (event,) = extract_events(text, published=PUB, lang=lang)
    assert event.title.startswith(doer), event.title
    assert not event.title.startswith(("Sinaloa", "CJNG", "Cartel"))


# Verbs whose object is a tariff, as families (put, charge, set up, remove), in the three languages.
TARIFF_VERBS = [
    ("es-puso", "es", "El 4 de marzo, el gobierno de Estados Unidos puso aranceles de 25% a los productos mexicanos."),
    ("en-put-in-place", "en", "On March 4, the United States put in place tariffs on Canadian goods."),
    (
        "fr-mis-en-place",
        "fr",
        "Le 4 mars 2025, les États-Unis ont mis en place des droits de douane sur les produits canadiens.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in TARIFF_VERBS], ids=[c[0] for c in TARIFF_VERBS])
def test_a_tariff_put_in_place_is_a_tariff_of_its_day(lang, text):
    assert ("tariff", "2025-03-04", "happened") in [
        (e.event_type, e.date, e.modality) for e in extract_events(text, published=dt.date(2025, 3, 6), lang=lang)
    ]


def test_a_stance_followed_with_concern_in_a_briefing_is_a_statement():
    text = BRIEFING + "La France suit avec attention la situation au Venezuela et appelle à la retenue."
    assert ("statement", PUB.isoformat(), "happened") in _events(text, "fr")


# A deployment said not to happen ("there will be no troops"), in any of the three languages: denied.
NO_TROOPS = [
    ("es-no-va-a-haber", "es", CONFERENCE + "No va a haber tropas estadounidenses en nuestro territorio."),
    ("en-there-will-be-no", "en", REMARKS + "There will be no American troops in Mexico."),
    ("fr-il-n-y-aura-pas", "fr", BRIEFING + "Il n'y aura pas de troupes américaines au Venezuela."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NO_TROOPS], ids=[c[0] for c in NO_TROOPS])
def test_troops_said_not_to_come_are_a_denied_deployment(lang, text):
    assert ("troop_deployment", PUB.isoformat(), "denied") in _events(text, lang)


# A call or a meeting told in the first person, dated by its own words ("ayer", "el lunes").
CALLS = [
    ("es-hable-con", "es", CONFERENCE + "Ayer hablé con el presidente Trump sobre los aranceles.", "2025-10-09"),
    (
        "es-tuvimos-una-llamada",
        "es",
        CONFERENCE + "El lunes tuvimos una llamada con el presidente Trump.",
        "2025-10-06",
    ),
    ("en-i-spoke-with", "en", REMARKS + "Yesterday I spoke with President Sheinbaum.", "2025-10-09"),
    ("fr-j-ai-parle-avec", "fr", BRIEFING + "Hier, j'ai parlé avec le président Petro.", "2025-10-09"),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in CALLS], ids=[c[0] for c in CALLS])
def test_a_call_told_in_the_first_person_is_an_act_of_its_day(lang, text, date):
    assert ("other", date, "happened") in _events(text, lang)


# Impersonal and reflexive stances: "no puede haber intervención", "no nos subordinamos".
@pytest.mark.parametrize(
    "sentence",
    ["No puede haber intervención de ningún gobierno extranjero.", "Coordinación sí, pero no nos subordinamos."],
)
def test_an_impersonal_or_reflexive_stance_is_a_statement(sentence):
    assert ("statement", PUB.isoformat(), "happened") in _events(CONFERENCE + sentence, "es")


# An enactment (an enacting formula and the day it was made, in its heading or its signature line):
# its provisions, which tell no date and name no doer, take that day, not the day it was printed.
ENACTMENTS = [
    (
        "en-federal-register-heading",
        "en",
        "Executive Order 14000 of February 1, 2025\n\nBy the authority vested in me as President, it is hereby ordered:\n\n"
        "Sec. 2. All articles that are products of Canada shall be subject to an additional 25 percent ad valorem rate of duty.",
        "2025-02-01",
    ),
    (
        "en-signature-line",
        "en",
        "By the authority vested in me as President, it is hereby ordered:\n\nSec. 2. All articles that are products of "
        "Canada shall be subject to an additional 25 percent ad valorem rate of duty.\n\nTHE WHITE HOUSE,\nFebruary 1, 2025.",
        "2025-02-01",
    ),
    (
        "fr-decret-en-conseil",
        "fr",
        "C.P. 2025-100 Le 4 mars 2025\n\nLa Gouverneure générale en conseil prend le Décret ci-après.\n\n"
        "Une surtaxe de 25 % est imposée sur les marchandises originaires des États-Unis.",
        "2025-03-04",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in ENACTMENTS], ids=[c[0] for c in ENACTMENTS])
def test_the_provisions_of_an_enactment_take_the_day_it_was_made(lang, text, date):
    events = [(e.event_type, e.date) for e in extract_events(text, published=dt.date(2025, 3, 19), lang=lang)]
    assert ("tariff", date) in events


def test_without_an_enacting_formula_a_provision_stays_undated():
    text = (
        "All articles that are products of Canada shall be subject to an additional 25 percent ad valorem rate of duty."
    )
    assert extract_events(text, published=dt.date(2025, 3, 19), lang="en") == []


# Welcoming or taking note of one of the campaign's acts is a stance too; of something else, not.
WELCOMES = [
    ("fr-prend-acte", "fr", BRIEFING + "La France prend acte de la capture de Nicolás Maduro.", True),
    ("fr-se-felicite", "fr", "Déclaration.\n\nLa France se félicite de l'arrestation de Nicolás Maduro.", True),
    ("en-welcomes", "en", "Statement.\n\nCanada welcomes the capture of Nicolás Maduro.", True),
    ("fr-salue-sport", "fr", "Communiqué.\n\nLa France salue la victoire de l'équipe nationale.", False),
    ("en-welcome-trade", "en", "Statement.\n\nWe welcome the new trade agreement on steel.", False),
]


@pytest.mark.parametrize(("lang", "text", "is_statement"), [c[1:] for c in WELCOMES], ids=[c[0] for c in WELCOMES])
def test_welcoming_an_act_of_the_campaign_is_a_statement(lang, text, is_statement):
    found = ("statement", PUB.isoformat(), "happened") in _events(text, lang)
    assert found == is_statement


# A plan is military by its object or setting: an operation of armed forces, of another country, or
# against the cartels; "preparing the operation of the new airport" is not.
PLANS = [
    ("es-militar", "es", "El lunes, el Pentágono preparó una operación militar contra los cárteles.", True),
    ("es-aeropuerto", "es", "El lunes, la secretaria preparó la operación del nuevo aeropuerto.", False),
    ("fr-militaire", "fr", "Lundi, le Pentagone a préparé une opération militaire contre les cartels.", True),
    ("fr-parc", "fr", "Lundi, le ministre a préparé l'opération de nettoyage du parc.", False),
]


@pytest.mark.parametrize(("lang", "text", "is_plan"), [c[1:] for c in PLANS], ids=[c[0] for c in PLANS])
def test_a_plan_is_military_by_its_object(lang, text, is_plan):
    found = any(e[0] == "military_planning" for e in _events(text, lang))
    assert found == is_plan
