"""Count how often candidate grammatical patterns occur where gold events are missed (no sentences shown).

Run: ``.venv/bin/python bench/extract_probe.py tests/real --lang fr --types statement 'esper\\w*' ...``
prints, for each pattern (matched on the folded sentence), how many sentences holding a missed gold
event's evidence of those types it matches, how many holding a matched one, and how many sentences
of event-free documents (where any event would be false). It is how a rule is weighed before it is
written: a pattern that matches the misses but also the event-free documents is too wide. Counts
only, never a sentence (issue 9, sixth round).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_stages import prep_of  # noqa: E402

from timeline.extract.evaluate import gold_articles, score_article  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402


def sentence_index(result, prep, gold: dict) -> int | None:  # noqa: ANN001
    """The index of the sentence holding ``gold``'s evidence, or None."""
    at = result.text.find(gold.get("evidence") or "\0")
    if at < 0:
        return None
    for k, s in enumerate(prep.sentences):
        start, end = prep.to_original(s.start, s.end)
        if start <= at < end:
            return k
    return None


def sentence_of(result, prep, gold: dict) -> str | None:  # noqa: ANN001
    """The folded sentence holding ``gold``'s evidence, or None."""
    k = sentence_index(result, prep, gold)
    return None if k is None else fold(prep.sentences[k].text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a set folder (with <lang>/ folders)")
    parser.add_argument("patterns", nargs="+", help="regular expressions on the folded sentence")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--types", help="event types of the gold events counted (comma-separated)")
    parser.add_argument(
        "--extras",
        action="store_true",
        help="also count the sentences of extra events (of --types)",
    )
    args = parser.parse_args(argv)
    types = set(args.types.split(",")) if args.types else None
    compiled = [re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])") for p in args.patterns]
    counts: Counter[tuple[int, str]] = Counter()
    for path in gold_articles(Path(args.path)):
        r = score_article(path)
        if args.lang and r.lang != args.lang:
            continue
        prep = prep_of(r)
        used = set(r.matched.values()) if args.extras else None
        for ei, e in enumerate(r.extracted if args.extras else []):
            if ei in used or (types and e.event_type not in types):
                continue
            s = next(
                (
                    s
                    for s in prep.sentences
                    if prep.to_original(s.start, s.end)[0] <= e.start < prep.to_original(s.start, s.end)[1]
                ),
                None,
            )
            for i, c in enumerate(compiled):
                counts[(i, "extra in event-free doc" if r.event_free else "extra")] += bool(
                    s is not None and c.search(fold(s.text))
                )
        if r.event_free:
            for s in prep.sentences:
                for i, c in enumerate(compiled):
                    counts[(i, "event-free sentences")] += bool(c.search(fold(s.text)))
            continue
        for gi, g in enumerate(r.gold):
            if types and g["event_type"] not in types:
                continue
            folded = sentence_of(r, prep, g)
            if folded is None:
                continue
            kind = "matched" if gi in r.matched else "missed"
            for i, c in enumerate(compiled):
                counts[(i, kind)] += bool(c.search(folded))
    for i, p in enumerate(args.patterns):
        extra = ("extra", "extra in event-free doc") if args.extras else ()
        kinds = ("missed", "matched", "event-free sentences", *extra)
        row = " ".join(f"{k} {counts[(i, k)]}" for k in kinds)
        print(f"{p!r}: {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
