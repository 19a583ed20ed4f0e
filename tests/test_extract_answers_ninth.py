"""Acts told across the turns of a transcript, ninth round (issue 9): an official's answer that opens with a
denial or an affirmation tells the act the question of the turn before names (``timeline/extract/answers.py``).

Every transcript here was written for these tests, in the three languages; none is taken from a document of
``tests/real``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

from timeline.extract.answers import acts_named, opener, question_clause
from timeline.extract.pipeline import extract_events

PUB = dt.date(2025, 4, 10)
DAY = "2025-04-10"

# (id, lang, transcript, event type, modality): the answer's act, of the publication's day.
ANSWERED = [
    (
        "es-no",
        "es",
        "PREGUNTA\nPresidenta, ¿va a haber tropas de Estados Unidos en territorio mexicano?\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo. Eso no va a ocurrir.\n",
        "troop_deployment",
        "denied",
    ),
    (
        "es-no-hay",
        "es",
        "INTERLOCUTORA\n¿Entrarán tropas estadounidenses a México para combatir a los cárteles?\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo hay ninguna posibilidad de eso.\n",
        "troop_deployment",
        "denied",
    ),
    (
        "es-unmarked",
        "es",
        "PREGUNTA\nPresidenta, sobre la posible intervención militar de Estados Unidos en México.\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo.\n",
        "troop_deployment",
        "denied",
    ),
    (
        "es-office",
        "es",
        "Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo\nPREGUNTA\n"
        "¿Habrá aranceles a las importaciones de acero?\nSECRETARIO DE ECONOMÍA\nNo, no habrá.\n",
        "tariff",
        "denied",
    ),
    (
        "en-no",
        "en",
        "Remarks by President Trump before Marine One departure\n"
        "Q  Mr. President, will you send U.S. troops into Mexico?\n\nTHE PRESIDENT:  No. That is not happening.\n",
        "troop_deployment",
        "denied",
    ),
    (
        "en-yes-future",
        "en",
        "QUESTION: Secretary, will the administration designate the cartel as a foreign terrorist organization?\n"
        "SECRETARY RUBIO: Yes, and soon.\n",
        "fto_designation",
        "planned",
    ),
    (
        "fr-non",
        "fr",
        "Point de presse du secrétaire d'État Marco Rubio\nJOURNALISTE\n"
        "Des troupes américaines vont-elles entrer au Venezuela ?\nLE SECRÉTAIRE\nNon. Il n'y aura pas de cela.\n",
        "troop_deployment",
        "denied",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "modality"), [c[1:] for c in ANSWERED], ids=[c[0] for c in ANSWERED])
def test_an_answer_tells_the_act_the_question_names(lang: str, text: str, kind: str, modality: str) -> None:
    assert (kind, DAY, modality) in extracted(text, lang, PUB)


def test_the_answer_is_the_evidence_and_the_speakers_government_the_doer() -> None:
    text = ANSWERED[0][2]
    event = next(e for e in extract_events(text, published=PUB, lang="es") if e.modality == "denied")
    assert event.evidence == text[event.start : event.end]
    assert event.evidence.startswith("No.")
    assert event.actors == ["Government of Mexico"]


# (id, lang, transcript, the class the question names, the answering label): the answer adds no act of
# that class (the sentence loop may still read the answer's own words).
NOT_ANSWERED = [
    (
        "es-other-subject",
        "es",
        "PREGUNTA\n¿Va a haber tropas de Estados Unidos en México?\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo hay aranceles nuevos esta semana, eso es lo que puedo decir.\n",
        "troop_deployment",
        "PARDO\n",
    ),
    (
        "es-premise-told",
        "es",
        "PREGUNTA\nAyer el ejército de Estados Unidos desplegó tropas en la frontera con México. ¿Qué opina usted?\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo. Lo vamos a revisar con calma.\n",
        "troop_deployment",
        "PARDO\n",
    ),
    (
        "es-premise-unmarked",
        "es",
        "PREGUNTA\nAyer el ejército de Estados Unidos desplegó tropas estadounidenses en la frontera.\n"
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo. Lo vamos a revisar con calma.\n",
        "troop_deployment",
        "PARDO\n",
    ),
    (
        "es-labour-strike",
        "es",
        "PREGUNTA\n¿Va a haber huelga de los maestros la próxima semana?\nPRESIDENTA CLAUDIA SHEINBAUM PARDO\nNo.\n",
        "drone_strike",
        "PARDO\n",
    ),
    (
        "es-reporter-answers",
        "es",
        "PRESIDENTA CLAUDIA SHEINBAUM PARDO\n¿Alguien cree que habrá tropas de Estados Unidos en México?\n"
        "PREGUNTA\nNo.\n",
        "troop_deployment",
        "PREGUNTA\n",
    ),
    (
        "en-premise-told",
        "en",
        "Remarks by President Trump\nQ  U.S. troops were sent to the border last week, sir, what do critics get wrong?\n\n"
        "THE PRESIDENT:  No. We have the best people.\n",
        "troop_deployment",
        "THE PRESIDENT:",
    ),
    (
        "en-software",
        "en",
        "Remarks by President Trump\nQ  Will the new software be deployed across federal agencies?\n\n"
        "THE PRESIDENT:  No. Not this year.\n",
        "troop_deployment",
        "THE PRESIDENT:",
    ),
    (
        "fr-other-subject",
        "fr",
        "Point de presse du secrétaire d'État Marco Rubio\nJOURNALISTE\n"
        "Des troupes américaines vont-elles entrer au Venezuela ?\nLE SECRÉTAIRE\n"
        "Non, je veux d'abord parler des droits de douane sur l'acier.\n",
        "troop_deployment",
        "LE SECRÉTAIRE\n",
    ),
    (
        "fr-greve",
        "fr",
        "Point de presse du secrétaire d'État Marco Rubio\nJOURNALISTE\n"
        "La grève des cheminots va-t-elle durer ?\nLE SECRÉTAIRE\nNon.\n",
        "drone_strike",
        "LE SECRÉTAIRE\n",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "label"), [c[1:] for c in NOT_ANSWERED], ids=[c[0] for c in NOT_ANSWERED]
)
def test_an_answer_about_something_else_or_a_told_premise_gives_no_act(
    lang: str, text: str, kind: str, label: str
) -> None:
    answer = text.rindex(label) + len(label)
    events = extract_events(text, published=PUB, lang=lang)
    assert not [e for e in events if e.event_type == kind and e.start >= answer]


OPENERS = [
    ("es", "no.", "denied"),
    ("es", "no va a haber nada de eso.", "denied"),
    ("es", "si, claro.", "affirmed"),
    ("es", "nosotros lo vemos asi.", None),
    ("en", "there will be no troops.", "denied"),
    ("en", "that's not happening.", "denied"),
    ("en", "yes, we will.", "affirmed"),
    ("en", "nobody knows.", None),
    ("fr", "il n'y aura pas de troupes.", "denied"),
    ("fr", "oui, bien sur.", "affirmed"),
    ("fr", "nous verrons.", None),
]


@pytest.mark.parametrize(("lang", "folded", "kind"), OPENERS)
def test_the_opener_of_an_answer(lang: str, folded: str, kind: str | None) -> None:
    assert opener(lang, folded) == kind


QUESTIONS = [
    ("es", "presidenta, ¿habra tropas estadounidenses en mexico?", {"troop_deployment"}),
    ("es", "ayer hubo aranceles. ¿que opina?", set()),
    ("en", "mr. president, will you designate the cartels as terrorist organizations?", {"fto_designation"}),
    ("en", "tariffs rose last week, what do you think?", set()),
    ("fr", "monsieur le president, y aura-t-il des frappes de drones ?", {"drone_strike"}),
    ("fr", "la greve continue, qu'en pensez-vous ?", set()),
]


@pytest.mark.parametrize(("lang", "folded", "kinds"), QUESTIONS)
def test_the_acts_a_question_names_in_its_own_clause(lang: str, folded: str, kinds: set[str]) -> None:
    assert acts_named(lang, question_clause(folded)) == kinds
