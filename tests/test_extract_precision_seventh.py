"""Precision, seventh round (issue 9): what an unnamed voice of a transcript tells, and accents of the past.

Every sentence here was written for these tests, in the three languages; none is taken from a
document of ``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 3, 5)

ACT = {
    "en": "On March 3, 2025, the United States imposed tariffs of 25 percent on goods from Mexico.",
    "es": "El 3 de marzo de 2025, Estados Unidos impuso aranceles del 25 por ciento a los productos de México.",
    "fr": "Le 3 mars 2025, les États-Unis ont imposé des droits de douane de 25 % sur les produits du Mexique.",
}
TARIFF = [("tariff", "2025-03-03", "happened")]
# Turn labels: an unnamed voice (a reporter, a voice-over), then an official named by office and name.
VOICE = {"en": "QUESTION", "es": "PREGUNTA", "fr": "JOURNALISTE"}
OVER = {"en": "VOICEOVER", "es": "VOZ MUJER", "fr": "VOIX OFF"}
OFFICIAL = {
    "en": "SECRETARY MARCO RUBIO",
    "es": "PRESIDENTA CLAUDIA SHEINBAUM PARDO",
    "fr": "LE MINISTRE JEAN-NOËL BARROT",
}
REPLY = {"en": "Thank you.", "es": "Gracias.", "fr": "Merci."}
ASK = {"en": "What will your answer be?", "es": "¿Cuál será su respuesta?", "fr": "Quelle sera votre réponse ?"}
AFTER = {"en": "Thank you, Secretary.", "es": "Gracias, presidenta.", "fr": "Merci, monsieur le ministre."}


def _turns(*turns: tuple[str, str]) -> str:
    return "\n".join(f"{label}\n{words}" for label, words in turns)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_act_told_by_an_unnamed_voice_whose_turn_asks_nothing_is_no_event(lang):
    text = _turns((VOICE[lang], f"{ACT[lang]} {AFTER[lang]}"), (OFFICIAL[lang], REPLY[lang]))
    assert extracted(text, lang, PUB) == []


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_voice_over_asking_nothing_tells_no_event(lang):
    text = _turns((OVER[lang], ACT[lang]), (OFFICIAL[lang], REPLY[lang]))
    assert extracted(text, lang, PUB) == []


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_act_told_as_the_premise_of_a_question_is_an_event(lang):
    text = _turns((VOICE[lang], f"{ACT[lang]} {ASK[lang]}"), (OFFICIAL[lang], REPLY[lang]))
    assert extracted(text, lang, PUB) == TARIFF


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_act_told_by_a_named_official_asks_nothing_and_is_an_event(lang):
    text = _turns((VOICE[lang], ASK[lang]), (OFFICIAL[lang], ACT[lang]))
    assert extracted(text, lang, PUB) == TARIFF


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_question_in_the_next_turn_of_the_voice_does_not_reach_back(lang):
    text = _turns((VOICE[lang], ACT[lang]), (OFFICIAL[lang], REPLY[lang]), (VOICE[lang], ASK[lang]))
    assert extracted(text, lang, PUB) == []


# A verb of belief in the present voices a stance on the occasion; the same verb in the past (in Spanish
# and French folded to the same word, told apart by the accent of its last vowel) reports one taken before.
BELIEF = [
    (
        "en",
        "Remarks by Secretary Marco Rubio.\n\n",
        "Canada believes that the strikes on boats in the Caribbean are illegal.",
        "Canada believed that the strikes on boats in the Caribbean were illegal.",
    ),
    (
        "es",
        "Versión estenográfica de la conferencia de prensa de la presidenta Claudia Sheinbaum Pardo.\n\n",
        "Yo considero inaceptable cualquier injerencia en la soberanía de México.",
        "El canciller consideró inaceptable cualquier injerencia en la soberanía de México.",
    ),
    (
        "fr",
        "Point de presse du ministre Jean-Noël Barrot.\n\n",
        "La France estime que les frappes contre des bateaux dans les Caraïbes sont illégales.",
        "La France a estimé que les frappes contre des bateaux dans les Caraïbes sont illégales.",
    ),
]


@pytest.mark.parametrize(("lang", "head", "present", "past"), BELIEF, ids=[c[0] for c in BELIEF])
def test_a_belief_in_the_present_is_voiced_now_and_in_the_past_is_not(lang, head, present, past):
    assert extracted(head + present, lang, PUB) == [("statement", "2025-03-05", "happened")]
    assert extracted(head + past, lang, PUB) == []


HEAD = {
    "en": "Remarks by Secretary Marco Rubio.\n\n",
    "es": "Versión estenográfica de la conferencia de prensa de la presidenta Claudia Sheinbaum Pardo.\n\n",
    "fr": "Point de presse du ministre Jean-Noël Barrot.\n\n",
}
# The act a stance voiced on the occasion names, without a date of its own, is what the stance is about.
STANCE_OBJECT = {
    "en": "We reject any deployment of US troops in Mexico.",
    "es": "Rechazamos el despliegue de tropas estadounidenses en México.",
    "fr": "Nous condamnons le déploiement de troupes américaines au Mexique.",
}
DATED_OBJECT = {
    "en": "We condemn the deployment of US troops to Ecuador on March 3, 2025.",
    "es": "Rechazamos el despliegue de tropas estadounidenses en Ecuador del 3 de marzo de 2025.",
    "fr": "Nous condamnons le déploiement de troupes américaines en Équateur le 3 mars 2025.",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_undated_act_a_voiced_stance_is_about_is_no_event_of_its_own(lang):
    assert [t for t, _, _ in extracted(HEAD[lang] + STANCE_OBJECT[lang], lang, PUB)] == ["statement"]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_act_with_its_own_date_beside_a_stance_stays_an_event(lang):
    found = extracted(HEAD[lang] + DATED_OBJECT[lang], lang, PUB)
    assert ("troop_deployment", "2025-03-03", "happened") in found


# A stance told in the perfect after the same speaker's stance of the day refers back to it; told
# first, it opens the speaker's position and the stance voiced after it is news of its own.
TOLD_AGAIN = [
    (
        "en",
        "We reject any interference in the sovereignty of Mexico.",
        "As we have said, we reject any foreign interference in Mexico.",
        "We have rejected any interference in the sovereignty of Mexico.",
        "We reject any foreign interference in Mexico.",
    ),
    (
        "es",
        "Rechazamos cualquier injerencia en la soberanía de México.",
        "Como lo hemos dicho, rechazamos cualquier injerencia extranjera en México.",
        "Hemos rechazado cualquier injerencia en la soberanía de México.",
        "Rechazamos cualquier injerencia extranjera en México.",
    ),
    (
        "fr",
        "Nous condamnons toute ingérence dans la souveraineté du Venezuela.",
        "Comme nous l'avons dit, nous condamnons toute ingérence étrangère au Venezuela.",
        "Nous avons condamné toute ingérence dans la souveraineté du Venezuela.",
        "Nous condamnons toute ingérence étrangère au Venezuela.",
    ),
]


@pytest.mark.parametrize(("lang", "stance", "again", "perfect", "then"), TOLD_AGAIN, ids=[c[0] for c in TOLD_AGAIN])
def test_a_stance_told_again_in_the_perfect_is_one_event(lang, stance, again, perfect, then):
    assert extracted(f"{HEAD[lang]}{stance}\n\n{again}", lang, PUB) == [("statement", "2025-03-05", "happened")]
    assert extracted(f"{HEAD[lang]}{perfect}\n\n{then}", lang, PUB) == [("statement", "2025-03-05", "happened")] * 2


# An act told as not done, with no date of its own, did not happen on the day it is told.
NEGATED = [
    (
        "en",
        "Mexico did not impose tariffs on goods from the United States.",
        "Mexico imposed tariffs on goods from the United States.",
    ),
    (
        "es",
        "México no impuso aranceles a los productos de Estados Unidos.",
        "México impuso aranceles a los productos de Estados Unidos.",
    ),
    (
        "fr",
        "Le Mexique n'a pas imposé de droits de douane sur les produits des États-Unis.",
        "Le Mexique a imposé des droits de douane sur les produits des États-Unis.",
    ),
]


@pytest.mark.parametrize(("lang", "negated", "done"), NEGATED, ids=[c[0] for c in NEGATED])
def test_an_undated_act_told_as_not_done_is_no_event(lang, negated, done):
    assert extracted(HEAD[lang] + negated, lang, PUB) == []
    assert extracted(HEAD[lang] + done, lang, PUB) == [("tariff", "2025-03-05", "happened")]
