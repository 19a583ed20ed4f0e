"""Score the extractor against a gold set of annotated articles.

Gold layout: ``<dir>/<lang>/NN_slug.txt`` (the article) beside ``NN_slug.json`` with
``{"lang", "published" (or null, then "published_in_text"), "events": [{"event_type", "date",
"date_precision", "modality", "actors", "countries", "quantities", "evidence", "xfail"?}]}``.
When ``published`` is null the extractor gets no date and must find it in the text.

Definitions:

- **match**: an extracted event and a gold event of the same type with a compatible date, paired
  one-to-one, closest dates first. A date is compatible with a gold date of *day* precision when
  it is a day within one day of it; of *month* precision when it falls in that month; of *year*
  precision when it falls in that year.
- **precision** = matches / extracted events; **recall** = matches / gold events; **F1** their
  harmonic mean (per language, per event type, and overall).
- **date accuracy** = among gold events for which the extractor proposed at least one event of
  the same type, the share whose best candidate has a compatible date. The best candidate is the
  same-type event whose evidence sentence contains the gold evidence, else the one closest in date.
- **after publication**: extracted events with modality *happened* whose date starts after the
  publication date (should be 0).
- **doer agreement** = among matched events, the share whose proposed title names the right acting
  party. A title that names one (:func:`timeline.extract.titles.doer`: the first actor that is not a
  target of its act) agrees when it is one of the gold event's actors; a title that falls back to a
  country (:func:`timeline.extract.titles.implied_country`; counted in ``doer_implied``) agrees when
  one of the gold actors belongs to that country; a title that names nobody never agrees. A title
  that names a target, or an actor the annotator did not list, counts against it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from timeline.extract.baseline import naive_events
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.model import Event
from timeline.extract.pipeline import extract_events
from timeline.extract.titles import doer, implied_country


@dataclass
class Score:
    """Counts behind precision, recall, F1 and date accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    date_n: int = 0
    doer_ok: int = 0  # matched events whose title's acting party (named, else a country) is a gold actor's
    doer_n: int = 0  # matched events checked for it (all of them)
    doer_implied: int = 0  # matched events whose title names no actor, only a country or nobody

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.date_ok += other.date_ok
        self.date_n += other.date_n
        self.doer_ok += other.doer_ok
        self.doer_n += other.doer_n
        self.doer_implied += other.doer_implied

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.date_n if self.date_n else 1.0

    @property
    def doer_agreement(self) -> float:
        return self.doer_ok / self.doer_n if self.doer_n else 1.0


@dataclass
class ArticleResult:
    """One gold article: its events, what was extracted, and which gold event each match found."""

    path: Path
    lang: str
    published: dt.date
    gold: list[dict]
    extracted: list[Event]
    matched: dict[int, int] = field(default_factory=dict)  # gold index -> extracted index
    date_checked: dict[int, bool] = field(default_factory=dict)  # gold index -> best candidate's date ok
    after_publication: int = 0
    source: dict = field(default_factory=dict)  # the real corpus's "source" block (url, issuer, doc_type...)
    event_free: bool = False  # a document that uses the trigger words in other senses: every event is false
    text: str = ""


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return (dt.date(*parts),) * 2
    except (ValueError, TypeError):
        return None


def compatible(gold_date: str, gold_precision: str, date: str) -> bool:
    """Whether an extracted date matches a gold date at the gold's precision.

    >>> compatible("2025-09-02", "day", "2025-09-03"), compatible("2025-02", "month", "2025-02-19")
    (True, True)
    >>> compatible("2025-09-02", "day", "2025-09"), compatible("2025", "year", "2024-12-31")
    (False, False)
    """
    got = _span(date)
    want = _span(gold_date)
    if not got or not want:
        return False
    if gold_precision == "day":
        return got[0] == got[1] and abs((got[0] - want[0]).days) <= 1
    return want[0] <= got[0] and got[1] <= want[1]


def _distance(gold_date: str, date: str) -> int:
    got, want = _span(date), _span(gold_date)
    if not got or not want:
        return 10**6
    return abs((got[0] - want[0]).days)


@contextmanager
def _unbudgeted():
    """Lift the extractor's wall-clock budget (``extract_budget_s``) while scoring, then restore it.

    A score must not depend on how loaded the machine is: under load the budget could run out on a long
    article and cut its events, and the same code would score lower (issue 9, tenth round).
    """
    name = "TIMELINE_EXTRACT_BUDGET_S"
    before = os.environ.get(name)
    os.environ[name] = "inf"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def score_article(path: Path, baseline: bool = False) -> ArticleResult:
    """Run the extractor (or the naive baseline) on one gold article and pair its events with the gold ones.

    The baseline is given the publication date even where the extractor must read it from the text.
    """
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    published = gold.get("published")
    pub = dt.date.fromisoformat(published or gold["published_in_text"])
    if baseline:
        extracted = naive_events(text, pub, gold["lang"])
    else:
        with _unbudgeted():
            extracted = extract_events(text, published=published, lang=gold["lang"])
    result = ArticleResult(path, gold["lang"], pub, gold["events"], [], source=gold.get("source") or {},
                           event_free=bool(gold.get("event_free")), text=text)
    return pair_events(result, extracted)


def pair_events(result: ArticleResult, extracted: list[Event]) -> ArticleResult:
    """A copy of ``result`` scored on ``extracted``: matches, date checks and future-dated events.

    Used by :func:`score_article`, and again where a filter keeps only part of the extracted events.
    """
    text, pub = result.text, result.published
    result = ArticleResult(result.path, result.lang, pub, result.gold, list(extracted), source=result.source,
                           event_free=result.event_free, text=text)
    gold_events = result.gold
    pairs = []
    for gi, g in enumerate(gold_events):
        for ei, e in enumerate(extracted):
            if e.event_type == g["event_type"] and compatible(g["date"], g["date_precision"], e.date):
                pairs.append((_distance(g["date"], e.date), gi, ei))
    used: set[int] = set()
    for _d, gi, ei in sorted(pairs):
        if gi not in result.matched and ei not in used:
            result.matched[gi] = ei
            used.add(ei)
    for gi, g in enumerate(gold_events):
        same = [e for e in extracted if e.event_type == g["event_type"]]
        if not same:
            continue
        at = text.find(g.get("evidence", "")) if g.get("evidence") else -1
        holding = [e for e in same if at >= 0 and e.start <= at < e.end]
        # Several events may quote one sentence ("ordered on Feb. 1, then suspended two days later"):
        # the one closest in date is the candidate for this gold event.
        best = min(holding or same, key=lambda e: _distance(g["date"], e.date))
        result.date_checked[gi] = compatible(g["date"], g["date_precision"], best.date)
    limit = pub + dt.timedelta(days=1)
    for e in extracted:
        span = _span(e.date)
        if e.modality == "happened" and span and span[0] > limit:
            result.after_publication += 1
    return result


@dataclass
class Report:
    """Scores of a whole gold set, per language and per event type."""

    articles: list[ArticleResult]
    by_lang: dict[str, Score]
    by_type: dict[str, Score]
    total: Score
    after_publication: int


def _doer_agrees(event: Event, gold_actors: list[str]) -> bool:
    """Whether the acting party of ``event``'s title (named, else a country) is among ``gold_actors``."""
    acting = doer(event)
    if acting:
        return acting in gold_actors
    country = implied_country(event)
    countries = get_gazetteer().actor_country
    return bool(country) and any(countries.get(a) == country for a in gold_actors)


def _score_of(result: ArticleResult, event_type: str | None = None) -> Score:
    s = Score()
    for gi, g in enumerate(result.gold):
        if event_type and g["event_type"] != event_type:
            continue
        if gi in result.matched:
            s.tp += 1
            s.doer_n += 1
            s.doer_ok += _doer_agrees(result.extracted[result.matched[gi]], g.get("actors", []))
            s.doer_implied += not doer(result.extracted[result.matched[gi]])
        else:
            s.fn += 1
        if gi in result.date_checked:
            s.date_n += 1
            s.date_ok += result.date_checked[gi]
    used = set(result.matched.values())
    s.fp += sum(1 for ei, e in enumerate(result.extracted) if ei not in used and event_type in (None, e.event_type))
    return s


def gold_articles(root: Path) -> list[Path]:
    """The gold articles under ``root``, sorted: ``<lang>/*.txt`` with a ``.json`` beside each, or,
    when ``root`` is itself one language's folder, its own ``*.txt``.

    >>> gold_articles(Path("no/such/folder"))
    []
    """
    root = Path(root)
    found = sorted(p for p in root.glob("*/*.txt") if p.with_suffix(".json").exists())
    return found or sorted(p for p in root.glob("*.txt") if p.with_suffix(".json").exists())


def scored_articles(roots: Iterable[str | Path], lang: str | None = None) -> Iterator[tuple[ArticleResult, str]]:
    """Every gold article under each of ``roots`` scored (:func:`score_article`), with its document type
    ("-" when the set records none); only the articles in ``lang`` when it is given. For the counting
    scripts of ``bench/``.

    >>> list(scored_articles(["no/such/folder"]))
    []
    """
    for root in roots:
        for path in gold_articles(Path(root)):
            result = score_article(path)
            if lang and result.lang != lang:
                continue
            yield result, str(result.source.get("doc_type", "")) if result.source else "-"


def evaluate(root: str | Path, baseline: bool = False) -> Report:
    """Score the extractor (or the naive baseline, timeline/extract/baseline.py) on every gold article under ``root``."""
    return report_of([score_article(p, baseline) for p in gold_articles(Path(root))])


def report_of(results: list[ArticleResult]) -> Report:
    """Add up scored articles into a :class:`Report` (per language, per event type, overall)."""
    by_lang: dict[str, Score] = {}
    by_type: dict[str, Score] = {}
    total = Score()
    for r in results:
        by_lang.setdefault(r.lang, Score()).add(_score_of(r))
        types = {g["event_type"] for g in r.gold} | {e.event_type for e in r.extracted}
        for t in types:
            by_type.setdefault(t, Score()).add(_score_of(r, t))
        total.add(_score_of(r))
    return Report(results, by_lang, by_type, total, sum(r.after_publication for r in results))


def format_report(report: Report, details: bool = False) -> str:
    """The report as aligned text lines: per language, per type, total, then misses if ``details``."""

    def line(name: str, s: Score) -> str:
        return (
            f"{name:<18} {s.tp:>4} {s.fp:>4} {s.fn:>4}  {s.precision:>5.2f} {s.recall:>5.2f} {s.f1:>5.2f}"
            f"  {s.date_accuracy:>5.2f} ({s.date_ok}/{s.date_n})  {s.doer_agreement:>5.2f} ({s.doer_ok}/{s.doer_n})"
        )

    head = f"{'':<18} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}  date accuracy  doer agreement"
    out = [f"{len(report.articles)} gold articles", head]
    out += [line(lang, s) for lang, s in sorted(report.by_lang.items())]
    out.append("")
    out += [line(t, s) for t, s in sorted(report.by_type.items())]
    out.append("")
    out.append(line("all", report.total))
    out.append(f"happened events dated after publication: {report.after_publication}")
    if details:
        for r in report.articles:
            misses = [g for gi, g in enumerate(r.gold) if gi not in r.matched]
            used = set(r.matched.values())
            extra = [e for ei, e in enumerate(r.extracted) if ei not in used]
            if not misses and not extra:
                continue
            out.append(f"\n{r.path}")
            for g in misses:
                out.append(f"  missed {g['event_type']} {g['date']} ({g['date_precision']})")
            for e in extra:
                out.append(f"  extra  {e.event_type} {e.date} ({e.date_basis}, {e.modality}): {e.evidence[:90]!r}")
    return "\n".join(out)
