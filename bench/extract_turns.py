"""Count how a transcript's gold events sit against its turns: the turn, the turn before, its question (no sentences shown).

Run: ``.venv/bin/python bench/extract_turns.py tests/real --lang es --types troop_deployment`` prints, for
each gold event of those types in a document with turn labels, missed and matched apart, counts of:

- ``turn``: who holds the turn of the event's sentence (``official`` when its label names a gazetteer
  actor, ``unnamed`` for a voice nobody names, ``other`` for a label naming nobody the gazetteer knows,
  ``none`` before the first label);
- ``place``: the sentence's rank in its turn (0 opens it) and its length in words;
- ``opens``: whether the sentence opens with an answer's denial or affirmation (``answers.py``'s openers);
- ``before``: who held the turn before, whether it asks (a ``?`` in its last sentence, or in any), and
  the object classes its asking sentences name (``answers.py``'s classes) and the trigger types they fire.

And for every document with turn labels: the pairs of turns, those whose second turn opens with an
opener (by the two turns' roles and the act classes the first asks about), and the acts the answers step
proposes, by whether a gold event of their type and day lies in the answering turn, elsewhere in the
document, nowhere (a false event), or the document is event-free.
Counts only, never a document's wording (issue 9, ninth round).
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

from timeline.extract import answers  # noqa: E402
from timeline.extract.agents import turn_speaker  # noqa: E402
from timeline.extract.evaluate import compatible, scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402
from timeline.extract.triggers import get_triggers  # noqa: E402


def _words(n: int) -> str:
    return "<=4" if n <= 4 else "<=10" if n <= 10 else "<=25" if n <= 25 else ">25"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a set folder (with <lang>/ folders)")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--types", help="event types of the gold events counted (comma-separated)")
    parser.add_argument("--words", nargs="*", default=[], help="patterns counted in the turn before (folded)")
    args = parser.parse_args(argv)
    words = [re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])") for p in args.words]
    types = set(args.types.split(",")) if args.types else None
    counts: Counter[tuple[str, str]] = Counter()
    pairs: Counter[str] = Counter()
    for r, _doc_type in scored_articles([args.path], args.lang):
        prep = prep_of(r)
        folded = [fold(s.text) for s in prep.sentences]
        turns = answers.turns_of(prep.sentences, folded, r.lang)
        if len(turns) < 2:
            continue
        triggers = get_triggers(r.lang)
        gold_at: dict[int, set[str]] = {}
        for g in r.gold:
            k = sentence_index(r, prep, g)
            if k is not None:
                gold_at.setdefault(k, set()).add(g["event_type"])
        for before, turn in zip(turns, turns[1:]):
            pairs["pairs of turns"] += 1
            if turn.sentences and answers.opener(r.lang, folded[turn.sentences[0]][turn.body :]):
                kinds = "+".join(sorted(answers.asked(before, folded, r.lang, prep.sentences))) or "nothing"
                pairs[f"opens with an opener: turn {turn.role} / before {before.role} / asks {kinds}"] += 1
                for gi, g in enumerate(r.gold):
                    if sentence_index(r, prep, g) in turn.sentences[:2]:
                        state = "matched" if gi in r.matched else "missed"
                        pairs[f"  gold in its first two sentences: {g['event_type']} {g['modality']} {state} / asks {kinds}"] += 1
        for e in answers.answered(prep, folded, r.lang, r.published.isoformat(), []):
            turn = next(t for t in turns if t.sentences and prep.to_original(prep.sentences[t.sentences[0]].start, 0)[0] == e.start)
            where = set()
            for g in r.gold:
                if g["event_type"] != e.event_type or not compatible(g["date"], g["date_precision"], e.date):
                    continue
                k = sentence_index(r, prep, g)
                where.add("its answer's turn" if k in turn.sentences else "elsewhere")
            kind = "event-free document" if r.event_free else "+".join(sorted(where)) or "no gold event of its type and day"
            pairs[f"proposed: {r.lang} / {e.event_type} / {e.modality} / gold: {kind}"] += 1
        for gi, g in enumerate(r.gold):
            if types and g["event_type"] not in types:
                continue
            k = sentence_index(r, prep, g)
            if k is None:
                continue
            state = "matched" if gi in r.matched else "missed"
            key = f"{r.lang} / {g['event_type']} / {g.get('modality')} / {state}"
            at = next((t for t in range(len(turns)) if k in turns[t].sentences), None)
            if at is None:
                counts[(key, "turn: none")] += 1
                continue
            turn = turns[at]
            rank = turn.sentences.index(k)
            key = f"{key} / {'opens its turn' if rank == 0 else 'inside its turn'}"
            counts[(key, f"turn: {turn.role}")] += 1
            counts[(key, f"gold date: {g['date_precision']}, {'= publication' if g['date'] == r.published.isoformat() else 'not publication'}")] += 1
            counts[(key, f"speaker found: label {bool(turn.speaker)}, earlier label {bool(turn_speaker(prep.sentences, folded, k))}, header {bool(answers._headed_by(prep, folded, turns))}")] += 1
            counts[(key, f"place: {min(rank, 3)}{'+' if rank >= 3 else ''}, words {_words(len(folded[k].split()))}")] += 1
            counts[(key, f"opens: {answers.opener(r.lang, folded[k])}")] += 1
            if at == 0:
                counts[(key, "before: no turn")] += 1
                continue
            before = turns[at - 1]
            last_asks = bool(before.sentences) and "?" in prep.sentences[before.sentences[-1]].text
            any_asks = any("?" in prep.sentences[j].text for j in before.sentences)
            counts[(key, f"before: {before.role}, last asks {last_asks}, any asks {any_asks}")] += 1
            asking = [j for j in before.sentences if "?" in prep.sentences[j].text]
            counts[(key, f"before: {min(len(before.sentences), 5)} sentences, last asking {len(before.sentences) - 1 - before.sentences.index(asking[-1]) if asking else '-'} from the end")] += 1
            for p, w in zip(args.words, words):
                where = [
                    place
                    for place, js in (("question clause", asking[-1:]), ("turn", before.sentences))
                    for j in js
                    if w.search(answers.question_clause(folded[j]) if place == "question clause" else folded[j])
                ]
                counts[(key, f"word {p}: {'+'.join(sorted(set(where))) or 'absent'}")] += 1
            counts[(key, f"before names: {'+'.join(sorted(answers.asked(before, folded, r.lang, prep.sentences))) or 'nothing'}")] += 1
            last = folded[before.sentences[-1]] if before.sentences else ""
            counts[(key, f"before's last sentence names: {'+'.join(sorted(answers.acts_named(r.lang, last))) or 'nothing'}")] += 1
            whole = " ".join(folded[j] for j in before.sentences)
            counts[(key, f"before's turn names: {'+'.join(sorted(answers.acts_named(r.lang, whole))) or 'nothing'}")] += 1
            fired = sorted({h.event_type for j in before.sentences if "?" in prep.sentences[j].text for h in triggers.find(folded[j])})
            counts[(key, f"before fires: {'+'.join(fired) or 'nothing'}")] += 1
    for (key, piece), n in sorted(counts.items()):
        print(f"{n:4d}  {key} / {piece}")
    print()
    for piece, n in sorted(pairs.items()):
        print(f"{n:4d}  {piece}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
