"""Figures by language, source and fold (timeline/extract/evaluate_sets.py) and ``timeline evaluate`` on them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.extract.evaluate import ArticleResult, pair_events
from timeline.extract.evaluate_sets import OTHER_FOLD, cross_validate, fold_names, summarise
from timeline.extract.model import Event

TEXT = "Mexico extradited 26 cartel prisoners to the United States on Tuesday."
GOLD_EVENT = {
    "event_type": "extradition",
    "date": "2025-08-12",
    "date_precision": "day",
    "modality": "happened",
    "actors": ["Government of Mexico"],
    "countries": ["MEX", "USA"],
    "evidence": "Mexico extradited",
}


def _source(slug: str, doc_type: str = "press_statement") -> dict:
    return {
        "url": f"https://www.{slug}.gov/x",
        "issuer": slug.title(),
        "issuer_slug": slug,
        "licence": "public domain",
        "issued": "2025-08-13",
        "doc_type": doc_type,
        "excerpt": True,
    }


def _write(root: Path, name: str, text: str, events: list, source: dict | None, event_free: bool = False) -> None:
    (root / "en").mkdir(parents=True, exist_ok=True)
    (root / "en" / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"lang": "en", "published": "2025-08-13", "notes": "fixture", "events": events}
    if source:
        gold |= {"source": source, "event_free": event_free}
    (root / "en" / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


def _result(slug: str, extracted: list[Event], gold: list | None = None, event_free: bool = False) -> ArticleResult:
    base = ArticleResult(
        Path(f"{slug}.txt"),
        "en",
        dt.date(2025, 8, 13),
        gold or [],
        [],
        source=_source(slug) if slug else {},
        event_free=event_free,
        text=TEXT,
    )
    return pair_events(base, extracted)


def _event(date: str, modality: str = "happened") -> Event:
    return Event("extradition", date, "day", "", "explicit", modality, TEXT, 0, len(TEXT), 0.9, "en")


def test_event_free_document_counts_its_false_events():
    summary = summarise(
        "set",
        "extractor",
        [_result("state", [_event("2025-08-12")], event_free=True), _result("state", [], event_free=True)],
    )
    figures = summary.by_lang["en"].to_dict()
    assert (figures["event_free_documents"], figures["false_events_event_free"]) == (2, 1)
    assert figures["false_events_per_10_event_free"] == 5.0
    assert figures["fp"] == 1


@pytest.mark.parametrize(
    ("date", "modality", "after"),
    [
        ("2025-09-30", "happened", 1),
        ("2025-08-14", "happened", 0),
        ("2025-09-30", "planned", 0),
    ],
)
def test_happened_events_dated_after_publication(date, modality, after):
    summary = summarise("set", "extractor", [_result("state", [_event(date, modality)])])
    assert summary.total.after_publication == after


@pytest.mark.parametrize(
    ("actors", "agent_country", "ok", "implied"),
    [
        (["Government of Mexico"], "", 1, 0),  # the acting party is the annotated one
        (["Donald Trump"], "", 0, 0),  # a title naming someone the annotator did not list as the doer
        (["Sinaloa Cartel", "Government of Mexico"], "", 1, 0),  # the target is skipped, the next actor acts
        ([], "MEX", 1, 1),  # no actor: the title's country is the annotated actor's
        ([], "USA", 0, 1),  # ... or another country
        ([], "", 0, 1),  # an extradition with no actor and no country: the title names nobody
    ],
)
def test_doer_agreement_compares_the_titles_acting_party_with_the_gold_actors(actors, agent_country, ok, implied):
    event = _event("2025-08-12")
    event.actors, event.agent_country = actors, agent_country
    figures = summarise("set", "extractor", [_result("state", [event], gold=[GOLD_EVENT])]).total.to_dict()
    assert (figures["doer_checked"], figures["doer_ok"], figures["doer_implied"]) == (1, ok, implied)
    assert figures["doer_agreement"] == ok


def test_unmatched_events_do_not_count_for_the_doer():
    event = _event("2025-03-01")  # a month off: no match
    event.actors = ["Donald Trump"]
    figures = summarise("set", "extractor", [_result("state", [event], gold=[GOLD_EVENT])]).total.to_dict()
    assert (figures["tp"], figures["doer_checked"], figures["doer_implied"]) == (0, 0, 0)


def test_two_issuers_give_two_folds_and_a_lone_issuer_joins_other():
    results = [
        _result("state", []),
        _result("state", []),
        _result("treasury", []),
        _result("treasury", []),
        _result("canada", []),
    ]
    assert sorted(set(fold_names(results).values())) == [OTHER_FOLD, "state", "treasury"]
    folds, held_out = cross_validate(results)
    assert {k: v.documents for k, v in folds.items()} == {OTHER_FOLD: 1, "state": 2, "treasury": 2}
    assert len(held_out) == 5


def test_a_learner_is_trained_on_the_other_folds_only():
    results = [
        _result("state", [_event("2025-08-12")], [GOLD_EVENT]),
        _result("state", [], [GOLD_EVENT]),
        _result("treasury", [_event("2025-08-12")], event_free=True),
        _result("treasury", [_event("2025-08-12")], [GOLD_EVENT]),
    ]
    seen: list[set[str]] = []

    def learner(training: list[ArticleResult]):
        seen.append({r.source["issuer_slug"] for r in training})
        return lambda result: []  # rejects every candidate

    folds, _ = cross_validate(results, learner)
    assert seen == [{"treasury"}, {"state"}]
    assert all(f.score.tp == 0 for f in folds.values())
    assert folds["treasury"].false_events_event_free == 0


def test_folds_need_source_metadata():
    with pytest.raises(ValueError, match="issuer_slug"):
        cross_validate([_result("", [])])


@pytest.fixture
def real_like(tmp_path) -> Path:
    _write(tmp_path, "state_a", TEXT, [GOLD_EVENT], _source("state"))
    _write(tmp_path, "state_b", "Workers went home.", [], _source("state", "report"), event_free=True)
    _write(tmp_path, "treasury_a", TEXT, [], _source("treasury"), event_free=True)
    _write(tmp_path, "treasury_b", TEXT, [GOLD_EVENT], _source("treasury"))
    return tmp_path


def test_cli_reports_issuers_doc_types_and_folds(real_like, capsys):
    assert main(["evaluate", str(real_like), "--folds", "--baseline"]) == 0
    ours, naive = capsys.readouterr().out.split("Naive baseline")
    assert "by issuer" in ours and "by doc type" in ours and "report" in ours and "cross-validated" in ours
    assert "folds (leave one issuer out" in naive


@pytest.mark.parametrize("sub", ["", "en"], ids=["set-folder", "language-folder"])
def test_cli_json_scores_a_set_or_a_language_folder(real_like, sub, capsys):
    assert main(["evaluate", str(real_like / sub), "--json", "--folds"]) == 0
    [summary] = json.loads(capsys.readouterr().out)["sets"]
    assert summary["by_lang"]["en"]["documents"] == 4
    assert summary["all"]["event_free_documents"] == 2
    assert summary["all"]["false_events_event_free"] >= 1  # the extradition sentence in treasury_a
    assert set(summary["folds"]) == {"state", "treasury"}
    assert summary["by_doc_type"]["report"]["documents"] == 1


def test_cli_folds_without_source_metadata_fails_clearly(tmp_path, capsys):
    _write(tmp_path, "01_x", TEXT, [GOLD_EVENT], None)
    assert main(["evaluate", str(tmp_path), "--folds"]) == 1
    assert "source.issuer_slug" in capsys.readouterr().out


def test_cli_scores_several_sets_in_one_run(real_like, tmp_path, capsys):
    other = tmp_path / "second"
    _write(other, "01_x", TEXT, [GOLD_EVENT], None)
    assert main(["evaluate", str(real_like), str(other), "--json"]) == 0
    sets = json.loads(capsys.readouterr().out)["sets"]
    assert [s["set"] for s in sets] == [str(real_like), str(other)]
    assert sets[1]["by_issuer"] == {}


def test_a_score_does_not_depend_on_the_time_budget(monkeypatch):
    """Scoring lifts the wall-clock budget, so a loaded machine scores the same code the same (and restores it)."""
    import os
    from pathlib import Path

    from timeline.extract import pipeline
    from timeline.extract.evaluate import score_article

    path = Path(__file__).parent / "gold" / "en" / "01_first_boat_strike.txt"
    free = score_article(path)
    monkeypatch.setenv("TIMELINE_EXTRACT_BUDGET_S", "0")
    assert not pipeline.extract_article(path.read_text(encoding="utf-8"), "2025-09-03", "en").complete
    cut = score_article(path)
    assert [e.to_row() for e in cut.extracted] == [e.to_row() for e in free.extracted] and free.extracted
    assert os.environ["TIMELINE_EXTRACT_BUDGET_S"] == "0"
