"""Proposed titles: the doer is the acting party, never the target of the act (issue 9), and titles come
in the interface language (issue 14)."""

from __future__ import annotations

import json

import pytest

from timeline import ingest
from timeline.cli import main
from timeline.extract import extract_events
from timeline.extract.gazetteer import Gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event
from timeline.extract.titles import doer, make_title
from timeline.ingest.article import Article

PUB = "2025-10-10"


def _event(event_type, actors=(), countries=(), location="", quantities=None, modality="happened", agent_country=""):
    return Event(
        event_type, "2025-10-06", "day", "", "explicit", modality, "", 0, 0, 0.8, "en",
        list(actors), list(countries), location, dict(quantities or {}), agent_country=agent_country,
    )  # fmt: skip


# --- the doer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "first_actor", "title_starts"),
    [
        ("The Gulf Cartel was listed as a foreign terrorist organization by the State Department on Thursday.",
         "en", "fto_designation", "Department of State", "Department of State designates Gulf Cartel"),
        ("Los Viagras leaders were sanctioned by the Treasury on Tuesday for extorting lime growers.",
         "en", "sanction", "Department of the Treasury", "Department of the Treasury announces sanctions"),
        ("A Tren de Aragua boat was struck in the Caribbean on Monday, killing three people.",
         "en", "boat_strike", "Tren de Aragua", "US strike on boat"),
        ("El Cártel del Golfo fue designado el jueves como organización terrorista extranjera por el Departamento de Estado.",
         "es", "fto_designation", "Department of State", "Department of State designates Gulf Cartel"),
        ("Los Viagras fueron sancionados el martes por el Tesoro por extorsionar a productores de limón.",
         "es", "sanction", "Department of the Treasury", "Department of the Treasury announces sanctions"),
        ("Una lancha del Tren de Aragua fue atacada el lunes en el Caribe; murieron tres personas.",
         "es", "boat_strike", "Tren de Aragua", "US strike on boat"),
        ("Le cartel du Golfe a été désigné jeudi organisation terroriste étrangère par le département d'État.",
         "fr", "fto_designation", "Department of State", "Department of State designates Gulf Cartel"),
        ("Los Viagras ont été sanctionnés mardi par le Trésor pour avoir racketté des producteurs de citrons.",
         "fr", "sanction", "Department of the Treasury", "Department of the Treasury announces sanctions"),
        ("Une embarcation du Tren de Aragua a été frappée lundi dans les Caraïbes, faisant trois morts.",
         "fr", "boat_strike", "Tren de Aragua", "US strike on boat"),
    ],
    ids=["en-passive-designation", "en-passive-sanction", "en-boat-of-a-gang", "es-designado-por", "es-sancionados-por",
         "es-lancha-de-una-banda", "fr-designe-par", "fr-sanctionnes-par", "fr-embarcation-d-un-gang"],
)  # fmt: skip
def test_a_target_named_first_is_never_the_doer(text, lang, event_type, first_actor, title_starts):
    # The acting party leads the actors when one is named; a lone target stays, and the title says who acts.
    [event] = [e for e in extract_events(text, published=PUB, lang=lang) if e.event_type == event_type]
    assert event.title.startswith(title_starts)
    assert event.actors[0] == first_actor


@pytest.mark.parametrize(
    ("event", "title"),
    [
        (_event("fto_designation", ["Juárez Cartel", "Marco Rubio"]), "Marco Rubio designates Juárez Cartel as a terrorist organization"),
        (_event("fto_designation", ["Los Choneros", "Los Lobos"], ["ECU"]), "US designates Los Choneros, Los Lobos as terrorist organizations"),
        (_event("fto_designation", ["Cartel de los Soles", "Nicolás Maduro", "Department of State"]),
         "Department of State designates Cartel de los Soles as a terrorist organization"),
        (_event("extradition", ["Rafael Caro Quintero", "Department of Justice"], ["MEX", "USA"], quantities={"people": 29}),
         "Mexico sends 29 people to the US"),
        (_event("extradition", ["Ryan Wedding", "FBI", "Government of Mexico"], ["CAN", "USA", "MEX"], quantities={"people": 1}),
         "Mexico sends 1 person to the US"),
        (_event("drone_strike", ["Nicolás Maduro"], ["VEN"], "Caribbean Sea"), "US strike on land target in Caribbean Sea"),
        (_event("troop_deployment", ["Nicolás Maduro"], ["VEN"], quantities={"troops": 2000}), "Nicolás Maduro deploys 2,000 troops"),
        (_event("troop_deployment", ["MS-13"], ["SLV", "GTM"]), "Guatemala deploys forces"),
        (_event("troop_deployment", ["Barrio 18"], ["SLV"]), "Government deploys forces"),
        (_event("tariff", [], ["CAN", "USA"], quantities={"percent": 25}, agent_country="CAN"), "Canada tariffs of 25%"),
        (_event("tariff", [], ["CAN", "USA"], quantities={"percent": 25}), "US tariffs of 25%"),
        (_event("sanction", ["CIBanco", "Intercam"], ["MEX"], modality="threatened"), "Threatened: US announces sanctions"),
        (_event("statement", ["Los Chapitos"], ["MEX"]), "Statement by Los Chapitos"),
    ],
    ids=["designator-after-target", "implied-us-designator", "leader-named-with-the-designated-group",
         "transfer-sender-is-mexico", "transfer-acting-party-country", "leader-is-not-the-striker",
         "leader-may-deploy", "country-not-of-the-target", "no-country-left", "country-named-as-doer",
         "implied-us-tariff", "implied-us-sanction", "a-target-may-speak"],
)  # fmt: skip
def test_the_title_doer_is_the_acting_party(event, title):
    assert make_title(event) == title


def test_doer_is_the_first_actor_that_is_not_a_target():
    assert doer(_event("boat_strike", ["Tren de Aragua", "US Southern Command"])) == "US Southern Command"
    assert doer(_event("boat_strike", ["Tren de Aragua"])) == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: {**r, "actors": {**r["actors"], "X": {"country": "USA", "kind": "victim", "aliases": []}}}, "actors.X.kind"),
        (lambda r: {**r, "actors": {**r["actors"], "X": {"country": "USA", "target_of": ["raid"], "aliases": []}}}, "actors.X.target_of"),
        (lambda r: {**r, "never_done_by_targets": ["raid"]}, "never_done_by_targets ['raid']"),
        (lambda r: {**r, "place_phrases": {"es": {"Atlantis": "en la Atlántida"}}}, "place_phrases"),
    ],
    ids=["unknown-kind", "unknown-target-of-type", "unknown-act", "unknown-place"],
)  # fmt: skip
def test_actor_kinds_are_checked_with_the_key_named(change, message):
    with pytest.raises(LexiconError, match="gazetteer.yaml") as err:
        Gazetteer(change(load_lexicon("gazetteer.yaml")))
    assert message in str(err.value)


# --- the language -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "lang", "title"),
    [
        (_event("boat_strike", [], ["USA"], "Eastern Pacific", {"killed": 2}), "es",
         "EE. UU. ataca una lancha en el Pacífico oriental y deja 2 muertos"),
        (_event("boat_strike", [], ["USA"], "Eastern Pacific", {"killed": 1}), "es",
         "EE. UU. ataca una lancha en el Pacífico oriental y deja 1 muerto"),
        (_event("boat_strike", ["US Southern Command"], [], "Caribbean Sea", {"killed": 1}), "fr",
         "US Southern Command\u00a0: frappe contre un bateau dans les Caraïbes, 1 mort"),
        (_event("troop_deployment", ["Government of Mexico"], ["MEX"], "US-Mexico border", {"troops": 10000}), "fr",
         "Government of Mexico\u00a0: déploiement de 10\u202f000 soldats à la frontière entre les États-Unis et le Mexique"),
        (_event("troop_deployment", ["Government of Mexico"], ["MEX"], "Tamaulipas", {"troops": 1500}), "es",
         "Government of Mexico despliega 1.500 soldados en Tamaulipas"),
        (_event("extradition", ["Government of Mexico"], ["MEX", "USA"], quantities={"people": 26}), "es",
         "México envía a 26 personas a EE. UU."),
        (_event("extradition", [], ["MEX", "USA"]), "fr", "Mexique\u00a0: transfert de barons des cartels vers les États-Unis"),
        (_event("fto_designation", ["Department of State", "Tren de Aragua", "MS-13"]), "es",
         "Department of State designa a Tren de Aragua y MS-13 como organizaciones terroristas"),
        (_event("tariff", ["Donald Trump"], quantities={"percent": 25}, modality="threatened"), "es",
         "Amenaza: aranceles de Donald Trump del 25\u00a0%"),
        (_event("tariff", [], ["CHN"], quantities={"percent": 15}, agent_country="CHN"), "fr",
         "Chine\u00a0: droits de douane de 15\u00a0%"),
        (_event("military_planning", ["Department of War"], location="Caribbean Sea / Eastern Pacific", modality="planned"), "fr",
         "Department of War\u00a0: opération militaire dans les Caraïbes et dans le Pacifique oriental (en projet)"),
        (_event("sanction", ["OFAC"], quantities={"people": 6}), "fr", "OFAC\u00a0: sanctions contre 6 personnes"),
    ],
    ids=["es-plural", "es-singular", "fr-singular", "fr-number-and-place", "es-state", "es-transfer",
         "fr-transfer-no-count", "es-designation-list", "es-threat-lowercase", "fr-country-doer",
         "fr-plan-after", "fr-sanction"],
)  # fmt: skip
def test_titles_in_the_interface_language(event, lang, title):
    assert make_title(event, lang) == title


def test_english_is_the_default_and_an_unknown_language_falls_back_to_it():
    event = _event("boat_strike", ["US military"], ["USA"], "Eastern Pacific", {"killed": 4})
    assert make_title(event) == make_title(event, "en") == make_title(event, "pt")
    assert make_title(event) == "US military strike on boat in Eastern Pacific kills 4"


@pytest.mark.parametrize(
    ("text", "lang", "title_lang", "title"),
    [
        ("Mexico handed 14 cartel prisoners over to the United States on Friday.", "en", "es", "México envía a 14 personas a EE. UU."),
        ("México entregó el viernes a Estados Unidos a 14 integrantes del Cártel de Juárez.", "es", "fr",
         "Mexique\u00a0: transfert de 14 personnes vers les États-Unis"),
        ("Le Mexique a remis vendredi aux États-Unis 14 membres du cartel de Juárez.", "fr", "en", "Mexico sends 14 people to the US"),
    ],
    ids=["en-article-es-reader", "es-article-fr-reader", "fr-article-en-reader"],
)  # fmt: skip
def test_the_extractor_titles_in_the_readers_language(text, lang, title_lang, title):
    [event] = extract_events(text, published=PUB, lang=lang, title_lang=title_lang)
    assert event.title == title


def test_the_cli_takes_the_title_language(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Mexico handed 14 cartel prisoners over to the United States on Friday.\n", encoding="utf-8")
    assert main(["extract", str(path), "--published", PUB, "--lang", "en", "--title-lang", "fr"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["title"] == "Mexique\u00a0: transfert de 14 personnes vers les États-Unis"


@pytest.mark.parametrize(("title_lang", "passed"), [("es", {"title_lang": "es"}), ("en", {})], ids=["es", "en-default"])
def test_proposals_pass_the_readers_language_to_the_extractor(title_lang, passed):
    seen = []

    def extractor(text, published=None, lang=None, **kwargs):
        seen.append(kwargs)
        return []

    ingest.propose(Article("Mexico handed 14 prisoners over.", "https://example.org/a"), "", extractor=extractor, title_lang=title_lang)
    assert seen == [passed]


# Issue 9, item 3: an act told in the passive names its doer after "by" / "por" / "par"; the name
# before the act is its target, and the title names the doer.
PASSIVE_DOERS = [
    ("en-imposed-by", "en", "On Tuesday, Mexico was hit with 30 percent tariffs imposed by the United States.", "tariff", "US"),
    ("es-impuestos-por", "es", "El martes, México recibió aranceles del 30% impuestos por Estados Unidos.", "tariff", "US"),
    ("fr-imposes-par", "fr", "Mardi, le Mexique a subi des droits de douane de 30 % imposés par les États-Unis.", "tariff", "US"),
]


@pytest.mark.parametrize(
    ("lang", "text", "event_type", "doer"), [c[1:] for c in PASSIVE_DOERS], ids=[c[0] for c in PASSIVE_DOERS]
)
def test_a_passive_acts_doer_is_named_after_by_not_its_target(lang, text, event_type, doer):
    events = [e for e in extract_events(text, published="2025-10-10", lang=lang) if e.event_type == event_type]
    assert events and events[0].title.startswith(doer)
    assert "Government of Mexico" not in events[0].actors
