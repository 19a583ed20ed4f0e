"""How far two readers' annotations of the same documents agree, scored as the extractor is scored.

Run: ``.venv/bin/python bench/annotator_agreement.py FIRST SECOND`` where FIRST is a set
(``tests/real_heldout``: ``<lang>/<name>.txt`` with the first reader's ``<name>.json``) and SECOND a folder
of the second reader's ``<lang>/<name>.json`` for the same documents. The second reading's events are
paired with the first's exactly as ``timeline evaluate`` pairs extracted events with gold ones (same type,
compatible date, one to one: ``timeline/extract/evaluate.py``), per language and per event type, in both
directions (a date compatible at one reader's precision need not be at the other's). The agreement of
two careful readers is the ceiling against which an extractor's score on the set can be read.

Documents the second reader did not annotate are left out of both sides and counted. The second
readings of the first, third, fourth and fifth held-out runs' documents (40, 49, 43 and 44) are kept in
``tests/real/second_reading/``:
``bench/annotator_agreement.py tests/real tests/real/second_reading``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extract.evaluate import ArticleResult, gold_articles, pair_events, report_of  # noqa: E402
from timeline.extract.model import Event  # noqa: E402


def as_events(annotation: dict, text: str) -> list[Event]:
    """A reader's annotated events as extractor events (offsets found from the evidence)."""
    out = []
    for g in annotation.get("events", []):
        start = max(text.find(g.get("evidence", "")), 0)
        end = start + len(g.get("evidence", ""))
        out.append(Event(g["event_type"], g["date"], g["date_precision"], "", "explicit", g["modality"],
                         g.get("evidence", ""), start, end, 1.0, annotation["lang"], list(g.get("actors", [])),
                         list(g.get("countries", []))))
    return out


def agreement(first: Path, second: Path, reverse: bool = False) -> tuple[list[ArticleResult], list[str]]:
    """Every document read by both, scored with one reading as gold and the other as proposed."""
    results, missing = [], []
    for path in gold_articles(first):
        other = second / path.parent.name / path.with_suffix(".json").name
        if not other.exists():
            missing.append(str(path.relative_to(first)))
            continue
        text = path.read_text(encoding="utf-8")
        a = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        b = json.loads(other.read_text(encoding="utf-8"))
        gold, proposed = (b, a) if reverse else (a, b)
        base = ArticleResult(path, a["lang"], dt.date.fromisoformat(a["published"]), gold["events"], [],
                             event_free=not gold["events"], text=text)
        results.append(pair_events(base, as_events(proposed, text)))
    return results, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    for reverse, label in ((False, "second reading scored against the first"),
                           (True, "first reading scored against the second")):
        results, missing = agreement(args.first, args.second, reverse)
        report = report_of(results)
        print(f"{label}: {len(results)} documents")
        print("| | tp / fp / fn | P | R | F1 |")
        print("|---|---|---|---|---|")
        for name, s in [*sorted(report.by_lang.items()), *sorted(report.by_type.items()), ("all", report.total)]:
            print(f"| {name} | {s.tp} / {s.fp} / {s.fn} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |")
        print()
    if missing:
        listed = ", ".join(missing) if len(missing) <= 10 else ", ".join(missing[:10]) + ", ..."
        print(f"documents of {args.first} not read by the second reader: {len(missing)} ({listed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
