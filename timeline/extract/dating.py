"""Which date a trigger takes in its sentence: the nearest mention in its clause, the previous event's,
or the publication date; never a happened event after publication. A mixin of the pipeline's
per-article state (timeline/extract/pipeline.py), which provides ``prep``, ``folded``, ``triggers``
and ``published``."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from timeline.extract.carry import antecedent_date
from timeline.extract.context import CATCH_ALL, is_generic, voiced_now
from timeline.extract.gazetteer import fold
from timeline.extract.in_force import MEASURES
from timeline.extract.numbers import load_lexicon as load_dates_lexicon
from timeline.extract.quoted import outside_quotes
from timeline.extract.text import Prepared, Sentence
from timeline.extract.told_before import day_of_sentence_before, sentence_before
from timeline.extract.triggers import TriggerHit, Triggers

# Confidence weights of the date's basis: a date written in full beats one inferred.
BASIS_WEIGHT = {
    "explicit": 1.0,
    "relative": 0.9,
    "weekday": 0.85,
    "month_only": 0.85,
    "year_only": 0.6,
    "inherited": 0.7,
    "publication_fallback": 0.3,
    "none": 0.2,
}


# The subject of a verb of saying, put after it ("informó el Pentágono el jueves", "a indiqué le
# ministère mardi"): up to four words, none of them opening the reported clause or a new one.
_POSTPOSED_SUBJECT = re.compile(r"\s++(?:(?!(?:que|that|qui|quien|y|and|et|to|a|al|de|du|des|por|par|en|in|on)\b)[\w.'-]+\s++){1,4}(?:(?:el|le|on|the)\s++)?\Z")


_DIGIT = re.compile(r"\d")


@functools.cache
def present_periods(lang: str) -> frozenset[str]:
    """The phrases of the month or year the publication falls in ("este mes", "this year", "cette année").

    Folded; not those that place a time before the telling within it ("earlier this month").
    """
    periods = load_dates_lexicon()[lang]["periods"]
    return frozenset(
        fold(p)
        for p, (unit, offset) in periods.items()
        if unit in ("month", "year") and offset == 0 and not fold(p).startswith("earlier")
    )


def _subject_between(folded: str, verb_end: int, date_start: int) -> bool:
    """Only a short subject stands between a verb of saying and a date after it: the date is the report's."""
    return 0 < date_start - verb_end <= 45 and bool(_POSTPOSED_SUBJECT.match(folded, verb_end, date_start))


class Dating:
    """Date choice for the triggers of one article (mixed into the pipeline's extraction state)."""

    def _found_in(self, sentence: Sentence, folded: str) -> list:
        """The gazetteer's mentions in a sentence of this article (a copy), looked up once (eleventh round: speed)."""
        memo = self.__dict__.setdefault("_found", {})
        if (sentence.start, folded) not in memo:
            memo[sentence.start, folded] = self.gazetteer.find(sentence.text, folded)
        return list(memo[sentence.start, folded])

    def _anchor(self, mention, in_sentence: list, paragraph: int):
        """Resolve "two days later" / "le lendemain" / "the same day" (an offset from another event).

        The anchor is the last day named before it in the same sentence ("on Feb. 1, then ... two
        days later"); else the last event of the paragraph when it is dated only to a month (then the
        mention is that month); else the last event of the paragraph dated to a day; in a paragraph
        with none, "the same day" goes back to the first of the article (the news of the lead, not the
        background told just before) and "two days later" counts from the last day-dated event told;
        else nothing (left unresolved).
        """
        if mention.offset_days is None:
            return mention
        before = [m for m in in_sentence if m.end <= mention.start and m.date and m.precision == "day"]
        if before:
            anchor = before[-1].date
        else:
            told = [e for e, p in zip(self.events, self.paragraph_of) if p == paragraph and e.date
                    and e.date_basis != "publication_fallback"]
            if told and told[-1].date_precision == "month":  # "In early March ... the same day": that month
                return dataclasses.replace(mention, date=told[-1].date, precision="month", basis="relative", date_future="")
            events = [
                (e, p)
                for e, p in zip(self.events, self.paragraph_of)
                if e.date_precision == "day" and e.date_basis != "publication_fallback"
            ]
            if not events:
                return mention
            here = [e for e, p in events if p == paragraph]
            # "The same day" opening a paragraph goes back to the lead's news; "two days later" goes on
            # from the last day told.
            anchor = here[-1].date if here else (events[0][0] if mention.offset_days == 0 else events[-1][0]).date
        day = dt.date.fromisoformat(anchor) + dt.timedelta(days=mention.offset_days)
        return dataclasses.replace(mention, date=day.isoformat(), basis="relative", date_future="")

    def _is_history(self, mentions: list) -> bool:
        """Every date of the sentence is a year written in the text before the campaign ("in 2019")."""
        # A day and month alone get their year from the publication date, so they are never history.
        dated = [m for m in mentions if m.date]
        return bool(dated) and all(m.year_given and int(m.date[:4]) < self.triggers.history_before for m in dated)

    def _before_campaign(self, event) -> bool:
        """An event dated before the campaign's first year (``history_before``): background, not news."""
        return bool(event.date) and int(event.date[:4]) < self.triggers.history_before

    def _without_report_dates(self, sentence: Sentence, folded: str, mentions: list) -> list:
        """Drop a date tied to a verb of saying ("Hegseth said on Saturday") when another dates the event."""
        verbs = [(v.start(), v.end()) for v in self.triggers.reporting.finditer(folded)]
        if not verbs or len(mentions) < 2:
            return mentions

        def is_report(m) -> bool:
            start, end = m.start - sentence.start, m.end - sentence.start
            return any(
                0 <= start - v_end <= 12 or 0 <= v_start - end <= 12 or _subject_between(folded, v_end, start)
                for v_start, v_end in verbs
            )

        others = [m for m in mentions if not is_report(m)]
        return others if any(m.date for m in others) else mentions

    def _one_per_date(
        self, sentence: Sentence, hits: list[TriggerHit], mentions_for, breaks: list[int], modalities: dict | None = None
    ) -> list[TriggerHit]:
        """Per type, one trigger per distinct nearest date and clause ("ordered on Feb. 1, then suspended Feb. 3").

        An act dated by a day followed by "as amended by ... of <day>" gives a second trigger, at the
        amending act's day, with the modality of the first (``modalities``, keyed by ``id`` of a hit).
        """
        chosen: dict[tuple, tuple[TriggerHit, str]] = {}
        for hit in hits:
            trig = sentence.start + hit.start
            usable = [m for m in mentions_for(hit) if m.date or m.basis == "none"]
            near = min(usable, key=lambda m: (self._distance(m, trig), m.start)) if usable else None
            key = (hit.event_type, near.start if near is not None else -1, bisect.bisect_right(breaks, hit.start))
            if key not in chosen or hit.strength > chosen[key][0].strength:
                chosen[key] = (hit, near.date if near is not None else "")
        amends = self.triggers.amending.search(self.folded, sentence.start, sentence.end) is not None
        for (event_type, _start, clause), (hit, _date) in list(chosen.items()) if amends else ():
            amending = self._amending(sentence, hit, mentions_for)
            if amending is None or any(t == event_type and d == amending.date for (t, _s, _c), (_h, d) in chosen.items()):
                continue
            at = amending.start - sentence.start
            twin = TriggerHit(event_type, at, at, hit.strength)
            chosen[(event_type, amending.start, clause)] = (twin, amending.date)
            if modalities is not None:
                modalities[id(twin)] = modalities[id(hit)]
        # "last month sent 26 ..., its second transfer this year": a year containing another date of
        # the same type in the sentence is the same event seen from further away.
        kept = []
        for (event_type, _start, _clause), (hit, date) in chosen.items():
            finer = [d for (t, _s, _c), (_h, d) in chosen.items() if t == event_type and d != date]
            if not (len(date) == 4 and any(d.startswith(date) for d in finer)):
                kept.append(hit)
        return kept

    def _date_for(self, sentence: Sentence, hit: TriggerHit, mentions: list, modality: str, inherited: tuple | None):
        """(date, precision, basis, date text, end date, weight) for a trigger.

        The nearest date mention in the sentence; else the date of the previous event of the
        paragraph; else the publication date (basis publication_fallback); else none.
        """
        trig = sentence.start + hit.start
        if hit.event_type == "statement":  # seventh round (issue 9): a date in the quoted words is what was said
            mentions = outside_quotes(sentence, mentions)
        usable = [m for m in mentions if m.date or m.basis == "none"]
        if usable:
            best = min(usable, key=lambda m: (self._distance(m, trig), m.start))
            date = best.date
            if (
                best.date_future
                and modality in ("planned", "threatened")
                and self.triggers.future.search(sentence.text)
                and not self.triggers.reporting.search(fold(sentence.text))
            ):
                date = best.date_future
            date, modality_ok = self._guard_future(date, best.precision, modality)
            o_start, o_end = self.prep.to_original(best.start, best.end)
            basis = best.basis if date else "none"
            date_text = self.prep.original[o_start:o_end]
            if self._voiced_in_present_period(sentence, hit, best) or self._plan_of_later_day(date, modality):
                return self.published.isoformat(), "day", basis, date_text, "", BASIS_WEIGHT[basis]
            return date, best.precision if date else "", basis, date_text, best.end_date, BASIS_WEIGHT[basis]
        carried = antecedent_date(hit, self.prep.sentences, self.mentions)  # issue 9, ninth round (carry.py)
        if carried is not None and not (self.published and carried.date > self.published.isoformat()):
            o_start, o_end = self.prep.to_original(carried.start, carried.end)
            text = self.prep.original[o_start:o_end]
            return carried.date, carried.precision, "inherited", text, "", BASIS_WEIGHT["inherited"]
        # A denial is dated when voiced, not by the act it denies, unless tied to that act's time
        # ("she answered at the time that ...").
        denied_now = modality == "denied" and not self.triggers.at_the_time.search(fold(sentence.text))
        if inherited and not denied_now and not self._plan_after_its_act(sentence, hit, modality):
            date, precision, date_text, basis = inherited
            return date, precision, basis, date_text, "", BASIS_WEIGHT["inherited"]
        told = None
        if modality == "happened" and hit.event_type not in CATCH_ALL:
            told = self._day_told_before(sentence, hit)
        elif modality == "happened" and hit.event_type == "other":  # tenth round (issue 9, s10-held2)
            day = day_of_sentence_before(sentence, self.prep.sentences, self.mentions)
            if day is not None and not (self.published and day.date > self.published.isoformat()):
                o_start, o_end = self.prep.to_original(day.start, day.end)
                return day.date, day.precision, "inherited", self.prep.original[o_start:o_end], "", BASIS_WEIGHT["inherited"]
        if told is not None:
            o_start, o_end = self.prep.to_original(told.start, told.end)
            return told.date, "day", "inherited", self.prep.original[o_start:o_end], "", BASIS_WEIGHT["inherited"]
        if self.published:
            return self.published.isoformat(), "day", "publication_fallback", "", "", BASIS_WEIGHT["publication_fallback"]
        return "", "", "none", "", "", BASIS_WEIGHT["none"]

    def _plan_after_its_act(self, sentence: Sentence, hit: TriggerHit, modality: str) -> bool:
        """A plan or threat told after an act of its type done, in one paragraph, is voiced at the telling.

        Tenth round (issue 9, s10-es-miss): for a measure (a tariff, a sanction, a designation), "the goods
        were exempted from the tariffs on March 6. The steel tariffs will remain", "el 6 de marzo se eximió a
        los productos del T-MEC. Los aranceles al acero van a seguir": the plan is not of the act's day, so
        it does not inherit that day (it takes its own date, or the publication's, and is judged so).
        """
        if modality not in ("planned", "threatened") or hit.event_type not in MEASURES:
            return False
        events, paragraphs = getattr(self, "events", []), getattr(self, "paragraph_of", [])
        last = next(
            (e for e, p in zip(reversed(events), reversed(paragraphs), strict=False)
             if p == sentence.paragraph and e.date_basis not in ("publication_fallback", "none")),
            None,
        )
        return last is not None and last.event_type == hit.event_type and last.modality == "happened"

    def _voiced_in_present_period(self, sentence: Sentence, hit: TriggerHit, mention) -> bool:
        """A stance voiced on the occasion, dated only by the month or year it is voiced in, is of the publication's day.

        "Este mes rechazamos ...", "we reject this year's ...": the period is the one the stance speaks
        in or of, and the stance itself is said at the telling (issue 9, seventh round). Not a period
        that places the stance before the telling ("earlier this month").
        """
        return (
            hit.event_type == "statement"
            and self.published is not None
            and mention.basis == "relative"
            and fold(mention.text) in present_periods(self.lang)
            and voiced_now(self.triggers, fold(sentence.text), hit)
        )

    def _plan_of_later_day(self, date: str, modality: str) -> bool:
        """A plan or threat whose only date lies after the publication is of the day it is told.

        "Los aranceles entrarán en vigor el 1 de agosto", "will take effect on August 1", "entreront en
        vigueur le 1er août": the day is the plan's content (its entry into force), and a planned or
        threatened event takes the day the plan was made or reported, else the publication's
        (``tests/gold/README.md``; issue 9, seventh round).
        """
        if modality not in ("planned", "threatened") or not date or self.published is None:
            return False
        pub = self.published.isoformat()
        return date[: len(pub)] > pub[: len(date)]

    def _amending(self, sentence: Sentence, hit: TriggerHit, mentions_for):
        """The day of an act that amended the one a trigger is dated by, told right after its day, or None.

        "duties imposed by Executive Order 1 of February 1, 2025, as amended by Executive Order 2 of March
        2, 2025" tells two acts, the order and its amendment, each of its own day (issue 9, sixth round);
        likewise "modificado por", "modifié par".
        """
        usable = [m for m in mentions_for(hit) if m.date and m.precision == "day"]
        if not usable:
            return None
        trig = sentence.start + hit.start
        best = min(usable, key=lambda m: (self._distance(m, trig), m.start))
        later = [m for m in usable if m.start >= best.end]
        if not later:
            return None
        after = min(later, key=lambda m: m.start)
        return after if self.triggers.amended_by.match(self.folded[best.end : after.start]) else None

    def _day_told_before(self, sentence: Sentence, hit: TriggerHit):
        """The one day told in the sentence just before (a paragraph of its own or not), when it made no event.

        "Le 3 janvier, les forces américaines sont entrées à Caracas. Cette opération militaire a fait
        ..." : an act told without a date right after a sentence that gives one day and no event of its
        own is of that day (issue 9, fifth round), rather than of the publication. Only an act that would
        be reported dated by the publication: one whose sentence names an actor and is neither generic nor
        commentary (the pipeline drops the others; a day from elsewhere must not revive them).
        """
        folded = fold(sentence.text)
        if (
            is_generic(self.triggers, folded, hit)
            or self.triggers.commentary.search(folded)
            or not any(m.kind == "actor" for m in self._found_in(sentence, folded))
        ):
            return None
        before = sentence_before(sentence, self.prep.sentences)
        if before is None:
            return None
        start, end = self.prep.to_original(before.start, before.end)
        if any(start <= e.start < end for e in self.events):
            return None
        days = [
            m
            for m in self.mentions
            if before.start <= m.start <= m.end <= before.end
            and m.date
            and m.precision == "day"
            and m.basis in ("explicit", "weekday")
            and m.offset_days is None
        ]
        if len(days) != 1 or (self.published and days[0].date > self.published.isoformat()):
            return None
        return days[0]

    def _guard_future(self, date: str, precision: str, modality: str) -> tuple[str, bool]:
        # A thing that happened cannot be dated after its report (one day of slack for time zones).
        if not date or modality != "happened" or not self.published or precision != "day":
            return date, True
        if dt.date.fromisoformat(date) > self.published + dt.timedelta(days=1):
            return self.published.isoformat(), False
        return date, True

    def _distance(self, mention, trig: int) -> int:
        gap = mention.start - trig if mention.start >= trig else trig - mention.end
        between = self.prep.text[min(mention.end, trig) : max(mention.start, trig)]
        # A clause boundary between them makes the date less likely to belong to this trigger.
        coarse = {"year": 80, "month": 15}.get(mention.precision, 0)  # prefer the most precise nearby date
        # "starting Aug. 1" is when something takes effect, rarely the day of the act told beside it.
        start = 60 if self.triggers.since.search(self.folded[max(0, mention.start - 25) : mention.start]) else 0
        return max(gap, 0) + 60 * between.count(";") + 25 * between.count(",") + coarse + start + (0 if mention.date else 500)


def event_spans(prep: Prepared, folded_sentences: list[str], hits: list, triggers: Triggers) -> list[tuple[int, int]]:
    """The parts of the text whose dates can matter: the sentences that can make an event (and the one before).

    Dates elsewhere are never read, so the date scan skips them. A few characters past a sentence's
    end let a pattern's look-ahead see what follows, as in a scan of the whole text.

    >>> from timeline.extract.text import prepare
    >>> from timeline.extract.triggers import get_triggers
    >>> p, t = prepare("It rained on Monday. US forces struck a boat on Tuesday.", "en"), get_triggers("en")
    >>> f = [fold(s.text) for s in p.sentences]
    >>> event_spans(p, f, [t.find(x) for x in f], t)
    [(0, 56)]
    >>> event_spans(p, f, [[], []], t)
    []
    """
    spans: list[tuple[int, int]] = []
    for k, (sentence, folded, found) in enumerate(zip(prep.sentences, folded_sentences, hits)):
        if not (found or triggers.same_again.search(folded) or triggers.anaphora.search(folded)):
            continue
        # The sentence before too, when this one has no digit (so likely no day of its own): its one day
        # may date an act told here without one (Dating._day_told_before).
        start = prep.sentences[k - 1].start if k and not _DIGIT.search(folded) else sentence.start
        start = min([start, *(prep.sentences[h.antecedent].start for h in found if getattr(h, "antecedent", -1) >= 0)])
        end = min(len(prep.text), sentence.end + 40)
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def drop_period_starts(mentions: list, folded: str, triggers: Triggers) -> list:
    """Drop the starts of periods ("since early September", "desde hoy") and deadlines, which date no event.

    The "since" may be just before the mention or its first word ("desde septiembre" is one mention).
    A day after "since" stays: "depuis le 2 septembre, date à laquelle ..." often dates the first event.
    A start of being on a list ("listed since February") stays: it dates the listing.
    A deadline ("until April 2", "jusqu'au 2 avril") goes whatever its precision: it is when a measure
    ends, not when anything was done.

    >>> from timeline.extract.dates import get_finder
    >>> from timeline.extract.triggers import get_triggers
    >>> text = "Troops stayed until April 2 after arriving on March 3."
    >>> found = get_finder("en").find(text, dt.date(2025, 4, 10))
    >>> [m.text for m in drop_period_starts(found, fold(text), get_triggers("en"))]
    ['March 3']
    """
    return [
        m
        for m in mentions
        if not (
            (m.precision != "day" or m.basis == "relative")
            and (triggers.since.search(folded, max(0, m.start - 20), m.start) or triggers.since_at.match(folded, m.start))
            # "listed since February": the start of being on a list is the listing's date
            and not triggers.listed_since.search(folded, max(0, m.start - 50), m.start + 6)
        )
        and not triggers.until.search(folded, max(0, m.start - 20), m.start)
    ]
