"""Acts in the wording of orders, printed pages and diplomacy, recognised by grammar (issue 9, third round).

Orders in council and decrees by their enacting formula, surtaxes by the origin of the goods, printed
pages read by paragraph, a raid abroad to capture someone, stances on the principles of international
law, agreements by their verb. Every sentence here was written for these tests, in the three
languages; none is taken from a document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.layout import is_hard_wrapped, unwrap

PUB = dt.date(2026, 1, 20)


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# An order whose name is long (with its number in brackets) before "ci-après", an order "il est ordonné",
# an order of the Governor General in Council: its provisions take the day it was made.
ORDERS = [
    (
        "fr-long-name",
        "fr",
        "C.P. 2025-200 Le 6 mars 2025\n\nSur recommandation du ministre des Finances, Son Excellence la "
        "Gouverneure générale en conseil prend le Décret de remise visant certaines marchandises assujetties à la "
        "surtaxe (2025-2), ci-après.\n\nLes marchandises originaires des États-Unis sont assujetties à une surtaxe.",
        "2025-03-06",
    ),
    (
        "fr-il-est-ordonne",
        "fr",
        "Décret n° 2025-12. Fait à Paris, le 3 avril 2025.\n\nIl est ordonné ce qui suit.\n\n"
        "Une surtaxe est appliquée aux produits originaires du Canada.",
        "2025-04-03",
    ),
    (
        "en-governor-in-council",
        "en",
        "P.C. 2025-200 March 6, 2025\n\nHer Excellency the Governor General in Council, on the recommendation of the "
        "Minister of Finance, makes the annexed Order.\n\nGoods originating in the United States are subject to a surtax.",
        "2025-03-06",
    ),
    (
        "es-se-ordena",
        "es",
        "Dado en el Palacio Nacional, a 5 de mayo de 2025.\n\nSe ordena lo siguiente.\n\n"
        "Las mercancías originarias de Canadá están sujetas a un arancel.",
        "2025-05-05",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in ORDERS], ids=[c[0] for c in ORDERS])
def test_an_order_by_its_enacting_formula_dates_its_surtax(lang, text, date):
    assert ("tariff", date) in [e[:2] for e in _events(text, lang, dt.date(2025, 6, 1))]


# A surtax or tariff told by the goods it falls on and their origin, in three languages.
SURTAXES = [
    (
        "fr-originaires",
        "fr",
        "Le 4 mars 2025, le Canada a appliqué une surtaxe sur les marchandises originaires des États-Unis.",
    ),
    ("fr-assujetties", "fr", "Depuis le 4 mars 2025, certaines marchandises sont assujetties à une surtaxe de 25 %."),
    ("en-originating", "en", "On March 4, 2025, Canada applied a surtax to goods originating in the United States."),
    (
        "es-originarias",
        "es",
        "El 4 de marzo de 2025, Canadá aplicó un arancel a las mercancías originarias de Estados Unidos.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in SURTAXES], ids=[c[0] for c in SURTAXES])
def test_a_surtax_on_goods_by_their_origin_is_a_tariff(lang, text):
    assert ("tariff", "2025-03-04", "happened") in _events(text, lang, dt.date(2025, 6, 1))


# A printed page, wrapped at a fixed width mid-sentence, is read by paragraph: the act and its object
# printed on two lines are one sentence; news paragraphs (long lines ending a sentence) are left alone.
WRAPPED = [
    (
        "en",
        "Executive Order 14000 of February 1, 2025\n\nBy the authority vested in me as President, it is hereby\n"
        "ordered as follows, for the purposes of this order and of the laws that\n"
        "the Secretary of Commerce administers in the ordinary course of duty.\n"
        "Sec. 2. Duties. All articles that are products of Canada shall be\n"
        "subject to an additional 25 percent ad valorem rate of duty, as set\n"
        "forth in the annex to this order, and shall remain so until the\n"
        "Secretary of Homeland Security determines otherwise under section 3\n"
        "of this order and the applicable provisions of the law in force.\n",
    ),
    (
        "fr",
        "C.P. 2025-100 Le 4 mars 2025\n\nLa Gouverneure générale en conseil prend le Décret ci-après, sur\n"
        "recommandation du ministre des Finances et en vertu de la loi qui\n"
        "régit les douanes et le tarif applicable aux marchandises importées.\n"
        "Article 1. Les marchandises originaires des États-Unis sont\n"
        "assujetties à une surtaxe de 25 pour cent de leur valeur en douane\n"
        "calculée selon les règles de la loi, à compter de la date de son\n"
        "entrée en vigueur et jusqu'à ce que le ministre en décide autrement\n"
        "dans les conditions prévues au présent décret et à la loi applicable.\n",
    ),
    (
        "es",
        "Dado en el Palacio Nacional, a 5 de mayo de 2025.\n\nSe ordena lo siguiente, con fundamento en la ley\n"
        "aduanera y en las disposiciones que la Secretaría de Economía aplica\n"
        "en el curso ordinario de sus funciones y atribuciones legales.\n"
        "Artículo 1. Las mercancías originarias de Canadá están sujetas a\n"
        "un arancel del 25 por ciento de su valor en aduana, calculado según\n"
        "las reglas de la ley, a partir de la fecha de su entrada en vigor y\n"
        "hasta que la Secretaría determine otra cosa en los términos que\n"
        "prevén el presente decreto y las demás disposiciones aplicables.\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WRAPPED, ids=[c[0] for c in WRAPPED])
def test_a_hard_wrapped_order_is_read_by_paragraph(lang, text):
    assert is_hard_wrapped(text.split("\n"))
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert "tariff" in [e[0] for e in _events(text, lang, dt.date(2025, 6, 1))]


def test_news_paragraphs_are_not_joined():
    text = "Canada answers Washington\n\n" + "Canada imposed a surtax on US steel on Tuesday, officials said.\n" * 9
    assert not is_hard_wrapped(text.split("\n"))
    assert unwrap(text) == text


# An authorisation for the use of force is legislation, and force "not authorized" is no plan.
NOT_PLANS = [
    (
        "en-aumf",
        "en",
        "On January 12, 2026, a senator filed an authorization for use of military force against the cartels.",
    ),
    (
        "en-not-authorized",
        "en",
        "The hostilities of January 2026 against Venezuela have not been authorized by Congress.",
    ),
    (
        "es-autorizacion",
        "es",
        "El 12 de enero de 2026 se discutió una autorización para el uso de la fuerza militar contra los cárteles.",
    ),
    (
        "fr-sans-autorisation",
        "fr",
        "Le 12 janvier 2026, des opérations militaires ont été menées sans aucune autorisation du Congrès.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_PLANS], ids=[c[0] for c in NOT_PLANS])
def test_an_authorisation_to_be_voted_or_missing_is_no_military_plan(lang, text):
    assert "military_planning" not in [e[0] for e in _events(text, lang)]


# An armed operation or raid abroad to capture or exfiltrate someone is a land strike (drone_strike, the
# gold conventions' type for the 3 Jan 2026 raid); a country's own police arresting someone stays an arrest.
RAIDS = [
    (
        "en-operation",
        "en",
        "On January 3, 2026, a US military operation in Caracas captured the Venezuelan leader.",
        True,
    ),
    (
        "es-operacion",
        "es",
        "El 3 de enero de 2026, una operación militar estadounidense capturó al mandatario en Caracas.",
        True,
    ),
    (
        "fr-operation",
        "fr",
        "Le 3 janvier 2026, une opération militaire américaine a capturé le dirigeant vénézuélien à Caracas.",
        True,
    ),
    ("es-policia", "es", "El 3 de enero de 2026, la policía de Sinaloa capturó a un líder del cártel.", False),
]


@pytest.mark.parametrize(("lang", "text", "is_strike"), [c[1:] for c in RAIDS], ids=[c[0] for c in RAIDS])
def test_a_raid_abroad_to_capture_is_a_land_strike(lang, text, is_strike):
    found = ("drone_strike", "2026-01-03", "happened") in _events(text, lang)
    assert found == is_strike


# A position on the principles of international law (use of force, the UN Charter, territorial
# integrity) voiced on the occasion is a statement of that day.
PRINCIPLES = [
    ("en-believes", "en", "Statement.\n\nCanada believes that any use of force must respect the UN Charter."),
    (
        "es-consideramos",
        "es",
        "Comunicado.\n\nConsideramos que el uso de la fuerza es contrario a la Carta de las Naciones Unidas.",
    ),
    ("fr-attachee", "fr", "Déclaration.\n\nLa France est attachée au respect de l'intégrité territoriale des États."),
    ("fr-inacceptable", "fr", "Déclaration.\n\nNous jugeons ce recours à la force inacceptable."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PRINCIPLES], ids=[c[0] for c in PRINCIPLES])
def test_a_position_on_international_law_is_a_statement(lang, text):
    assert ("statement", PUB.isoformat(), "happened") in _events(text, lang)


# An agreement is told by a verb of agreeing; the noun alone ("un accord", "un pacto") is no act.
AGREEMENTS = [
    ("fr-conclu", "fr", "Le 5 mars 2025, les deux gouvernements ont conclu un accord de sécurité.", True),
    ("fr-nom-seul", "fr", "Le 5 mars 2025, un accord salarial était à l'ordre du jour de la réunion syndicale.", False),
    ("es-pactaron", "es", "El 5 de marzo de 2025, los dos gobiernos pactaron un acuerdo de seguridad.", True),
    ("es-nombre-solo", "es", "El 5 de marzo de 2025, el pacto salarial estuvo en la agenda del sindicato.", False),
    ("en-agreed", "en", "On March 5, 2025, the two governments agreed a security framework.", True),
]


@pytest.mark.parametrize(("lang", "text", "is_act"), [c[1:] for c in AGREEMENTS], ids=[c[0] for c in AGREEMENTS])
def test_an_agreement_is_told_by_its_verb(lang, text, is_act):
    found = ("other", "2025-03-05") in [e[:2] for e in _events(text, lang, dt.date(2025, 6, 1))]
    assert found == is_act


# A bill's long title states its purpose ("To designate ...", "visant à désigner", "para designar"): what
# the bill would do is no act yet.
BILL_TITLES = [
    (
        "en-to-designate",
        "en",
        "H.R. 100\n\nTo designate the Sinaloa Cartel as a foreign terrorist organization, and for other purposes.",
    ),
    ("fr-visant-a", "fr", "Proposition de loi visant à désigner le cartel de Sinaloa comme organisation terroriste."),
    (
        "es-para-designar",
        "es",
        "Iniciativa con proyecto de ley para designar al Cártel de Sinaloa como organización terrorista.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BILL_TITLES], ids=[c[0] for c in BILL_TITLES])
def test_a_bill_title_of_purpose_designates_nobody(lang, text):
    assert "fto_designation" not in [e[0] for e in _events(text, lang)]
