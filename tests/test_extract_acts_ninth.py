"""Miscellaneous acts by grammar, ninth round (issue 9): a drug declared a weapon of mass destruction; a
target of the campaign brought before a court; a change to the constitution or to a numbered article
proposed, tabled or passed; a miscellaneous act told by its doer in the first person keeps its doer; an
agreement on security concluded, closed or sealed.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 12, 18)

# A drug declared, designated or classified a weapon of mass destruction, the verb in any tense or voice.
WMD = [
    ("es-active", "es", "El lunes, el presidente Donald Trump declaró al fentanilo arma de destrucción masiva."),
    (
        "es-question",
        "es",
        "¿Qué opina de que el gobierno de Estados Unidos haya clasificado el lunes al fentanilo como arma de "
        "destrucción masiva?",
    ),
    (
        "en-participle",
        "en",
        "On Monday, President Trump signed an order designating fentanyl as a weapon of mass destruction.",
    ),
    ("en-passive", "en", "Fentanyl was declared a weapon of mass destruction by the White House on Monday."),
    ("fr-active", "fr", "Lundi, le président Trump a classé le fentanyl comme arme de destruction massive."),
    ("fr-passive", "fr", "Le fentanyl a été déclaré arme de destruction massive lundi par la Maison Blanche."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in WMD], ids=[c[0] for c in WMD])
def test_a_drug_declared_a_weapon_of_mass_destruction_is_an_act(lang: str, text: str) -> None:
    assert ("other", "2025-12-15", "happened") in extracted(text, lang, PUB)


# The same class without a drug (another war, another time) is no act of the campaign.
NO_DRUG = [
    ("en", "On Monday the minister declared that the regime still held weapons of mass destruction."),
    ("es", "El lunes el ministro declaró que el régimen aún tenía armas de destrucción masiva."),
    ("fr", "Lundi, le ministre a déclaré que le régime détenait encore des armes de destruction massive."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DRUG, ids=[c[0] for c in NO_DRUG])
def test_weapons_of_mass_destruction_without_a_drug_are_no_act(lang: str, text: str) -> None:
    assert all(kind != "other" for kind, _, _ in extracted(text, lang, PUB))


# A target of the campaign before a court: appeared, arraigned, a hearing ("compareció", "audiencia", "a comparu").
COURT = [
    ("es-verb", "es", "Nicolás Maduro compareció el lunes ante un juez federal de Nueva York."),
    (
        "es-noun",
        "es",
        "El lunes se celebró la primera audiencia del fundador del Cártel de Sinaloa en una corte de Chicago.",
    ),
    ("en-verb", "en", "Nicolás Maduro appeared on Monday before a federal judge in New York."),
    ("en-passive", "en", "The cartel leader was arraigned in Brooklyn on Monday."),
    ("fr-verb", "fr", "Nicolás Maduro a comparu lundi devant un juge fédéral à New York."),
    ("fr-noun", "fr", "Lundi s'est tenue la première audience du fondateur du cartel de Sinaloa à Chicago."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in COURT], ids=[c[0] for c in COURT])
def test_a_target_brought_before_a_court_is_an_act(lang: str, text: str) -> None:
    assert ("other", "2026-01-05", "happened") in extracted(text, lang, dt.date(2026, 1, 8))


# An audience or a hearing with no target of the campaign is no court act.
NO_TARGET = [
    ("es", "El lunes la presidenta tuvo una audiencia con el papa en el Vaticano."),
    ("en", "On Monday the Senate held a hearing on the new farm bill."),
    ("fr", "Lundi, le président a accordé une audience au nouvel ambassadeur."),
]


@pytest.mark.parametrize(("lang", "text"), NO_TARGET, ids=[c[0] for c in NO_TARGET])
def test_an_audience_without_a_target_is_no_act(lang: str, text: str) -> None:
    assert all(kind != "other" for kind, _, _ in extracted(text, lang, dt.date(2026, 1, 8)))


# A change to the constitution or to a numbered article passed: a legislative act, like a bill.
AMENDMENT = [
    ("es", "El martes el Senado aprobó una modificación al artículo 40 de la Constitución."),
    ("en", "On Tuesday the Senate passed an amendment to Article 40 of the Constitution."),
    ("fr", "Mardi, le Sénat a adopté une révision de la Constitution."),
]


@pytest.mark.parametrize(("lang", "text"), AMENDMENT, ids=[c[0] for c in AMENDMENT])
def test_a_change_to_the_constitution_passed_is_an_act(lang: str, text: str) -> None:
    assert ("other", "2025-06-03", "happened") in extracted(text, lang, dt.date(2025, 6, 8))


# Dated only relative to the telling ("este año"), a miscellaneous act told in the first person is the
# speaker's own act (kept); told impersonally with nobody acting it is an aside (dropped, as before).
FIRST_PERSON = [
    ("es-singular", "es", "Este año propuse una modificación al artículo 40 para defender la soberanía.", True),
    ("es-plural", "es", "Este año presentamos una reforma a la Constitución para defender la soberanía.", True),
    ("es-impersonal", "es", "Este año se propuso una modificación al artículo 40 para defender la soberanía.", False),
    ("en-we", "en", "This year we introduced an amendment to Article 40 to defend our sovereignty.", True),
    ("en-passive", "en", "This year an amendment to Article 40 was introduced to defend sovereignty.", False),
    (
        "fr-nous",
        "fr",
        "Cette année, nous avons déposé une modification de l'article 40 pour défendre la souveraineté.",
        True,
    ),
    (
        "fr-passive",
        "fr",
        "Cette année, une modification de l'article 40 a été déposée pour défendre la souveraineté.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept"), [c[1:] for c in FIRST_PERSON], ids=[c[0] for c in FIRST_PERSON])
def test_an_act_told_in_the_first_person_has_a_doer(lang: str, text: str, kept: bool) -> None:
    assert (("other", "2025", "happened") in extracted(text, lang, dt.date(2025, 6, 8))) is kept


# An agreement on security concluded, closed, sealed or secured (verbs of concluding, any person).
CONCLUDED = [
    (
        "es-first-person",
        "es",
        "En marzo cerramos un acuerdo de seguridad con el gobierno de Canadá, con respeto a la soberanía.",
    ),
    ("es-third-person", "es", "En marzo México y Guatemala concretaron un acuerdo en materia de seguridad fronteriza."),
    ("en-first-person", "en", "In March we closed a security agreement with the government of Canada."),
    ("en-third-person", "en", "In March, Mexico and Guatemala sealed an agreement on border security."),
    ("fr-first-person", "fr", "En mars, nous avons finalisé un accord de sécurité avec le gouvernement du Canada."),
    (
        "fr-third-person",
        "fr",
        "En mars, le Mexique et le Guatemala ont scellé un accord de coopération en matière de sécurité.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in CONCLUDED], ids=[c[0] for c in CONCLUDED])
def test_a_security_agreement_concluded_is_an_act(lang: str, text: str) -> None:
    assert ("other", "2025-03", "happened") in extracted(text, lang, dt.date(2025, 6, 8))


# Cooperation on another subject (culture, science) is no act of the campaign.
OTHER_COOPERATION = [
    ("es", "En marzo se definió un acuerdo de cooperación cultural con Francia."),
    ("en", "In March the two universities sealed an agreement on scientific cooperation."),
    ("fr", "En mars, les deux villes ont finalisé un accord de coopération culturelle."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_COOPERATION, ids=[c[0] for c in OTHER_COOPERATION])
def test_cooperation_on_another_subject_is_no_act(lang: str, text: str) -> None:
    assert all(kind != "other" for kind, _, _ in extracted(text, lang, dt.date(2025, 6, 8)))
