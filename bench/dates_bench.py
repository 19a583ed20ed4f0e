"""Speed of DateFinder.find against dateparser's search_dates alone, on the gold articles.

Run: ``.venv/bin/python bench/dates_bench.py [GOLD_DIR] [--repeat N]``. Both run on the same
articles in the same process after a warm-up; the table prints the median milliseconds per
article, the date mentions found, and the ratio find / search_dates per language (lower is better).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateparser.search import search_dates  # noqa: E402

from timeline.extract.dates import get_finder  # noqa: E402
from timeline.extract.published import find_published  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from extract_bench import _median_ms  # noqa: E402  (one timing helper for both benches)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    print(f"{'lang':4} {'articles':>8} {'chars':>6} {'mentions':>8} {'find ms':>8} {'search_dates ms':>15} {'ratio':>6}")
    for lang_dir in sorted(Path(args.gold).iterdir()):
        texts = sorted(lang_dir.glob("*.txt"))
        if not texts or not lang_dir.is_dir():
            continue
        lang, finder = lang_dir.name, get_finder(lang_dir.name)
        ours, theirs, chars, mentions = [], [], 0, 0
        for path in texts:
            text = path.read_text(encoding="utf-8")
            found = find_published(text, lang)
            published = found[0] if found else dt.date(2025, 10, 15)  # a fixed base keeps runs comparable
            base = dt.datetime.combine(published, dt.time())
            finder.find(text, published)
            search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base})
            ours.append(_median_ms(lambda t=text, p=published, f=finder: f.find(t, p), args.repeat))
            theirs.append(_median_ms(lambda t=text, b=base, lg=lang: search_dates(t, languages=[lg], settings={"RELATIVE_BASE": b}), args.repeat))
            chars += len(text)
            mentions += len(finder.find(text, published))
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"{lang:4} {len(texts):8} {chars // len(texts):6} {mentions / len(texts):8.1f} {a:8.3f} {b:15.1f} {a / b:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
