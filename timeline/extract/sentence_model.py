"""A learned proposer: a linear model that reads a sentence the rules left empty and may name an event in it.

The rules (``triggers.py``) miss acts told in wordings they do not know. This model looks at every
sentence in which the rules proposed nothing, scores each event type from the sentence's words
(folded word unigrams and bigrams, hashed into :data:`BUCKETS` buckets by CRC-32, so the same on
every machine) and the language, and proposes an event of the best type when its probability is at
least the threshold. The event is dated by the first date the extractor's own date finder reads in
the sentence, else by the publication date; its modality is ``happened``.

The weights are trained by ``bench/train_sentence_model.py`` (scikit-learn, a development dependency
only, fixed solver and seed) and stored as a small JSON file; this module applies them with plain
Python. It is not called by :func:`timeline.extract_events`: it is evaluated with the leave-one-issuer-out
folds of the real corpus (README, "Evaluation by source"), trained inside each fold on the other
issuers only, and stays off unless those figures are better with it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from timeline.extract import dates as dates_mod
from timeline.extract.candidate_grammar import sentence_grammar_features
from timeline.extract.gazetteer import fold
from timeline.extract.model import Event
from timeline.extract.text import normalise, segment

BUCKETS = 4096
NONE = "none"  # the class of a sentence that tells no event
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def sentence_features(sentence: str, lang: str) -> dict[str, float]:
    """Hashed folded unigrams and bigrams of a sentence, plus its language.

    >>> f = sentence_features("Mexico sent 26 prisoners.", "en")
    >>> f["lang=en"], len(f) > 4
    (1.0, True)
    """
    words = _WORD.findall(fold(sentence))
    grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
    features = {f"lang={lang}": 1.0}
    for gram in grams:
        features[f"h{zlib.crc32(gram.encode('utf-8')) % BUCKETS}"] = 1.0
    return features


def sentences_of(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The sentences the extractor reads, as (start, end, text) spans of the original text."""
    prep = segment(normalise(text), lang)
    out = []
    for s in prep.sentences:
        start, end = prep.to_original(s.start, s.end)
        out.append((start, end, text[start:end]))
    return out


@dataclass(frozen=True)
class SentenceModel:
    """Multinomial logistic weights per class (event types and :data:`NONE`), and the proposing threshold."""

    weights: dict[str, dict[str, float]]
    intercepts: dict[str, float]
    threshold: float = 0.5
    structural: bool = False  # sixteenth round (issue 9, s16-learned): add the sentence's grammar features

    def features(self, sentence: str, lang: str) -> dict[str, float]:
        """The features this model reads: the sentence's words, and its grammar when ``structural``."""
        features = sentence_features(sentence, lang)
        if self.structural:
            features.update(sentence_grammar_features(sentence, lang))
        return features

    def scores(self, sentence: str, lang: str) -> dict[str, float]:
        """Probability of each class for one sentence (softmax of the linear scores)."""
        features = self.features(sentence, lang)
        z = {
            c: self.intercepts[c] + sum(w.get(f, 0.0) * v for f, v in features.items()) for c, w in self.weights.items()
        }
        top = max(z.values())
        exp = {c: math.exp(v - top) for c, v in z.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    def propose(self, text: str, published: dt.date | None, lang: str, events: list[Event]) -> list[Event]:
        """Events for the sentences of ``text`` that none of ``events`` quotes, where the model is confident."""
        covered = [(e.start, e.end) for e in events]
        finder = dates_mod.get_finder(lang)
        out = []
        for start, end, sentence in sentences_of(text, lang):
            if any(s < end and start < e for s, e in covered):
                continue
            probabilities = self.scores(sentence, lang)
            best = max(probabilities, key=probabilities.get)
            if best == NONE or probabilities[best] < self.threshold:
                continue
            found = [m for m in finder.find(sentence, published) if m.date]
            if found:
                date, precision, basis, date_text = found[0].date, found[0].precision, found[0].basis, found[0].text
            elif published is not None:
                date, precision, basis, date_text = published.isoformat(), "day", "publication_fallback", ""
            else:
                continue
            if published is not None and precision == "day" and date > published.isoformat():
                continue  # what happened is never after publication
            out.append(
                Event(
                    best,
                    date,
                    precision,
                    date_text,
                    basis,
                    "happened",
                    sentence,
                    start,
                    end,
                    round(probabilities[best], 2),
                    lang,
                )
            )
        return out

    def to_json(self) -> str:
        """Deterministic JSON text (sorted keys, weights rounded to 5 places, zeros left out)."""
        data = {
            "buckets": BUCKETS,
            "structural": self.structural,
            "threshold": self.threshold,
            "intercepts": {c: round(v, 5) for c, v in sorted(self.intercepts.items())},
            "weights": {
                c: {f: round(v, 5) for f, v in sorted(w.items()) if round(v, 5) != 0.0}
                for c, w in sorted(self.weights.items())
            },
        }
        return json.dumps(data, sort_keys=True) + "\n"


def load_sentence_model(path: str | Path) -> SentenceModel:
    """Read weights written by ``bench/train_sentence_model.py``; says what to do when the file does not fit."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("buckets") != BUCKETS:
            raise ValueError(f"buckets is {data.get('buckets')}, this code uses {BUCKETS}")
        weights = {str(c): {str(f): float(v) for f, v in w.items()} for c, w in data["weights"].items()}
        return SentenceModel(
            weights,
            {str(c): float(v) for c, v in data["intercepts"].items()},
            float(data["threshold"]),
            bool(data.get("structural", False)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            f"{path}: not a sentence model ({exc}); rebuild it with python bench/train_sentence_model.py --write PATH"
        ) from exc
