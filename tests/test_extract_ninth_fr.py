"""French and English residual recall, ninth round (issue 9): sanctions prolonged in the recitals of an EU act.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2026, 3, 12)  # the act is printed two days after the day it was made

# An EU act (its heading naming the day it was made, its adopting formula) whose recital prolongs
# restrictive measures: a sanction act of the act's own day, not of the day it was printed.
EU_ACT = [
    (
        "fr",
        "DÉCISION (PESC) 2026/411 DU CONSEIL du 10 mars 2026 modifiant la décision (PESC) 2019/88 concernant des "
        "mesures restrictives en raison de la situation au Venezuela\n\nLE CONSEIL DE L'UNION EUROPÉENNE,\n\n"
        "considérant ce qui suit:\n\n(1) Le 13 novembre 2019, le Conseil a adopté la décision (PESC) 2019/88.\n\n"
        "(2) À la suite du réexamen de cette décision, il convient de proroger les mesures restrictives à "
        "l'encontre de certaines personnes jusqu'au 14 mars 2027.\n\nA ADOPTÉ LA PRÉSENTE DÉCISION:",
    ),
    (
        "en",
        "COUNCIL DECISION (CFSP) 2026/411 of 10 March 2026 amending Decision (CFSP) 2019/88 concerning restrictive "
        "measures in view of the situation in Venezuela\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\nWhereas:\n\n"
        "(1) On 13 November 2019, the Council adopted Decision (CFSP) 2019/88.\n\n(2) Following a review of that "
        "Decision, the restrictive measures against certain persons should be extended until 14 March 2027.\n\n"
        "HAS ADOPTED THIS DECISION:",
    ),
    (
        "es",
        "DECISIÓN (PESC) 2026/411 DEL CONSEJO de 10 de marzo de 2026 por la que se modifica la Decisión (PESC) "
        "2019/88 relativa a medidas restrictivas habida cuenta de la situación en Venezuela\n\nEL CONSEJO DE LA "
        "UNIÓN EUROPEA,\n\nConsiderando lo siguiente:\n\n(1) El 13 de noviembre de 2019, el Consejo adoptó la "
        "Decisión (PESC) 2019/88.\n\n(2) Tras la revisión de dicha Decisión, procede prorrogar las medidas "
        "restrictivas contra determinadas personas hasta el 14 de marzo de 2027.\n\nHA ADOPTADO LA PRESENTE DECISIÓN:",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EU_ACT, ids=[c[0] for c in EU_ACT])
def test_sanctions_prolonged_in_an_eu_act_are_of_the_acts_day(lang, text):
    assert extracted(text, lang, PUB) == [("sanction", "2026-03-10", "happened")]


# Prolonging, renewing or extending sanctions, in any tense and voice, is a sanction act.
PROLONGED = [
    ("en", "On 3 March 2026, the Council renewed the sanctions against eleven officials until next year."),
    ("en", "The sanctions regime against the cartel's financiers was extended by the Council on 3 March 2026."),
    ("es", "El 3 de marzo de 2026, el Consejo prorrogó las sanciones contra once funcionarios hasta el próximo año."),
    ("es", "Las medidas restrictivas contra los financieros del cártel fueron renovadas por el Consejo el 3 de marzo de 2026."),
    ("fr", "Le 3 mars 2026, le Conseil a prolongé les sanctions visant onze responsables jusqu'à l'an prochain."),
    ("fr", "Les mesures restrictives visant les financiers du cartel ont été reconduites par le Conseil le 3 mars 2026."),
]


@pytest.mark.parametrize(("lang", "text"), PROLONGED, ids=[f"{c[0]}-{i}" for i, c in enumerate(PROLONGED)])
def test_sanctions_prolonged_are_a_sanction_act(lang, text):
    assert extracted(text, lang, PUB) == [("sanction", "2026-03-03", "happened")]


# Other things prolonged (a deadline, a mandate, a consultation) are no sanction; and a recital told
# outside an enactment, undated and with nobody acting, is no report.
NOT_SANCTIONS = [
    ("en", "On 3 March 2026, the Council extended the deadline for comments on the fisheries report."),
    ("es", "El 3 de marzo de 2026, el Consejo prorrogó el mandato de la misión de observación electoral."),
    ("fr", "Le 3 mars 2026, le Conseil a prolongé la consultation publique sur la politique de la pêche."),
    ("en", "Following a review, the restrictive measures against certain persons should be extended."),
    ("es", "Tras la revisión, procede prorrogar las medidas restrictivas contra determinadas personas."),
    ("fr", "À la suite du réexamen, il convient de proroger les mesures restrictives à l'encontre de certaines personnes."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SANCTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_SANCTIONS)])
def test_other_things_prolonged_or_undated_recitals_are_no_sanction(lang, text):
    assert extracted(text, lang, PUB) == []
