"""Count candidate patterns in the sentences around each gold event's sentence (no sentences shown).

Run: ``.venv/bin/python bench/extract_near.py tests/real --lang es --types tariff 'arancel\\w*' 'pausa'``
prints, for each pattern (matched on the folded sentence), in how many of the missed and of the matched
gold events of those types it occurs in the sentence two before, one before, the event's own, one after
and two after. It weighs a rule that would read an act's object or cue from a neighbouring sentence
(the tariff noun in the sentence before, the doer named after) before it is written: a piece that sits
beside the misses as often as beside the matches is no cue. Counts only, never a sentence (issue 9,
eighth round).
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

from extract_probe import sentence_index  # noqa: E402
from extract_stages import prep_of  # noqa: E402

from timeline.extract.evaluate import gold_articles, score_article  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402

OFFSETS = (-2, -1, 0, 1, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a set folder (with <lang>/ folders)")
    parser.add_argument("patterns", nargs="+", help="regular expressions on the folded sentence")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--types", help="event types of the gold events counted (comma-separated)")
    args = parser.parse_args(argv)
    types = set(args.types.split(",")) if args.types else None
    compiled = [re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])") for p in args.patterns]
    counts: Counter[tuple[int, str, int]] = Counter()
    located: Counter[str] = Counter()
    for path in gold_articles(Path(args.path)):
        r = score_article(path)
        if (args.lang and r.lang != args.lang) or r.event_free:
            continue
        prep = prep_of(r)
        for gi, g in enumerate(r.gold):
            if types and g["event_type"] not in types:
                continue
            index = sentence_index(r, prep, g)
            if index is None:
                continue
            kind = "matched" if gi in r.matched else "missed"
            located[kind] += 1
            for offset in OFFSETS:
                if 0 <= index + offset < len(prep.sentences):
                    folded = fold(prep.sentences[index + offset].text)
                    for i, c in enumerate(compiled):
                        counts[(i, kind, offset)] += bool(c.search(folded))
    print(f"gold events located: missed {located['missed']}, matched {located['matched']}")
    print("sentence offsets: " + " ".join(f"{o:+d}" for o in OFFSETS))
    for i, p in enumerate(args.patterns):
        row = " | ".join(f"{k} " + " ".join(str(counts[(i, k, o)]) for o in OFFSETS) for k in ("missed", "matched"))
        print(f"{p!r}: {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
