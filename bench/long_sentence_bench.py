"""How extraction time grows with the length of one sentence (issue 13: it grew with its cube).

Run: ``.venv/bin/python bench/long_sentence_bench.py [--repeat N]``. One sentence of clauses joined by
commas, with no full stop, at four lengths each four times the last, timed in one process after a
warm-up; the table prints the median seconds, microseconds per character and the ratio to the previous
length. Linear growth gives ratios near 4 (cubic gave 64). The last column says whether every sentence
was read within ``extract_budget_s``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extract import extract_article  # noqa: E402

CLAUSE = (
    "the US Navy struck a boat off Venezuela on Sept. 2, killing 3 people, and Mexico sent 26 prisoners "
    "to the United States on Tuesday, "
)


def sentence(chars: int) -> str:
    """One sentence of about ``chars`` characters."""
    return "On Monday " + CLAUSE * max(1, chars // len(CLAUSE)) + "officials said."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    extract_article(sentence(1_000), "2025-09-10", "en")  # warm-up: lexicons and patterns
    print(f"{'characters':>10} {'seconds':>8} {'us/char':>8} {'ratio':>6} complete")
    previous = None
    for chars in (2_500, 10_000, 40_000, 160_000):
        text = sentence(chars)
        times, complete = [], True
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            complete = extract_article(text, "2025-09-10", "en").complete
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        ratio = f"{median / previous:6.1f}" if previous else "     -"
        print(f"{len(text):>10,} {median:8.3f} {median / len(text) * 1e6:8.1f} {ratio} {complete}")
        previous = median
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
