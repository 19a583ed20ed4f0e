"""Misses and false events of the extractor on a set, counted by category only (no sentences shown).

Run: ``.venv/bin/python bench/extract_categories.py tests/real`` prints, for each (language, document
type, event type, modality), how many gold events were missed and how many extracted events were
false, and whether a missed event had a candidate of its type with an incompatible date ("dated
wrong") or none at all ("not found"). It shows where the rules fall short without showing the
wording of any document, so rules are written for kinds of wording, not for a text (issue 9).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extract.evaluate import gold_articles, score_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders) or one language folder")
    args = parser.parse_args(argv)
    missed: Counter[tuple[str, ...]] = Counter()
    false: Counter[tuple[str, ...]] = Counter()
    for root in args.paths:
        for path in gold_articles(Path(root)):
            r = score_article(path)
            doc = str(r.source.get("doc_type", "")) if r.source else "-"
            for gi, g in enumerate(r.gold):
                if gi in r.matched:
                    continue
                found = any(e.event_type == g["event_type"] for e in r.extracted)
                why = "dated wrong" if found else "not found"
                missed[(r.lang, doc, g["event_type"], g.get("modality", ""), why)] += 1
            used = set(r.matched.values())
            for ei, e in enumerate(r.extracted):
                if ei not in used:
                    kind = "event-free doc" if r.event_free else "doc with events"
                    false[(r.lang, doc, e.event_type, e.modality, kind)] += 1
    for title, counts in (("missed gold events", missed), ("false extracted events", false)):
        print(f"\n{title} ({sum(counts.values())}): lang / doc type / event type / modality / kind")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
