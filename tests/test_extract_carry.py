"""An act whose object is told in an earlier sentence (issue 9, ninth round): ``timeline/extract/carry.py``.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.carry import CarriedHit, carry
from timeline.extract.gazetteer import fold
from timeline.extract.text import prepare

PUB = dt.date(2025, 3, 20)

# The measure named in one sentence, the act done to it by a pronoun or a demonstrative in the next.
PRONOUN = [
    (
        "es-clitic",
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo, el "
        "presidente Donald Trump los suspendió por un mes.",
    ),
    (
        "es-demonstrative",
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo, el "
        "presidente Donald Trump pospuso esa medida.",
    ),
    (
        "es-enclitic",
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo, el "
        "presidente Donald Trump decidió suspenderlos.",
    ),
    (
        "en-them",
        "en",
        "On March 4, the United States imposed 25% tariffs on Mexican steel. On March 6, President Donald "
        "Trump suspended them for a month.",
    ),
    (
        "en-this-measure",
        "en",
        "On March 4, the United States imposed 25% tariffs on Mexican steel. On March 6, President Donald "
        "Trump postponed this measure.",
    ),
    (
        "fr-les",
        "fr",
        "Le 4 mars, les États-Unis ont imposé des droits de douane de 25 % sur l'acier mexicain. Le 6 mars, "
        "le président Donald Trump les a suspendus pour un mois.",
    ),
    (
        "fr-cette-mesure",
        "fr",
        "Le 4 mars, les États-Unis ont imposé des droits de douane de 25 % sur l'acier mexicain. Le 6 mars, "
        "le président Donald Trump a suspendu cette mesure.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PRONOUN], ids=[c[0] for c in PRONOUN])
def test_an_act_on_a_measure_named_before_takes_its_type(lang: str, text: str) -> None:
    assert ("tariff", "2025-03-06", "happened") in extracted(text, lang, PUB)


# A pause told by its span, with no object: the act itself, of the measure named before.
SPAN = [
    (
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo, el "
        "presidente Donald Trump concedió un mes de pausa.",
    ),
    (
        "en",
        "On March 4, the United States imposed 25% tariffs on Mexican steel. On March 6, President Donald "
        "Trump granted a one-month reprieve.",
    ),
    (
        "fr",
        "Le 4 mars, les États-Unis ont imposé des droits de douane de 25 % sur l'acier mexicain. Le 6 mars, "
        "le président Donald Trump a accordé un sursis d'un mois.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SPAN, ids=[c[0] for c in SPAN])
def test_a_pause_told_by_its_span_is_an_act_on_the_measure_named_before(lang: str, text: str) -> None:
    assert ("tariff", "2025-03-06", "happened") in extracted(text, lang, PUB)


# Where nothing may be carried: the measure named in another turn, another act named in between, the
# measure three sentences back or in another paragraph, a verb or pause with an object of its own, and the
# same verbs about other things.
NOT_CARRIED = [
    (
        "es-other-turn",
        "es",
        "SECRETARIO DE ECONOMÍA:\nLos aranceles del 25 % al acero siguen vigentes.\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO:\nEl 6 de marzo los suspendimos en las escuelas.",
    ),
    (
        "es-other-act-between",
        "es",
        "Estados Unidos mantiene aranceles del 25 % al acero mexicano. El Congreso aprobó una nueva ley de "
        "aguas. El 6 de marzo, el gobierno la suspendió.",
    ),
    (
        "es-three-back",
        "es",
        "Estados Unidos mantiene aranceles del 25 % al acero mexicano. Hablamos de muchas cosas. Hubo "
        "lluvias en el norte. El 6 de marzo, el gobierno los suspendió.",
    ),
    (
        "es-other-paragraph",
        "es",
        "Estados Unidos mantiene aranceles del 25 % al acero mexicano.\n\nEl 6 de marzo, el gobierno de "
        "México los suspendió.",
    ),
    (
        "es-work-break",
        "es",
        "Los trabajadores de la planta de Monterrey hicieron una pausa de una hora el 6 de marzo.",
    ),
    (
        "en-other-turn",
        "en",
        "THE SECRETARY:\nThe 25% tariffs on steel remain in place.\nTHE PRESIDENT:\nWe suspended them "
        "in schools on March 6.",
    ),
    (
        "en-other-act-between",
        "en",
        "The United States keeps 25% tariffs on Mexican steel. Congress passed a new water law. On March 6, "
        "the government suspended it.",
    ),
    (
        "en-health-measure",
        "en",
        "The ministry announced new vaccination rules for schools. On March 6, the government suspended this measure.",
    ),
    (
        "fr-other-turn",
        "fr",
        "LE MINISTRE :\nLes droits de douane de 25 % sur l'acier restent en place.\nLA PRÉSIDENTE :\nNous "
        "les avons suspendus le 6 mars.",
    ),
    (
        "fr-other-act-between",
        "fr",
        "Les États-Unis maintiennent des droits de douane de 25 % sur l'acier mexicain. Le Parlement a voté "
        "une nouvelle loi sur l'eau. Le 6 mars, le gouvernement l'a suspendue.",
    ),
    (
        "es-own-object",
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo se impuso un "
        "toque de queda en las ciudades fronterizas.",
    ),
    (
        "es-pause-of-talks",
        "es",
        "El 4 de marzo, Estados Unidos impuso aranceles del 25 % al acero mexicano. El 6 de marzo hubo una pausa "
        "en las negociaciones.",
    ),
    (
        "en-own-object",
        "en",
        "On March 4, the United States imposed 25% tariffs on Mexican steel. On March 6, they imposed a curfew "
        "in the border towns.",
    ),
    (
        "en-pause-of-talks",
        "en",
        "On March 4, the United States imposed 25% tariffs on Mexican steel. On March 6, President Donald Trump "
        "announced a pause in the talks.",
    ),
    (
        "fr-own-object",
        "fr",
        "Le 4 mars, les États-Unis ont imposé des droits de douane de 25 % sur l'acier mexicain. Le 6 mars, ils "
        "ont imposé un couvre-feu dans les villes frontalières.",
    ),
    (
        "fr-pause-of-talks",
        "fr",
        "Le 4 mars, les États-Unis ont imposé des droits de douane de 25 % sur l'acier mexicain. Le 6 mars, le "
        "président Donald Trump a annoncé une pause dans les négociations.",
    ),
    (
        "fr-sport",
        "fr",
        "La fédération a annoncé une pause de deux semaines dans le championnat. Le 6 mars, elle l'a levée.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_CARRIED], ids=[c[0] for c in NOT_CARRIED])
def test_nothing_is_carried_across_turns_other_acts_or_far(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "tariff" and e[1] == "2025-03-06"]


def test_the_carried_trigger_remembers_its_antecedent() -> None:
    prep = prepare("Los aranceles siguen vigentes. Hablamos con el equipo. Los pospusieron una semana.", "es")
    folded = [fold(s.text) for s in prep.sentences]
    found = carry("es", prep.sentences, folded, [[] for _ in folded])
    assert [[(h.event_type, h.antecedent) for h in hits] for hits in found] == [[], [], [("tariff", 0)]]
    assert isinstance(found[2][0], CarriedHit)


# The act's own sentence gives no date: the sentence its object comes from, on the line before in the same
# turn, dates it (not the publication).
DATED_BEFORE = [
    (
        "es",
        "SECRETARIO DE ECONOMÍA:\nEn marzo hablamos con Washington de los aranceles al acero mexicano.\n"
        "El presidente Donald Trump los suspendió por un mes.",
    ),
    (
        "en",
        "THE SECRETARY:\nIn March we talked with Washington about the tariffs on Mexican steel.\n"
        "President Donald Trump suspended them for a month.",
    ),
    (
        "fr",
        "LE MINISTRE :\nEn mars, nous avons parlé avec Washington des droits de douane sur l'acier mexicain.\n"
        "Le président Donald Trump les a suspendus pour un mois.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DATED_BEFORE, ids=[c[0] for c in DATED_BEFORE])
def test_a_carried_act_without_a_date_of_its_own_is_dated_by_its_antecedent(lang: str, text: str) -> None:
    found = extracted(text, lang, dt.date(2025, 4, 10))
    assert [kind for kind, date, _ in found if kind == "tariff"] == ["tariff"]
    assert ("tariff", "2025-03", "happened") in found


def test_a_date_after_the_publication_in_the_antecedent_does_not_date_a_done_act() -> None:
    text = (
        "Los aranceles del 25 % al acero mexicano entrarían en vigor en junio. El presidente Donald Trump "
        "los suspendió por un mes."
    )
    assert all(
        date <= "2025-04-10" for kind, date, _ in extracted(text, "es", dt.date(2025, 4, 10)) if kind == "tariff"
    )
