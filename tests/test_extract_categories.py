"""Kinds of wording real government texts use that the rules first missed, by grammar (issue 9, item 3).

The categories come from an independent review of misses; every sentence here was written for these
tests (none is taken from a document of ``tests/real``), in the three languages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 10, 10)  # a Friday


def _events(text: str, lang: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    return extracted(text, lang, published)


# 1 and 5. A stance voiced in the first person or the present, in a transcript or a statement: a
# statement of the occasion, dated by the publication when it names no date of its own.
VOICED = [
    ("en-we-will-not-accept", "en", "Remarks by Secretary of State Marco Rubio to the press.\n\nSECRETARY RUBIO: We will not accept the presence of the cartels on our border, and we demand that Mexico respect our sovereignty."),
    ("en-present-rejects", "en", "Statement by the Prime Minister of Canada.\n\nCanada rejects the tariffs imposed by the United States on Canadian goods."),
    ("es-nosotros", "es", "Versión estenográfica de la conferencia de prensa de la presidenta Claudia Sheinbaum Pardo.\n\nPRESIDENTA CLAUDIA SHEINBAUM PARDO: Nosotros no aceptamos ninguna injerencia en nuestro territorio."),
    ("es-le-dije", "es", "Conferencia de prensa de la presidenta Claudia Sheinbaum.\n\nPREGUNTA: ¿Qué le dijo al presidente?\n\nRESPUESTA: Le dije al presidente Trump que no vamos a aceptar ninguna intervención militar."),
    ("es-gobierno-rechaza", "es", "Comunicado de la Secretaría de Relaciones Exteriores.\n\nEl Gobierno de México rechaza la designación de los cárteles como organizaciones terroristas."),
    ("es-comunicado-exigio", "es", "Comunicado de la Secretaría de Relaciones Exteriores.\n\nLa cancillería exigió a Washington respeto a la soberanía de México."),
    ("en-statement-condemned", "en", "Statement by the Prime Minister of Canada.\n\nCanada condemned the strikes on its sovereignty."),
    ("fr-entretien-nous", "fr", "Entretien avec le ministre.\n\nQUESTION : Que pensez-vous des frappes ?\n\nRÉPONSE : Nous condamnons ces frappes, qui violent le droit international."),
    ("fr-present-condamne", "fr", "Déclaration du ministre de l'Europe et des Affaires étrangères.\n\nLa France condamne fermement les frappes contre des embarcations dans les Caraïbes."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in VOICED], ids=[c[0] for c in VOICED])
def test_a_stance_voiced_on_the_occasion_is_a_statement_of_the_publication_day(lang, text):
    assert ("statement", PUB.isoformat(), "happened") in _events(text, lang)


# A stance told in the past perfect without a date stays background.
BACKGROUND = [
    ("en-has-rejected", "en", "Mexico has repeatedly rejected any intervention on its territory."),
    ("es-habia-rechazado", "es", "México había rechazado en varias ocasiones cualquier intervención en su territorio."),
    ("fr-avait-rejete", "fr", "Le Mexique avait rejeté à plusieurs reprises toute intervention sur son territoire."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BACKGROUND], ids=[c[0] for c in BACKGROUND])
def test_a_stance_told_as_background_is_not_an_event(lang, text):
    assert _events(text, lang) == []


# 2. A designation told plainly in a background sentence with its date, active or passive.
# 3. A transfer told from either side: custody secured, people sent, expelled or handed over.
# 4. Tariffs in the legal wording of orders and notices.
PLAIN_ACTS = [
    ("en-state-designated", "en", "On February 20, the Department of State designated eight cartels as Foreign Terrorist Organizations.", ("fto_designation", "2025-02-20")),
    ("en-were-designated", "en", "Eight cartels were designated as Foreign Terrorist Organizations on February 20.", ("fto_designation", "2025-02-20")),
    ("es-fueron-designados", "es", "El 20 de febrero fueron designados como organizaciones terroristas ocho cárteles.", ("fto_designation", "2025-02-20")),
    ("fr-ont-ete-designes", "fr", "Le 20 février, huit cartels ont été désignés comme organisations terroristes étrangères.", ("fto_designation", "2025-02-20")),
    ("en-secured-custody", "en", "On Tuesday, the Justice Department secured custody of 26 defendants from Mexico.", ("extradition", "2025-10-07")),
    ("en-took-custody", "en", "On August 12, the United States took custody of 26 fugitives from Mexico.", ("extradition", "2025-08-12")),
    ("en-handed-over-defendants", "en", "On August 12, Mexico handed over 26 defendants wanted in the United States.", ("extradition", "2025-08-12")),
    ("en-were-expelled", "en", "On August 12, 26 fugitives were expelled from Mexico to the United States.", ("extradition", "2025-08-12")),
    ("es-fueron-enviados", "es", "El martes, 26 detenidos fueron enviados a Estados Unidos.", ("extradition", "2025-10-07")),
    ("es-fueron-trasladados", "es", "El 12 de agosto fueron trasladados a Estados Unidos 26 integrantes de cárteles.", ("extradition", "2025-08-12")),
    ("fr-ont-ete-remis", "fr", "Le 12 août, 26 fugitifs ont été remis aux États-Unis par le Mexique.", ("extradition", "2025-08-12")),
    ("en-ad-valorem", "en", "On March 4, an additional ad valorem rate of duty of 25 percent was imposed on articles that are products of Mexico.", ("tariff", "2025-03-04")),
    ("en-subject-to-duty", "en", "Effective February 4, 2025, articles that are products of Mexico shall be subject to an additional ad valorem duty of 25 percent.", ("tariff", "2025-02-04")),
    ("en-surtax", "en", "On March 4, Canada imposed a 25 percent surtax on goods imported from the United States.", ("tariff", "2025-03-04")),
    ("en-remission", "en", "On April 16, the government announced the remission of the surtax on certain goods.", ("tariff", "2025-04-16")),
    ("fr-droits-supplementaires", "fr", "Le 4 mars, le Canada a imposé des droits de douane supplémentaires de 25 % sur des produits américains.", ("tariff", "2025-03-04")),
    ("fr-surtaxe", "fr", "Le 13 mars, le gouvernement a imposé une surtaxe de 25 % sur certains produits originaires des États-Unis.", ("tariff", "2025-03-13")),
    ("es-aranceles-por-ciento", "es", "El 4 de marzo entraron en vigor aranceles del 25 por ciento a productos mexicanos.", ("tariff", "2025-03-04")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in PLAIN_ACTS], ids=[c[0] for c in PLAIN_ACTS])
def test_an_act_told_plainly_gives_its_event_and_date(lang, text, expected):
    assert expected in [(t, d) for t, d, _ in _events(text, lang)]


# 6. Senses that are not the campaign: troops for a disaster, an exercise or a ceremony; a bill introduced.
NOT_EVENTS = [
    ("en-dn-iii-floods", "en", "On Monday, 5,000 soldiers were deployed under the Plan DN-III to help victims of the floods."),
    ("en-wildfires", "en", "On Monday, the governor deployed 300 National Guard troops to fight the wildfires."),
    ("en-hurricane-relief", "en", "On Monday, the Pentagon sent 1,000 troops to assist with hurricane relief in Puerto Rico."),
    ("en-exercise", "en", "On Monday, the Navy deployed ships for a joint exercise with Colombia."),
    ("en-ceremony", "en", "On Monday, 300 soldiers marched in the military parade ceremony after arriving in the capital."),
    ("es-dn-iii", "es", "El lunes se desplegaron 5.000 elementos del Ejército en el Plan DN-III por las inundaciones."),
    ("es-huracan", "es", "El lunes, la Marina envió buques y 800 elementos para apoyar a la población afectada por el huracán."),
    ("es-ejercicio", "es", "El lunes, la Armada desplegó buques para un ejercicio conjunto con Colombia."),
    ("fr-protection-civile", "fr", "Lundi, 500 militaires ont été déployés au titre de la protection civile face aux incendies."),
    ("fr-exercice", "fr", "Lundi, la marine a déployé des navires pour un exercice conjoint avec la Colombie."),
    ("en-designated-successor", "en", "On Monday, the President designated her successor as head of the agency."),
    ("en-bill-designate", "en", "On Monday, Senator Smith introduced a bill to designate the cartels as foreign terrorist organizations."),
    ("en-bill-sanction", "en", "On Monday, Senator Smith introduced a bill to sanction the leaders of the Sinaloa Cartel."),
    ("es-iniciativa", "es", "El lunes, el senador presentó una iniciativa para designar a los cárteles como organizaciones terroristas."),
    ("fr-proposition-de-loi", "fr", "Lundi, le député a déposé une proposition de loi visant à désigner les cartels comme organisations terroristes."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_a_trigger_word_in_another_sense_makes_no_event(lang, text):
    assert [t for t, _, _ in _events(text, lang) if t in ("troop_deployment", "fto_designation", "sanction")] == []


# The campaign's deployments still count.
DEPLOYMENTS = [
    ("en", "On Monday, the Pentagon deployed 2,000 troops to the southern border."),
    ("es", "El lunes, México desplegó 10.000 elementos de la Guardia Nacional en la frontera norte."),
    ("fr", "Lundi, les États-Unis ont déployé trois destroyers dans les Caraïbes."),
]


@pytest.mark.parametrize(("lang", "text"), DEPLOYMENTS, ids=["en", "es", "fr"])
def test_a_deployment_of_the_campaign_stays_one(lang, text):
    assert ("troop_deployment", "2025-10-06", "happened") in _events(text, lang)


# 5. Acts told in the first person in an interview or press-conference transcript.
FIRST_PERSON_ACTS = [
    ("en-we-designated", "en", "Interview of Secretary of State Marco Rubio.\n\nQUESTION: What has the administration done about the cartels?\n\nSECRETARY RUBIO: On February 20 we designated eight cartels as foreign terrorist organizations.", ("fto_designation", "2025-02-20")),
    ("en-we-struck", "en", "Interview of Secretary of State Marco Rubio.\n\nQUESTION: And the boats?\n\nANSWER: We struck a drug boat in the Caribbean on September 2.", ("boat_strike", "2025-09-02")),
    ("es-enviamos", "es", "Entrevista a la presidenta Claudia Sheinbaum.\n\nPREGUNTA: ¿Cuántos capos han enviado?\n\nRESPUESTA: El 12 de agosto enviamos a Estados Unidos a 26 personas privadas de la libertad.", ("extradition", "2025-08-12")),
    ("es-desplegamos", "es", "Entrevista al secretario de Seguridad.\n\nINTERLOCUTOR: ¿Y la frontera?\n\nSECRETARIO: El 5 de febrero desplegamos 10 mil elementos de la Guardia Nacional en la frontera norte.", ("troop_deployment", "2025-02-05")),
    ("fr-nous-avons-impose", "fr", "Entretien avec le Premier ministre.\n\nQUESTION : Et les droits de douane ?\n\nRÉPONSE : Le 4 mars, nous avons imposé des droits de douane de 25 % sur des produits américains.", ("tariff", "2025-03-04")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in FIRST_PERSON_ACTS], ids=[c[0] for c in FIRST_PERSON_ACTS])
def test_an_act_told_in_the_first_person_in_a_transcript_is_found(lang, text, expected):
    assert expected in [(t, d) for t, d, _ in _events(text, lang)]
