"""A learned filter over the extractor's candidates: keep or reject each proposed event.

Each candidate (an :class:`~timeline.extract.model.Event` the rules proposed) is described by a few
generic features: its event type, date basis and modality, the document type and language, the
rules' confidence, whether an actor or a quantity was found, and the words of its evidence sentence
hashed into :data:`WORD_BUCKETS` buckets (CRC-32, so the same on every machine). A logistic model
over these features gives the probability that the candidate is a true event; candidates below the
threshold are dropped.

The weights are trained by ``bench/train_filter.py`` (scikit-learn, a development dependency only)
and stored as a small JSON file ``{"weights": {feature: w}, "intercept": b, "threshold": t}``; this
module reads and applies them with plain Python, so nothing here needs scikit-learn. The filter is
not part of :func:`timeline.extract_events`: it is evaluated with leave-one-issuer-out folds on the
real corpus (``python bench/train_filter.py --folds``), and stays off until those figures are better
with it than without (README, "Evaluation by source").
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from timeline.extract.candidate_context import context_features
from timeline.extract.candidate_grammar import grammar_features
from timeline.extract.model import Event

WORD_BUCKETS = 512
#: The feature sets a filter may use: the first filter's (``words``: fields, document type from the
#: corpus metadata, hashed words), and the seventh round's, read from the text alone (``context``:
#: fields and :func:`~timeline.extract.candidate_context.context_features`; ``context+words``: both), and
#: the thirteenth round's (``grammar``: the context set and how the rules found the candidate,
#: :func:`~timeline.extract.candidate_grammar.grammar_features`).
FEATURE_SETS = ("words", "context", "context+words", "grammar")
_WORD = re.compile(r"\w+", re.UNICODE)


def candidate_features(event: Event, doc_type: str = "") -> dict[str, float]:
    """The features of one candidate, as a sparse mapping of feature name to value.

    >>> e = Event("boat_strike", "2025-09-02", "day", "", "explicit", "happened", "Forces struck a boat.", 0, 21, 0.9, "en")
    >>> f = candidate_features(e, "bill")
    >>> f["type=boat_strike"], f["basis=explicit"], f["doc=bill"], f["confidence"], f["has_actor"]
    (1.0, 1.0, 1.0, 0.9, 0.0)
    """
    features = {
        f"type={event.event_type}": 1.0,
        f"basis={event.date_basis}": 1.0,
        f"modality={event.modality}": 1.0,
        f"precision={event.date_precision or 'none'}": 1.0,
        f"doc={doc_type or 'none'}": 1.0,
        f"lang={event.lang}": 1.0,
        "confidence": float(event.confidence),
        "has_actor": 1.0 if event.actors else 0.0,
        "has_quantity": 1.0 if event.quantities else 0.0,
    }
    for word in {w.lower() for w in _WORD.findall(event.evidence)}:
        features[f"word={zlib.crc32(word.encode('utf-8')) % WORD_BUCKETS}"] = 1.0
    return features


def filter_features(event: Event, doc_type: str = "", text: str = "", feature_set: str = "words") -> dict[str, float]:
    """The features of ``feature_set`` (one of :data:`FEATURE_SETS`) for one candidate of ``text``.

    >>> e = Event("boat_strike", "2025-09-02", "day", "Sept. 2", "explicit", "happened", "Forces struck a boat.", 0, 21, 0.9, "en")
    >>> f = filter_features(e, "bill", e.evidence, "context")
    >>> f["own_date"], f["layout=prose"], "doc=bill" in f, any(k.startswith("word=") for k in f)
    (1.0, 1.0, False, False)
    """
    words = candidate_features(event, doc_type)
    if feature_set == "words":
        return words
    features = {k: v for k, v in words.items() if not k.startswith(("doc=", "word="))}
    features.update(context_features(event, text))
    if feature_set == "grammar":
        features.update(grammar_features(event))
    if feature_set == "context+words":
        features.update({k: v for k, v in words.items() if k.startswith("word=")})
    return features


@dataclass(frozen=True)
class CandidateFilter:
    """Logistic weights over :func:`candidate_features`, and the probability below which a candidate is dropped."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5
    feature_set: str = "words"

    def probability(self, event: Event, doc_type: str = "", text: str = "") -> float:
        """Probability that the candidate is a true event.

        >>> f = CandidateFilter({"type=other": -3.0}, 1.0)
        >>> e = Event("other", "", "", "", "none", "happened", "x", 0, 1, 0.5, "en")
        >>> round(f.probability(e), 3)
        0.119
        """
        z = self.intercept + sum(
            self.weights.get(name, 0.0) * v
            for name, v in filter_features(event, doc_type, text, self.feature_set).items()
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def keep(self, events: list[Event], doc_type: str = "", text: str = "") -> list[Event]:
        """The candidates at or above the threshold, in their order (``text``: the article, for context features)."""
        return [e for e in events if self.probability(e, doc_type, text) >= self.threshold]

    def to_json(self) -> str:
        """Deterministic JSON text (sorted keys, weights rounded to 6 places)."""
        data = {
            "feature_set": self.feature_set,
            "word_buckets": WORD_BUCKETS,
            "threshold": self.threshold,
            "intercept": round(self.intercept, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if round(v, 6) != 0.0},
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


def load_filter(path: str | Path) -> CandidateFilter:
    """Read weights written by ``bench/train_filter.py``; says what to do when the file does not fit."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("word_buckets") != WORD_BUCKETS:
            raise ValueError(f"word_buckets is {data.get('word_buckets')}, this code uses {WORD_BUCKETS}")
        feature_set = str(data.get("feature_set", "words"))
        if feature_set not in FEATURE_SETS:
            raise ValueError(f"feature_set is {feature_set!r}, this code knows {', '.join(FEATURE_SETS)}")
        return CandidateFilter(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["intercept"]),
            float(data["threshold"]),
            feature_set,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            f"{path}: not a candidate filter ({exc}); rebuild it with python bench/train_filter.py --write"
        ) from exc
