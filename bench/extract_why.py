"""Why a fired act gave no event, or why an extra was read as one: rule pieces counted (no sentences shown).

Run: ``.venv/bin/python bench/extract_why.py tests/real --lang fr`` prints, for each missed gold event
whose type fires in its sentence (stage ``fired, no event`` or ``event, dated wrong`` of
``bench/extract_stages.py``) and for each extra event (matching no gold event), counts of:

- ``modality cue``: which rule decided the proposed modality (the name of the rule list and the index
  of its pattern in ``triggers.yaml``, or ``future ending`` / ``default``), never the sentence's words;
- ``doer``: what names the doer before the trigger in its clause (an actor, a country, a government
  noun with no country after it, a first person, nothing);
- ``dates``: how many date mentions the sentence holds, and whether the article names a country or an
  actor in an earlier sentence;
- ``senses``: the sense classes near the trigger (``lexicon/senses.yaml``), and for a deployment
  whether its object is troops, a ship or aircraft, a named operation, a disaster;
- ``issuer country``: for a government noun with no country, the country the article names most
  (counted, so that a rule for "the government" of a press statement can be weighed).

Counts only, with rule names, never a document's wording (issue 9, seventh round).
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

from extract_stages import prep_of  # noqa: E402

from timeline.extract.agents import antecedent, find_agent  # noqa: E402
from timeline.extract.anaphora import bare_government, government_before  # noqa: E402
from timeline.extract.evaluate import scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold, get_gazetteer  # noqa: E402
from timeline.extract.lexicon import load_lexicon  # noqa: E402
from timeline.extract.senses import classes_near  # noqa: E402
from timeline.extract.triggers import MODALITIES, get_triggers  # noqa: E402

_WINDOW = 70  # as triggers._MODALITY_WINDOW
_FIRST = {
    "en": r"\b(?:we|i|our)\b",
    "es": r"\b(?:nosotros|yo|nuestr\w+|\w+amos)\b",
    "fr": r"\b(?:nous|je|notre|nos)\b",
}
_GOV = {
    "en": r"\bthe (?:government|administration)\b(?! of)",
    "es": r"\bel (?:gobierno|administracion)\b(?! de)",
    "fr": r"\ble gouvernement\b(?! d)",
}


def modality_cue(triggers, lang: str, kind: str, folded: str, original: str, hit) -> str:  # noqa: ANN001
    """The rule that decided ``hit``'s modality, as 'list #index' (a rule name, not the text)."""
    if kind == "statement":
        return "statement"
    lo = max(0, hit.start - _WINDOW)
    cut = max(folded.rfind(";", lo, hit.start), folded.rfind(":", lo, hit.start))
    lo = cut + 1 if cut >= 0 else lo
    hi = hit.end + 25
    raw = load_lexicon("triggers.yaml")["modality"][lang]
    for modality in MODALITIES:
        cue = triggers.modality[modality].search(folded, lo, hi + 8)
        if cue and cue.start() < hi:
            for i, p in enumerate(raw.get(modality) or []):
                if re.fullmatch(r"(?:" + p + r")", cue.group(0)):
                    side = "before" if cue.start() < hit.start else "at/after"
                    return f"{modality} #{i} ({side} trigger, {hit.start - cue.start()} chars)"
            return f"{modality} (unnamed)"
    stop = min([p for p in (folded.find(",", hit.end), folded.find(";", hit.end)) if p >= 0] or [len(folded)])
    if triggers.inflected and triggers.inflected.search(original[lo : min(stop, hit.end + _WINDOW)]):
        return "planned (future ending)"
    return "happened (default)"


def doer_of(lang: str, folded: str, found: list, hit) -> str:  # noqa: ANN001
    """What stands before the trigger in its sentence as a doer, by class."""
    before = [m for m in found if m.end <= hit.start]
    kinds = sorted({m.kind for m in before})
    out = []
    if kinds:
        out.append("named " + "+".join(kinds))
    if re.search(_GOV[lang], folded[: hit.start]):
        out.append("bare government noun")
    if re.search(_FIRST[lang], folded[: hit.start]):
        out.append("first person")
    return ", ".join(out) or "nothing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--lang")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, ...]] = Counter()
    gaz = get_gazetteer()
    for r, doc in scored_articles(args.paths, args.lang):
        prep = prep_of(r)
        triggers = get_triggers(r.lang)
        folded_all = [fold(s.text) for s in prep.sentences]
        spans = [prep.to_original(s.start, s.end) for s in prep.sentences]
        cases = []
        for gi, g in enumerate(r.gold):
            if gi in r.matched:
                continue
            at = r.text.find(g.get("evidence") or "\0")
            k = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
            if at >= 0 and k is not None:
                cases.append(("missed", g["event_type"], g.get("modality", ""), k))
        used = set(r.matched.values())
        for ei, e in enumerate(r.extracted):
            if ei in used:
                continue
            k = next((k for k, (a, b) in enumerate(spans) if a <= e.start < b), None)
            if k is not None:
                free = "event-free" if r.event_free else "with events"
                cases.append((f"extra ({free}; {e.modality}, {e.date_basis})", e.event_type, e.modality, k))
        for what, kind, _modality, k in cases:
            folded, sentence = folded_all[k], prep.sentences[k]
            hits = [h for h in triggers.find(folded) if h.event_type == kind]
            key = (r.lang, doc, kind, what)
            if not hits:
                counts[(*key, "no hit of its type")] += 1
                continue
            hit = hits[0]
            found = gaz.find(sentence.text, folded)
            counts[(*key, "modality cue: " + modality_cue(triggers, r.lang, kind, folded, sentence.text, hit))] += 1
            counts[(*key, "doer: " + doer_of(r.lang, folded, found, hit))] += 1
            bare = bare_government(r.lang, folded, 0, hit.start, found)
            if bare is not None:
                country = government_before(r.lang, prep.sentences, folded_all, sentence, bare.start())
                gold_countries = {c for g in r.gold for c in g.get("countries", [])}
                where = (
                    "none" if not country else ("a gold country" if country in gold_countries else "no gold country")
                )
                counts[(*key, f"bare government's antecedent: {where}")] += 1
                agent = find_agent(
                    found,
                    folded,
                    hit.start,
                    0,
                    r.lang,
                    "",
                    triggers.reactions,
                    triggers.reporting,
                    event_type=kind,
                    named_government=antecedent(r.lang, prep.sentences, folded_all, sentence),
                )
                counts[(*key, f"find_agent: {agent.kind if agent else 'none'}")] += 1
            earlier = [m for s in prep.sentences[:k] for m in gaz.find(s.text, fold(s.text))]
            named = sorted({m.kind for m in earlier} & {"actor", "country"})
            counts[(*key, "named in earlier sentences: " + ("+".join(named) or "nothing"))] += 1
            country = Counter(m.country for m in earlier if m.country)
            top = country.most_common(2)
            if top:
                lead = "one country leads" if len(top) == 1 or top[0][1] > top[1][1] else "tie"
                counts[(*key, f"countries named earlier: {len(country)} ({lead})")] += 1
            near = classes_near(r.lang, folded, hit)
            counts[
                (
                    *key,
                    "senses near: " + (",".join(f"{w}:{'+'.join(sorted(c))}" for w, c in near.items() if c) or "none"),
                )
            ] += 1
    for key, n in sorted(counts.items()):
        print(f"{n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
