"""Acts by grammar, ninth round on the self-written held-out sets (issue 9): a customs duty in the
singular, a tax at its rate, and an impose verb whose object is a rate are tariffs, in the three
languages; a rate imposed on loans is not.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)

TARIFF_DONE = [
    ("en-customs-duty", "en", "On April 3, Washington imposed a customs duty of 25% on Canadian steel."),
    (
        "es-derecho-arancelario",
        "es",
        "El 3 de abril, Washington impuso un derecho arancelario del 25 % al acero canadiense.",
    ),
    ("fr-droit-de-douane", "fr", "Le 3 avril, Washington a imposé un droit de douane de 25 % sur l'acier canadien."),
    ("en-tax-at", "en", "On April 3, Ottawa answered with taxes at 25% on American products."),
    ("es-impuestos-al", "es", "El 3 de abril, Ottawa respondió con impuestos al 25 % sobre productos estadounidenses."),
    ("fr-taxes-a", "fr", "Le 3 avril, Ottawa a répondu par des taxes à 25 % sur les produits américains."),
    ("en-rate-imposed", "en", "On April 3, the White House imposed a rate of 25% on Canadian steel."),
    ("es-tasa-impuesta", "es", "El 3 de abril, la Casa Blanca impuso una tasa del 25 % al acero canadiense."),
    ("fr-taux-impose", "fr", "Le 3 avril, la Maison Blanche a imposé un taux de 25 % à l'acier canadien."),
    ("fr-capital", "fr", "Le 3 avril, Washington a appliqué 30 % à Ottawa en représailles."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in TARIFF_DONE], ids=[c[0] for c in TARIFF_DONE])
def test_a_duty_in_the_singular_a_tax_at_its_rate_or_a_rate_imposed_is_a_tariff(lang: str, text: str) -> None:
    assert ("tariff", "2025-04-03", "happened") in extracted(text, lang, PUB)


TARIFF_THREAT = [
    ("en", "President Trump threatened Canada on Monday that he would impose a rate of 35% on its lumber."),
    ("es", "El presidente Trump amenazó el lunes a Canadá con imponerle una tasa del 35 % a su madera."),
    ("fr", "Le président Trump a menacé lundi le Canada de lui imposer un taux de 35 % sur son bois."),
]


@pytest.mark.parametrize(("lang", "text"), TARIFF_THREAT, ids=[c[0] for c in TARIFF_THREAT])
def test_a_rate_threatened_is_a_threatened_tariff(lang: str, text: str) -> None:
    assert ("tariff", "2025-04-07", "threatened") in extracted(text, lang, PUB)


# A rate imposed on something that is neither goods nor a trading partner is not a tariff.
NOT_TARIFF = [
    ("en", "The central bank imposed a rate of 5% on overnight loans on April 3."),
    ("es", "El banco central aplicó una tasa del 5 % a los préstamos el 3 de abril."),
    ("fr", "La banque centrale a appliqué un taux de 5 % aux prêts le 3 avril."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TARIFF, ids=[c[0] for c in NOT_TARIFF])
def test_a_rate_on_loans_is_no_tariff(lang: str, text: str) -> None:
    assert all(kind != "tariff" for kind, _, _ in extracted(text, lang, PUB))


PUB_NOV = dt.date(2025, 11, 14)

# A government suspending its intelligence sharing with another answers that party's acts: a statement.
# The strikes it names after a word of cause or of a lasting condition are its reason, not a new strike.
SUSPENSION = [
    (
        "en-over",
        "en",
        "On November 11, President Petro ordered the military to suspend intelligence sharing with the United "
        "States over the strikes on boats in the Caribbean.",
    ),
    (
        "en-as-long-as",
        "en",
        "On November 11, President Petro ordered the suspension of intelligence sharing with the United States "
        "as long as the strikes on boats in the Caribbean continue.",
    ),
    (
        "es-por",
        "es",
        "El 11 de noviembre, el presidente Petro ordenó suspender el intercambio de inteligencia con Estados "
        "Unidos por los ataques contra lanchas en el Caribe.",
    ),
    (
        "es-mientras",
        "es",
        "El 11 de noviembre, el presidente Petro ordenó suspender el intercambio de inteligencia con Estados "
        "Unidos mientras continúen los ataques contra lanchas en el Caribe.",
    ),
    (
        "fr-en-raison",
        "fr",
        "Le 11 novembre, le président Petro a ordonné de suspendre le partage de renseignements avec les "
        "États-Unis en raison des frappes contre des bateaux dans les Caraïbes.",
    ),
    (
        "fr-tant-que",
        "fr",
        "Le 11 novembre, le président Petro a ordonné de suspendre le partage de renseignements avec les "
        "États-Unis tant que les frappes contre des bateaux dans les Caraïbes continueront.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in SUSPENSION], ids=[c[0] for c in SUSPENSION])
def test_suspended_intelligence_sharing_is_a_statement_and_its_cause_no_strike(lang: str, text: str) -> None:
    assert extracted(text, lang, PUB_NOV) == [("statement", "2025-11-11", "happened")]


# A strike told first, with a cause after it that is no act ("over the objections of"), stays a strike; a
# newsletter suspended is no statement.
KEPT = [
    (
        "en",
        "On November 11, the US military struck a boat in the Caribbean over the objections of Colombia.",
        "boat_strike",
    ),
    (
        "es",
        "El 11 de noviembre, el ejército de Estados Unidos atacó una lancha en el Caribe por orden del presidente.",
        "boat_strike",
    ),
    (
        "fr",
        "Le 11 novembre, l'armée américaine a frappé un bateau dans les Caraïbes en raison de soupçons de trafic.",
        "boat_strike",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind"), KEPT, ids=[c[0] for c in KEPT])
def test_an_act_told_first_stays_whatever_cause_follows(lang: str, text: str, kind: str) -> None:
    assert (kind, "2025-11-11", "happened") in extracted(text, lang, PUB_NOV)


def test_a_suspended_newsletter_is_no_statement() -> None:
    assert extracted("The agency suspended its intelligence newsletter on November 11.", "en", PUB_NOV) == []
