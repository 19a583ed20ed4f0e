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
