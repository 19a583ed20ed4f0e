"""First-person positions on another government or its measures, twelfth round (issue 9, s12-rules).

- In a speech or a transcript, a speaker telling in the first person what they must, hope, want, refuse or
  will answer about another government of the campaign or its measures (the United States, its
  administration, its tariffs, Venezuela) voices the day's position: a statement dated by the publication
  (``timeline/extract/stance_voiced.py``). One per document, none when a statement of the day is told.
- Not a statement: the same predicates on something else (a labour strike, a software deployment, a sports
  sanction), the same words in another sense (a visit, a trip, a match, Washington State), a question,
  a reporter's turn.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.stance_voiced import voices_stance

PUB = dt.date(2026, 3, 5)
STATEMENT = ("statement", "2026-03-05", "happened")

HEAD = {
    "en": "Speech by the Minister for Foreign Affairs, March 5, 2026.",
    "es": "Discurso del secretario de Relaciones Exteriores, 5 de marzo de 2026.",
    "fr": "Discours du ministre des Affaires étrangères, 5 mars 2026.",
}

VOICED = [
    ("en-must-respond", "en", "We must respond firmly to the American tariffs on our steel."),
    ("en-hope", "en", "I hope that the United States will reconsider this decision."),
    ("en-refuse", "en", "We refuse to let Washington dictate our trade policy."),
    ("es-esperamos", "es", "Esperamos que el gobierno de Estados Unidos reconsidere esa decisión."),
    ("es-tenemos-que", "es", "Tenemos que responder con serenidad a los aranceles anunciados."),
    ("es-no-aceptamos", "es", "Nosotros no aceptamos que Washington decida por nosotros."),
    ("fr-devons-riposter", "fr", "Nous devons riposter de manière proportionnée aux droits de douane américains."),
    ("fr-souhaitons", "fr", "Nous souhaitons que les États-Unis reviennent à la table des négociations."),
    ("fr-refusons", "fr", "Je refuse de céder aux pressions de l'administration américaine."),
]


@pytest.mark.parametrize(("lang", "sentence"), [c[1:] for c in VOICED], ids=[c[0] for c in VOICED])
def test_a_first_person_position_on_another_government_is_a_statement(lang: str, sentence: str) -> None:
    text = "\n\n".join([HEAD[lang], sentence])
    assert STATEMENT in extracted(text, lang, PUB)


NOT_VOICED = [
    # the same predicates on something else: a labour strike, a software deployment, a sports sanction
    ("en-labour-strike", "en", "We must respond quickly to the dockworkers' strike at the port."),
    ("en-software", "en", "We hope the deployment of the new software goes smoothly in Washington State."),
    ("es-huelga", "es", "Tenemos que responder a la huelga de los maestros con diálogo."),
    ("es-sancion-deportiva", "es", "Esperamos que la sanción al club sea revisada por la federación."),
    ("fr-greve", "fr", "Nous devons répondre à la grève des cheminots par le dialogue."),
    ("fr-deploiement-logiciel", "fr", "Nous souhaitons que le déploiement du logiciel se passe bien."),
    # the same words in another sense: a visit, a trip, a match
    ("en-visit", "en", "We want to visit the United States next summer with our families."),
    ("es-mundial", "es", "Esperamos que el Mundial en Estados Unidos sea una gran fiesta."),
    ("fr-voyage", "fr", "Nous voulons voyager aux États-Unis l'an prochain."),
    # a question
    ("en-question", "en", "Do we want the United States to lift its tariffs?"),
    ("fr-question", "fr", "Devons-nous répondre aux droits de douane américains ?"),
    # a third person
    ("es-tercera", "es", "El secretario espera que Estados Unidos reconsidere los aranceles, según la prensa."),
]


@pytest.mark.parametrize(("lang", "sentence"), [c[1:] for c in NOT_VOICED], ids=[c[0] for c in NOT_VOICED])
def test_other_sentences_are_no_statement(lang: str, sentence: str) -> None:
    text = "\n\n".join([HEAD[lang], sentence])
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "statement"]


def test_one_position_per_document() -> None:
    text = "\n\n".join([HEAD["fr"], "Nous devons riposter aux droits de douane américains.",
                        "Nous souhaitons aussi que les États-Unis reviennent à la table."])
    assert [e[0] for e in extracted(text, "fr", PUB)].count("statement") == 1


def test_a_reporter_s_turn_is_no_position() -> None:
    text = "\n\n".join(["Conferencia de prensa, 5 de marzo de 2026.", "PREGUNTA",
                        "Nosotros esperamos que Estados Unidos retire los aranceles."])
    assert not [e for e in extracted(text, "es", PUB) if e[0] == "statement"]


@pytest.mark.parametrize(
    ("lang", "folded", "voiced"),
    [("en", "we must respond to the tariffs.", True), ("en", "they must respond to the tariffs.", False),
     ("es", "esperamos que trump reconsidere.", True), ("es", "esperamos buen clima.", False),
     ("fr", "nous refusons les surtaxes.", True), ("fr", "nous refusons de jouer le match a washington.", False)],
)
def test_voices_stance(lang: str, folded: str, voiced: bool) -> None:
    assert voices_stance(lang, folded) is voiced


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("es", "Nosotros no queremos ninguna presencia de tropas de Estados Unidos en nuestro territorio."),
     ("fr", "Nous ne voulons aucune présence de troupes des États-Unis sur notre sol.")],
)
def test_a_denied_act_beside_the_position_is_the_news(lang: str, sentence: str) -> None:
    events = extracted("\n\n".join([HEAD[lang], sentence]), lang, PUB)
    assert all(e[0] != "statement" for e in events) or not any(e[2] == "denied" for e in events)
