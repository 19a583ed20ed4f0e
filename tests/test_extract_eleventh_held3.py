"""Acts by grammar, eleventh round on the self-written held-out set gold_heldout3 (issue 9, s11-held3).

- A strike whose toll is told as lives lost ("cost two lives", "costó la vida", "a coûté la vie") is a
  strike that killed; a labour strike or a storm that cost lives is not.
- An earlier act named as a point of reference ("a previous attack", "un ataque anterior", "une frappe
  précédente") no longer vetoes the whole sentence: the sentence's own act still counts, the phrase itself
  never does (``timeline/extract/earlier.py``).
- The campaign's own ships that leave port ("the USS Iwo Jima and two other vessels left", "navy vessels
  sailed") are a deployment; a smuggling boat that leaves is not (``not_after_kept``).
- Cartels and gangs entered or added on a list ("were listed", "inscritos", "ont été inscrits") are a
  designation, as "designated" is; a team or a building added to a list is not.
- A duty in the singular as the object of a rate verb, on goods ("raised the duty on steel imports", "elevó
  el impuesto a las importaciones", "a relevé le droit sur les produits") is a tariff; a duty of a post is not.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 9, 20)

LIVES_LOST = [
    ("en-cost-lives", "en", "On Tuesday, a US strike cost the lives of three men, the Pentagon said."),
    ("en-lost-their-lives", "en", "Three men lost their lives in the strike on Tuesday, the Pentagon said."),
    ("es-costo-la-vida", "es", "El martes, un ataque estadounidense les costó la vida a tres hombres, informó el Pentágono."),
    ("es-perdieron-la-vida", "es", "Tres hombres perdieron la vida en el ataque del martes, informó el Pentágono."),
    ("fr-a-coute-la-vie", "fr", "Mardi, une frappe américaine a coûté la vie à trois hommes, selon le Pentagone."),
    ("fr-ont-perdu-la-vie", "fr", "Trois hommes ont perdu la vie dans la frappe de mardi, selon le Pentagone."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in LIVES_LOST], ids=[c[0] for c in LIVES_LOST])
def test_a_strike_that_cost_lives_is_a_strike(lang: str, text: str) -> None:
    assert ("boat_strike", "2025-09-16", "happened") in extracted(text, lang, PUB)


LIVES_LOST_OTHERWISE = [
    ("en-hunger-strike", "en", "On Tuesday, the hunger strike cost the lives of two prisoners, their lawyers said."),
    ("es-huelga", "es", "El martes, la huelga de hambre les costó la vida a dos presos, dijeron sus abogados."),
    ("fr-greve", "fr", "Mardi, la grève de la faim a coûté la vie à deux détenus, selon leurs avocats."),
    ("en-storm", "en", "Three fishermen lost their lives when the storm hit on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in LIVES_LOST_OTHERWISE], ids=[c[0] for c in LIVES_LOST_OTHERWISE])
def test_lives_lost_to_a_labour_strike_or_a_storm_are_no_boat_strike(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "boat_strike"]


AFTER_AN_EARLIER_ACT = [
    ("en", "On Tuesday, US forces destroyed a boat in the Caribbean, days after a previous attack, the Pentagon said."),
    ("es", "El martes, fuerzas estadounidenses destruyeron una lancha en el Caribe, días después de un ataque anterior."),
    ("fr", "Mardi, les forces américaines ont détruit une embarcation dans les Caraïbes, quelques jours après une frappe précédente."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_AN_EARLIER_ACT, ids=[c[0] for c in AFTER_AN_EARLIER_ACT])
def test_an_act_told_beside_an_earlier_one_still_counts(lang: str, text: str) -> None:
    assert ("boat_strike", "2025-09-16", "happened") in extracted(text, lang, PUB)


ONLY_THE_EARLIER_ACT = [
    ("en", "Survivors of a previous attack on a boat were flown home on Tuesday."),
    ("es", "Los sobrevivientes de un ataque anterior contra una lancha fueron repatriados el martes."),
    ("fr", "Les survivants d'une frappe précédente contre une embarcation ont été rapatriés mardi."),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_THE_EARLIER_ACT, ids=[c[0] for c in ONLY_THE_EARLIER_ACT])
def test_an_earlier_act_named_alone_is_no_strike_of_the_day(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "boat_strike" and e[1] == "2025-09-16"]


NAVAL_SHIPS_LEFT = [
    ("en-coordinated", "en", "On Tuesday, the USS Iwo Jima and two other vessels left Norfolk for the Caribbean."),
    ("en-navy-vessels", "en", "On Tuesday, the amphibious group's three navy vessels left Norfolk for the Caribbean."),
    ("es-coordinated", "es", "El martes, el destructor USS Sampson y otras dos embarcaciones zarparon hacia el Caribe con 2.000 marines."),
    ("fr-coordinated", "fr", "Mardi, le destroyer USS Sampson et deux autres bateaux sont partis vers les Caraïbes avec 2 000 marines."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NAVAL_SHIPS_LEFT], ids=[c[0] for c in NAVAL_SHIPS_LEFT])
def test_the_navys_own_vessels_leaving_port_are_a_deployment(lang: str, text: str) -> None:
    assert ("troop_deployment", "2025-09-16", "happened") in extracted(text, lang, PUB)


SMUGGLERS_LEFT = [
    ("en", "On Tuesday, two smuggling vessels left the Venezuelan coast as US destroyers patrolled nearby."),
    ("es", "El martes, dos lanchas que habían zarpado de Venezuela esquivaron a los destructores estadounidenses."),
    ("fr", "Mardi, deux vedettes parties du Venezuela ont échappé aux destroyers américains."),
]


@pytest.mark.parametrize(("lang", "text"), SMUGGLERS_LEFT, ids=[c[0] for c in SMUGGLERS_LEFT])
def test_smuggling_boats_that_leave_are_no_deployment(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "troop_deployment"]


PUB_LIST = dt.date(2025, 2, 25)

LISTED = [
    ("en-were-listed", "en", "On February 20, eight cartels and gangs were listed by the State Department."),
    ("en-added-to-list", "en", "On February 20, Washington added eight cartels and gangs to its blacklist."),
    ("es-inscritos", "es", "El 20 de febrero, ocho carteles y pandillas fueron inscritos por el Departamento de Estado."),
    ("fr-ont-ete-inscrits", "fr", "Le 20 février, huit cartels et gangs ont été inscrits par le département d'État."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in LISTED], ids=[c[0] for c in LISTED])
def test_cartels_and_gangs_entered_on_a_list_are_a_designation(lang: str, text: str) -> None:
    assert ("fto_designation", "2025-02-20", "happened") in extracted(text, lang, PUB_LIST)


NOT_LISTED = [
    ("en-teams", "en", "On February 20, the league listed eight teams and clubs for the sports sanctions review."),
    ("es-equipos", "es", "El 20 de febrero, la federación inscribió a ocho equipos y clubes en el torneo."),
    ("fr-sinistres", "fr", "Le 20 février, huit communes ont été inscrites sur la liste des zones sinistrées."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_LISTED], ids=[c[0] for c in NOT_LISTED])
def test_teams_or_disaster_zones_on_a_list_are_no_designation(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_LIST) if e[0] == "fto_designation"]


PUB_TARIFF = dt.date(2025, 3, 10)

DUTY_RAISED = [
    ("en", "On March 4, Washington raised the duty on Chinese steel imports to 20%."),
    ("es", "El 4 de marzo, Washington elevó el impuesto a las importaciones de acero chino al 20 %."),
    ("fr", "Le 4 mars, Washington a relevé le droit sur les importations d'acier chinois à 20 %."),
]


@pytest.mark.parametrize(("lang", "text"), DUTY_RAISED, ids=[c[0] for c in DUTY_RAISED])
def test_a_singular_duty_raised_on_goods_is_a_tariff(lang: str, text: str) -> None:
    assert ("tariff", "2025-03-04", "happened") in extracted(text, lang, PUB_TARIFF)


DUTY_OF_A_POST = [
    ("en", "On March 4, the captain raised the duty on night shifts for the deployment of the new software."),
    ("es", "El 4 de marzo, el ayuntamiento elevó el impuesto a las viviendas vacías."),
    ("fr", "Le 4 mars, la mairie a relevé le droit sur les terrasses des cafés."),
]


@pytest.mark.parametrize(("lang", "text"), DUTY_OF_A_POST, ids=[c[0] for c in DUTY_OF_A_POST])
def test_a_duty_of_a_post_or_a_local_tax_is_no_tariff(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_TARIFF) if e[0] == "tariff"]


PUB_NAME = dt.date(2025, 11, 20)

NAMED_OPERATION = [
    ("en", "On November 13, Hegseth gave the campaign of strikes on drug boats a name, Operation Southern Spear."),
    ("es", "El 13 de noviembre, Hegseth le dio a la campaña de ataques contra lanchas el nombre de Operación Lanza del Sur."),
    ("fr", "Le 13 novembre, Hegseth a donné à la campagne de frappes contre les embarcations le nom d'opération Lance du Sud."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_OPERATION, ids=[c[0] for c in NAMED_OPERATION])
def test_giving_a_campaign_an_operations_name_is_a_planning_act_done(lang: str, text: str) -> None:
    events = extracted(text, lang, PUB_NAME)
    assert ("military_planning", "2025-11-13", "happened") in events
    assert not [e for e in events if e[0] == "boat_strike"]  # the strikes named are the campaign, not a new one


NAMED_OTHERWISE = [
    ("en", "On November 13, the team gave its software deployment a code name, Blue Falcon."),
    ("es", "El 13 de noviembre, el club le dio a su nuevo estadio el nombre de su fundador."),
    ("fr", "Le 13 novembre, la mairie a donné à la nouvelle place le nom d'une résistante."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_OTHERWISE, ids=[c[0] for c in NAMED_OTHERWISE])
def test_a_name_given_to_something_else_is_no_planning(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_NAME) if e[0] == "military_planning"]



REPORTED_STRIKE = [
    ("en", "On Tuesday, the Pentagon reported that a strike on a boat in the Caribbean killed three people."),
    ("es", "El martes, el Pentágono informó que un ataque contra una lancha en el Caribe mató a tres personas."),
    ("fr", "Mardi, le Pentagone a indiqué qu'une frappe contre une embarcation dans les Caraïbes a tué trois personnes."),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED_STRIKE, ids=[c[0] for c in REPORTED_STRIKE])
def test_a_strike_reported_is_the_strike_not_a_stance(lang: str, text: str) -> None:
    events = extracted(text, lang, PUB)
    assert ("boat_strike", "2025-09-16", "happened") in events
    assert not [e for e in events if e[0] == "statement"]  # "informó que": a report, not a stance voiced


STANCE_BESIDE_A_STRIKE = [
    ("es", "El martes, la presidenta rechazó el ataque contra una lancha en el Caribe."),
]


@pytest.mark.parametrize(("lang", "text"), STANCE_BESIDE_A_STRIKE, ids=[c[0] for c in STANCE_BESIDE_A_STRIKE])
def test_a_stance_on_a_strike_is_still_a_statement(lang: str, text: str) -> None:
    assert [e for e in extracted(text, lang, PUB) if e[0] == "statement"]


DESIGNATION_AS_ATTRIBUTE = [
    ("en", "On Tuesday, US forces struck a boat of one of the cartels it has labeled terrorist groups."),
    ("es", "El martes, fuerzas estadounidenses atacaron una lancha de uno de los carteles que el gobierno ha designado como organizaciones terroristas."),
    ("fr", "Mardi, les forces américaines ont frappé une embarcation d'un des cartels qu'elles ont désignés comme organisations terroristes."),
]


@pytest.mark.parametrize(("lang", "text"), DESIGNATION_AS_ATTRIBUTE, ids=[c[0] for c in DESIGNATION_AS_ATTRIBUTE])
def test_a_designation_told_in_a_relative_clause_is_background(lang: str, text: str) -> None:
    events = extracted(text, lang, PUB)
    assert ("boat_strike", "2025-09-16", "happened") in events
    assert not [e for e in events if e[0] == "fto_designation"]


DESIGNATION_AS_ACT = [
    ("en", "On Tuesday, the State Department labeled the two cartels terrorist groups."),
    ("es", "El martes, el Departamento de Estado designó a los dos carteles como organizaciones terroristas."),
    ("fr", "Mardi, le département d'État a désigné les deux cartels comme organisations terroristes."),
]


@pytest.mark.parametrize(("lang", "text"), DESIGNATION_AS_ACT, ids=[c[0] for c in DESIGNATION_AS_ACT])
def test_a_designation_told_as_the_main_verb_is_the_act(lang: str, text: str) -> None:
    assert ("fto_designation", "2025-09-16", "happened") in extracted(text, lang, PUB)


PUB_TALLY = dt.date(2025, 11, 20)

CAMPAIGN_SINCE_A_DAY = [
    ("en", "The strikes, which have killed more than 80 people at sea since Sept. 2, drew criticism."),
    ("es", "Los ataques, que han matado a más de 80 personas en el mar desde el 2 de septiembre, generaron críticas."),
    ("fr", "Les frappes, qui ont tué plus de 80 personnes en mer depuis le 2 septembre, sont critiquées."),
]


@pytest.mark.parametrize(("lang", "text"), CAMPAIGN_SINCE_A_DAY, ids=[c[0] for c in CAMPAIGN_SINCE_A_DAY])
def test_the_campaign_told_since_the_day_it_began_is_a_tally(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_TALLY) if e[0] == "boat_strike"]


CAMPAIGN_TOLD_AGAIN = [
    (
        "en",
        "On Nov. 15, US forces struck a boat in the Caribbean. The strikes, which have killed more than 80 people at"
        " sea, drew criticism.",
    ),
    (
        "es",
        "El 15 de noviembre, fuerzas estadounidenses atacaron una lancha en el Caribe. Los ataques, que han matado a"
        " más de 80 personas en el mar, generaron críticas.",
    ),
    (
        "fr",
        "Le 15 novembre, les forces américaines ont frappé une embarcation dans les Caraïbes. Les frappes, qui ont tué"
        " plus de 80 personnes en mer, sont critiquées.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CAMPAIGN_TOLD_AGAIN, ids=[c[0] for c in CAMPAIGN_TOLD_AGAIN])
def test_the_campaign_told_again_after_a_dated_strike_is_no_second_strike(lang: str, text: str) -> None:
    assert [e for e in extracted(text, lang, PUB_TALLY) if e[0] == "boat_strike"] == [("boat_strike", "2025-11-15", "happened")]


ONE_STRIKE_OF_A_DAY = [
    ("en", "A strike killed three people at sea on Sept. 2, the Pentagon said."),
    ("es", "Un ataque mató a tres personas en el mar el 2 de septiembre, informó el Pentágono."),
    ("fr", "Une frappe a tué trois personnes en mer le 2 septembre, selon le Pentagone."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_STRIKE_OF_A_DAY, ids=[c[0] for c in ONE_STRIKE_OF_A_DAY])
def test_a_strike_told_in_the_singular_keeps_its_day(lang: str, text: str) -> None:
    assert ("boat_strike", "2025-09-02", "happened") in extracted(text, lang, PUB_TALLY)


VAGUE_COUNT_THIS_YEAR = [
    ("en", "Mexico has sent dozens of accused traffickers to the United States this year, officials said."),
    ("es", "México ha enviado a decenas de presuntos narcotraficantes a Estados Unidos este año, dijeron funcionarios."),
    ("fr", "Le Mexique a envoyé des dizaines de trafiquants présumés aux États-Unis cette année, selon des responsables."),
]


@pytest.mark.parametrize(("lang", "text"), VAGUE_COUNT_THIS_YEAR, ids=[c[0] for c in VAGUE_COUNT_THIS_YEAR])
def test_a_vague_count_over_a_running_period_is_a_tally(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_TALLY) if e[0] == "extradition"]


COUNTED_TRANSFER = [
    ("en", "On Nov. 12, Mexico sent 26 accused traffickers to the United States, officials said."),
    ("es", "El 12 de noviembre, México envió a 26 presuntos narcotraficantes a Estados Unidos, dijeron funcionarios."),
    ("fr", "Le 12 novembre, le Mexique a envoyé 26 trafiquants présumés aux États-Unis, selon des responsables."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_TRANSFER, ids=[c[0] for c in COUNTED_TRANSFER])
def test_a_counted_transfer_of_a_day_stays_an_event(lang: str, text: str) -> None:
    assert ("extradition", "2025-11-12", "happened") in extracted(text, lang, PUB_TALLY)


def test_a_day_written_with_a_bidi_mark_is_still_told_in_its_sentence():
    # The day as shown (the original text) may hold marks the folded sentence has dropped (U+200F after
    # "Feb."): it is still the sentence's own day, so a generic act dated by it is no tally.
    from timeline.extract.tally import is_tally
    from timeline.extract.triggers import get_triggers

    t = get_triggers("en")
    s = "trump first ordered the duties on feb. 1 under emergency powers"
    hits = t.find(s)
    assert hits
    plain = is_tally(t, s, hits[0], "explicit", "Feb. 1", set(), hits)
    marked = is_tally(t, s, hits[0], "explicit", "Feb.\u200f 1", set(), hits)
    assert plain is False and marked is False
