"""Speed of the extractor against dateparser's search_dates alone, on the gold articles.

Run: ``.venv/bin/python bench/extract_bench.py [GOLD_DIR] [--repeat N]``. Both run on the same
articles in the same process, after one warm-up each (lexicons, models and dateparser's caches
loaded), and the table prints the median milliseconds per article and their ratio per language.
The target is a ratio of at most 0.25: the whole extractor in a quarter of search_dates' time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateparser.search import search_dates  # noqa: E402

from timeline.extract import extract_events  # noqa: E402
from timeline.extract.evaluate import gold_articles  # noqa: E402


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per article; the median is kept (default 3)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    rows: dict[str, list[tuple[float, float]]] = {}
    for path in gold_articles(Path(args.gold)):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        lang = gold["lang"]
        published = dt.date.fromisoformat(gold["published"] or gold["published_in_text"])
        base = dt.datetime.combine(published, dt.time(12))
        def ours(text=text, published=published, lang=lang):
            return extract_events(text, published=published, lang=lang)

        def theirs(text=text, lang=lang, base=base):
            return search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base})

        ours()
        theirs()  # warm-up: imports, lexicons and dateparser's per-language data
        rows.setdefault(lang, []).append((_median_ms(ours, args.repeat), _median_ms(theirs, args.repeat)))
    if not rows:
        print(f"no gold articles under {args.gold}")
        return 1
    print("| language | articles | extract_events ms (median) | search_dates ms (median) | ratio |")
    print("|---|---|---|---|---|")
    for lang in sorted(rows):
        ours_ms = statistics.median(r[0] for r in rows[lang])
        theirs_ms = statistics.median(r[1] for r in rows[lang])
        print(f"| {lang} | {len(rows[lang])} | {ours_ms:.1f} | {theirs_ms:.1f} | {ours_ms / theirs_ms:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
