"""Where in the extractor each missed gold event was lost, counted by stage only (no sentences shown).

Run: ``.venv/bin/python bench/extract_stages.py tests/real`` prints, per (language, document type,
event type, stage), how many gold events were missed. The stages, for the sentence holding a missed
event's evidence:

- ``no trigger word``: no trigger of the event's type matches the sentence at all;
- ``trigger, cue group N missing``: a trigger word of the type matches, but the rule's N-th group of
  argument cues (0 = the object) is nowhere in the sentence;
- ``fired, vetoed``: a rule fires but a 'reject' pattern of the type vetoes it in the sentence;
- ``fired as <types>``: the type's rule fires but is lost to another reading (exclusive pairs,
  near_only), and the sentence fires these other types;
- ``fired, no event``: the type fires but the pipeline proposes no event from the sentence (undated
  without a doer, background, generic, modality);
- ``event, dated wrong``: an event of the type comes from the sentence with an incompatible date;
- ``event typed <type>``: an event of another type comes from the sentence;
- ``evidence not found``: the evidence is not in a sentence the extractor reads (a dropped line).

With ``--pieces`` it also counts, for missed deployments, tariffs, strikes and transfers, which piece
of the act is absent from the sentence (verb family, object class, number, doer; with the gold
modality), from the broad classes of ``bench/extract_act_pieces.py``.

Like ``bench/extract_categories.py`` it shows where the rules fall short without showing the wording
of any document, so rules are written for kinds of wording, not for a text (issue 9).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_act_pieces import pieces_of  # noqa: E402

from timeline.extract.context import is_generic  # noqa: E402
from timeline.extract.date_patterns import fold_same_length  # noqa: E402
from timeline.extract.enactment import signature_date  # noqa: E402
from timeline.extract.evaluate import scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold, get_gazetteer  # noqa: E402
from timeline.extract.published import find_published  # noqa: E402
from timeline.extract.text import normalise, segment  # noqa: E402
from timeline.extract.triggers import get_triggers  # noqa: E402


def stage_of(result, gold: dict) -> str:  # noqa: ANN001 - an evaluate.ArticleResult
    """The stage at which ``gold`` (one missed event of ``result``) was lost."""
    text = result.text
    at = text.find(gold.get("evidence") or "\0")
    if at < 0:
        return "evidence not found"
    prep = normalise(text)
    found = find_published(prep.text, result.lang)
    segment(prep, result.lang, (found[1], found[2]) if found else None)
    sentence = None
    for s in prep.sentences:
        start, end = prep.to_original(s.start, s.end)
        if start <= at < end:
            sentence, span = s, (start, end)
            break
    if sentence is None:
        return "evidence not found"
    split = at + len(gold["evidence"]) > span[1]
    stage = _stage(result, gold, sentence, span)
    return stage + (" (evidence split across sentences)" if split else "")


def _stage(result, gold: dict, sentence, span: tuple[int, int]) -> str:  # noqa: ANN001
    kind = gold["event_type"]
    here = [e for e in result.extracted if e.start < span[1] and span[0] < e.end]
    if any(e.event_type == kind for e in here):
        return "event, dated wrong"
    if here:
        return "event typed " + "+".join(sorted({e.event_type for e in here}))
    triggers = get_triggers(result.lang)
    folded = fold(sentence.text)
    hits = triggers.find(folded)
    if any(h.event_type == kind for h in hits):
        whole = fold_same_length(text_of(result))
        enacts = bool(triggers.enacting.search(whole))
        signed = bool(signature_date(triggers, whole, text_of(result), result.lang, result.published))
        on_pub = "gold dated at publication" if gold["date"] == result.published.isoformat() else "gold dated otherwise"
        return (
            f"fired, no event (enacting formula {'yes' if enacts else 'no'}, signature {'yes' if signed else 'no'}, "
            f"{on_pub}, modality {gold.get('modality', '')}; {_why_dropped(result, triggers, folded, sentence, hits, kind)})"
        )
    best = "no trigger word"
    for rule in triggers.rules.get(kind, []):
        if not rule.trigger.search(folded):
            continue
        missing = [i for i, cue in enumerate(rule.require) if not cue.search(folded)]
        if not missing:
            reject = triggers.reject.get(kind)
            if reject is not None and reject.search(folded):
                return "fired, vetoed"
            others = sorted({h.event_type for h in hits})
            return "fired as " + ("+".join(others) if others else "nothing (near_only / not_after)")
        best = (
            min(best, f"trigger, cue group {missing[0]} missing")
            if best != "no trigger word"
            else (f"trigger, cue group {missing[0]} missing")
        )
    k = next(i for i, s in enumerate(prep_of(result).sentences) if s.start == sentence.start)
    near = prep_of(result).sentences[max(0, k - 1) : k + 2]
    if any(h.event_type == kind for h in triggers.find(fold(" ".join(s.text for s in near)))):
        best += ", fires with the sentences beside it"
    if best == "no trigger word" and hits:
        best += " (fires " + "+".join(sorted({h.event_type for h in hits})) + ")"
    return best


def sentence_and_beside(result, gold: dict) -> tuple[str, str, str] | None:  # noqa: ANN001
    """The folded sentence holding ``gold``'s evidence, and the folded sentences before and after it."""
    at = result.text.find(gold.get("evidence") or "\0")
    if at < 0:
        return None
    prep = prep_of(result)
    for k, s in enumerate(prep.sentences):
        start, end = prep.to_original(s.start, s.end)
        if start <= at < end:
            before = fold(prep.sentences[k - 1].text) if k else ""
            after = fold(prep.sentences[k + 1].text) if k + 1 < len(prep.sentences) else ""
            return fold(s.text), before, after
    return None


def _why_dropped(result, triggers, folded: str, sentence, hits: list, kind: str) -> str:  # noqa: ANN001
    """What the pipeline saw of a fired hit it dropped: proposed modality, generic, actors, other types, plan."""
    hit = next(h for h in hits if h.event_type == kind)
    modality = triggers.modality_of(kind, folded, sentence.text, hit)
    actors = any(m.kind == "actor" for m in get_gazetteer().find(sentence.text, folded))
    others = sorted({h.event_type for h in hits} - {kind})
    return (
        f"proposed {modality}, generic {'yes' if is_generic(triggers, folded, hit) else 'no'}, "
        f"actor {'yes' if actors else 'no'}, commentary {'yes' if triggers.commentary.search(folded) else 'no'}, "
        f"also {'+'.join(others) or 'none'}"
    )


def prep_of(result):  # noqa: ANN001, ANN201
    """The article as the pipeline segments it."""
    prep = normalise(result.text)
    found = find_published(prep.text, result.lang)
    return segment(prep, result.lang, (found[1], found[2]) if found else None)


def text_of(result) -> str:  # noqa: ANN001
    """The article's normalised text, as the pipeline reads it."""
    return normalise(result.text).text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders) or one language folder")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--pieces", action="store_true", help="count the pieces absent from missed acts")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, ...]] = Counter()
    pieces: Counter[tuple[str, ...]] = Counter()
    for r, doc in scored_articles(args.paths, args.lang):
        for gi, g in enumerate(r.gold):
            if gi not in r.matched:
                stage = stage_of(r, g)
                counts[(r.lang, doc, g["event_type"], stage)] += 1
                found = sentence_and_beside(r, g) if args.pieces else None
                for row in pieces_of(g["event_type"], r.lang, *found) if found else []:
                    pieces[(r.lang, g["event_type"], g.get("modality", ""), stage.split(",")[0], *row)] += 1
    print(f"missed gold events ({sum(counts.values())}): lang / doc type / event type / stage")
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
        print(f"{n:4}  {' / '.join(key)}")
    if args.pieces:
        print("pieces of missed acts: lang / event type / gold modality / stage / piece / classes present")
        for key, n in sorted(pieces.items()):
            print(f"{n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
