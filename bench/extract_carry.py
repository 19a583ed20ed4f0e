"""Count where the step that carries an object across sentences fires (no sentences shown).

Run: ``.venv/bin/python bench/extract_carry.py tests/real [--lang es]`` prints, per language and carried
type, how many carried triggers (``timeline/extract/carry.py``) fall in a sentence holding a gold
event of that type that the extractor missed, one it matched, a gold event of another type, no gold
event, or a sentence of an event-free document (where any event would be false), and how far back
their antecedent is. It weighs the step before its events are scored: counts only, never a sentence
(issue 9, ninth round).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_probe import sentence_index  # noqa: E402
from extract_stages import prep_of  # noqa: E402

from timeline.extract.carry import CarriedHit, sentence_hits  # noqa: E402
from timeline.extract.evaluate import scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a set folder (with <lang>/ folders)")
    parser.add_argument("--lang", help="only this language")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, str, str]] = Counter()
    back: Counter[tuple[str, int]] = Counter()
    for r, _doc_type in scored_articles([args.path], args.lang):
        prep = prep_of(r)
        folded = [fold(s.text) for s in prep.sentences]
        hits = sentence_hits(r.lang, prep.sentences, folded)
        gold_at: dict[int, list[tuple[str, bool]]] = {}
        for gi, g in enumerate(r.gold):
            k = sentence_index(r, prep, g)
            if k is not None:
                gold_at.setdefault(k, []).append((g["event_type"], gi in r.matched))
        for k, found in enumerate(hits):
            for h in found:
                if not isinstance(h, CarriedHit):
                    continue
                back[(r.lang, k - h.antecedent)] += 1
                here = gold_at.get(k, [])
                if r.event_free:
                    where = "event-free document"
                elif any(t == h.event_type and not m for t, m in here):
                    where = "missed gold event of the type"
                elif any(t == h.event_type for t, m in here):
                    where = "matched gold event of the type"
                elif here:
                    where = "gold event of another type"
                else:
                    where = "no gold event"
                counts[(r.lang, h.event_type, where)] += 1
    print("carried triggers: lang / type / sentence")
    for key, n in sorted(counts.items()):
        print(f"{n:4d}  {' / '.join(key)}")
    print("antecedent sentences back: lang / distance")
    for key, n in sorted(back.items()):
        print(f"{n:4d}  {key[0]} / {key[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
