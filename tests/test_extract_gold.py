"""The extractor scored on the gold set (tests/gold/<lang>/NN_slug.txt + .json).

Each gold event is its own test: found = an extracted event of the same type with a compatible
date (see timeline/extract/evaluate.py). Known misses carry an "xfail" reason in the gold JSON and
run as strict xfails, so a fix forces their promotion. New gold files are picked up by glob.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from timeline.extract.evaluate import ArticleResult, Score, _score_of, gold_articles, score_article

GOLD = Path(__file__).parent / "gold"
LANGS = ("en", "es", "fr")
TARGET_F1 = 0.9


@cache
def _result(path: Path) -> ArticleResult:
    return score_article(path)


def _gold_events() -> list:
    params = []
    for path in gold_articles(GOLD):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        for i, event in enumerate(gold["events"]):
            marks = [pytest.mark.xfail(reason=event["xfail"], strict=True)] if event.get("xfail") else []
            name = f"{path.parent.name}/{path.stem}#{i}-{event['event_type']}-{event['date']}"
            params.append(pytest.param(path, i, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("path", "index"), _gold_events())
def test_gold_event_is_found(path, index):
    result = _result(path)
    event = result.gold[index]
    got = [(e.event_type, e.date, e.date_basis) for e in result.extracted]
    assert index in result.matched, f"missed {event['event_type']} {event['date']}; extracted {got}"


@pytest.mark.parametrize("lang", LANGS)
def test_f1_per_language(lang):
    paths = [p for p in gold_articles(GOLD) if p.parent.name == lang]
    if not paths:
        pytest.skip(f"no gold articles in tests/gold/{lang} yet")
    score = Score()
    for path in paths:
        score.add(_score_of(_result(path)))
    assert score.f1 >= TARGET_F1, f"{lang}: P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_happened_event_after_publication(lang):
    paths = [p for p in gold_articles(GOLD) if p.parent.name == lang]
    assert sum(_result(p).after_publication for p in paths) == 0
