"""Format checks of the extractor's evaluation sets: tests/gold and the held-out tests/gold_heldout*.

Each set is a folder ``tests/<set>/<lang>/NN_slug.txt`` + ``.json`` with a README.md (guidelines in
tests/gold/README.md). Files are discovered with glob, so a new article is a new pair of files and a
new set is a new folder plus one row in ``RULES``. These tests only check that the annotations are
well formed and consistent with their text; scoring the extractor is the extractor's own test
(tests/test_extract_gold.py) and, for the held-out sets, ``python -m timeline evaluate``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from timeline.store.schema import ALLOWED, EVENT_TYPES, is_country_code

TESTS = Path(__file__).parent
LANGS = ("en", "es", "fr")


@dataclass(frozen=True)
class SetRules:
    articles_per_lang: int
    min_words: int
    max_words: int
    types_in_each_language: bool  # else: every type (and modality) somewhere in the set


RULES = {
    "gold": SetRules(12, 120, 400, types_in_each_language=True),
    "gold_heldout": SetRules(4, 150, 500, types_in_each_language=False),
    "gold_heldout2": SetRules(4, 150, 500, types_in_each_language=False),
    "gold_heldout3": SetRules(4, 150, 500, types_in_each_language=False),
}
SETS = sorted(p.name for p in TESTS.glob("gold*") if p.is_dir())
DATE_BY_PRECISION = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
TOP_KEYS = {"lang", "published", "published_in_text", "notes", "events"}
EVENT_KEYS = {"event_type", "date", "date_precision", "modality", "actors", "countries", "quantities", "evidence", "xfail"}
REQUIRED_EVENT_KEYS = EVENT_KEYS - {"quantities", "xfail"}
QUANTITY_KEYS = {"killed", "survivors", "troops", "people", "vessels", "ships", "aircraft", "percent", "usd"}


def _stems(set_name: str) -> set[str]:
    root = TESTS / set_name
    return {f"{set_name}/{p.relative_to(root).with_suffix('')}" for p in root.glob("*/*.txt")} | {
        f"{set_name}/{p.relative_to(root).with_suffix('')}" for p in root.glob("*/*.json")
    }


STEMS = sorted(stem for s in SETS for stem in _stems(s))


@cache
def _load(stem: str) -> tuple[str, dict]:
    text = (TESTS / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((TESTS / f"{stem}.json").read_text(encoding="utf-8"))


def _rules(stem: str) -> SetRules:
    return RULES[stem.split("/")[0]]


def _publication(gold: dict) -> date:
    return date.fromisoformat(gold["published"] or gold["published_in_text"])


def _period_start(value: str) -> date:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


@cache
def _readme(set_name: str) -> str:
    return (TESTS / set_name / "README.md").read_text(encoding="utf-8")


@cache
def _listed_actors(set_name: str) -> frozenset[str]:
    """Canonical names a set's README lists between <!-- actors --> markers."""
    block = _readme(set_name).split("<!-- actors -->")[1].split("<!-- /actors -->")[0]
    return frozenset(" ".join(name.split()) for name in block.split(";") if name.strip())


def _known_actors() -> frozenset[str]:
    return frozenset().union(*(_listed_actors(s) for s in SETS))


def _events(set_name: str, lang: str | None = None) -> list[dict]:
    return [
        event
        for stem in STEMS
        if stem.startswith(f"{set_name}/{lang or ''}")
        for event in _load(stem)[1]["events"]
    ]


EVENTS = [
    pytest.param(stem, i, id=f"{stem}#{i}")
    for stem in STEMS
    if (TESTS / f"{stem}.txt").exists() and (TESTS / f"{stem}.json").exists()
    for i in range(len(_load(stem)[1]["events"]))
]


@pytest.mark.parametrize("set_name", SETS)
def test_every_set_has_rules_and_a_readme(set_name: str) -> None:
    assert set_name in RULES, f"add tests/{set_name} to RULES in {Path(__file__).name}"
    assert _readme(set_name).strip()


@pytest.mark.parametrize("stem", STEMS)
def test_article_and_annotation_come_in_pairs(stem: str) -> None:
    assert (TESTS / f"{stem}.txt").exists(), f"{stem}.json has no article beside it"
    assert (TESTS / f"{stem}.json").exists(), f"{stem}.txt has no annotation beside it"
    top = _rules(stem).articles_per_lang
    assert re.fullmatch(r"(\d\d)_[a-z0-9_]+", Path(stem).name), f"{stem}: name the files NN_slug"
    assert 1 <= int(Path(stem).name[:2]) <= top, f"{stem}: number the articles 01..{top:02d}"


@pytest.mark.parametrize("stem", STEMS)
def test_article_reads_like_news_copy(stem: str) -> None:
    text, _ = _load(stem)
    headline, _, body = text.partition("\n")
    assert headline.strip(), f"{stem}: the first line must be the headline (or a date line)"
    assert "\n\n" in body, f"{stem}: separate paragraphs with a blank line"
    words = len(text.split())
    rules = _rules(stem)
    assert rules.min_words <= words <= rules.max_words, f"{stem}: {words} words"


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
    _publication(gold)  # raises on a malformed date


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_fields_and_vocabularies(stem: str, index: int) -> None:
    event = _load(stem)[1]["events"][index]
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
    event = _load(stem)[1]["events"][index]
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


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_actors_use_a_documented_spelling(stem: str, index: int) -> None:
    unknown = set(_load(stem)[1]["events"][index]["actors"]) - _known_actors()
    where = f"tests/{stem.split('/')[0]}/README.md"
    assert not unknown, f"{stem}: list {sorted(unknown)} between the actors markers of {where}"


@pytest.mark.parametrize("set_name", SETS)
def test_every_listed_actor_is_used_in_its_set(set_name: str) -> None:
    used = {actor for event in _events(set_name) for actor in event["actors"]}
    assert _listed_actors(set_name) - used == set()


@pytest.mark.parametrize("set_name", [s for s in SETS if s != "gold"])
def test_held_out_sets_list_only_new_actors(set_name: str) -> None:
    earlier = frozenset().union(*(_listed_actors(s) for s in SETS if s < set_name))
    assert _listed_actors(set_name) & earlier == set()


@pytest.mark.parametrize(("set_name", "lang"), [(s, lang) for s in SETS for lang in LANGS])
def test_each_language_has_its_number_of_articles(set_name: str, lang: str) -> None:
    assert len(list((TESTS / set_name / lang).glob("*.txt"))) == RULES[set_name].articles_per_lang


@pytest.mark.parametrize(
    ("set_name", "lang"),
    [(s, lang) for s in SETS if RULES.get(s, RULES["gold"]).types_in_each_language for lang in LANGS]
    + [(s, None) for s in SETS if not RULES.get(s, RULES["gold"]).types_in_each_language],
)
def test_every_event_type_is_covered(set_name: str, lang: str | None) -> None:
    events = _events(set_name, lang)
    assert set(EVENT_TYPES) - {e["event_type"] for e in events} == set()
    if lang is None:  # the small held-out sets also carry every modality
        assert set(ALLOWED["modality"]) - {e["modality"] for e in events} == set()


@pytest.mark.parametrize("stem", STEMS)
def test_readme_lists_the_article(stem: str) -> None:
    set_name, _, rest = stem.partition("/")
    assert f"`{rest}`" in _readme(set_name), f"add {rest} to the table in tests/{set_name}/README.md"


@pytest.mark.parametrize("stem", [s for s in STEMS if not s.startswith("gold/")])
def test_held_out_articles_are_new(stem: str) -> None:
    # A held-out article must not share its text with one the extractor was tuned or scored on.
    text = _load(stem)[0]
    others = [s for s in STEMS if s != stem and (TESTS / f"{s}.txt").exists()]
    assert all(_load(s)[0] != text for s in others)
