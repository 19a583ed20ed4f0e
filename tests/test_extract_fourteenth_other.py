"""Miscellaneous acts of the campaign ('other'), fourteenth round (issue 9, s14-other).

Two changes, each a family in en, es and fr:

- an interception of a craft of the drug trade (a go-fast, a semi-submersible, a launch, a vessel),
  intercepted, interdicted or seized in any tense or voice, is an operation against trafficking, an
  ``other`` act (tests/gold/README.md, rule 6), when the sentence names a security force or the drug
  trade; an interception of a ball or of messages, a regatta's vessels, a hypothetical or an undated
  habit are not;
- a call or a meeting with a leader (the thirteenth round's rule) needs the leader within reach of the
  call or meeting word: a summit of ministers told in one clause and a president named far away in
  another is no meeting with that president.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract import extract_events

PUB = dt.date(2026, 4, 16)  # a Thursday: 'Tuesday' is 2026-04-14

INTERCEPTED = [
    ("en", "On Tuesday, the Coast Guard intercepted a go-fast carrying two tons of cocaine off the Pacific coast."),
    ("en", "A semi-submersible loaded with drugs was seized by the Navy on Tuesday south of the Galapagos."),
    ("es", "El martes, la Secretaría de Marina interceptó una embarcación con cocaína frente a las costas de Oaxaca."),
    ("es", "Una lancha con cargamento de droga fue interceptada el martes por la Armada en el Caribe."),
    ("fr", "Mardi, la Marine nationale a intercepté une vedette chargée de cocaïne au large de la Martinique."),
    ("fr", "Un semi-submersible rempli de drogue a été arraisonné mardi par les garde-côtes."),
]

NOT_AN_INTERCEPTION = [
    # other senses of the verb, with no craft
    ("en", "On Tuesday, the defender intercepted the pass and the forces of the home team scored."),
    ("es", "El martes, el defensa interceptó el balón y las fuerzas del equipo local anotaron."),
    ("fr", "Mardi, le défenseur a intercepté le ballon et les forces de l'équipe locale ont marqué."),
    # the craft, but nothing of a security force or of the drug trade
    ("en", "On Tuesday, the organisers seized two vessels that had left the regatta's course without a permit."),
    ("es", "El martes, los organizadores incautaron dos lanchas de la regata que salieron del recorrido."),
    ("fr", "Mardi, les organisateurs ont saisi deux vedettes de la régate sorties du parcours."),
]

HYPOTHETICAL_OR_UNDATED = [
    ("en", "The Navy could intercept more go-fasts carrying cocaine if it had more ships."),
    ("es", "La Marina podría interceptar más lanchas con droga si tuviera más buques."),
    ("fr", "La Marine pourrait intercepter davantage de vedettes chargées de drogue si elle avait plus de navires."),
    ("en", "The Coast Guard intercepts go-fasts carrying cocaine."),
    ("es", "La Marina intercepta lanchas con droga."),
    ("fr", "La Marine intercepte des vedettes chargées de drogue."),
]

FAR_LEADER = [
    ("en", "On Tuesday a summit of farm ministers opened in Lima to discuss grain prices, seed banks and irrigation, "
           "while in another city the president of the country spoke to students about schools."),
    ("es", "El martes se inauguró en Lima una cumbre de ministros de agricultura sobre precios del grano, bancos de "
           "semillas y riego, mientras en otra ciudad el presidente del país habló a estudiantes sobre escuelas."),
    ("fr", "Mardi s'est ouvert à Lima un sommet des ministres de l'agriculture sur les prix des céréales, les banques de "
           "semences et l'irrigation, tandis que dans une autre ville le président du pays parlait aux étudiants."),
]

NEAR_LEADER = [
    ("en", "On Tuesday, President Lena Ortiz held a phone call with President Donald Trump about border security."),
    ("es", "El martes, la presidenta Lena Ortiz sostuvo una llamada telefónica con el presidente Donald Trump."),
    ("fr", "Mardi, la présidente Lena Ortiz a eu un entretien téléphonique avec le président Donald Trump."),
]


@pytest.mark.parametrize(("lang", "text"), INTERCEPTED)
def test_a_craft_of_the_trade_intercepted_is_an_operation_of_its_day(lang: str, text: str) -> None:
    assert ("other", "2026-04-14", "happened") in extracted(text, lang, PUB)


def test_the_interception_names_its_security_force() -> None:
    events = [e for e in extract_events(INTERCEPTED[2][1], published=PUB, lang="es") if e.event_type == "other"]
    assert events and any("SEMAR" in a or "Marina" in a or "Navy" in a for a in events[0].actors), events[0].actors


@pytest.mark.parametrize(("lang", "text"), NOT_AN_INTERCEPTION)
def test_a_ball_or_a_regattas_boats_are_no_operation(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other"]


@pytest.mark.parametrize(("lang", "text"), HYPOTHETICAL_OR_UNDATED)
def test_a_possible_or_habitual_interception_is_no_act_that_happened(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other" and e[2] == "happened"]


@pytest.mark.parametrize(("lang", "text"), FAR_LEADER)
def test_a_summit_with_a_leader_named_far_away_is_no_meeting_with_him(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other"]


@pytest.mark.parametrize(("lang", "text"), NEAR_LEADER)
def test_a_call_with_a_leader_named_beside_it_stays_an_act(lang: str, text: str) -> None:
    assert ("other", "2026-04-14", "happened") in extracted(text, lang, PUB)
