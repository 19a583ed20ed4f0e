"""Sixteenth round (issue 9, s16-learned): the quarter split of the big Spanish issuer, the grammar
features of a bare sentence, and a sentence proposer restricted to some event types (``--types other``).

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="needs scikit-learn: pip install -r requirements-dev.txt")

from bench import train_sentence_model  # noqa: E402
from bench.train_filter import SPLIT_ISSUER, split_by_quarter  # noqa: E402
from timeline.extract.candidate_grammar import sentence_grammar_features  # noqa: E402
from timeline.extract.evaluate import ArticleResult  # noqa: E402
from timeline.extract.sentence_model import NONE, SentenceModel, load_sentence_model  # noqa: E402


def _doc(published, issuer=SPLIT_ISSUER, lang="es", text="", gold=()):
    return ArticleResult(
        path=Path(f"{issuer}-{published}.txt"),
        lang=lang,
        published=published,
        gold=list(gold),
        extracted=[],
        source={"issuer_slug": issuer} if issuer else {},
        text=text,
    )


def test_the_quarter_split_keeps_every_quarter_and_year_apart():
    days = [dt.date(2025, 1, 7), dt.date(2025, 3, 31), dt.date(2025, 4, 1), dt.date(2025, 12, 30),
            dt.date(2026, 2, 14), dt.date(2026, 4, 2), dt.date(2026, 6, 30)]  # fmt: skip
    docs = [_doc(d) for d in days] + [_doc(dt.date(2026, 4, 2), issuer="another_issuer")]
    split_by_quarter(docs)
    names = [d.source["issuer_slug"] for d in docs]
    assert names == [
        f"{SPLIT_ISSUER}@2025q1", f"{SPLIT_ISSUER}@2025q1", f"{SPLIT_ISSUER}@2025q2", f"{SPLIT_ISSUER}@2025q4",
        f"{SPLIT_ISSUER}@2026q1", f"{SPLIT_ISSUER}@2026q2", f"{SPLIT_ISSUER}@2026q2", "another_issuer",
    ]  # fmt: skip
    # 2025 Q2 and 2026 Q2 are two groups, not one
    assert len({n for n in names if n.endswith("q2")}) == 2


def test_the_quarter_split_leaves_an_undated_document_with_its_issuer():
    doc = _doc(None)
    split_by_quarter([doc])
    assert doc.source["issuer_slug"] == SPLIT_ISSUER


QUESTIONS = {
    "en": "Would the government designate the cartel as a terrorist group if the talks failed?",
    "es": "¿Designaría el gobierno al cártel como grupo terrorista si fracasaran las pláticas?",
    "fr": "Le gouvernement désignerait-il le cartel comme groupe terroriste si les pourparlers échouaient ?",
}
PLAIN = {
    "en": "The weather was mild in the capital on that day.",
    "es": "El clima fue templado en la capital ese día.",
    "fr": "Le temps était doux dans la capitale ce jour-là.",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_hypothetical_question_is_marked_as_a_question_and_conditional(lang):
    f = sentence_grammar_features(QUESTIONS[lang], lang)
    assert f.get("s-question") == 1.0
    assert f.get("s-conditional") == 1.0
    assert f.get("s-length=short") == 1.0


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_sentence_with_no_act_has_no_trigger_and_no_marker(lang):
    f = sentence_grammar_features(PLAIN[lang], lang)
    assert f.get("s-trigger=none") == 1.0
    assert f.get("s-readings=0") == 1.0
    assert "s-question" not in f and "s-conditional" not in f


# Training documents for the restricted proposer: an "other" act (an extradition) and a tariff.
OTHER = {
    "en": "On March 3, 2026 the government extradited the accused trafficker to Texas.",
    "es": "El 3 de marzo de 2026 el gobierno extraditó al presunto traficante a Texas.",
    "fr": "Le 3 mars 2026, le gouvernement a extradé le trafiquant présumé vers le Texas.",
}
TARIFF = {
    "en": "On March 3, 2026 Washington imposed a 25% tariff on imported steel.",
    "es": "El 3 de marzo de 2026 Washington impuso un arancel del 25% al acero importado.",
    "fr": "Le 3 mars 2026, Washington a imposé un droit de douane de 25 % sur l'acier importé.",
}


def _training_docs():
    docs = []
    for lang in ("en", "es", "fr"):
        for i in range(3):
            text = f"{OTHER[lang]} {PLAIN[lang]} {TARIFF[lang]}"
            gold = [
                {"event_type": "other", "evidence": OTHER[lang]},
                {"event_type": "tariff", "evidence": TARIFF[lang]},
            ]
            docs.append(_doc(dt.date(2026, 3, 4 + i), issuer=f"issuer{i}", lang=lang, text=text, gold=gold))
    return docs


def test_rows_restricted_to_other_label_a_tariff_sentence_none_and_add_grammar(monkeypatch):
    monkeypatch.setattr(train_sentence_model, "TYPES", frozenset({"other"}))
    doc = _training_docs()[0]
    rows, labels = train_sentence_model._document_rows(doc, frozenset({"other"}))
    assert labels == ["other", NONE, NONE]  # the tariff sentence is "none" for this model
    assert all(any(k.startswith("s-length=") for k in row) for row in rows)
    all_rows, all_labels = train_sentence_model._document_rows(doc)
    assert all_labels == ["other", NONE, "tariff"]  # unrestricted: the tariff keeps its type
    assert not any(k.startswith("s-") for row in all_rows for k in row)


def test_a_model_restricted_to_other_proposes_only_other_events(monkeypatch, tmp_path):
    monkeypatch.setattr(train_sentence_model, "TYPES", frozenset({"other"}))
    train_sentence_model._ROWS.clear()
    fitted = train_sentence_model.train(_training_docs(), 0.5)
    assert fitted is not None and fitted.structural
    assert set(fitted.weights) == {"other", NONE}
    for lang in ("en", "es", "fr"):
        text = f"{OTHER[lang]} {TARIFF[lang]}"
        events = fitted.propose(text, dt.date(2026, 3, 5), lang, [])
        assert [e.event_type for e in events] == ["other"]
        assert events[0].date == "2026-03-03"
        assert events[0].evidence.strip() == OTHER[lang]
    # the weights round-trip, the grammar flag with them
    path = tmp_path / "m.json"
    path.write_text(fitted.to_json(), encoding="utf-8")
    again = load_sentence_model(path)
    assert again.structural is True
    assert json.loads(path.read_text())["structural"] is True


def test_an_old_weights_file_reads_without_grammar():
    model = SentenceModel({"other": {}, NONE: {}}, {"other": 0.0, NONE: 1.0})
    assert model.structural is False
    assert not any(k.startswith("s-") for k in model.features(PLAIN["en"], "en"))
    assert model.propose(OTHER["en"], dt.date(2026, 3, 5), "en", []) == []  # "none" is likelier everywhere
