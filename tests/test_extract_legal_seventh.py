"""Legal texts by grammar, seventh round (issue 9): what a transfer moves, a negated authorisation,
an undated designation.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)
LATER = dt.date(2025, 9, 10)

# Goods sent to the United States, with "persons" far off in another clause: nobody was handed over.
GOODS_SENT = [
    (
        "en-articles-sent",
        "en",
        "Under this notice, articles sent to the United States through the international postal network on "
        "or after March 4, 2025 are subject to duties, and any interested persons may submit comments to the "
        "agency responsible for the program.",
    ),
    (
        "es-mercancias-enviadas",
        "es",
        "Las mercancías enviadas a Estados Unidos por correo internacional a partir del 4 de marzo de 2025 "
        "pagarán derechos, y las personas interesadas podrán presentar sus comentarios ante la autoridad "
        "competente del programa.",
    ),
    (
        "fr-marchandises-envoyees",
        "fr",
        "Les marchandises envoyées aux États-Unis par la poste internationale à compter du 4 mars 2025 sont "
        "soumises à des droits, et les personnes intéressées peuvent présenter leurs observations à "
        "l'autorité chargée du programme.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in GOODS_SENT], ids=[c[0] for c in GOODS_SENT])
def test_goods_sent_with_people_far_off_are_no_transfer(lang: str, text: str) -> None:
    assert [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "extradition"] == []


# People sent: the people are the verb's object, near it.
PEOPLE_SENT = [
    (
        "en-figures-sent",
        "en",
        "On February 27, 2025, Mexico sent 29 cartel figures to the United States to face charges.",
    ),
    (
        "es-narcos-enviados",
        "es",
        "El 27 de febrero de 2025, México envió a Estados Unidos a 29 narcotraficantes para enfrentar cargos.",
    ),
    (
        "fr-narcos-envoyes",
        "fr",
        "Le 27 février 2025, le Mexique a envoyé aux États-Unis 29 narcotrafiquants recherchés par la justice "
        "américaine.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PEOPLE_SENT], ids=[c[0] for c in PEOPLE_SENT])
def test_people_sent_to_the_united_states_are_a_transfer(lang: str, text: str) -> None:
    assert ("extradition", "2025-02-27", "happened") in extracted(text, lang, PUB)


# An authorisation denied, with words between the negation and the participle, is no plan.
NOT_AUTHORISED = [
    (
        "en-not-expressly-authorized",
        "en",
        "On September 2, 2025, Congress had not at any time expressly authorized the use of military force "
        "against drug cartels.",
    ),
    (
        "es-no-expresamente-autorizado",
        "es",
        "El 2 de septiembre de 2025, el Congreso no había en ningún momento autorizado el uso de la fuerza "
        "militar contra los cárteles.",
    ),
    (
        "fr-pas-expressement-autorise",
        "fr",
        "Le 2 septembre 2025, le Congrès n'avait pas à ce jour expressément autorisé le recours à la force "
        "militaire contre les cartels.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_AUTHORISED], ids=[c[0] for c in NOT_AUTHORISED])
def test_an_authorisation_denied_is_no_plan(lang: str, text: str) -> None:
    assert [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "military_planning"] == []


AUTHORISED = [
    ("en-authorized", "en", "On September 2, 2025, the President authorized military strikes against drug cartels."),
    ("es-autorizo", "es", "El 2 de septiembre de 2025, el presidente autorizó ataques militares contra los cárteles."),
    ("fr-autorise", "fr", "Le 2 septembre 2025, le président a autorisé des frappes militaires contre les cartels."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in AUTHORISED], ids=[c[0] for c in AUTHORISED])
def test_an_authorisation_given_is_a_plan(lang: str, text: str) -> None:
    assert [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "military_planning"] == ["military_planning"]


# A designation told without a day of its own is the standing listing (background), not news of the
# publication's day; told with its day, or performed by the document ("hereby"), it is an act.
UNDATED_DESIGNATION = [
    (
        "en-were-designated",
        "en",
        "The Department of State designated the Sinaloa Cartel and Tren de Aragua as Foreign Terrorist "
        "Organizations, and the report reviews their finances.",
    ),
    (
        "es-fueron-designados",
        "es",
        "El Departamento de Estado designó al Cártel de Sinaloa y al Tren de Aragua como organizaciones "
        "terroristas extranjeras, y el informe revisa sus finanzas.",
    ),
    (
        "fr-ont-ete-designes",
        "fr",
        "Le département d'État a désigné le cartel de Sinaloa et le Tren de Aragua comme organisations "
        "terroristes étrangères, et le rapport examine leurs finances.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in UNDATED_DESIGNATION], ids=[c[0] for c in UNDATED_DESIGNATION]
)
def test_a_designation_without_a_day_is_background(lang: str, text: str) -> None:
    assert [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "fto_designation"] == []


DATED_DESIGNATION = [
    ("en-dated", "en", f"On February 20, 2025, {UNDATED_DESIGNATION[0][2]}"),
    (
        "es-dated",
        "es",
        f"El 20 de febrero de 2025, {UNDATED_DESIGNATION[1][2][0].lower()}{UNDATED_DESIGNATION[1][2][1:]}",
    ),
    ("fr-dated", "fr", f"Le 20 février 2025, {UNDATED_DESIGNATION[2][2][0].lower()}{UNDATED_DESIGNATION[2][2][1:]}"),
    (
        "en-hereby",
        "en",
        "The Secretary of State hereby designates the Sinaloa Cartel as a Foreign Terrorist Organization.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in DATED_DESIGNATION], ids=[c[0] for c in DATED_DESIGNATION])
def test_a_designation_with_its_day_or_performed_is_an_act(lang: str, text: str) -> None:
    assert [kind for kind, _d, _m in extracted(text, lang, PUB) if kind == "fto_designation"] == ["fto_designation"]


# A national emergency told in the sentence of the duties it grounds is the tariff's basis, not an act of
# its own; told alone, its declaration is an act.
EMERGENCY_AND_DUTIES = [
    (
        "en-emergency-and-duties",
        "en",
        "On February 1, 2025, I declared a national emergency with respect to the flow of fentanyl, and to "
        "deal with it I imposed additional duties of 25 percent on products of Mexico.",
    ),
    (
        "es-emergencia-y-aranceles",
        "es",
        "El 1 de febrero de 2025, el presidente declaró una emergencia nacional por el tráfico de fentanilo, y "
        "para atenderla impuso aranceles del 25 por ciento a los productos de México.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in EMERGENCY_AND_DUTIES], ids=[c[0] for c in EMERGENCY_AND_DUTIES]
)
def test_an_emergency_beside_the_duties_it_grounds_is_their_basis(lang: str, text: str) -> None:
    kinds = [kind for kind, _d, _m in extracted(text, lang, PUB)]
    assert "other" not in kinds
    assert "tariff" in kinds


def test_an_emergency_declared_alone_is_an_act() -> None:
    text = "On January 20, 2025, the President declared a national emergency at the southern border."
    assert ("other", "2025-01-20", "happened") in extracted(text, "en", PUB)


# The end of duty-free treatment (an exemption, de minimis entry) is a tariff act.
DUTY_FREE_ENDED = [
    (
        "en-suspended-duty-free",
        "en",
        "On August 29, 2025, the United States suspended duty-free de minimis treatment for low-value "
        "shipments from all countries.",
    ),
    (
        "es-suspendio-franquicia",
        "es",
        "El 29 de agosto de 2025, Estados Unidos suspendió la franquicia de minimis para los envíos de bajo "
        "valor de todos los países.",
    ),
    (
        "fr-supprime-franchise",
        "fr",
        "Le 29 août 2025, les États-Unis ont supprimé la franchise de droits de minimis pour les envois de "
        "faible valeur de tous les pays.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in DUTY_FREE_ENDED], ids=[c[0] for c in DUTY_FREE_ENDED])
def test_ending_duty_free_treatment_is_a_tariff(lang: str, text: str) -> None:
    assert ("tariff", "2025-08-29", "happened") in extracted(text, lang, LATER)


def test_duty_free_shopping_is_no_tariff() -> None:
    text = "On August 29, 2025, the airport ended its renovation, and the duty-free shops reopened on the same day."
    assert [kind for kind, _d, _m in extracted(text, "en", LATER) if kind == "tariff"] == []
