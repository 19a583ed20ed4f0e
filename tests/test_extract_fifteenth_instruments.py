"""Fifteenth round (issue 9, s15-enfr): a legal instrument is the campaign's act only on the campaign's subject.

Sentences written for these tests. An order signed, a decree published, a bill introduced, a resolution
passed, an emergency declared is an ``other`` act when the campaign (cartels, drugs, tariffs, armed force,
Venezuela...) is named in its sentence or in the document's title block; the same grammar about farm
credit, wildfires, housing or pensions is no event of the campaign.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_events


def _events(text: str, published: str, lang: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.date, e.modality) for e in extract_events(text, published=published, lang=lang)]


ON_SUBJECT = [
    ("en", "On June 3, 2025, the Senate passed the resolution on Venezuela by a vote of 51 to 49.", "2025-06-05",
     "2025-06-03"),
    ("en", "On Monday President Trump declared a national emergency at the southern border over fentanyl trafficked "
     "by cartels.", "2025-02-04", "2025-02-03"),
    ("fr", "Le 12 mars 2025, le Premier ministre a signé un décret sur la lutte contre le trafic de drogue et les "
     "cartels.", "2025-03-14", "2025-03-12"),
    ("fr", "Le 4 février 2025, les sénateurs ont adopté la proposition de résolution sur les droits de douane "
     "américains.", "2025-02-06", "2025-02-04"),
    ("es", "El 4 de febrero de 2025 el Senado aprobó la iniciativa contra el tráfico de fentanilo y los cárteles.",
     "2025-02-06", "2025-02-04"),
]


@pytest.mark.parametrize(("lang", "text", "published", "date"), ON_SUBJECT)
def test_instrument_on_the_campaign_is_an_act(lang: str, text: str, published: str, date: str) -> None:
    assert _events(text, published, lang) == [("other", date, "happened")]


def test_bill_whose_long_title_names_the_campaign_is_an_act() -> None:
    text = (
        "A BILL To designate certain Mexican cartels as foreign terrorist organizations.\n\n"
        "IN THE HOUSE OF REPRESENTATIVES\n\n"
        "On March 4, 2025, Mr. Reyes introduced the following bill, which was referred to the Committee."
    )
    assert _events(text, "2025-03-05", "en") == [("other", "2025-03-04", "happened")]


OFF_SUBJECT = [
    ("en", "A BILL To expand rural broadband and farm credit programs.\n\nIN THE HOUSE OF REPRESENTATIVES\n\n"
     "On March 4, 2025, Mr. Reyes introduced the following bill, which was referred to the Committee on "
     "Agriculture.", "2025-03-05"),
    ("en", "On Monday the governor declared a national emergency over the wildfires in the north.", "2025-08-12"),
    ("en", "On June 3, 2025, the Senate passed the resolution on wildfire relief by a vote of 51 to 49.", "2025-06-05"),
    ("en", "The teachers' strike ended on June 3, 2025 after the governor signed an executive order on teacher pay.",
     "2025-06-05"),
    ("fr", "Le 12 mars 2025, le Premier ministre a signé un décret sur la vaccination des soignants.", "2025-03-14"),
    ("fr", "Le 4 février 2025, les sénateurs ont adopté la proposition de loi sur le logement étudiant.", "2025-02-06"),
    ("es", "El 4 de febrero de 2025 el Senado aprobó la iniciativa de reforma a la ley de pensiones.", "2025-02-06"),
    ("es", "El 4 de febrero de 2025 la presidenta firmó el decreto de emergencia por las inundaciones.", "2025-02-06"),
]


@pytest.mark.parametrize(("lang", "text", "published"), OFF_SUBJECT)
def test_instrument_on_another_subject_is_no_event(lang: str, text: str, published: str) -> None:
    assert _events(text, published, lang) == []


def test_a_tariff_decree_stays_a_tariff() -> None:
    text = "El 4 de febrero de 2025 la presidenta firmó el decreto que impone aranceles a las importaciones."
    assert _events(text, "2025-02-06", "es") == [("tariff", "2025-02-04", "happened")]
