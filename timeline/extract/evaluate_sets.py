"""Figures of a scored set by language, by source and by fold (``python -m timeline evaluate``).

:mod:`timeline.extract.evaluate` pairs each document's extracted events with its gold events; this
module adds up the paired documents into the figures the issue asks for, per language and overall:

- precision, recall, F1 and date accuracy (as defined in :mod:`timeline.extract.evaluate`);
- **false events on event-free documents**: every event extracted from a document whose annotation
  says ``"event_free": true`` is false; reported as a count and per 10 event-free documents;
- **after publication**: extracted *happened* events dated after the publication date.

Documents of the real corpus (``tests/real``) carry a ``source`` block, so the same figures are also
given per issuer (``source.issuer_slug``) and per ``source.doc_type``.

**Folds** (``--folds``): leave one issuer out. Each issuer slug with at least
:data:`MIN_FOLD_DOCUMENTS` documents is a fold; the documents of smaller issuers are pooled into
one fold named ``other``. A fold's figures come only from its held-out documents. A rule-based
extractor learns nothing from the other folds, so its folds are its per-issuer figures; a learned
filter (a *learner*: given the training documents, it returns a function that keeps part of a
document's extracted events) is trained on the other folds' documents only, then applied to the
held-out fold. The cross-validated figures per language pool every fold's held-out documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.extract.evaluate import ArticleResult, Score, _score_of, pair_events
from timeline.extract.model import Event

MIN_FOLD_DOCUMENTS = 2
OTHER_FOLD = "other"
Learner = Callable[[list[ArticleResult]], Callable[[ArticleResult], list[Event]]]


@dataclass
class Figures:
    """The figures of a group of scored documents (a language, an issuer, a fold, a whole set)."""

    documents: int = 0
    event_free_documents: int = 0
    false_events_event_free: int = 0
    after_publication: int = 0
    score: Score = field(default_factory=Score)

    @property
    def false_per_10(self) -> float | None:
        """False events per 10 event-free documents (None without event-free documents)."""
        if not self.event_free_documents:
            return None
        return 10 * self.false_events_event_free / self.event_free_documents

    def to_dict(self) -> dict:
        """The figures as a JSON-ready mapping (ratios rounded to 4 places)."""
        s = self.score
        per_10 = self.false_per_10
        return {
            "documents": self.documents,
            "event_free_documents": self.event_free_documents,
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "date_accuracy": round(s.date_accuracy, 4),
            "date_checked": s.date_n,
            "date_ok": s.date_ok,
            "doer_agreement": round(s.doer_agreement, 4),
            "doer_checked": s.doer_n,
            "doer_ok": s.doer_ok,
            "doer_implied": s.doer_implied,
            "false_events_event_free": self.false_events_event_free,
            "false_events_per_10_event_free": None if per_10 is None else round(per_10, 4),
            "after_publication": self.after_publication,
        }


def figures(results: Iterable[ArticleResult]) -> Figures:
    """Add up scored documents into one :class:`Figures`.

    >>> figures([]).to_dict()["f1"], figures([]).false_per_10
    (1.0, None)
    """
    out = Figures()
    for r in results:
        out.documents += 1
        out.score.add(_score_of(r))
        out.after_publication += r.after_publication
        if r.event_free:
            out.event_free_documents += 1
            out.false_events_event_free += len(r.extracted)
    return out


def grouped(results: Iterable[ArticleResult], key: Callable[[ArticleResult], str]) -> dict[str, Figures]:
    """Figures per value of ``key`` (language, issuer, doc type...), sorted by that value."""
    groups: dict[str, list[ArticleResult]] = {}
    for r in results:
        groups.setdefault(key(r), []).append(r)
    return {name: figures(groups[name]) for name in sorted(groups)}


def issuer_of(result: ArticleResult) -> str:
    """The document's issuer slug, or '' when it carries no source metadata."""
    return str(result.source.get("issuer_slug", "")) if result.source else ""


def doc_type_of(result: ArticleResult) -> str:
    """The document's ``source.doc_type``, or '' when it carries no source metadata."""
    return str(result.source.get("doc_type", "")) if result.source else ""


def fold_names(results: list[ArticleResult]) -> dict[int, str]:
    """The fold of each document (by index): its issuer slug, or ``other`` for small issuers.

    An issuer with fewer than MIN_FOLD_DOCUMENTS documents cannot be scored on its own in a
    meaningful way, so such documents are pooled into one ``other`` fold.
    """
    counts: dict[str, int] = {}
    for r in results:
        counts[issuer_of(r)] = counts.get(issuer_of(r), 0) + 1
    return {
        i: issuer_of(r) if counts[issuer_of(r)] >= MIN_FOLD_DOCUMENTS else OTHER_FOLD for i, r in enumerate(results)
    }


def cross_validate(
    results: list[ArticleResult], learner: Learner | None = None
) -> tuple[dict[str, Figures], list[ArticleResult]]:
    """Leave-one-issuer-out: figures per fold, and every fold's held-out documents (re-scored).

    Without a learner the held-out documents are scored as they are. With one, the learner is
    trained on the documents of the other folds and its filter applied to the held-out ones.
    Raises ValueError when a document has no ``source.issuer_slug``.
    """
    missing = [str(r.path) for r in results if not issuer_of(r)]
    if missing:
        raise ValueError(
            f"{missing[0]} (and {len(missing) - 1} more) has no source.issuer_slug: --folds needs the "
            "source metadata of the real corpus (see tests/real/README.md)"
        )
    names = fold_names(results)
    per_fold: dict[str, Figures] = {}
    held_out: list[ArticleResult] = []
    for fold in sorted(set(names.values())):
        held = [r for i, r in enumerate(results) if names[i] == fold]
        if learner is not None:
            keep = learner([r for i, r in enumerate(results) if names[i] != fold])
            held = [pair_events(r, keep(r)) for r in held]
        per_fold[fold] = figures(held)
        held_out += held
    return per_fold, held_out


@dataclass
class SetSummary:
    """Everything ``timeline evaluate`` reports about one set for one extractor."""

    root: str
    label: str
    by_lang: dict[str, Figures]
    total: Figures
    by_issuer: dict[str, Figures]
    by_doc_type: dict[str, Figures]
    folds: dict[str, Figures] | None = None
    cross_validated: dict[str, Figures] | None = None  # per language and "all", from held-out documents

    def to_dict(self) -> dict:
        """JSON-ready mapping of every group's figures."""

        def many(groups: dict[str, Figures] | None) -> dict | None:
            return None if groups is None else {k: v.to_dict() for k, v in groups.items()}

        return {
            "set": self.root,
            "extractor": self.label,
            "by_lang": many(self.by_lang),
            "all": self.total.to_dict(),
            "by_issuer": many(self.by_issuer),
            "by_doc_type": many(self.by_doc_type),
            "folds": many(self.folds),
            "cross_validated": many(self.cross_validated),
        }


def summarise(
    root: str, label: str, results: list[ArticleResult], folds: bool = False, learner: Learner | None = None
) -> SetSummary:
    """The figures of one scored set; with ``folds``, leave-one-issuer-out figures too."""
    with_source = [r for r in results if r.source]
    summary = SetSummary(
        root,
        label,
        grouped(results, lambda r: r.lang),
        figures(results),
        grouped(with_source, issuer_of),
        grouped(with_source, doc_type_of),
    )
    if folds:
        summary.folds, held_out = cross_validate(results, learner)
        summary.cross_validated = {**grouped(held_out, lambda r: r.lang), "all": figures(held_out)}
    return summary


_HEAD = (
    f"{'':<24} {'docs':>4} {'free':>4} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}"
    f"  {'date':>5} {'false':>5} {'/10':>5} {'after':>5} {'doer':>5}"
)


def _line(name: str, f: Figures) -> str:
    s = f.score
    per_10 = "-" if f.false_per_10 is None else f"{f.false_per_10:.1f}"
    return (
        f"{name[:24]:<24} {f.documents:>4} {f.event_free_documents:>4} {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        f"  {s.precision:>5.2f} {s.recall:>5.2f} {s.f1:>5.2f}  {s.date_accuracy:>5.2f}"
        f" {f.false_events_event_free:>5} {per_10:>5} {f.after_publication:>5} {s.doer_agreement:>5.2f}"
    )


def compact_line(name: str, f: Figures, width: int = 26) -> str:
    """One line of figures for the training benches: P, R, F1, date accuracy, false events, counts."""
    s = f.score
    per_10 = "-" if f.false_per_10 is None else f"{f.false_per_10:.1f}"
    return (
        f"{name:<{width}} P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}  date {s.date_accuracy:.2f}"
        f"  false/10 {per_10:>4}  after {f.after_publication}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
    )


def format_summary(summary: SetSummary) -> str:
    """The summary as aligned text: per language, all, per issuer, per doc type, then folds."""
    out = [
        f"{summary.root} ({summary.label}): free = event-free documents, false = events found in them "
        "(and per 10 of them), after = happened events dated after publication, doer = matched events whose "
        "title names the right acting party (a gold actor, or a gold actor's country when it names no actor)",
        _HEAD,
    ]
    out += [_line(lang, f) for lang, f in summary.by_lang.items()]
    out.append(_line("all", summary.total))
    for title, groups in (("by issuer", summary.by_issuer), ("by doc type", summary.by_doc_type)):
        if groups:
            out += ["", title] + [_line(name, f) for name, f in groups.items()]
    if summary.folds is not None and summary.cross_validated is not None:
        out += [
            "",
            f"folds (leave one issuer out; issuers with fewer than {MIN_FOLD_DOCUMENTS} documents "
            f"form the fold '{OTHER_FOLD}'; figures from held-out documents only)",
        ]
        out += [_line(name, f) for name, f in summary.folds.items()]
        out += ["", "cross-validated (all folds' held-out documents)"]
        out += [_line(name, f) for name, f in summary.cross_validated.items()]
    return "\n".join(out)
