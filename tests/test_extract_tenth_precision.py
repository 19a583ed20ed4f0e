"""Precision by grammar, tenth round (issue 9, s10-es-precision): a miscellaneous act whose object is a
rate, in an article that reports tariffs, is a tariff act (``timeline/extract/rates.py``).

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.rates import names_rate

PUB = dt.date(2025, 3, 20)

# The article first reports a tariff with its noun; a later act names only its rate.
TARIFF_BEFORE = {
    "es": "El 4 de marzo, Estados Unidos impuso aranceles a las importaciones de Canadá. ",
    "en": "On March 4, the United States imposed tariffs on imports from Canada. ",
    "fr": "Le 4 mars, les États-Unis ont imposé des droits de douane sur les importations du Canada. ",
}

RATE_ACTS = [
    ("es-order", "es", "El 10 de marzo, el presidente Trump firmó una orden ejecutiva que fija el 25 por ciento."),
    ("es-percent-sign", "es", "El 10 de marzo, el presidente Trump firmó un decreto que lo dejó en 25 %."),
    ("en-order", "en", "On March 10, President Trump signed an executive order setting it at 25 percent."),
    ("en-per-cent", "en", "On March 10, the president signed a proclamation that sets it at 10 per cent."),
    ("fr-decree", "fr", "Le 10 mars, le président Trump a signé un décret qui le fixe à 25 %."),
    ("fr-pour-cent", "fr", "Le 10 mars, le président Trump a signé un décret qui le porte à 25 pour cent."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in RATE_ACTS], ids=[c[0] for c in RATE_ACTS])
def test_an_act_told_by_its_rate_in_an_article_on_tariffs_is_a_tariff(lang: str, text: str) -> None:
    got = extracted(TARIFF_BEFORE[lang] + text, lang, PUB)
    assert ("tariff", "2025-03-10", "happened") in got
    assert not any(t == "other" for t, _d, _m in got)


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in RATE_ACTS], ids=[c[0] for c in RATE_ACTS])
def test_without_a_tariff_in_the_article_a_rate_makes_no_tariff(lang: str, text: str) -> None:
    assert not any(t == "tariff" for t, _d, _m in extracted(text, lang, PUB))


# The same act words with a rate in another sense: a share of something, a change of a figure, a pay
# rise agreed by a labour union, a software roll-out's share, a sports body's fine.
OTHER_RATES = [
    (
        "es-share",
        "es",
        "El 10 de marzo, el presidente Trump firmó una orden ejecutiva sobre el 20 por ciento de los migrantes.",
    ),
    (
        "es-change",
        "es",
        "El 10 de marzo, el gobernador firmó un decreto después de que los homicidios cayeron 30 por ciento.",
    ),
    (
        "es-labour",
        "es",
        "El 10 de marzo, el sindicato firmó un acuerdo por un 25 por ciento de aumento salarial tras la huelga.",
    ),
    ("en-share", "en", "On March 10, President Trump signed an executive order on 20 percent of the migrants."),
    ("en-change", "en", "On March 10, President Trump signed an executive order after homicides fell 30 percent."),
    ("en-labour", "en", "On March 10, the union signed an agreement for a 25 percent raise after the strike."),
    (
        "en-software",
        "en",
        "On March 10, the agency signed an order after the deployment reached 40 percent of the servers.",
    ),
    ("fr-share", "fr", "Le 10 mars, le président Trump a signé un décret sur 30 % des saisies."),
    ("fr-change", "fr", "Le 10 mars, le préfet a signé un décret après une baisse de 30 % des homicides."),
    ("fr-labour", "fr", "Le 10 mars, le syndicat a signé un accord pour 5 % de hausse des salaires après la grève."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in OTHER_RATES], ids=[c[0] for c in OTHER_RATES])
def test_a_share_or_a_change_is_no_tariff_rate(lang: str, text: str) -> None:
    got = extracted(TARIFF_BEFORE[lang] + text, lang, PUB)
    assert ("tariff", "2025-03-10", "happened") not in got
    assert not names_rate(lang, text)


def test_a_sports_sanction_with_a_rate_is_no_tariff() -> None:
    text = "On March 10, the league sanctioned the club and withheld 25 percent of its prize money."
    assert not names_rate("en", text)
    assert ("tariff", "2025-03-10", "happened") not in extracted(TARIFF_BEFORE["en"] + text, "en", PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "va a ser 25 por ciento"), ("en", "it will be 25 percent on steel"), ("fr", "ce sera 25 % sur l'acier")],
)
def test_a_rate_standing_alone_is_a_rate(lang: str, text: str) -> None:
    assert names_rate(lang, text)
