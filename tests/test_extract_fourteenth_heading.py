"""The day's statement of an official whose own words a document is, by its heading (issue 9, s14-enfr).

- An interview, a declaration, a statement or a press conference whose heading names a kind of spoken text and
  then an office ("Entretien de Mme X, ministre ...", "Interview with Secretary X", "Entrevista a la secretaria
  X"), whose turns name no official, and whose body speaks in the first person of a subject of the campaign,
  gives ONE statement dated by the publication (``timeline/extract/stance_heading.py``), its doer the heading's
  actor when the gazetteer knows them.
- The same heading over a body on floods or a labour strike, a heading naming a legislator (a member's opinion
  on the day's story is no event), a heading naming no office, a body that only asks, or an undated document
  give none.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or of the
held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events
from timeline.extract.gazetteer import fold
from timeline.extract.stance_heading import voiced_by_official

PUB = dt.date(2026, 4, 14)

HEADINGS = {
    "en": "Interview with Secretary of Commerce Jane Roe, on Radio North, April 14, 2026",
    "es": "Entrevista a la secretaria de Economía Ana López, en Radio Norte, 14 de abril de 2026",
    "fr": "Entretien de Mme Claire Martin, ministre déléguée chargée du commerce extérieur, avec Radio Nord, le 14 avril 2026",
}
QUESTIONS = {
    "en": "Q: Good morning, how is the week going for you?",
    "es": "P: Buenos días, ¿cómo le va esta semana?",
    "fr": "Q - Bonjour, comment se passe cette semaine pour vous ?",
}
ON_CAMPAIGN = {
    "en": "I talked with our growers about the tariffs this morning.",
    "es": "Nosotros seguimos hablando con Washington todos los días.",
    "fr": "Je pense que l'Europe a des arguments face à Washington.",
}
ON_FLOODS = {
    "en": "Our teams are in the valley after the floods, and I thank them.",
    "es": "Nosotros seguimos en el sur después de las inundaciones.",
    "fr": "Je pense aux familles touchées par les inondations dans le Nord.",
}


def statements(text: str, lang: str, published: dt.date | None = PUB) -> list:
    return [e for e in extract_events(text, published=published, lang=lang) if e.event_type == "statement"]


def document(lang: str, body: str, heading: str | None = None) -> str:
    return "\n\n".join([heading or HEADINGS[lang], QUESTIONS[lang], body, "Thank you." if lang == "en" else "Merci."])


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_first_person_answer_under_an_official_s_heading_is_the_day_s_statement(lang: str) -> None:
    found = statements(document(lang, ON_CAMPAIGN[lang]), lang)
    assert [(e.date, e.modality, e.date_precision) for e in found] == [("2026-04-14", "happened", "day")]
    assert ON_CAMPAIGN[lang] in found[0].evidence


def test_the_heading_s_actor_is_the_doer() -> None:
    heading = "Déclaration de M. Jean-Noël Barrot, ministre de l'Europe et des affaires étrangères, le 14 avril 2026"
    found = statements(document("fr", ON_CAMPAIGN["fr"], heading), "fr")
    assert len(found) == 1 and found[0].actors == ["Jean-Noël Barrot"] and found[0].countries == ["FRA"]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_an_answer_on_floods_is_no_statement(lang: str) -> None:
    assert statements(document(lang, ON_FLOODS[lang]), lang) == []


LEGISLATORS = {
    "en": "Statement by Congressman John Roe on the President's tariffs, April 14, 2026",
    "es": "Declaración del diputado Juan Pérez, presidente de la comisión de economía, 14 de abril de 2026",
    "fr": "Déclaration de M. Jean Dupont, député, président de la commission des affaires économiques",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_legislator_s_heading_gives_no_statement(lang: str) -> None:
    assert statements(document(lang, ON_CAMPAIGN[lang], LEGISLATORS[lang]), lang) == []


NO_OFFICE = {
    "en": "Interview with a grower from the valley, on Radio North",
    "es": "Entrevista a un productor del valle, en Radio Norte",
    "fr": "Entretien avec un viticulteur de la vallée, sur Radio Nord",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_heading_naming_no_office_gives_no_statement(lang: str) -> None:
    assert statements(document(lang, ON_CAMPAIGN[lang], NO_OFFICE[lang]), lang) == []


def test_a_question_in_the_body_gives_no_statement() -> None:
    body = "Et nous, que pouvons-nous faire face à Washington ?"
    assert statements(document("fr", body), "fr") == []


def test_an_undated_document_gives_no_statement() -> None:
    heading = "Entretien de Mme Claire Martin, ministre déléguée chargée du commerce extérieur, avec Radio Nord"
    assert statements(document("fr", ON_CAMPAIGN["fr"], heading), "fr", published=None) == []


def test_the_legislator_headings_name_an_office() -> None:
    """The legislators' headings above would be an official's but for the legislator (the veto is what acts)."""
    for lang, heading in LEGISLATORS.items():
        cut = fold(heading).replace("congressman", "").replace("diputado", "").replace("depute,", "")
        assert voiced_by_official(lang, cut), lang


def test_the_heading_classes() -> None:
    assert voiced_by_official("en", fold("Remarks by the Secretary of State on the Western Hemisphere"))
    assert voiced_by_official("es", fold("Conferencia de prensa del secretario de Seguridad"))
    assert not voiced_by_official("fr", fold("Compte rendu de la réunion du conseil municipal"))
    assert not voiced_by_official("en", fold("Statement by Senator Jane Roe on the Secretary's plan"))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "We want to visit the United States with our families next summer."),
    ("es", "Nosotros vamos a ver el Mundial en Estados Unidos con la familia."),
    ("fr", "Nous partirons en vacances aux États-Unis avec nos enfants."),
])
def test_a_trip_or_a_match_is_no_statement(lang: str, body: str) -> None:
    assert statements(document(lang, body), lang) == []


VOICED = {
    "en": "We must respond to the tariffs on our growers.",
    "es": "Debemos responder a los aranceles de Estados Unidos.",
    "fr": "Nous devons riposter aux droits de douane américains.",
}
MEMBER_PAGES = {
    "en": "Roe Statement on the Tariffs\nWashington, April 14, 2026\nCongressman John Roe issued the following statement:",
    "es": "Comunicado de prensa\nCiudad de México, 14 de abril de 2026\nLa diputada Ana Ruiz dio a conocer lo siguiente:",
    "fr": "Communiqué\nParis, le 14 avril 2026\nM. Jean Dupont, député, a fait la déclaration suivante :",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_legislator_s_first_person_position_is_no_statement(lang: str) -> None:
    """The same first-person position gives the day's statement under a minister's heading, none on a member's page."""
    assert [e.date for e in statements(document(lang, VOICED[lang]), lang)] == ["2026-04-14"]
    assert statements("\n\n".join([MEMBER_PAGES[lang], VOICED[lang]]), lang) == []
