"""Other senses of the trigger words are not the campaign's acts, told by the class of the object or doer (issue 9).

Every sentence here was written for these tests, in the three languages; none comes from ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events
from timeline.extract.lexicon import LexiconError
from timeline.extract.senses import _classes, _rules

PUB = dt.date(2025, 10, 10)  # a Friday


def _types(text: str, lang: str) -> list[str]:
    return [e.event_type for e in extract_events(text, published=PUB, lang=lang)]


# The trigger's object or doer is of another class: a union striking, a team sanctioned by its league,
# software deployed, an area declared a disaster zone or a person appointed, a plan for a disaster.
OTHER_SENSES = [
    (
        "en-union-struck-ferries",
        "en",
        "On Tuesday the dockworkers union struck the ferry boats of the port.",
        "boat_strike",
    ),
    (
        "es-sindicato-ataque",
        "es",
        "El martes el sindicato de trabajadores lanzó un ataque contra las lanchas de la naviera.",
        "boat_strike",
    ),
    (
        "fr-syndicat-greve",
        "fr",
        "Mardi, les syndicats des marins ont lancé une frappe contre les bateaux de la compagnie.",
        "boat_strike",
    ),
    (
        "en-league-sanctioned-club",
        "en",
        "On Tuesday the league sanctioned the club over payments linked to a cartel.",
        "sanction",
    ),
    (
        "es-federacion-sanciono",
        "es",
        "El martes la federación sancionó al club por pagos vinculados a un cártel.",
        "sanction",
    ),
    (
        "fr-ligue-sanctionne",
        "fr",
        "Mardi, la ligue a sanctionné le club pour des paiements liés à un cartel.",
        "sanction",
    ),
    (
        "en-deployed-satellites",
        "en",
        "On Tuesday the Navy deployed satellites and sensors to track the ships.",
        "troop_deployment",
    ),
    (
        "es-desplego-satelites",
        "es",
        "El martes la Marina desplegó satélites y sensores para seguir a los buques.",
        "troop_deployment",
    ),
    (
        "fr-deploye-satellites",
        "fr",
        "Mardi, la marine a déployé des satellites et des capteurs pour suivre les navires.",
        "troop_deployment",
    ),
    (
        "en-designated-as-director",
        "en",
        "On Tuesday the president designated Jane Roe as the new coordinator against terrorist organizations.",
        "fto_designation",
    ),
    (
        "es-designo-titular",
        "es",
        "El martes la presidenta designó a Juana Pérez como titular de la unidad contra organizaciones terroristas.",
        "fto_designation",
    ),
    (
        "fr-designe-directrice",
        "fr",
        "Mardi, le ministre a désigné Jeanne Dupont comme directrice de la cellule contre les organisations terroristes.",
        "fto_designation",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "event_type"), [c[1:] for c in OTHER_SENSES], ids=[c[0] for c in OTHER_SENSES]
)
def test_a_trigger_whose_object_or_doer_is_of_another_class_is_not_the_act(lang, text, event_type):
    assert event_type not in _types(text, lang)


# The same verbs with the campaign's object and doer stay acts, even with a class word further on.
CAMPAIGN_SENSES = [
    (
        "en-struck-boat-workers",
        "en",
        "On Tuesday US forces struck a drug boat carrying workers in the Caribbean.",
        "boat_strike",
    ),
    (
        "es-ataco-lancha-trabajadores",
        "es",
        "El martes Estados Unidos atacó una lancha con trabajadores en el Caribe.",
        "boat_strike",
    ),
    (
        "fr-frappe-embarcation-travailleurs",
        "fr",
        "Mardi, les États-Unis ont frappé une embarcation transportant des travailleurs dans les Caraïbes.",
        "boat_strike",
    ),
    (
        "en-treasury-former-athlete",
        "en",
        "On Tuesday the Treasury sanctioned a former Olympic athlete who runs a cocaine network for the Sinaloa Cartel.",
        "sanction",
    ),
    (
        "es-tesoro-exatleta",
        "es",
        "El martes el Departamento del Tesoro sancionó a un exatleta olímpico que dirige una red de cocaína del Cártel de Sinaloa.",
        "sanction",
    ),
    (
        "fr-tresor-ancien-athlete",
        "fr",
        "Mardi, le Trésor américain a sanctionné un ancien athlète olympique qui dirige un réseau de cocaïne du cartel de Sinaloa.",
        "sanction",
    ),
    (
        "en-designated-fto-director-said",
        "en",
        "On Tuesday the State Department designated the cartel as a Foreign Terrorist Organization, the director said.",
        "fto_designation",
    ),
    (
        "es-designo-organizacion-titular",
        "es",
        "El martes el Departamento de Estado designó al cártel como organización terrorista extranjera, dijo el titular.",
        "fto_designation",
    ),
    (
        "fr-designe-organisation-directeur",
        "fr",
        "Mardi, le département d'État a désigné le cartel comme organisation terroriste étrangère, a dit le directeur.",
        "fto_designation",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "event_type"), [c[1:] for c in CAMPAIGN_SENSES], ids=[c[0] for c in CAMPAIGN_SENSES]
)
def test_the_campaign_sense_stays_an_act(lang, text, event_type):
    assert event_type in _types(text, lang)


# A document's noun alone names the document; with a date as its complement it is the act of that day.
DOCUMENTS = [
    (
        "es-segun-el-decreto",
        "es",
        "El martes, según el decreto, los dos gobiernos compartieron información sobre los cárteles.",
        False,
    ),
    (
        "fr-selon-l-accord",
        "fr",
        "Mardi, selon l'accord, les deux gouvernements ont partagé leurs renseignements sur les cartels.",
        False,
    ),
    ("es-el-decreto-del", "es", "El decreto del 3 de octubre clasifica al fentanilo ilícito como arma.", True),
    ("fr-le-decret-du", "fr", "Le décret du 3 octobre classe le fentanyl illicite comme une arme.", True),
]


@pytest.mark.parametrize(("lang", "text", "is_act"), [c[1:] for c in DOCUMENTS], ids=[c[0] for c in DOCUMENTS])
def test_a_document_noun_is_an_act_only_with_its_date(lang, text, is_act):
    assert ("other" in _types(text, lang)) is is_act


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_every_class_a_rule_names_exists_in_each_language(lang):
    rejects = _rules(lang)[0]
    assert {c for where in rejects.values() for cs in where.values() for c in cs} <= set(_classes(lang))


def test_a_malformed_senses_lexicon_says_which_key(monkeypatch):
    import timeline.extract.senses as senses

    monkeypatch.setattr(senses, "load_lexicon", lambda name: {"classes": {"post": {"en": "director"}}})
    senses._classes.cache_clear()
    try:
        with pytest.raises(LexiconError, match="classes.post.en"):
            senses._classes("en")
    finally:
        monkeypatch.undo()
        senses._classes.cache_clear()


# A deployment moves the troops its own clause names; troops and plans for a disaster are relief.
MORE_SENSES = [
    (
        "en-assigned-funds-soldiers-elsewhere",
        "en",
        "On Tuesday the city assigned new buses to the route; soldiers already patrol the border.",
        "troop_deployment",
    ),
    (
        "es-asigno-fondos-soldados-aparte",
        "es",
        "El martes el municipio asignó nuevos camiones a la ruta; los soldados ya patrullan la frontera.",
        "troop_deployment",
    ),
    (
        "fr-affecte-bus-soldats-ailleurs",
        "fr",
        "Mardi, la ville a renforcé la ligne de bus ; des soldats patrouillent déjà à la frontière.",
        "troop_deployment",
    ),
    (
        "en-rescue-operation",
        "en",
        "On Tuesday the Navy prepared a rescue operation for the hurricane, with its ships on the coast.",
        "military_planning",
    ),
    (
        "es-operacion-de-rescate",
        "es",
        "El martes la Marina preparó una operación de rescate por el huracán, con buques de la Armada en la costa.",
        "military_planning",
    ),
    (
        "fr-operation-de-secours",
        "fr",
        "Mardi, la marine a préparé une opération de secours pour l'ouragan, avec des navires de l'armée sur la côte.",
        "military_planning",
    ),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), [c[1:] for c in MORE_SENSES], ids=[c[0] for c in MORE_SENSES])
def test_an_argument_in_another_clause_or_a_relief_setting_is_not_the_act(lang, text, event_type):
    assert event_type not in _types(text, lang)


# An order or a decree about a disaster is relief, not the campaign's order; a national emergency stays one.
DISASTER_ORDERS = [
    (
        "en-order-on-disaster-relief",
        "en",
        "On Tuesday the president signed an executive order on disaster relief for the hurricane.",
        False,
    ),
    (
        "es-decreto-de-declaratoria",
        "es",
        "El martes la presidenta firmó el decreto de declaratoria de emergencia por las lluvias en Veracruz.",
        False,
    ),
    (
        "fr-decret-de-catastrophe",
        "fr",
        "Mardi, le président a signé un décret de catastrophe naturelle pour les inondations.",
        False,
    ),
    (
        "en-national-emergency",
        "en",
        "On Tuesday the president signed an executive order declaring a national emergency over the cartels.",
        True,
    ),
    (
        "es-emergencia-nacional",
        "es",
        "El martes el presidente firmó el decreto de emergencia nacional contra los cárteles.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "is_act"), [c[1:] for c in DISASTER_ORDERS], ids=[c[0] for c in DISASTER_ORDERS]
)
def test_an_order_about_a_disaster_is_not_the_campaigns(lang, text, is_act):
    assert ("other" in _types(text, lang)) is is_act
