"""Acts recognised by their grammar, fifth round (issue 9): deployments, strikes and tariffs told in speech.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import BRIEFING, CONFERENCE, REMARKS, extracted

PUB = dt.date(2025, 10, 10)


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# An act told by the speaker in the first person, with no doer named in its sentence: the speaker named
# before (title, turn label) is its doer, and told without a date it is the occasion's.
FIRST_PERSON_ACTS = [
    (
        "es-enviamos",
        "es",
        CONFERENCE + "Enviamos diez mil elementos de la Guardia Nacional a la frontera.",
        "troop_deployment",
    ),
    ("es-pospusimos", "es", CONFERENCE + "Logramos que se pospusieran los aranceles un mes.", "tariff"),
    ("en-we-deployed", "en", REMARKS + "We deployed more troops to the southern border.", "troop_deployment"),
    ("en-we-paused", "en", REMARKS + "We paused the tariffs on Mexican goods.", "tariff"),
    ("fr-nous-avons-envoye", "fr", BRIEFING + "Nous avons envoyé des soldats à la frontière.", "troop_deployment"),
    ("fr-nous-avons-suspendu", "fr", BRIEFING + "Nous avons suspendu les droits de douane sur l'acier.", "tariff"),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind"), [c[1:] for c in FIRST_PERSON_ACTS], ids=[c[0] for c in FIRST_PERSON_ACTS]
)
def test_an_act_told_in_the_first_person_is_the_speakers_of_the_day(lang, text, kind):
    assert (kind, PUB.isoformat(), "happened") in _events(text, lang)


# The same acts in the third person with nobody named stay unreported: no doer, no date.
NOBODY_ACTS = [
    ("es-se-enviaron", "es", "Se enviaron elementos a la frontera."),
    ("en-were-deployed", "en", "More troops were deployed to the border."),
    ("fr-ont-ete-envoyes", "fr", "Des soldats ont été envoyés à la frontière."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOBODY_ACTS], ids=[c[0] for c in NOBODY_ACTS])
def test_an_undated_act_with_no_doer_and_no_speaker_is_not_reported(lang, text):
    assert _events(text, lang) == []


# Troops told as members of an armed body or as military personnel are troops.
MEMBERS = [
    (
        "es-integrantes",
        "es",
        "El 3 de octubre el Gobierno de México desplegó a integrantes de la Guardia Nacional en Sonora.",
    ),
    ("es-personal-militar", "es", "El 3 de octubre el Gobierno de México envió personal militar a Tijuana."),
    ("en-members", "en", "On October 3 the Pentagon deployed members of the National Guard to El Paso."),
    ("en-personnel", "en", "On October 3 the Pentagon sent military personnel to San Diego."),
    ("fr-membres", "fr", "Le 3 octobre, le Pentagone a déployé des membres de la garde nationale à El Paso."),
    ("fr-personnel", "fr", "Le 3 octobre, le Pentagone a envoyé du personnel militaire à San Diego."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in MEMBERS], ids=[c[0] for c in MEMBERS])
def test_members_of_an_armed_body_are_troops(lang, text):
    assert ("troop_deployment", "2025-10-03", "happened") in _events(text, lang)


# Members of something else sent somewhere are no deployment.
OTHER_MEMBERS = [
    (
        "es-integrantes-coro",
        "es",
        "El 3 de octubre el Gobierno de México envió a integrantes del coro nacional a Sevilla.",
    ),
    ("en-members-choir", "en", "On October 3 the ministry sent members of the national choir to Seville."),
    ("fr-membres-choeur", "fr", "Le 3 octobre, le ministère a envoyé des membres du chœur national à Séville."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in OTHER_MEMBERS], ids=[c[0] for c in OTHER_MEMBERS])
def test_members_of_another_body_are_not_troops(lang, text):
    assert not any(kind == "troop_deployment" for kind, _, _ in _events(text, lang))


# An operation or intervention in another country to capture someone is a land strike (the gold
# conventions type the 3 Jan 2026 raid so), however the operation is qualified.
CAPTURES = [
    (
        "es-operacion",
        "es",
        "El 3 de enero, la operación en Venezuela para capturar a Nicolás Maduro dejó varios muertos.",
    ),
    ("en-operation", "en", "On January 3, the operation in Venezuela to capture Nicolás Maduro left several dead."),
    (
        "fr-operation",
        "fr",
        "Le 3 janvier, l'opération au Venezuela pour capturer Nicolás Maduro a fait plusieurs morts.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in CAPTURES], ids=[c[0] for c in CAPTURES])
def test_an_operation_abroad_to_capture_someone_is_a_land_strike(lang, text):
    assert ("drone_strike", "2026-01-03", "happened") in _events(text, lang, dt.date(2026, 1, 5))


# A country's own police operation capturing someone at home is not a strike.
HOME_CAPTURES = [
    (
        "es-policia",
        "es",
        "El 3 de enero, una operación de la policía de Sinaloa permitió capturar a un líder del cártel.",
    ),
    ("en-police", "en", "On January 3, a police operation in Sinaloa captured a cartel leader."),
    ("fr-police", "fr", "Le 3 janvier, une opération de police au Sinaloa a permis de capturer un chef du cartel."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in HOME_CAPTURES], ids=[c[0] for c in HOME_CAPTURES])
def test_a_police_operation_at_home_is_not_a_strike(lang, text):
    assert not any(kind == "drone_strike" for kind, _, _ in _events(text, lang, dt.date(2026, 1, 5)))


# An act told without a date right after a sentence that tells one day and makes no event is of that
# day, not of the publication (a question or a statement that opens with the day, then tells the act).
DAY_BEFORE = [
    (
        "es-dia-antes",
        "es",
        "El sábado 3 de enero ocurrió algo grave en Caracas.\n\n"
        "El Pentágono bombardeó instalaciones militares en Venezuela.",
    ),
    (
        "en-day-before",
        "en",
        "Something grave happened in Caracas on Saturday, January 3.\n\n"
        "The Pentagon struck military facilities in Venezuela.",
    ),
    (
        "fr-jour-avant",
        "fr",
        "Le samedi 3 janvier, un événement grave s'est produit à Caracas.\n\n"
        "Le Pentagone a bombardé des installations militaires au Venezuela.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in DAY_BEFORE], ids=[c[0] for c in DAY_BEFORE])
def test_an_undated_act_takes_the_one_day_told_just_before(lang, text):
    assert ("drone_strike", "2026-01-03", "happened") in _events(text, lang, dt.date(2026, 1, 8))


# When the sentence before tells two days, or makes an event of its own, the act keeps the publication.
NOT_DAY_BEFORE = [
    (
        "es-dos-dias",
        "es",
        "Entre el 1 y el 3 de enero hubo reuniones en Caracas y el 5 de enero otras en Bogotá.\n\n"
        "El Pentágono bombardeó instalaciones militares en Venezuela.",
    ),
    (
        "en-two-days",
        "en",
        "Talks were held in Caracas on January 1 and in Bogotá on January 5.\n\n"
        "The Pentagon struck military facilities in Venezuela.",
    ),
    (
        "fr-deux-jours",
        "fr",
        "Des réunions ont eu lieu à Caracas le 1er janvier et à Bogotá le 5 janvier.\n\n"
        "Le Pentagone a bombardé des installations militaires au Venezuela.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_DAY_BEFORE], ids=[c[0] for c in NOT_DAY_BEFORE])
def test_an_undated_act_after_two_days_keeps_the_publication(lang, text):
    assert ("drone_strike", "2026-01-08", "happened") in _events(text, lang, dt.date(2026, 1, 8))


# The day told before does not revive an act the extractor leaves out anyway (nobody named acting).
NOBODY_AFTER_A_DAY = [
    ("es-nadie", "es", "El sábado 3 de enero ocurrió algo grave.\n\nSe bombardearon instalaciones militares."),
    (
        "en-nobody",
        "en",
        "Something grave happened on Saturday, January 3.\n\nMilitary facilities were struck by drones.",
    ),
    (
        "fr-personne",
        "fr",
        "Le samedi 3 janvier, un événement grave s'est produit.\n\nDes installations militaires ont été bombardées.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOBODY_AFTER_A_DAY], ids=[c[0] for c in NOBODY_AFTER_A_DAY])
def test_the_day_before_does_not_revive_an_act_with_nobody_acting(lang, text):
    assert _events(text, lang, dt.date(2026, 1, 8)) == []


# Thousands told at or sent to the border, without a verb of sending or a troop noun, are troops; the
# same number of migrants, of dollars or of goods is not.
THOUSANDS_AT_THE_BORDER = [
    ("es-diez-mil", "es", CONFERENCE + "Son 10 mil que ya están en la frontera desde el 4 de febrero."),
    ("en-ten-thousand", "en", REMARKS + "There are 10,000 of them now at the border since February 4."),
    ("fr-dix-mille", "fr", BRIEFING + "Ils sont 10 000 désormais à la frontière depuis le 4 février."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in THOUSANDS_AT_THE_BORDER], ids=[c[0] for c in THOUSANDS_AT_THE_BORDER]
)
def test_thousands_at_the_border_are_a_deployment(lang, text):
    assert any(kind == "troop_deployment" for kind, _, _ in _events(text, lang, dt.date(2025, 2, 10)))


OTHER_THOUSANDS = [
    ("es-migrantes", "es", CONFERENCE + "Hay 10 mil migrantes esperando en la frontera desde el 4 de febrero."),
    ("en-migrants", "en", REMARKS + "There are 10,000 migrants waiting at the border since February 4."),
    ("fr-migrants", "fr", BRIEFING + "Il y a 10 000 migrants qui attendent à la frontière depuis le 4 février."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in OTHER_THOUSANDS], ids=[c[0] for c in OTHER_THOUSANDS])
def test_thousands_of_migrants_at_the_border_are_not_troops(lang, text):
    assert not any(kind == "troop_deployment" for kind, _, _ in _events(text, lang, dt.date(2025, 2, 10)))


# A number of people handed over is a transfer even when the destination goes without saying; people
# moved between prisons are not.
HANDED_OVER = [
    ("es-entregamos", "es", "El martes 12 de agosto entregamos a 26 narcotraficantes, informó el Gobierno de México."),
    ("en-handed-over", "en", "On Tuesday, August 12, the Government of Mexico handed over 26 cartel figures."),
    ("fr-livre", "fr", "Le mardi 12 août, le gouvernement du Mexique a livré 26 narcotrafiquants."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in HANDED_OVER], ids=[c[0] for c in HANDED_OVER])
def test_people_handed_over_without_a_destination_are_a_transfer(lang, text):
    assert ("extradition", "2025-08-12", "happened") in _events(text, lang, dt.date(2025, 8, 14))


MOVED_BETWEEN_PRISONS = [
    ("es-penal", "es", "El martes 12 de agosto el Gobierno de México trasladó a 26 presos al penal del Altiplano."),
    ("en-prison", "en", "On Tuesday, August 12, the Government of Mexico transferred 26 inmates to a state prison."),
    ("fr-prison", "fr", "Le mardi 12 août, le gouvernement du Mexique a transféré 26 détenus vers une prison d'État."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in MOVED_BETWEEN_PRISONS], ids=[c[0] for c in MOVED_BETWEEN_PRISONS]
)
def test_people_moved_between_prisons_are_not_a_transfer(lang, text):
    assert not any(kind == "extradition" for kind, _, _ in _events(text, lang, dt.date(2025, 8, 14)))
