"""Dating by grammar, sixth round (issue 9): an act and the act that amended it, each of its own day.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 4, 10)

# "<order> of <day 1>, as amended by <order> of <day 2>": two acts, the order and its amendment.
AMENDED = [
    (
        "en-as-amended-by",
        "en",
        "The additional duties on products of Mexico imposed by Executive Order 14001 of February 1, 2025 "
        "(Imposing Duties on Imports), as amended by Executive Order 14002 of March 3, 2025, remain in force.",
    ),
    (
        "en-modified-by",
        "en",
        "The tariffs imposed on goods of Canada by the order of February 1, 2025, as modified by the order "
        "of March 3, 2025, apply to steel.",
    ),
    (
        "es-modificado-por",
        "es",
        "Los aranceles impuestos a los productos de México por el decreto del 1 de febrero de 2025, "
        "modificado por el decreto del 3 de marzo de 2025, siguen en vigor.",
    ),
    (
        "fr-modifie-par",
        "fr",
        "Les droits de douane imposés aux produits du Canada par le décret du 1er février 2025, modifié "
        "par le décret du 3 mars 2025, restent en vigueur.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in AMENDED], ids=[c[0] for c in AMENDED])
def test_an_amended_act_and_its_amendment_are_two_acts_of_their_own_days(lang: str, text: str) -> None:
    dates = sorted(d for kind, d, _m in extracted(text, lang, PUB) if kind == "tariff")
    assert dates == ["2025-02-01", "2025-03-03"]


# Two days told in one sentence without a word of amending between them stay one act, of the nearer day.
NOT_AMENDED = [
    (
        "en-and-then",
        "en",
        "The United States imposed tariffs of 25 percent on products of Mexico on February 1, 2025, and "
        "officials met again on March 3, 2025.",
        "2025-02-01",
    ),
    (
        "es-y-luego",
        "es",
        "Estados Unidos impuso aranceles del 25 % a los productos de México el 1 de febrero de 2025, y los "
        "funcionarios se reunieron el 3 de marzo de 2025.",
        "2025-02-01",
    ),
    (
        "fr-puis",
        "fr",
        "Les États-Unis ont imposé des droits de douane de 25 % aux produits du Mexique le 1er février "
        "2025, et les ministres se sont revus le 3 mars 2025.",
        "2025-02-01",
    ),
]


@pytest.mark.parametrize(("lang", "text", "day"), [c[1:] for c in NOT_AMENDED], ids=[c[0] for c in NOT_AMENDED])
def test_two_days_without_an_amendment_stay_one_act(lang: str, text: str, day: str) -> None:
    dates = [d for kind, d, _m in extracted(text, lang, PUB) if kind == "tariff"]
    assert dates == [day]


# A sentence longer than MAX_SENTENCE_CHARS is cut at a clause end; the comma of "February 4, 2025" (the
# English form; Spanish and French dates have no comma before the year) is none, so a date that straddles
# the cutting window stays whole and dates the act told beside it.
LONG_FILLER = "the goods listed in the annex, including parts and components, "


@pytest.mark.parametrize("day", ["February 4", "Feb. 4", "Tuesday, February 4"])
@pytest.mark.parametrize("comma_at", [960, 985, 998])
def test_a_date_at_the_cut_of_a_long_sentence_stays_whole(day: str, comma_at: int) -> None:
    from timeline.extract.text import MAX_SENTENCE_CHARS

    act = "The United States imposed additional duties of 25 percent on " + LONG_FILLER * 20
    tail = " and the duties were imposed on " + day
    text = act[: comma_at - len(tail)] + tail + ", 2025, as the order said, on " + LONG_FILLER * 2
    assert len(text) > MAX_SENTENCE_CHARS and text.index(", 2025") == comma_at
    dates = {d for kind, d, _m in extracted(text, "en", PUB) if kind == "tariff"}
    assert "2025-02-04" in dates
