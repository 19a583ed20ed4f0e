"""Extra events of the extractor (those matching no gold event), counted by kind only (no sentence shown).

Run: ``.venv/bin/python bench/extract_extras.py tests/real`` prints, per (language, document type,
kind of document), how many extras fall in each kind, first kind that applies:

- ``before 2025``: dated before the campaign, or its sentence names a year before 2025;
- ``other sense``: a sense class (``lexicon/senses.yaml``) stands near its trigger;
- ``reporter's words``: in a transcript, said in a reporter's turn or asked as a question;
- ``duplicate``: its type has a gold event in the document that another extracted event matched
  (the same act told again: other sentence, other date), split by same or other date;
- ``mistyped``: its sentence holds a gold event of another type;
- ``dated wrong``: its sentence holds an unmatched gold event of its type (a date miss, not an extra act);
- ``same type, other sentence``: the document has an unmatched gold event of its type elsewhere;
- ``hypothetical / denied``: told as happened in a sentence with a condition, a modal or a negation;
- ``generic, no campaign object``: a statement or miscellaneous act whose sentence names no object of
  the campaign (a cartel, a drug, a tariff, a strike, troops, sovereignty ...);
- ``unexplained``: none of these.

It also counts, for every extracted event matched to a gold event, whether the title's doer
(``titles.doer``) is among the gold event's actors, and whether it is one of the gold's targets in the
gazetteer (issue 9, point 4). It shows kinds, never the wording of a document (issue 9).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract_categories import sense_of  # noqa: E402

from timeline.extract.evaluate import ArticleResult, scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold, get_gazetteer  # noqa: E402
from timeline.extract.titles import doer  # noqa: E402

_OLD_YEAR = re.compile(r"(?<!\d)(?:19\d\d|20[01]\d|202[0-4])(?!\d)")
# A turn label: a line in capitals ("PREGUNTA", "QUESTION:", "INTERLOCUTORA").
_TURN = re.compile(r"^[A-ZÁÉÍÓÚÑÜÇÈÊÀ][A-ZÁÉÍÓÚÑÜÇÈÊÀ ,.'-]{0,80}:?\s*$", re.M)
_REPORTER = re.compile(r"PREGUNTA|INTERLOCUTOR|QUESTION|REPORTER|JOURNALISTE|PERIODISTA|^Q:?$|MUJER|HOMBRE")
# A conditional verb (on the lower-cased text: the Spanish ending keeps its accent, so nouns in "-ría"
# such as "secretaría" are left out by name), a negation, an "if".
_COND = {
    "en": r"\b(?:would|could|might)\b",
    "es": r"\b(?!(?:secretar|infanter|artiller|bater|galer|ingenier|cancill|tesorer|mayor|porter|consejer)í)"
    r"[a-záéíóúñ]+ría(?:n|mos)?\b",
    "fr": r"\b(?!(?:portrait|retrait|extrait|attrait|trait)\b)[a-zàâçéèêëîïôûù]+(?:rait|raient|rions)\b",
}
_NEG = {"en": r"\b(?:not|never|no)\b|n't\b", "es": r"\b(?:no|nunca|jamas|ni)\b", "fr": r"\b(?:ne|n'|jamais|ni)\b"}
_IF = {"en": r"\b(?:if|unless|whether)\b", "es": r"\b(?:si|a menos que)\b", "fr": r"\b(?:si|s'il|s'ils)\b"}
_CAMPAIGN = {
    "en": r"cartel|narco|fentanyl|drug|terror|tariff|duty|duties|strike|boat|vessel|troop|forces|military|"
    r"sovereign|border|extradit|sanction|venezuel|maduro|intervention|invasion|security|migra",
    "es": r"cartel|narco|fentanilo|droga|terror|arancel|ataque|lancha|embarcacion|tropa|fuerzas|militar|"
    r"soberan|frontera|extradi|sancion|venezuel|maduro|intervencion|invasion|seguridad|migra|guardia nacional",
    "fr": r"cartel|narco|fentanyl|drogue|terror|droits de douane|tarif|frappe|bateau|navire|troupe|forces|"
    r"militaire|souverain|frontiere|extradi|sanction|venezuel|maduro|intervention|invasion|securite|migra",
}


def _turn(text: str, at: int) -> str:
    """The last turn label before ``at`` ('' when none)."""
    labels = [m.group(0).strip() for m in _TURN.finditer(text, 0, at) if len(m.group(0).strip()) > 1]
    return labels[-1] if labels else ""


def kind_of_extra(r: ArticleResult, ei: int) -> str:
    """The kind of the unmatched extracted event ``ei`` of ``r`` (the first kind that applies)."""
    e = r.extracted[ei]
    sentence = fold(e.evidence)
    if e.date[:4] < "2025" or _OLD_YEAR.search(e.evidence):
        return "before 2025"
    if sense_of(e) != "none":
        return "other sense"
    doc = str(r.source.get("doc_type", "")) if r.source else ""
    if doc == "transcript" and (_REPORTER.search(_turn(r.text, e.start)) or "?" in e.evidence):
        return "reporter's words"
    matched_types = {r.gold[gi]["event_type"] for gi in r.matched}
    if e.event_type in matched_types:
        same = any(
            r.gold[gi]["event_type"] == e.event_type and r.extracted[x].date == e.date for gi, x in r.matched.items()
        )
        return "duplicate (same date)" if same else "duplicate (other date)"
    held = [g for g in r.gold if g.get("evidence") and (i := r.text.find(g["evidence"])) >= 0 and e.start <= i < e.end]
    if any(g["event_type"] != e.event_type for g in held):
        return "mistyped"
    if held:
        return "dated wrong"
    if any(g["event_type"] == e.event_type for g in r.gold):
        return "same type, other sentence"
    if e.modality == "happened" and any(
        re.search(table[r.lang], text)
        for table, text in ((_COND, e.evidence.lower()), (_NEG, sentence), (_IF, sentence))
    ):
        return "hypothetical / denied"
    if e.event_type in ("statement", "other") and not re.search(_CAMPAIGN[r.lang], sentence):
        return "generic, no campaign object"
    return "unexplained"


def twin_relation(r: ArticleResult, ei: int) -> str:
    """For a duplicate extra: how it relates to the matched event of its type and date (or nearest)."""
    e = r.extracted[ei]
    mates = [r.extracted[x] for x in r.matched.values() if r.extracted[x].event_type == e.event_type]
    m = next((x for x in mates if x.date == e.date), mates[0])
    return " / ".join(
        (
            "same date" if m.date == e.date else "other date",
            "same sentence" if m.start == e.start else "other sentence",
            "same modality" if m.modality == e.modality else "other modality",
            "same first actor" if m.actors[:1] == e.actors[:1] else "other first actor",
            "same countries" if set(m.countries) == set(e.countries) else "other countries",
            "quantities differ"
            if m.quantities and e.quantities and m.quantities != e.quantities
            else "quantities agree",
        )
    )


def turn_kind(r: ArticleResult, ei: int) -> str:
    """Where an event of a transcript stands: a reporter's turn, a question, or neither."""
    e = r.extracted[ei]
    if _REPORTER.search(_turn(r.text, e.start)):
        return "reporter's turn"
    return "question" if "?" in e.evidence else "speaker's statement"


def flags(r: ArticleResult, e) -> str:
    """The grammatical flags of an event's sentence (negation, condition, if-clause, campaign object, question)."""
    s = fold(e.evidence)
    out = [
        name
        for name, table, text in (
            ("neg", _NEG, s),
            ("cond", _COND, e.evidence.lower()),
            ("if", _IF, s),
            ("campaign", _CAMPAIGN, s),
        )
        if re.search(table[r.lang], text)
    ]
    if "?" in e.evidence:
        out.append("question")
    return "+".join(out) or "-"


def pair_kind(a, b) -> str:
    """How two events of one document with the same type and modality relate (for a one-event-per-act merge)."""
    ca, cb = set(a.countries), set(b.countries)
    return " / ".join(
        (
            "same date" if a.date == b.date else ("same month" if a.date[:7] == b.date[:7] else "other month"),
            "same sentence" if a.start == b.start else "other sentence",
            "both no actors"
            if not a.actors and not b.actors
            else ("same first actor" if a.actors[:1] == b.actors[:1] else "other first actor"),
            "same countries" if ca == cb else ("nested countries" if ca <= cb or cb <= ca else "other countries"),
            "bases " + "+".join(sorted({a.date_basis, b.date_basis})),
        )
    )


def title_doer(r: ArticleResult, gi: int, ei: int) -> str:
    """Whether the title's doer of a matched event is among the gold actors, or a target."""
    e, g = r.extracted[ei], r.gold[gi]
    who = doer(e)
    if not who:
        return "no named doer"
    if who in get_gazetteer().target_of:  # by construction never a target of this act: of another one?
        return "doer is a target of other acts" + (" (in gold actors)" if who in (g.get("actors") or []) else "")
    if who in (g.get("actors") or []):
        return "doer among gold actors" + (" (first)" if g["actors"][0] == who else " (not first)")
    return "doer not among gold actors" + (" (gold has none)" if not g.get("actors") else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders) or one language folder")
    args = parser.parse_args(argv)
    extras: Counter[tuple[str, ...]] = Counter()
    by_kind: Counter[tuple[str, ...]] = Counter()
    by_type: Counter[tuple[str, ...]] = Counter()
    titles: Counter[tuple[str, ...]] = Counter()
    twins: Counter[tuple[str, ...]] = Counter()
    grammar: Counter[tuple[str, ...]] = Counter()
    pairs: Counter[tuple[str, ...]] = Counter()
    turns: Counter[tuple[str, ...]] = Counter()
    for r, doc in scored_articles(args.paths, None):
        free = "event-free doc" if r.event_free else "doc with events"
        used = set(r.matched.values())
        for ei, e in enumerate(r.extracted):
            if ei in used:
                continue
            kind = kind_of_extra(r, ei)
            extras[(r.lang, doc, free, kind)] += 1
            by_kind[(r.lang, kind)] += 1
            by_type[(r.lang, e.event_type, e.modality, e.date_basis, kind)] += 1
            if kind.startswith("duplicate"):
                twins[(r.lang, e.event_type, twin_relation(r, ei))] += 1
        for ei, e in enumerate(r.extracted):
            grammar[
                (r.lang, e.event_type, e.modality, e.date_basis, flags(r, e), "true" if ei in used else "extra")
            ] += 1
        for i, a in enumerate(r.extracted):
            for j in range(i + 1, len(r.extracted)):
                b = r.extracted[j]
                if (a.event_type, a.modality) == (b.event_type, b.modality):
                    both = "+".join(sorted(("true" if x in used else "extra") for x in (i, j)))
                    pairs[(r.lang, a.event_type, pair_kind(a, b), both)] += 1
        if doc == "transcript":
            for ei in range(len(r.extracted)):
                e = r.extracted[ei]
                where = turn_kind(r, ei)
                asked = "asked" if "?" in e.evidence or "¿" in e.evidence else "told"
                turns[(r.lang, "true" if ei in used else "extra", where, e.event_type, e.modality, asked)] += 1
        for gi, ei in r.matched.items():
            titles[(r.lang, r.extracted[ei].event_type, title_doer(r, gi, ei))] += 1
    for title, counts in (
        ("extras by kind: lang / kind", by_kind),
        ("extras: lang / doc type / event-free or not / kind", extras),
        ("extras: lang / event type / modality / date basis / kind", by_type),
        ("titles of matched events: lang / event type / doer", titles),
        ("duplicates against the matched event of their type: lang / type / relation", twins),
        ("all events by flags: lang / type / modality / basis / flags / true or extra", grammar),
        ("pairs of events of one type and modality in a document: lang / type / relation / true or extra", pairs),
        ("events of transcripts by turn: lang / true or extra / turn / type / modality / asked", turns),
    ):
        print(f"\n{title} ({sum(counts.values())})")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
