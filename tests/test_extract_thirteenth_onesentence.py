"""One sentence, one act of a type per day and doer, thirteenth round (issue 9, s13-enfr).

When two rules of one event type fire on one sentence (a call and a summit, a boarding and a seizure),
with one date, one modality and the same doer named first, the sentence tells one act, not two
(``dedup._is_twin``). Two clauses with different doers ("the Treasury sanctioned him, and the FBI
raised the reward") or with no doer named ("the tariff took effect today, and Beijing replied with
levies") stay two events.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import pytest

from timeline.extract.dedup import dedup
from timeline.extract.model import Event


def event(kind: str, text: str, lang: str, actors: list[str], confidence: float = 0.5) -> Event:
    return Event(kind, "2026-03-04", "day", "", "relative", "happened", text, 0, len(text), confidence, lang, list(actors))


ONE_ACT = [
    ("en", "Yesterday the president spoke by phone with his counterpart on the sidelines of the summit."),
    ("es", "Ayer el presidente converso por telefono con su homologo al margen de la cumbre."),
    ("fr", "Hier, le president s'est entretenu au telephone avec son homologue en marge du sommet."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_ACT)
def test_two_rules_on_one_sentence_with_one_doer_are_one_act(lang: str, text: str) -> None:
    kept = dedup([event("other", text, lang, ["Donald Trump"]), event("other", text, lang, ["Donald Trump"], 0.6)])
    assert len(kept) == 1
    assert kept[0].confidence == 0.6


TWO_ACTS = [
    ("en", "In November the Treasury sanctioned him, and the FBI raised the reward for his capture.", ["Department of the Treasury"], ["FBI"]),
    ("es", "El arancel entro en vigor hoy, y Pekin respondio con gravamenes a productos estadounidenses.", [], []),
    ("fr", "En novembre, le Tresor l'a sanctionne et le FBI a releve la recompense pour sa capture.", ["Department of the Treasury"], ["FBI"]),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), TWO_ACTS)
def test_clauses_with_other_or_no_doers_stay_two(lang: str, text: str, first: list[str], second: list[str]) -> None:
    kind = "tariff" if not first else "sanction"
    assert len(dedup([event(kind, text, lang, first), event(kind, text, lang, second)])) == 2
