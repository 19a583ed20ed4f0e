"""French and English misses, tenth round (issue 9, s10-fr-en).

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 3, 12)

# Declaring a national emergency or announcing a blockade is an act in every tense and aspect: the
# gerund of a fact sheet ("declaring a national emergency"), the present of a live account.
DECLARED = [
    ("en", "The President is declaring a national emergency at the southern border, the White House said on 2 March 2026."),
    ("en", "On 2 March 2026, the Secretary is announcing a naval blockade of the ports used by the cartels."),
    ("es", "El 2 de marzo de 2026, el presidente declara una emergencia nacional en la frontera sur."),
    ("es", "El 2 de marzo de 2026, la Casa Blanca anuncia un bloqueo naval de los puertos de los cárteles."),
    ("fr", "Le 2 mars 2026, le président déclare une urgence nationale à la frontière sud."),
    ("fr", "Le 2 mars 2026, la Maison Blanche annonce un blocus naval des ports utilisés par les cartels."),
]


@pytest.mark.parametrize(("lang", "text"), DECLARED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DECLARED)])
def test_a_declared_emergency_or_blockade_in_any_tense_is_an_act(lang, text):
    assert extracted(text, lang, PUB) == [("other", "2026-03-02", "happened")]


# The same verbs in other senses: a disaster or a local emergency declared, a strike or a signing announced.
OTHER_SENSES = [
    ("en", "On 2 March 2026, the county is declaring a disaster area after the hurricane."),
    ("en", "On 2 March 2026, the governor declared a state of emergency after the floods."),
    ("en", "On 2 March 2026, the union is announcing a strike at the port."),
    ("es", "El 2 de marzo de 2026, el gobernador declara zona de desastre el municipio tras el huracán."),
    ("es", "El 2 de marzo de 2026, el sindicato anuncia una huelga en el puerto."),
    ("fr", "Le 2 mars 2026, le préfet déclare l'état de catastrophe naturelle après les inondations."),
    ("fr", "Le 2 mars 2026, le club annonce la signature d'un nouvel entraîneur."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_SENSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_SENSES)])
def test_declaring_or_announcing_in_other_senses_is_no_event(lang, text):
    assert extracted(text, lang, PUB) == []


# A state's or a government's own position, told as a noun with 'is' / 'remains' ('est', 'reste'; 'es', 'sigue
# siendo'), is a stance whatever its object: its holder, not a campaign word, makes it one.
POSITION = [
    ("en", "On 2 March 2026, the minister recalled that the position of France is unchanged."),
    ("en", "On 2 March 2026, the spokesperson said Mexico's position remains the same."),
    ("es", "El 2 de marzo de 2026, el canciller recordó que la posición de México es la misma."),
    ("es", "El 2 de marzo de 2026, la vocera dijo que la posición del gobierno sigue siendo firme."),
    ("fr", "Le 2 mars 2026, le ministre a rappelé que la position de la France est constante."),
    ("fr", "Le 2 mars 2026, la porte-parole a indiqué que la position du gouvernement reste inchangée."),
]


@pytest.mark.parametrize(("lang", "text"), POSITION, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSITION)])
def test_a_states_own_position_is_a_stance(lang, text):
    assert extracted(text, lang, PUB) == [("statement", "2026-03-02", "happened")]


# A position held by a club, a team or a player, or a position as a post or a place, is no stance of a state.
POSITION_OTHER = [
    ("en", "On 2 March 2026, the coach said the position of the team is clear on the transfer."),
    ("en", "On 2 March 2026, the board said the position of director remains vacant."),
    ("es", "El 2 de marzo de 2026, el entrenador dijo que la posición del club es clara sobre el fichaje."),
    ("fr", "Le 2 mars 2026, l'entraîneur a dit que la position du club est claire sur ce transfert."),
    ("fr", "Le 2 mars 2026, le préfet a dit que la position des secours reste difficile après le séisme."),
]


@pytest.mark.parametrize(("lang", "text"), POSITION_OTHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSITION_OTHER)])
def test_a_position_not_held_by_a_state_is_no_stance(lang, text):
    assert extracted(text, lang, PUB) == []


# A resolution as the settling of a dispute ('a peaceful resolution of the conflicts') is no text voted: the
# veto of statements that name a resolution (a bill, a motion) does not take it.
SETTLING = [
    ("en", "On 2 March 2026, Mexico declared its support for a peaceful resolution of the conflicts in Venezuela."),
    ("es", "El 2 de marzo de 2026, el gobierno de México declaró que apoya la resolución pacífica de la crisis en Venezuela."),
    ("fr", "Le 2 mars 2026, le Mexique a déclaré soutenir la résolution politique des crises au Venezuela."),
]


@pytest.mark.parametrize(("lang", "text"), SETTLING, ids=[c[0] for c in SETTLING])
def test_a_stance_on_the_settling_of_a_dispute_is_not_vetoed(lang, text):
    assert extracted(text, lang, PUB) == [("statement", "2026-03-02", "happened")]


# A resolution voted (a text of a parliament) still vetoes the stance reading: no statement comes from it.
VOTED = [
    ("en", "On 2 March 2026, the senator declared support for the resolution on Venezuela adopted by the Parliament."),
    ("es", "El 2 de marzo de 2026, el senador declaró su apoyo a la resolución sobre Venezuela aprobada por el Senado."),
    ("fr", "Le 2 mars 2026, le sénateur a déclaré soutenir la résolution sur le Venezuela adoptée par le Parlement."),
]


@pytest.mark.parametrize(("lang", "text"), VOTED, ids=[c[0] for c in VOTED])
def test_a_resolution_voted_still_vetoes_a_stance(lang, text):
    assert "statement" not in [t for t, _, _ in extracted(text, lang, PUB)]


# An armed aggression of the United States against Venezuela, told as its noun, is the land strike it names.
AGGRESSION = [
    ("en", "The American aggression against Venezuela on 2 March 2026 killed twelve people."),
    ("es", "La agresión estadounidense contra Venezuela del 2 de marzo de 2026 dejó doce muertos."),
    ("fr", "L'agression américaine contre le Venezuela du 2 mars 2026 a fait douze morts."),
]


@pytest.mark.parametrize(("lang", "text"), AGGRESSION, ids=[c[0] for c in AGGRESSION])
def test_a_us_aggression_against_venezuela_is_a_land_strike(lang, text):
    assert extracted(text, lang, PUB) == [("drone_strike", "2026-03-02", "happened")]


# Aggression in other senses or of other parties: a player's aggression, another war, a labour dispute.
AGGRESSION_OTHER = [
    ("en", "On 2 March 2026, the coach praised the aggression of his players in the American league final."),
    ("en", "On 2 March 2026, the ministers discussed the aggression against Ukraine."),
    ("es", "El 2 de marzo de 2026, el entrenador elogió la agresividad y la agresión táctica del equipo en la liga."),
    ("fr", "Le 2 mars 2026, l'entraîneur a salué l'agressivité de ses joueurs face à l'équipe américaine."),
    ("fr", "Le 2 mars 2026, les ministres ont évoqué l'agression contre l'Ukraine."),
]


@pytest.mark.parametrize(("lang", "text"), AGGRESSION_OTHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(AGGRESSION_OTHER)])
def test_aggression_in_other_senses_is_no_strike(lang, text):
    assert "drone_strike" not in [t for t, _, _ in extracted(text, lang, PUB)]
