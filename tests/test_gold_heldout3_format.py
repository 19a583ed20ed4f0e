"""Format checks of the third held-out evaluation set (tests/gold_heldout3/<lang>/NN_slug.txt + .json).

Same file format and annotation rules as tests/gold (see tests/gold/README.md) and the same sizes as the
two earlier held-out sets (4 articles per language, 150 to 500 words). Constants and helpers are imported
from the earlier format tests so the four sets cannot drift apart. The extractor is not run here: this set
is held out from its development.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from tests.test_gold_format import (
    DATE_BY_PRECISION,
    EVENT_KEYS,
    LANGS,
    QUANTITY_KEYS,
    REQUIRED_EVENT_KEYS,
    TOP_KEYS,
    _documented_actors,
    _period_start,
)
from tests.test_gold_heldout2_format import _extra_actors as _second_heldout_actors
from tests.test_gold_heldout2_format import _publication
from tests.test_gold_heldout_format import (
    ARTICLES_PER_LANG,
    MAX_WORDS,
    MIN_WORDS,
    NAME,
)
from tests.test_gold_heldout_format import _extra_actors as _first_heldout_actors
from timeline.schema import ALLOWED, EVENT_TYPES, is_country_code

HELDOUT3 = Path(__file__).parent / "gold_heldout3"
EARLIER_SETS = ("gold", "gold_heldout", "gold_heldout2")


def _stems(suffix: str) -> set[str]:
    return {str(p.relative_to(HELDOUT3).with_suffix("")) for p in HELDOUT3.glob(f"*/*{suffix}")}


STEMS = sorted(_stems(".txt") | _stems(".json"))


@cache
def _load(stem: str) -> tuple[str, dict]:
    text = (HELDOUT3 / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((HELDOUT3 / f"{stem}.json").read_text(encoding="utf-8"))


def _readme() -> str:
    return (HELDOUT3 / "README.md").read_text(encoding="utf-8")


def _extra_actors() -> set[str]:
    """Canonical names this set adds to the lists of tests/gold and the two earlier held-out sets."""
    block = _readme().split("<!-- actors -->")[1].split("<!-- /actors -->")[0]
    return {" ".join(name.split()) for name in block.split(";") if name.strip()}


def _all_events() -> list[dict]:
    return [event for stem in STEMS for event in _load(stem)[1]["events"]]


EVENTS = [
    pytest.param(stem, i, id=f"{stem}#{i}")
    for stem in STEMS
    if (HELDOUT3 / f"{stem}.txt").exists() and (HELDOUT3 / f"{stem}.json").exists()
    for i in range(len(_load(stem)[1]["events"]))
]


@pytest.mark.parametrize("stem", STEMS)
def test_article_and_annotation_come_in_pairs(stem: str) -> None:
    assert (HELDOUT3 / f"{stem}.txt").exists(), f"{stem}.json has no article beside it"
    assert (HELDOUT3 / f"{stem}.json").exists(), f"{stem}.txt has no annotation beside it"
    assert NAME.match(Path(stem).name), f"{stem}: name the files NN_slug with NN in 01..04"


@pytest.mark.parametrize("stem", STEMS)
def test_article_reads_like_news_copy(stem: str) -> None:
    text, _ = _load(stem)
    headline, _, body = text.partition("\n")
    assert headline.strip(), f"{stem}: the first line must be the headline (or a date line)"
    assert "\n\n" in body, f"{stem}: separate paragraphs with a blank line"
    words = len(text.split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"{stem}: {words} words"


@pytest.mark.parametrize("stem", STEMS)
def test_annotation_header(stem: str) -> None:
    text, gold = _load(stem)
    assert set(gold) <= TOP_KEYS, f"{stem}: unknown keys {set(gold) - TOP_KEYS}"
    assert gold["lang"] == Path(stem).parent.name
    assert gold["notes"].strip()
    assert gold["events"], f"{stem}: an article without events belongs elsewhere"
    if gold["published"] is None:
        assert "published_in_text" in gold, f"{stem}: give published or published_in_text"
        assert gold["published_in_text"][:4] in text, f"{stem}: the text should state its publication date"
    else:
        assert "published_in_text" not in gold, f"{stem}: give only one publication date"
    assert DATE_BY_PRECISION["day"].match(_publication(gold)), _publication(gold)


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_fields_and_vocabularies(stem: str, index: int) -> None:
    event = _load(stem)[1]["events"][index]
    assert REQUIRED_EVENT_KEYS <= set(event) <= EVENT_KEYS, sorted(event)
    assert event["event_type"] in EVENT_TYPES
    assert event["modality"] in ALLOWED["modality"]
    assert event["date_precision"] in ALLOWED["date_precision"]
    assert 1 <= len(event["actors"]) <= 4
    assert event["countries"] and all(is_country_code(c) for c in event["countries"])
    quantities = event.get("quantities", {})
    assert set(quantities) <= QUANTITY_KEYS, sorted(quantities)
    assert all(isinstance(v, (int, float)) and v >= 0 for v in quantities.values())


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_date_matches_its_precision(stem: str, index: int) -> None:
    event = _load(stem)[1]["events"][index]
    assert DATE_BY_PRECISION[event["date_precision"]].match(event["date"]), event["date"]
    assert _period_start(event["date"]).year >= 2025, "events before 2025 are background"


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_evidence_is_quoted_from_the_article(stem: str, index: int) -> None:
    text, gold = _load(stem)
    evidence = gold["events"][index]["evidence"]
    assert evidence.strip() and evidence in text, evidence


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_past_event_is_not_after_publication(stem: str, index: int) -> None:
    _, gold = _load(stem)
    event = gold["events"][index]
    if event["modality"] == "happened":
        assert _period_start(event["date"]) <= _period_start(_publication(gold)), event["date"]


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_actors_use_the_documented_spelling(stem: str, index: int) -> None:
    known = _documented_actors() | _first_heldout_actors() | _second_heldout_actors() | _extra_actors()
    unknown = set(_load(stem)[1]["events"][index]["actors"]) - known
    assert not unknown, f"{stem}: list {sorted(unknown)} under 'Actor names' in tests/gold_heldout3/README.md"


def test_every_added_actor_is_used() -> None:
    used = {actor for event in _all_events() for actor in event["actors"]}
    assert _extra_actors() - used == set()


def test_added_actors_are_not_already_listed() -> None:
    earlier = _documented_actors() | _first_heldout_actors() | _second_heldout_actors()
    assert _extra_actors() & earlier == set()


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_four_articles(lang: str) -> None:
    assert len(list((HELDOUT3 / lang).glob("*.txt"))) == ARTICLES_PER_LANG


def test_the_set_covers_every_event_type_and_modality() -> None:
    events = _all_events()
    assert set(EVENT_TYPES) - {e["event_type"] for e in events} == set()
    assert set(ALLOWED["modality"]) - {e["modality"] for e in events} == set()


def test_readme_states_the_number_of_expected_events() -> None:
    stated = re.search(r"(\d+) expected events", _readme())
    assert stated, "state 'N expected events' in tests/gold_heldout3/README.md"
    assert int(stated.group(1)) == len(_all_events())


@pytest.mark.parametrize("stem", STEMS)
def test_readme_lists_the_article(stem: str) -> None:
    assert f"`{stem}`" in _readme(), f"add {stem} to the table in tests/gold_heldout3/README.md"


@pytest.mark.parametrize(("stem", "earlier"), [(stem, name) for stem in STEMS for name in EARLIER_SETS])
def test_articles_are_new_to_the_project(stem: str, earlier: str) -> None:
    # A held-out article must not share its file name with one the extractor was tuned or scored on.
    assert not (Path(__file__).parent / earlier / f"{stem}.txt").exists()
