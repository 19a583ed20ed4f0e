"""Which rule made each event of legal texts, and which legal-boilerplate pieces stand near it (counts only).

Run: ``.venv/bin/python bench/extract_legal.py tests/real --lang en`` prints, for every extracted event
(true or extra) of the chosen language, the rule of ``triggers.yaml`` that fired (its type and index,
and the lexicon alternatives its trigger and its first cue matched: words of the rules, never of a
document), the modality, the date basis, and the classes of legal wording found in its sentence
(a definition, an authority or delegation, a provision, a reference to an earlier act, a procedure of
notice, a list item). Comparing the true events with the extras of bills, executive orders and
notices says which piece makes an extra: an object in another sense, a cue of an earlier act, a
definition. Counts only, never a sentence (issue 9, seventh round).
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
from timeline.extract.triggers import _NEAR, get_triggers  # noqa: E402

# Classes of legal wording (English; the counter is for English legal texts first).
LEGAL = {
    "definition": r"\bmeans\b|\bthe term\b|as defined|\bincludes?\b|for purposes of",
    "authority": r"authori[sz]\w*|delegat\w*|pursuant to|vested in me|in accordance with|under section",
    "provision": r"\bshall\b|\bhereby\b|is (?:hereby )?(?:amended|directed|revoked)|\bsubheadings?\b|\bheadings?\b|htsus?",
    "earlier act": r"executive order (?:no\. )?\d+|proclamation \d+|as amended|\d+ fr \d+|\d+ u\.s\.c|cfr\b",
    "procedure": r"\bcomments?\b|\bdocket\b|public inspection|paperwork|regulatory flexibility|effective (?:date|on)",
    "list item": r"^\s*\(?[a-z0-9ivx]{1,4}\)\s",
    "country list": r"(?:canada|mexico|china)\W+(?:and |or )?(?:canada|mexico|china)",
    "goods": r"\barticles?\b|\bgoods\b|\bproducts?\b|\bimports?\b|\bmerchandise\b",
    "data": r"\bdata\b|\binformation\b|technolog\w*|\bsoftware\b|\bfunds?\b|\bpayments?\b",
}
_LEGAL = {k: re.compile(v) for k, v in LEGAL.items()}


def _alternative(patterns: list[str], text: str, at: int) -> str:
    """The first lexicon alternative of ``patterns`` that matches ``text`` at ``at`` ('?' if none)."""
    for p in patterns:
        if re.compile(r"(?:" + p + r")").match(text, at):
            return p
    return "?"


def rule_pieces(lang: str, raw: dict, event_type: str, folded: str, start: int) -> str:
    """``type[i] trigger-alternative + cue-alternative`` of the first rule of ``event_type`` firing at ``start``."""
    t = get_triggers(lang)
    for i, rule in enumerate(t.rules.get(event_type, [])):
        m = rule.trigger.match(folded, start) if rule.trigger.pattern else None
        if not m:
            continue
        cues = [[c.start() for c in r.finditer(folded)] for r in rule.require]
        if any(not c for c in cues):
            continue
        spec = raw["types"][event_type][lang][i]
        trig = _alternative(spec["trigger"], folded, start)
        if not cues:
            return f"{event_type}[{i}] {trig}"
        near = min(cues[0], key=lambda c: abs(c - start))
        cue = _alternative(spec["require"][0], folded, near)
        side = "before" if near < start else "after"
        dist = "near" if abs(near - start) <= _NEAR else "far"
        return f"{event_type}[{i}] {trig} + {cue} ({side}, {dist})"
    return f"{event_type}[?]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders)")
    parser.add_argument("--lang", default="en")
    parser.add_argument(
        "--docs",
        default="bill,executive_order,federal_register_notice,report",
        help="document types counted (comma-separated; 'all' for every type)",
    )
    args = parser.parse_args(argv)
    import yaml

    raw = yaml.safe_load((ROOT / "timeline/extract/lexicon/triggers.yaml").read_text(encoding="utf-8"))
    docs = None if args.docs == "all" else set(args.docs.split(","))
    rules: Counter[tuple[str, ...]] = Counter()
    classes: Counter[tuple[str, ...]] = Counter()
    neighbours: Counter[tuple[str, ...]] = Counter()
    for r, doc in scored_articles(args.paths, args.lang):
        if docs is not None and doc not in docs:
            continue
        used = set(r.matched.values())
        for ei, e in enumerate(r.extracted):
            kind = "true" if ei in used else "extra"
            folded = re.sub(r"\s", " ", fold(e.evidence))  # printed lines: one space per break, same length
            t = get_triggers(r.lang)
            starts = [h.start for h in t.find(folded) if h.event_type == e.event_type]
            etype = e.event_type if starts else "?"
            if not starts:  # a plan read from a deployment, etc.: any hit
                hits = t.find(folded)
                starts = [h.start for h in hits]
                etype = hits[0].event_type if hits else "?"
            piece = rule_pieces(r.lang, raw, etype, folded, starts[0]) if starts else "no hit"
            rules[(kind, doc, e.event_type, e.modality, e.date_basis, piece)] += 1
            near = folded[max(0, (starts[0] if starts else 0) - 150) : (starts[0] if starts else 0) + 150]
            found = [k for k, c in _LEGAL.items() if c.search(near)] or ["-"]
            classes[(kind, doc, e.event_type, "+".join(found))] += 1
            others = sorted({h.event_type for h in t.find(folded)} - {e.event_type})
            neighbours[(kind, doc, e.event_type, "other hits: " + ("+".join(others) or "-"))] += 1
    print("events by rule: true or extra / doc type / type / modality / date basis / rule pieces")
    for key, n in sorted(rules.items(), key=lambda kv: (kv[0][0], kv[0][2], -kv[1])):
        print(f"{n:4d}  " + " / ".join(key))
    print("\nevents by legal classes within 150 characters of the trigger: true or extra / doc type / type / classes")
    for key, n in sorted(classes.items(), key=lambda kv: (kv[0][0], kv[0][2], -kv[1])):
        print(f"{n:4d}  " + " / ".join(key))
    print("\nother types firing in the event's sentence: true or extra / doc type / type / types")
    for key, n in sorted(neighbours.items(), key=lambda kv: (kv[0][0], kv[0][2], -kv[1])):
        print(f"{n:4d}  " + " / ".join(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
