"""Count candidate patterns over whole documents holding missed gold events (no text shown).

Run: ``.venv/bin/python bench/extract_doc_probe.py tests/real --lang fr --types sanction 'pattern' ...``
prints, for each pattern (matched on the whole folded document), how many documents holding a
missed gold event of those types it matches, how many holding only matched ones, and how many
event-free documents (where any event would be false), with how many matches those hold in all;
then how each missed event's gold date stands to the publication date (same day, earlier, later).
Where ``extract_probe.py`` weighs a sentence's pattern, this weighs a document's (a heading, an
enacting formula, a signature line). Counts only, never a sentence (issue 9, ninth round).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extract.evaluate import scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402


def _relation(gold_date: str, published: str) -> str:
    if not gold_date or not published:
        return "no date"
    if gold_date[:10] == published[:10]:
        return "same day"
    if len(gold_date) < 10 and published.startswith(gold_date):
        return "publication within the gold period"
    return "earlier" if gold_date < published[: len(gold_date)] else "later"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a set folder (with <lang>/ folders)")
    parser.add_argument("patterns", nargs="+", help="regular expressions on the folded document")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--types", help="event types of the gold events counted (comma-separated)")
    args = parser.parse_args(argv)
    types = set(args.types.split(",")) if args.types else None
    compiled = [re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])") for p in args.patterns]
    counts: Counter[tuple[int, str]] = Counter()
    dates: Counter[str] = Counter()
    for r, _doc_type in scored_articles([args.path], args.lang):
        folded = fold(r.text)
        if r.event_free:
            for i, c in enumerate(compiled):
                n = len(c.findall(folded))
                counts[(i, "event-free documents")] += bool(n)
                counts[(i, "matches in them")] += n
            continue
        missed = [g for gi, g in enumerate(r.gold) if gi not in r.matched and (not types or g["event_type"] in types)]
        kept = [g for gi, g in enumerate(r.gold) if gi in r.matched and (not types or g["event_type"] in types)]
        if not (missed or kept):
            continue
        kind = "missed" if missed else "matched only"
        for i, c in enumerate(compiled):
            counts[(i, kind)] += bool(c.search(folded))
        for g in missed:
            dates[_relation(str(g.get("date") or ""), str(r.published or ""))] += 1
    for i, p in enumerate(args.patterns):
        kinds = ("missed", "matched only", "event-free documents", "matches in them")
        print(f"{p!r}: " + " ".join(f"{k} {counts[(i, k)]}" for k in kinds))
    print("missed events' gold date against the publication: " + ", ".join(f"{k} {v}" for k, v in sorted(dates.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
