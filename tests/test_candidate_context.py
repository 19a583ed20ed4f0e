"""Context features of the learned filter (timeline/extract/candidate_context.py), in the three languages.

Sentences written for these tests; the filter itself stays off (docs/extractor-rounds.md, seventh round on learned components).
"""

from __future__ import annotations

import json

import pytest

from timeline.extract.candidate_context import context_features, doer_class, turn_of
from timeline.extract.candidate_filter import CandidateFilter, filter_features, load_filter
from timeline.extract.model import Event


def _event(text: str, sentence: str, lang: str, **fields) -> Event:
    start = text.index(sentence)
    base = {"date": "", "date_precision": "", "date_text": "", "date_basis": "publication_fallback"}
    base.update(fields)
    return Event(
        "tariff",
        base["date"],
        base["date_precision"],
        base["date_text"],
        base["date_basis"],
        "happened",
        sentence,
        start,
        start + len(sentence),
        0.6,
        lang,
        actors=list(fields.get("actors", [])),
        agent_country=fields.get("agent_country", ""),
    )


TRANSCRIPTS = [
    (
        "en",
        "QUESTION: Will there be new tariffs on Mexico?\nSECRETARY MARCO RUBIO: We imposed them in March.\n",
        "Will there be new tariffs on Mexico?",
        "We imposed them in March.",
    ),
    (
        "es",
        "PREGUNTA: ¿Habrá nuevos aranceles a México?\nPRESIDENTA CLAUDIA SHEINBAUM PARDO: Los pusieron en marzo.\n",
        "¿Habrá nuevos aranceles a México?",
        "Los pusieron en marzo.",
    ),
    (
        "fr",
        "QUESTION : Y aura-t-il de nouveaux droits de douane ?\nMARCO RUBIO : Nous les avons imposés en mars.\n",
        "Y aura-t-il de nouveaux droits de douane ?",
        "Nous les avons imposés en mars.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "asked", "answered"), TRANSCRIPTS)
def test_a_transcript_turn_is_a_reporter_s_or_an_official_s(lang, text, asked, answered):
    question, answer = _event(text, asked, lang), _event(text, answered, lang)
    assert (turn_of(question, text), turn_of(answer, text)) == ("other", "official")
    assert context_features(question, text).get("question") == 1.0
    assert "question" not in context_features(answer, text)
    assert context_features(answer, text)["layout=transcript"] == 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Washington imposed tariffs on steel on Tuesday."),
        ("es", "Washington impuso aranceles al acero el martes."),
        ("fr", "Washington a imposé des droits de douane sur l'acier mardi."),
    ],
)
def test_prose_has_no_turn(lang, text):
    e = _event(text, text, lang)
    assert turn_of(e, text) == "none"
    assert {k for k in context_features(e, text) if k.startswith(("turn=", "layout="))} == {"turn=none", "layout=prose"}


@pytest.mark.parametrize(
    ("lang", "sentence", "negated"),
    [
        ("en", "The government did not impose tariffs.", True),
        ("en", "The government imposed tariffs.", False),
        ("es", "El gobierno no impuso aranceles.", True),
        ("es", "El gobierno impuso aranceles nuevos.", False),
        ("fr", "Le gouvernement n'a pas imposé de droits.", True),
        ("fr", "Le gouvernement a imposé des droits.", False),
    ],
)
def test_negation_is_read_in_each_language(lang, sentence, negated):
    assert ("negated" in context_features(_event(sentence, sentence, lang), sentence)) is negated


@pytest.mark.parametrize(
    ("fields", "own_date", "doer"),
    [
        (
            {"date": "2025-03-04", "date_precision": "day", "date_text": "March 4", "date_basis": "explicit"},
            True,
            "none",
        ),
        ({"actors": ["Sinaloa Cartel"]}, False, "target"),
        ({"actors": ["Donald Trump"]}, False, "actor"),
        ({"agent_country": "CAN"}, False, "country"),
    ],
)
def test_own_date_and_the_doer_s_class(fields, own_date, doer):
    text = "Tariffs took effect."
    e = _event(text, text, "en", **fields)
    assert ("own_date" in context_features(e, text)) is own_date
    assert doer_class(e) == doer


@pytest.mark.parametrize("feature_set", ["context", "context+words"])
def test_a_context_filter_round_trips_and_reads_no_corpus_metadata(tmp_path, feature_set):
    text = TRANSCRIPTS[0][1]
    e = _event(text, TRANSCRIPTS[0][2], "en")
    features = filter_features(e, "transcript", text, feature_set)
    assert "doc=transcript" not in features and features["turn=other"] == 1.0
    f = CandidateFilter({"turn=other": -4.0}, 1.0, 0.5, feature_set)
    path = tmp_path / "filter.json"
    path.write_text(f.to_json(), encoding="utf-8")
    assert load_filter(path) == f
    assert f.keep([e], text=text) == []


def test_an_unknown_feature_set_says_how_to_rebuild(tmp_path):
    data = {"word_buckets": 512, "weights": {}, "intercept": 0, "threshold": 0.5, "feature_set": "magic"}
    path = tmp_path / "filter.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="bench/train_filter.py --write"):
        load_filter(path)
