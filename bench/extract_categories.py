"""Misses and false events of the extractor on a set, counted by category only (no sentences shown).

Run: ``.venv/bin/python bench/extract_categories.py tests/real`` prints, for each (language, document
type, event type, modality), how many gold events were missed and how many extracted events were
false, and whether a missed event had a candidate of its type with an incompatible date ("dated
wrong") or none at all ("not found"). It shows where the rules fall short without showing the
wording of any document, so rules are written for kinds of wording, not for a text (issue 9).

It also counts the false events by the sense class of the trigger's object or doer
(``timeline/extract/senses.py``: post, labour, disaster, technology, sport, or none), the true ones
the same way (what a rejection by that class would cost), and the wrongly dated events by kind: the
date's basis (explicit in the clause, inherited from another sentence, relative to publication, the
publication by default), the gold and proposed precisions, and whether the proposed date is early or
late and by how much.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extract.dates import get_finder  # noqa: E402
from timeline.extract.evaluate import ArticleResult, _distance, compatible, scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402
from timeline.extract.published import find_published  # noqa: E402
from timeline.extract.senses import classes_near  # noqa: E402
from timeline.extract.text import normalise, segment  # noqa: E402
from timeline.extract.triggers import get_triggers  # noqa: E402


def sense_of(event) -> str:
    """The sense classes near the event's triggers, as 'doer:x,object:y' (or 'none')."""
    folded = fold(event.evidence)
    hits = [h for h in get_triggers(event.lang).find(folded) if h.event_type == event.event_type]
    found = {(where, c) for h in hits for where, cs in classes_near(event.lang, folded, h).items() for c in cs}
    return ",".join(f"{w}:{c}" for w, c in sorted(found)) or "none"


def _gap(days: int) -> str:
    return (
        "<=1 d"
        if days <= 1
        else "<=7 d"
        if days <= 7
        else "<=31 d"
        if days <= 31
        else "<=1 y"
        if days <= 366
        else ">1 y"
    )


def date_error(r: ArticleResult, g: dict) -> tuple[str, ...]:
    """The kind of a wrong date: the candidate's basis, precisions, direction and gap, same sentence or not."""
    same = [e for e in r.extracted if e.event_type == g["event_type"]]
    at = r.text.find(g.get("evidence", "")) if g.get("evidence") else -1
    holding = [e for e in same if at >= 0 and e.start <= at < e.end]
    best = min(holding or same, key=lambda e: _distance(g["date"], e.date))
    late = best.date[:10] > g["date"][:10]
    if at < 0:
        where = "gold evidence not found in the text"
    elif holding:
        where = "same sentence"
    else:  # the gold sentence gave no event of its type: what it gave instead, if anything
        other = sorted({e.event_type for e in r.extracted if at >= 0 and e.start <= at < e.end})
        where = "other sentence; gold sentence gave " + ("+".join(other) or "nothing")
    pub = "= publication" if best.date == r.published.isoformat() else "not publication"
    gold_pub = "gold = publication" if g["date"] == r.published.isoformat() else "gold before publication"
    gap = _gap(_distance(g["date"], best.date))
    return (
        r.lang,
        g["event_type"],
        r.source.get("doc_type", "-") if r.source else "-",
        best.date_basis,
        _told_in(best, g, r) if holding else "-",
        f"gold {g['date_precision']}",
        f"got {best.date_precision}",
        "late" if late else "early",
        gap,
        where,
        pub,
        gold_pub,
    )


def _told_elsewhere(best, g: dict, r: ArticleResult) -> str:  # noqa: ANN001
    """Where else the text tells a date compatible with the gold one: which sentence before, else after, else nowhere."""
    mentions = [m for m in get_finder(r.lang).find(r.text, r.published) if m.date]
    before = [
        best.start - m.end
        for m in mentions
        if m.end <= best.start and compatible(g["date"], g["date_precision"], m.date)
    ]
    after = [
        m.start - best.end
        for m in mentions
        if m.start >= best.end and compatible(g["date"], g["date_precision"], m.date)
    ]
    near = min(before) if before else None
    if near is not None:
        return _where_before(r, best, near)
    return "after the sentence only" if after else "nowhere"


def _where_before(r: ArticleResult, best, gap: int) -> str:  # noqa: ANN001
    """Which sentence before the event's holds the gold date: how many back, same paragraph, made an event, kind."""
    prep = normalise(r.text)
    found = find_published(prep.text, r.lang)
    segment(prep, r.lang, (found[1], found[2]) if found else None)
    spans = [(prep.to_original(x.start, x.end), x.paragraph) for x in prep.sentences]
    k = next(i for i, ((a, b), _p) in enumerate(spans) if a <= best.start < b)
    at = best.start - gap - 1
    j = next((i for i, ((a, b), _p) in enumerate(spans) if a <= at < b), -1)
    if j < 0:
        return f"before the sentence, outside any sentence ({'<=200' if gap <= 200 else '>200'} chars)"
    (a, b), para = spans[j]
    made = any(a <= e.start < b for e in r.extracted)
    mentions = [m for m in get_finder(r.lang).find(r.text[a:b], r.published) if m.date]
    kinds = "+".join(sorted({f"{m.basis}/{m.precision}" for m in mentions}))
    return (
        f"{k - j} sentence(s) before, {'same' if para == spans[k][1] else 'other'} paragraph, "
        f"{'made an event' if made else 'no event'}, {len(mentions)} dates there ({kinds})"
    )


def _told_in(best, g: dict, r: ArticleResult) -> str:  # noqa: ANN001 - an Event
    """Where the gold date is among the date mentions of the proposed event's sentence, as a kind, not a text.

    'gold date k of n' (k-th of n mentions reads compatible with the gold date, 'got' marks the chosen
    one's rank), or 'gold date not told (n mentions)'; and 'before/after the trigger' for the gold one.
    """
    mentions = [m for m in get_finder(r.lang).find(best.evidence, r.published) if m.date]
    ranks = [i for i, m in enumerate(mentions) if compatible(g["date"], g["date_precision"], m.date)]
    got = next((i for i, m in enumerate(mentions) if m.date == best.date), -1)
    if not ranks:
        return (
            f"gold date not told ({len(mentions)} mentions, got #{got + 1}); in the text: {_told_elsewhere(best, g, r)}"
        )
    gm = mentions[ranks[0]]
    kind = f"{gm.basis}{' range' if gm.end_date else ''}"
    folded = fold(best.evidence)
    cues = f"gold after {_cue(folded, gm.start)}" + (
        f", got after {_cue(folded, mentions[got].start)}" if got >= 0 else ""
    )
    return f"gold date #{ranks[0] + 1} of {len(mentions)} ({kind}), got #{got + 1}; {cues}"


# The word class just before a date mention (folded text), to tell the date of an act from others.
_CUES = {
    "amended": r"(?:amended|modified|modificad\w*|modifie\w*)\W+(?:\w+\W+){0,6}$",
    "effect": r"(?:effective|on or after|beginning|starting|as of|a partir del?|a compter du|des le|en vigor|en vigueur)\W+(?:\w+\W+){0,4}$",
    "document of": r"(?:order|proclamation|notice|decree|decreto|decret|no\.?|n°|\d+)\W+(?:of|del?|du)\W+$",
    "signed/issued": r"(?:signed|issued|dated|published|firmad\w*|publicad\w*|signe\w*|publie\w*)\W+(?:\w+\W+){0,2}$",
    "until": r"(?:until|through|hasta|jusqu.au)\W+$",
    "on": r"(?:on|el|le)\W+$",
}


def _cue(folded: str, at: int) -> str:
    before = folded[max(0, at - 60) : at]
    return next((name for name, pat in _CUES.items() if re.search(pat, before)), "other")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders) or one language folder")
    args = parser.parse_args(argv)
    missed: Counter[tuple[str, ...]] = Counter()
    false: Counter[tuple[str, ...]] = Counter()
    senses_false: Counter[tuple[str, ...]] = Counter()
    senses_true: Counter[tuple[str, ...]] = Counter()
    dates: Counter[tuple[str, ...]] = Counter()
    for r, doc in scored_articles(args.paths, None):
        for gi, g in enumerate(r.gold):
            if gi in r.matched:
                continue
            found = any(e.event_type == g["event_type"] for e in r.extracted)
            why = "dated wrong" if found else "not found"
            missed[(r.lang, doc, g["event_type"], g.get("modality", ""), why)] += 1
        for gi, ok in r.date_checked.items():
            if not ok:
                dates[date_error(r, r.gold[gi])] += 1
        used = set(r.matched.values())
        for ei, e in enumerate(r.extracted):
            if ei not in used:
                kind = "event-free doc" if r.event_free else "doc with events"
                false[(r.lang, doc, e.event_type, e.modality, kind)] += 1
                senses_false[(r.lang, e.event_type, kind, sense_of(e))] += 1
            else:
                senses_true[(r.lang, e.event_type, sense_of(e))] += 1
    for title, counts in (
        ("missed gold events", missed),
        ("false extracted events", false),
        ("false events by sense class near the trigger: lang / event type / kind / classes", senses_false),
        ("true events by sense class near the trigger: lang / event type / classes", senses_true),
        (
            "wrong dates: lang / type / doc type / basis / where the gold date is told / gold precision / got / direction / gap / where / got = pub / gold = pub",
            dates,
        ),
    ):
        head = title if ":" in title else f"{title}: lang / doc type / event type / modality / kind"
        print(f"\n{head} ({sum(counts.values())})")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
