"""From article text to dated events: sentences -> triggers -> dates, actors, countries, numbers.

Deterministic and offline. The publication date is the caller's, else the one the text states
(:func:`timeline.extract.published.find_published`); never the clock's. Without one, relative dates
("yesterday", "on Tuesday") stay unresolved.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
import time

from timeline import settings
from timeline.extract import dates as dates_mod
from timeline.extract.agents import acting_first, antecedent, find_agent, named_far, speakers
from timeline.extract.answers import with_answers
from timeline.extract.carry import sentence_hits
from timeline.extract.context import CATCH_ALL, denied_referent, is_generic, performs, same_again, voiced_now
from timeline.extract.date_patterns import fold_same_length
from timeline.extract.dating import Dating, drop_period_starts, event_spans
from timeline.extract.dedup import dedup, drop_plan_details, drop_unanchored, unique
from timeline.extract.first_person import told_by_speaker
from timeline.extract.gazetteer import event_places, fold, get_gazetteer
from timeline.extract.issuer import enactment, issuer_first
from timeline.extract.model import Event
from timeline.extract.numbers import load_lexicon as load_dates_lexicon
from timeline.extract.published import as_date, find_published
from timeline.extract.quantities import UNITS, UNITS_BY_TYPE, find_quantities
from timeline.extract.stance_holder import holder_first, speakers_first
from timeline.extract.tally import is_tally
from timeline.extract.text import LANGS, Prepared, Sentence, detect_language, normalise, segment
from timeline.extract.titles import make_title
from timeline.extract.triggers import TriggerHit, get_triggers
from timeline.i18n import N_
from timeline.messages import Text

# A statement needs a speaker other than a news outlet ("NBC News reported" is not a statement).
_NOT_MEDIA = re.compile(r"^(?!The |NBC|Fox)")
# Statements, miscellaneous acts and designations (a standing listing, issue 9 s7) told without a date are background.
_NEEDS_OWN_DATE = CATCH_ALL | {"fto_designation"}


class ArticleTooLong(ValueError):
    """The article is longer than the ``max_article_chars`` setting."""


class Events(list):
    """The events of an article (a list), saying whether every sentence was read within the time budget."""

    def __init__(self, events: list[Event] = (), note: str = "") -> None:
        super().__init__(events)
        self.note = note  # why not every sentence was read, as a sentence for the user; '' when all were

    @property
    def complete(self) -> bool:
        return not self.note


_clock = time.monotonic  # the budget's clock (a module attribute, so a test can make time pass)


def _check_input(text: str, lang: str | None) -> str:
    if not isinstance(text, str):
        raise TypeError(f"extract_events needs the article as str, not {type(text).__name__}")
    limit = settings.get("max_article_chars")
    if len(text) > limit:
        raise ArticleTooLong(Text(N_(
            "The article has {chars:,} characters, more than the limit of {limit:,}. "
            "Extract from a shorter excerpt or raise TIMELINE_MAX_ARTICLE_CHARS."
        ), chars=len(text), limit=limit))  # fmt: skip
    if lang in (None, "", "auto"):
        return detect_language(text)
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not supported; use one of {', '.join(LANGS)} or 'auto'")
    return lang


@dataclasses.dataclass
class ExtractedArticle:
    """What the extractor read from one article: its events, language and publication date."""

    events: list[Event]
    lang: str
    published: str  # YYYY-MM-DD, or '' when neither given nor stated in the text
    published_source: str  # 'given' | 'text' | ''
    complete: bool = True  # False when the ``extract_budget_s`` ran out before the last sentence
    note: str = ""  # why it is incomplete, as a sentence for the user


def extract_article(
    text: str, published: dt.date | dt.datetime | str | None = None, lang: str | None = None, title_lang: str = "en"
) -> ExtractedArticle:
    r"""Like :func:`extract_events`, with the language and publication date it used.

    ``title_lang`` (en, es or fr) is the language of the proposed titles: the reader's, not the article's.

    >>> a = extract_article("MEXICO CITY, Aug. 13, 2025 -\nMexico sent 26 cartel prisoners to the US on Tuesday.")
    >>> a.lang, a.published, a.published_source, [e.date for e in a.events], a.events[0].to_row()["published"]
    ('en', '2025-08-13', 'text', ['2025-08-12'], '2025-08-13')
    """
    lang = _check_input(text, lang)
    deadline = _clock() + float(settings.get("extract_budget_s"))
    pub = as_date(published)
    source = "given" if pub else ""
    prep = normalise(text)
    pub_span = None
    if pub is None and prep.text.strip():
        found = find_published(prep.text, lang)
        if found:
            pub, s, e = found
            pub_span = (s, e)
            source = "text"
    segment(prep, lang, pub_span)
    folded = fold_same_length(prep.text)  # offsets of prep.text hold in it
    triggers = get_triggers(lang)
    whole = fold(prep.text)  # the gazetteer's folding, sliced per sentence (cheaper than one per sentence)
    folded_sentences = [whole[s.start : s.end] if len(whole) == len(prep.text) else fold(s.text) for s in prep.sentences]
    hits = sentence_hits(lang, prep.sentences, folded_sentences)  # other senses dropped; objects told before (s9)
    found = dates_mod.get_finder(lang).find(
        prep.text, pub, event_relative=True, folded=folded, spans=event_spans(prep, folded_sentences, hits, triggers)
    )
    mentions = drop_period_starts(
        [m for m in found if not (pub_span and m.start < pub_span[1] and pub_span[0] < m.end)],
        folded,
        triggers,
    )
    extraction = _Extraction(prep, lang, pub, mentions, folded, folded_sentences, hits)
    events = extraction.run(deadline)
    iso = pub.isoformat() if pub else ""
    for event in events:
        event.published = iso
        if title_lang != "en":
            event.title = make_title(event, title_lang)
    note = ""
    if extraction.read < len(prep.sentences):
        budget = settings.get("extract_budget_s")
        note = Text(
            N_(
                "The extractor's time budget of {seconds} s ran out after {read} of {total} sentences: the events "
                "of the rest are missing. Add them by hand, extract from a shorter excerpt, or raise "
                "TIMELINE_EXTRACT_BUDGET_S."
            ),
            seconds=f"{budget:g}",
            read=extraction.read,
            total=len(prep.sentences),
        )
    return ExtractedArticle(events, lang, iso, source, complete=not note, note=note)


def extract_events(
    text: str, published: dt.date | dt.datetime | str | None = None, lang: str | None = None, title_lang: str = "en"
) -> list[Event]:
    """Propose dated events from a news article in English, Spanish or French (titles in ``title_lang``).

    The list is an :class:`Events`: its ``note`` says when the ``extract_budget_s`` ran out first.

    >>> ev = extract_events("Mexico sent 26 cartel prisoners to the United States on Tuesday.",
    ...                     published="2025-08-13", lang="en")
    >>> [(e.event_type, e.date, e.date_basis, e.quantities) for e in ev]
    [('extradition', '2025-08-12', 'weekday', {'people': 26.0})]
    """
    article = extract_article(text, published, lang, title_lang)
    return Events(article.events, article.note)


@functools.cache
def _periods(lang: str) -> frozenset[str]:
    return frozenset(fold(p) for p in load_dates_lexicon()[lang]["periods_words"])


class _Extraction(Dating):
    """One article's extraction state: the sentences, their date mentions, and the events so far."""

    def __init__(
        self,
        prep: Prepared,
        lang: str,
        published: dt.date | None,
        mentions: list,
        folded: str,
        folded_sentences: list[str],
        hits: list[list[TriggerHit]],
    ) -> None:
        self.prep = prep
        self.folded = folded
        self.lang = lang
        self.published = published
        self.mentions = mentions
        self.triggers = get_triggers(lang)
        self.gazetteer = get_gazetteer()
        self.events: list[Event] = []
        self.paragraph_of: list[int] = []  # the paragraph of each event in self.events
        # "this week", "el mes pasado": periods, which date a tally of several events rather than one
        self.periods = _periods(lang)
        self.holders: dict[tuple[int, str], str] = {}  # first-person statements' speakers (stance_holder.py, s13-doer)
        self.last_country = ""  # the country of the last actor named, for "her government" (agents.py)
        self.folded_sentences = folded_sentences  # per sentence, the gazetteer's folding
        self.hits = hits  # per sentence, the triggers found in it
        # An enactment (a performative formula and a signature line): its undated provisions are of its day.
        self.signed, self.issuer = enactment(self.triggers, folded, prep.text, lang, published)  # and its maker (issuer.py)

    def run(self, deadline: float = float("inf")) -> list[Event]:
        """The article's events, reading sentences until ``deadline`` (of ``_clock``); ``self.read`` counts them."""
        i = 0
        last_dated: dict[int, tuple] = {}  # paragraph -> (date, precision, basis, text) of its last event
        self.read = 0
        for k, sentence in enumerate(self.prep.sentences):
            if _clock() > deadline:
                break
            self.read = k + 1
            in_sentence = []
            while i < len(self.mentions) and self.mentions[i].start < sentence.start:
                i += 1
            j = i
            while j < len(self.mentions) and self.mentions[j].end <= sentence.end:
                in_sentence.append(self.mentions[j])
                j += 1
            in_sentence = [self._anchor(m, in_sentence, sentence.paragraph) for m in in_sentence]
            inherited = last_dated.get(sentence.paragraph)
            for event in self._sentence_events(sentence, in_sentence, inherited, self.folded_sentences[k], self.hits[k]):
                self.events.append(event)
                self.paragraph_of.append(sentence.paragraph)
                if event.date_basis not in ("publication_fallback", "none"):
                    last_dated[sentence.paragraph] = (
                        event.date, event.date_precision, event.date_text, event.date_basis
                    )
        # The campaign's scope: an act dated before it is background, however it is told (a 2023 bill).
        return [e for e in issuer_first(speakers_first(dedup(drop_plan_details(drop_unanchored(with_answers(self.prep, self.events, self.lang, self.folded_sentences, self.published.isoformat() if self.published else '')))), self.holders), self.issuer, self.signed) if not self._before_campaign(e)]

    def _sentence_events(
        self, sentence: Sentence, mentions: list, inherited: tuple | None, folded: str, found: list[TriggerHit]
    ) -> list[Event]:
        told = [e.event_type for e in self.events if e.event_type not in CATCH_ALL]
        hits = same_again(self.triggers, folded, denied_referent(self.triggers, folded, found, told), told)
        if not hits or self._is_history(mentions):
            return []
        modalities = {id(h): self.triggers.modality_of(h.event_type, folded, sentence.text, h) for h in hits}
        for parent, children in self.triggers.subsumes.items():
            anchor = next((h.start for h in hits if h.event_type == parent), None)
            if anchor is None:
                continue
            # What a plan would do (after the plan's trigger, or itself planned) is the plan, not an event;
            # likewise the strikes a vote is about.
            hits = [
                h
                for h in hits
                if not (
                    h.event_type in children
                    and modalities[id(h)] != "denied"  # a denial is news of its own
                    and (modalities[id(h)] == "planned" or h.start > anchor)
                )
            ]
        if any(h.event_type == "statement" for h in hits):
            hits = [h for h in hits if h.event_type != "other"]  # "said it was disappointed by the deal"
        breaks = [m.start() for m in self.triggers.clause_breaks.finditer(folded)]
        if any(h.event_type not in CATCH_ALL and modalities[id(h)] == "happened" for h in hits):
            # A reaction or a miscellaneous act beside a specific event in one sentence is about that event;
            # beside a plan or a threat, the reaction is news of its own ("rejected ... and prepares a response").
            # A miscellaneous act in a clause of its own stays ("announced a blockade, and labelled ...").
            specific = {bisect.bisect_right(breaks, h.start) for h in hits if h.event_type not in CATCH_ALL}
            # A stance voiced on the occasion ("we reject these strikes") is news of its own, whatever it is about.
            hits = [
                h
                for h in hits
                if h.event_type not in CATCH_ALL
                or (h.event_type == "other" and bisect.bisect_right(breaks, h.start) not in specific)
                or voiced_now(self.triggers, folded, h, sentence.text)
            ]
        elif any(h.event_type not in CATCH_ALL for h in hits):
            hits = [
                h
                for h in hits
                if h.event_type != "other"
                and (h.event_type != "statement" or self.triggers.reactions.search(folded))
            ]
        # A plan or threat is dated by when it was voiced ("said on Tuesday it will"); what happened
        # is dated by the event, not by the day someone reported it.
        all_mentions, event_mentions = mentions, self._without_report_dates(sentence, folded, mentions)

        def clause_of(at: int) -> int:
            return bisect.bisect_right(breaks, at)

        def mentions_for(hit: TriggerHit) -> list:
            if hit.event_type == "statement" or modalities[id(hit)] != "happened":
                found = all_mentions
            else:
                found = event_mentions
            # A date in a later clause holding another act of the same type is that act's ("sanctioned
            # four firms, and last week did the same with two banks"); a date before reaches further
            # ("In November, the Treasury sanctioned him, and the FBI raised the reward").
            own = clause_of(hit.start)
            taken = {c for c in (clause_of(h.start) for h in hits if h.event_type == hit.event_type) if c > own}
            return [m for m in found if clause_of(m.start - sentence.start) not in taken] if taken else found

        hits = self._one_per_date(sentence, hits, mentions_for, breaks, modalities)
        found = self._found_in(sentence, folded)  # once per sentence (eleventh round: speed)
        sentence_actors = unique(m.value for m in found if m.kind == "actor")
        sentence_countries = unique(m.country for m in found if m.country)
        location = " / ".join(event_places(found, sentence.text, self.gazetteer.sea_areas))
        quantities = find_quantities(sentence.text, self.lang)
        start, end = self.prep.to_original(sentence.start, sentence.end)
        out = []
        for hit in hits:
            # The doer is named in the trigger's clause when the sentence joins two events
            # ("the FBI raised the reward, while the UIF froze accounts"); else anywhere in it.
            clause = bisect.bisect_right(breaks, hit.start)
            in_clause = [m for m in found if bisect.bisect_right(breaks, m.start) == clause]
            actors = unique(m.value for m in in_clause if m.kind == "actor") or sentence_actors
            countries = unique(m.country for m in in_clause if m.country) or sentence_countries
            # Who reacts to an act is not its doer ("Sheinbaum condemned the US strike on a boat").
            if hit.event_type != "statement":
                reacting = {m.value for m in in_clause if m.kind == "actor" and m.end <= hit.start
                            and self.triggers.reactions.search(folded, m.end, hit.start)}
                actors = [a for a in actors if a not in reacting]
            # The doer first: titles and same-day twins go by the first actor.
            # Who says it ("..., dijo Donald Trump") is the source, not the doer, unless nobody else is.
            act = hit.event_type != "statement"
            agent = find_agent(
                found, folded, hit.start, breaks[clause - 1] if clause else 0, self.lang, self.last_country,
                self.triggers.reactions if act else None, self.triggers.reporting if act else None,
                event_type=hit.event_type, named_government=antecedent(self.lang, self.prep.sentences, self.folded_sentences, sentence),
            )
            doer = None
            if agent is not None:
                doer = agent.value if agent.kind == "actor" else self.gazetteer.government_of.get(agent.value)
                actors = unique([doer, *actors]) if doer else actors
                countries = unique([*countries, agent.country])
            quoted = speakers(found, folded, self.triggers.reporting) - {doer} if act else set()
            if quoted and any(a not in quoted for a in actors):
                actors = [a for a in actors if a not in quoted]
            modality, event_type = modalities[id(hit)], hit.event_type
            if event_type in self.triggers.as_plan and modality in ("planned", "threatened"):
                event_type = "military_planning"
            units = UNITS_BY_TYPE.get(event_type, UNITS)
            voiced = voiced_now(self.triggers, folded, hit, sentence.text) or told_by_speaker(self.lang, folded, hit)  # issue 9, s5, s7
            actors, holder = holder_first(actors, hit, voiced, agent, self.prep.sentences, self.folded_sentences, sentence)  # "we": the speaker (s13-doer)
            speaker = any(_NOT_MEDIA.match(a) for a in actors) or voiced  # "Canada rejects", "nous condamnons"
            if event_type == "statement" and not speaker:
                continue
            date, precision, basis, date_text, end_date, weight = self._date_for(
                sentence, hit, mentions_for(hit), modality, inherited
            )
            if basis == "publication_fallback" and self.signed and event_type not in CATCH_ALL and modality == "happened":
                date, precision, basis, date_text = self.signed, "day", "explicit", self.signed
            # A stance voiced on the occasion, or an act the document itself performs ("hereby"), is of its day.
            now = basis == "publication_fallback" and ((voiced and speaker) or performs(self.triggers, folded))
            if basis == "publication_fallback" and (
                (event_type in _NEEDS_OWN_DATE and modality not in ("planned", "threatened") and not now)
                or not (actors or now) or (not (agent or now) and named_far(found, actors, hit.end, event_type))
                or event_type != hit.event_type
                or self.triggers.commentary.search(folded)
                or is_generic(self.triggers, folded, hit)
            ):
                continue  # undated and nobody acting, an undated possible strike, analysts' views: not a report
            if is_tally(self.triggers, folded, hit, basis, date_text, self.periods, hits):  # issue 9, s11-held3: tally.py
                continue  # "con los ataques de esta semana, la campaña suma ...", "the strikes ... since Sept. 2"
            score = 0.45 * hit.strength + 0.35 * weight + (0.2 if actors else 0.05)
            if event_type == "statement":
                score -= 0.1  # the weakest cue: a stance verb
            event = Event(
                event_type=event_type,
                date=date,
                date_precision=precision,
                date_text=date_text,
                date_basis=basis,
                modality=modality,
                evidence=self.prep.original[start:end],
                start=start,
                end=end,
                confidence=round(max(0.0, min(1.0, score)), 2),
                lang=self.lang,
                actors=acting_first(actors, event_type),
                countries=countries,
                location=location,
                quantities={u: v for u, v in quantities.values.items() if u in units},
                quantity_qualifiers={u: v for u, v in quantities.qualifiers.items() if u in units},
                end_date=end_date,
                agent_country=agent.country if agent is not None and not doer else "",
            )
            event.title, self.holders[(start, event_type)] = make_title(event), holder
            out.append(event)
        self.last_country = next((m.country for m in found if m.kind == "actor" and m.country), self.last_country)
        return out
