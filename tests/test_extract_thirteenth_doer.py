"""The title's doer, thirteenth round (issue 9, item 4, s13-doer).

- A stance told in the first person ("we condemn", "rechazamos", "nous condamnons") is held by who
  speaks: the transcript turn's speaker, not the party the stance is about, named after its verb, nor
  the author of what it condemns told in the passive ("the threats made by ...")
  (``timeline/extract/stance_holder.py``). A stance with a named subject keeps it; a sentence not in
  the first person keeps its names.
- The governments that answer the campaign (France, China) and the EU's institutions are actors of the
  gazetteer with their canonical names, so a title names them and not the country they answer.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.titles import doer, make_title

PUB = dt.date(2026, 3, 5)

TURN = {
    "en": "Press briefing, March 5, 2026.\n\nSECRETARY RUBIO:\n\n",
    "es": "Conferencia de prensa, 5 de marzo de 2026.\n\nPRESIDENTE GUSTAVO PETRO:\n\n",
    "fr": "Point de presse, 5 mars 2026.\n\nMINISTRE JEAN-NOËL BARROT :\n\n",
}
SPEAKER = {"en": "Marco Rubio", "es": "Gustavo Petro", "fr": "Jean-Noël Barrot"}


def _statements(text: str, lang: str) -> list:
    return [e for e in extract_events(text, published=PUB, lang=lang) if e.event_type == "statement"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We condemn the threats of Nicolás Maduro against his neighbours."),
        ("en", "We condemn the threats made by Nicolás Maduro against his neighbours."),
        ("es", "Condenamos las amenazas de Nicolás Maduro contra sus vecinos."),
        ("es", "Rechazamos las amenazas hechas por Nicolás Maduro contra sus vecinos."),
        ("fr", "Nous condamnons les menaces de Nicolás Maduro contre ses voisins."),
        ("fr", "Nous condamnons les menaces proférées par Nicolás Maduro contre ses voisins."),
    ],
)
def test_a_first_person_stance_is_held_by_the_speaker(lang: str, sentence: str) -> None:
    events = _statements(TURN[lang] + sentence, lang)
    assert events, "the stance is a statement"
    assert doer(events[0]) == SPEAKER[lang]
    assert "Nicolás Maduro" in events[0].actors  # whom it is about stays among the actors, after the speaker
    assert SPEAKER[lang].split()[-1] in make_title(events[0], lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "holder"),
    [
        # A named subject holds the stance, even inside someone else's turn.
        ("en", "Mark Carney condemned the threats of Nicolás Maduro against his neighbours.", "Mark Carney"),
        ("es", "Claudia Sheinbaum condenó las amenazas de Nicolás Maduro contra sus vecinos.", "Claudia Sheinbaum"),
        ("fr", "Emmanuel Macron a condamné les menaces de Nicolás Maduro contre ses voisins.", "Emmanuel Macron"),
    ],
)
def test_a_named_subject_keeps_the_stance(lang: str, sentence: str, holder: str) -> None:
    events = _statements(TURN[lang] + sentence, lang)
    assert events and doer(events[0]) == holder


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A labour strike, a software deployment and a sports sanction condemned in the first person: no act
        # of the campaign, and no speaker is made the doer of one.
        ("en", "We condemn the strike called by the dock workers' union at the port."),
        ("es", "Lamentamos el despliegue de la nueva versión del programa informático."),
        ("fr", "Nous regrettons la sanction infligée par la fédération de football au club."),
    ],
)
def test_other_senses_in_the_first_person_get_no_doer_from_the_turn(lang: str, text: str) -> None:
    for event in extract_events(TURN[lang] + text, published=PUB, lang=lang):
        assert event.event_type == "statement" or SPEAKER[lang] not in event.actors


@pytest.mark.parametrize(
    ("lang", "text", "holder"),
    [
        ("fr", "Paris, 5 mars 2026.\n\nLe gouvernement français a condamné les frappes américaines contre des embarcations.", "Government of France"),
        ("es", "Bruselas, 5 de marzo de 2026.\n\nLa Comisión Europea rechazó los aranceles de Estados Unidos.", "European Commission"),
        ("en", "Beijing, March 5, 2026.\n\nThe Chinese government condemned the new US tariffs on its goods.", "Government of China"),
        ("fr", "Paris, 5 mars 2026.\n\nEmmanuel Macron a condamné les frappes américaines dans les Caraïbes.", "Emmanuel Macron"),
        ("en", "Paris, March 5, 2026.\n\nJean-Noël Barrot condemned the American strikes on boats in the Caribbean.", "Jean-Noël Barrot"),
    ],
)
def test_answering_governments_are_named_as_doers(lang: str, text: str, holder: str) -> None:
    events = _statements(text, lang)
    assert events and doer(events[0]) == holder


def test_answering_governments_have_their_country() -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.actor_country["Government of France"] == "FRA"
    assert gazetteer.actor_country["Government of China"] == "CHN"
    assert gazetteer.government_of["FRA"] == "Government of France"
    assert not gazetteer.is_target("Emmanuel Macron", "statement")


def test_a_stance_without_a_turn_keeps_its_names() -> None:
    # Not in the first person, no turn: the sentence's own subject holds the stance.
    events = _statements("Caracas, 5 de marzo de 2026.\n\nNicolás Maduro rechazó las amenazas de Donald Trump.", "es")
    assert events and doer(events[0]) == "Nicolás Maduro"
