"""Format checks of the extractor's gold set (tests/gold/<lang>/NN_slug.txt + .json).

The gold files are discovered with glob, so a new article is a new pair of files. These tests
only check that the annotations are well formed and consistent with the text; scoring the
extractor against them is the extractor's own test.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from timeline.schema import ALLOWED, EVENT_TYPES, is_country_code

GOLD = Path(__file__).parent / "gold"
LANGS = ("en", "es", "fr")
ARTICLES_PER_LANG = 12
MIN_WORDS, MAX_WORDS = 120, 400
NAME = re.compile(r"^(0[1-9]|1[0-2])_[a-z0-9_]+$")
DATE_BY_PRECISION = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
TOP_KEYS = {"lang", "published", "published_in_text", "notes", "events"}
EVENT_KEYS = {
    "event_type",
    "date",
    "date_precision",
    "modality",
    "actors",
    "countries",
    "quantities",
    "evidence",
    "xfail",
}
REQUIRED_EVENT_KEYS = EVENT_KEYS - {"quantities", "xfail"}
QUANTITY_KEYS = {
    "killed",
    "survivors",
    "troops",
    "people",
    "vessels",
    "ships",
    "aircraft",
    "percent",
    "usd",
}


def _stems(suffix: str) -> set[str]:
    return {str(p.relative_to(GOLD).with_suffix("")) for p in GOLD.glob(f"*/*{suffix}")}


STEMS = sorted(_stems(".txt") | _stems(".json"))


@cache
def _load(stem: str) -> tuple[str, dict]:
    text = (GOLD / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def _publication(gold: dict) -> date:
    return date.fromisoformat(gold["published"] or gold["published_in_text"])


def _period_start(value: str) -> date:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


EVENTS = [
    pytest.param(stem, i, id=f"{stem}#{i}")
    for stem in STEMS
    if (GOLD / f"{stem}.txt").exists() and (GOLD / f"{stem}.json").exists()
    for i in range(len(_load(stem)[1]["events"]))
]


@pytest.mark.parametrize("stem", STEMS)
def test_article_and_annotation_come_in_pairs(stem: str) -> None:
    assert (GOLD / f"{stem}.txt").exists(), f"{stem}.json has no article beside it"
    assert (GOLD / f"{stem}.json").exists(), f"{stem}.txt has no annotation beside it"
    assert NAME.match(Path(stem).name), f"{stem}: name the files NN_slug with NN in 01..12"


@pytest.mark.parametrize("stem", STEMS)
def test_article_reads_like_news_copy(stem: str) -> None:
    text, _ = _load(stem)
    headline, _, body = text.partition("\n")
    assert headline.strip(), f"{stem}: the first line must be the headline"
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
        year = gold["published_in_text"][:4]
        assert year in text, f"{stem}: the text should state its publication date"
    else:
        assert "published_in_text" not in gold, f"{stem}: give only one publication date"
    _publication(gold)  # raises on a malformed date


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_fields_and_vocabularies(stem: str, index: int) -> None:
    _, gold = _load(stem)
    event = gold["events"][index]
    assert REQUIRED_EVENT_KEYS <= set(event) <= EVENT_KEYS, sorted(event)
    assert event["event_type"] in EVENT_TYPES
    assert event["modality"] in ALLOWED["modality"]
    assert event["date_precision"] in ALLOWED["date_precision"]
    assert 1 <= len(event["actors"]) <= 4
    assert all(isinstance(a, str) and a.strip() for a in event["actors"])
    assert event["countries"] and all(is_country_code(c) for c in event["countries"])
    quantities = event.get("quantities", {})
    assert set(quantities) <= QUANTITY_KEYS, sorted(quantities)
    assert all(isinstance(v, (int, float)) and v >= 0 for v in quantities.values())


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_date_matches_its_precision(stem: str, index: int) -> None:
    _, gold = _load(stem)
    event = gold["events"][index]
    assert DATE_BY_PRECISION[event["date_precision"]].match(event["date"]), event["date"]
    assert _period_start(event["date"]) >= date(2025, 1, 1), "events before 2025 are background"


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
        assert _period_start(event["date"]) <= _publication(gold), event["date"]


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_twelve_articles(lang: str) -> None:
    assert len(list((GOLD / lang).glob("*.txt"))) == ARTICLES_PER_LANG


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_covers_every_event_type(lang: str) -> None:
    seen = {
        event["event_type"]
        for path in (GOLD / lang).glob("*.json")
        for event in json.loads(path.read_text(encoding="utf-8"))["events"]
    }
    assert set(EVENT_TYPES) - seen == set()


def _documented_actors() -> set[str]:
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- actors -->")[1].split("<!-- /actors -->")[0]
    return {" ".join(name.split()) for name in block.split(";") if name.strip()}


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_actors_use_the_documented_spelling(stem: str, index: int) -> None:
    _, gold = _load(stem)
    unknown = set(gold["events"][index]["actors"]) - _documented_actors()
    assert not unknown, f"{stem}: list {sorted(unknown)} under 'Actor names' in tests/gold/README.md"


def test_every_documented_actor_is_used() -> None:
    used = {actor for stem in STEMS for event in _load(stem)[1]["events"] for actor in event["actors"]}
    assert _documented_actors() - used == set()


@pytest.mark.parametrize("stem", STEMS)
def test_readme_lists_the_article(stem: str) -> None:
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    assert f"`{stem}`" in readme, f"add {stem} to the table in tests/gold/README.md"
