"""Acts by grammar, tenth round on the self-written held-out sets (issue 9, s10-held2).

- A miscellaneous act told in the sentence right after the one that sets the day, in the same
  paragraph, with no date of its own, takes that day (``timeline/extract/told_before.py``); a new
  paragraph, or a sentence before that names no date, gives it none.
- A boat that "was hit" / "fue alcanzada" / "a été touchée", or a verb of hitting whose object is a
  boat ("impacted a vessel", "alcanzó una lancha", "a touché une embarcation"), is a boat strike, in
  the three languages; a boat that reaches the coast or a port, or is hit by a storm, is not.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import extracted

PUB = dt.date(2025, 3, 10)
PUB_STRIKE = dt.date(2025, 9, 17)

TOLD_AFTER_ITS_DAY = [
    (
        "en-signed",
        "en",
        "On March 3, 2025, the two ministers met in Ottawa. They signed a security cooperation agreement.",
    ),
    (
        "es-firmaron",
        "es",
        "El 3 de marzo de 2025 los dos ministros se reunieron en Ottawa. Firmaron un acuerdo de cooperación"
        " en seguridad.",
    ),
    (
        "fr-signe",
        "fr",
        "Le 3 mars 2025, les deux ministres se sont réunis à Ottawa. Ils ont signé un accord de coopération"
        " en matière de sécurité.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in TOLD_AFTER_ITS_DAY], ids=[c[0] for c in TOLD_AFTER_ITS_DAY])
def test_an_act_told_right_after_its_day_takes_that_day(lang: str, text: str) -> None:
    assert ("other", "2025-03-03", "happened") in extracted(text, lang, PUB)


NOT_CARRIED = [
    ("en-new-paragraph", "en", "The two ministers met in Ottawa on March 3, 2025.\n\nThey signed a security cooperation agreement."),
    (
        "es-nuevo-parrafo",
        "es",
        "Los dos ministros se reunieron en Ottawa el 3 de marzo de 2025.\n\nFirmaron un acuerdo de cooperación"
        " en seguridad.",
    ),
    (
        "fr-nouveau-paragraphe",
        "fr",
        "Les deux ministres se sont réunis à Ottawa le 3 mars 2025.\n\nIls ont signé un accord de coopération"
        " en matière de sécurité.",
    ),
    ("en-no-date-before", "en", "The two ministers met in Ottawa. They signed a security cooperation agreement."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_CARRIED], ids=[c[0] for c in NOT_CARRIED])
def test_an_act_after_a_paragraph_break_or_an_undated_sentence_takes_no_day_from_it(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB) if e[0] == "other" and e[1] == "2025-03-03"]


BOAT_HIT = [
    ("en-was-hit", "en", "A second vessel was hit by US forces on Sept. 15, the Pentagon said.", "2025-09-15"),
    ("en-impacted", "en", "On Tuesday, a US missile impacted a smuggling boat in the Caribbean, the Pentagon said.", "2025-09-16"),
    ("es-fue-impactada", "es", "Otra embarcación fue impactada por fuerzas de Estados Unidos el 15 de septiembre, informó el Pentágono.", "2025-09-15"),
    ("es-alcanzo", "es", "El martes, un misil estadounidense alcanzó una lancha con droga en el Caribe, informó el Pentágono.", "2025-09-16"),
    ("fr-a-ete-atteint", "fr", "Un autre navire a été atteint par les forces américaines le 15 septembre, selon le Pentagone.", "2025-09-15"),
    ("fr-a-touche", "fr", "Mardi, un missile américain a touché une embarcation de trafiquants dans les Caraïbes, selon le Pentagone.", "2025-09-16"),
]


@pytest.mark.parametrize(("lang", "text", "date"), [c[1:] for c in BOAT_HIT], ids=[c[0] for c in BOAT_HIT])
def test_a_boat_hit_is_a_boat_strike(lang: str, text: str, date: str) -> None:
    assert ("boat_strike", date, "happened") in extracted(text, lang, PUB_STRIKE)


BOAT_NOT_HIT = [
    ("es-alcanzo-la-costa", "es", "La lancha alcanzó la costa el martes tras la tormenta, dijeron los pescadores."),
    ("es-alcanzo-un-record", "es", "El barco pesquero alcanzó un récord de captura el martes."),
    ("fr-a-atteint-le-port", "fr", "Le bateau a atteint le port mardi après la tempête, selon les pêcheurs."),
    ("fr-greve", "fr", "La grève des dockers a touché les navires marchands mardi."),
    ("en-dock-strike", "en", "The dockworkers' strike hit cargo vessels at the port on Tuesday."),
    ("es-huelga", "es", "La huelga de estibadores impactó a los buques de carga el martes."),
    ("en-hurricane", "en", "The fishing boat was hit by a hurricane on Tuesday, the coast guard said."),
    ("es-huracan", "es", "La embarcación pesquera fue alcanzada por un huracán el martes, informó la guardia costera."),
    ("fr-ouragan", "fr", "Le bateau de pêche a été touché par un ouragan mardi, selon les garde-côtes."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BOAT_NOT_HIT], ids=[c[0] for c in BOAT_NOT_HIT])
def test_a_boat_that_reaches_a_place_or_is_hit_by_weather_or_a_strike_action_is_no_boat_strike(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_STRIKE) if e[0] == "boat_strike"]


PUB_LIST = dt.date(2025, 2, 25)

PUT_ON_THE_LIST = [
    ("es-inscribio", "es", "El 20 de febrero, Washington inscribió a seis carteles como organizaciones terroristas extranjeras."),
    ("es-fueron-inscritos", "es", "Seis carteles fueron inscritos el 20 de febrero en la lista de organizaciones terroristas extranjeras."),
    ("en-placed-on-list", "en", "On February 20, Washington placed six cartels on its list of foreign terrorist organizations."),
    ("en-inscribed", "en", "Six cartels were inscribed on Feb. 20 as foreign terrorist organizations."),
    ("fr-a-place-sur-liste", "fr", "Le 20 février, Washington a placé six cartels sur sa liste des organisations terroristes étrangères."),
    ("fr-ont-ete-mis", "fr", "Le 20 février, six cartels ont été mis sur la liste des organisations terroristes étrangères."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in PUT_ON_THE_LIST], ids=[c[0] for c in PUT_ON_THE_LIST])
def test_a_group_entered_or_put_on_the_terrorist_list_is_a_designation(lang: str, text: str) -> None:
    assert ("fto_designation", "2025-02-20", "happened") in extracted(text, lang, PUB_LIST)


NOT_ON_THE_TERRORIST_LIST = [
    ("es-torneo", "es", "El 20 de febrero, la federación inscribió a seis equipos en el torneo."),
    ("en-heritage", "en", "On February 20, the council placed six buildings on its list of protected heritage sites."),
    ("fr-sinistrees", "fr", "Le 20 février, la mairie a mis six rues sur la liste des zones sinistrées."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NOT_ON_THE_TERRORIST_LIST], ids=[c[0] for c in NOT_ON_THE_TERRORIST_LIST])
def test_a_team_a_building_or_a_disaster_zone_put_on_a_list_is_no_designation(lang: str, text: str) -> None:
    assert not [e for e in extracted(text, lang, PUB_LIST) if e[0] == "fto_designation"]
