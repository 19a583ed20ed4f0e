"""Within one article: one event per real-world event, and a plan's details folded into the plan."""

from __future__ import annotations

from timeline.extract.agents import doer_noun
from timeline.extract.first_person import act_in_first_person
from timeline.extract.gazetteer import fold
from timeline.extract.in_force import drop_entry_into_force
from timeline.extract.model import Event
from timeline.extract.rates import rate_acts_as_tariffs
from timeline.extract.titles import implied_country


def unique(values) -> list[str]:
    """The values in order, without blanks or repeats.

    >>> unique(["CIA", "", "FBI", "CIA"])
    ['CIA', 'FBI']
    """
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return seen


def drop_plan_details(events: list[Event]) -> list[Event]:
    """Planned strikes or deployments without a date of their own, in an article about a plan, detail that plan."""
    if not any(e.event_type == "military_planning" for e in events):
        return events
    return [
        e
        for e in events
        if not (
            e.event_type in ("drone_strike", "boat_strike", "troop_deployment")
            and e.modality == "planned"
            and e.date_basis in ("publication_fallback", "none")
        )
    ]


def drop_unanchored(events: list[Event]) -> list[Event]:
    """Miscellaneous acts with nobody named as their doer and only a date relative to the telling are not events.

    Fifth round (issue 9, s5-precision): a catch-all act is known by who did it or by a date of its own;
    "yesterday it was approved", "la semana pasada se firmó" with no actor, no country acting and no
    government or authority as subject is a speaker's aside, not a campaign act (an explicit date or a
    weekday, or a doer, keeps it). Ninth round (issue 9, s9-es-acts): so does an act told by its doer in
    the first person ("propusimos", "we proposed"): the speaker did it.
    """
    return [
        e
        for e in events
        if not (
            e.event_type == "other"
            and e.date_basis == "relative"
            and not (e.actors or e.agent_country)
            and not doer_noun(e.lang).search(fold(e.evidence))
            and not act_in_first_person(e.lang, e.evidence, e.event_type)
        )
    ]


# Types where one article rarely reports two distinct events on the same day: same type, date and
# modality is the same event even when the sentences name different actors.
_ONE_PER_DAY = frozenset(
    {"boat_strike", "drone_strike", "fto_designation", "extradition", "troop_deployment", "military_planning"}
)


def _is_twin(a: Event, b: Event) -> bool:
    if (a.event_type, a.date, a.modality) != (b.event_type, b.date, b.modality):
        return False
    if a.event_type in _ONE_PER_DAY:
        return True
    if a.start == b.start:
        # thirteenth round (issue 9, s13-enfr): one sentence, one type, one date, one modality and one doer
        # named first tell one act (two rules of the type fired on it); clauses with other doers, or with
        # none named, stay two events ("the tariff took effect today, and Beijing replied with levies")
        return bool(a.actors) and a.actors[:1] == b.actors[:1]
    if a.event_type == "statement" and a.date_basis == b.date_basis == "publication_fallback":
        return False  # fifth round (issue 9): stances voiced on the occasion, each in its own sentence, are each news
    if set(a.actors[:1]) & set(b.actors[:1]):
        return True
    # Fifth round (issue 9, s5-precision): with nobody named, the same act told again naming more or
    # fewer of its countries ("the duties on Canada" after "the duties on Canada and Mexico") is one act,
    # unless a country is named as the doer of one of them ("Ottawa replied with duties" the same day).
    countries_a, countries_b = set(a.countries), set(b.countries)
    if a.actors or b.actors:
        return False
    if countries_a == countries_b:
        return True
    nested = countries_a <= countries_b or countries_b <= countries_a
    return nested and implied_country(a) == implied_country(b)


def dedup(events: list[Event]) -> list[Event]:
    """One event per (type, date, modality, main actors): the best-scored one, with the others' details merged in.

    An event dated only by the publication date is dropped when the article dates another event
    of its type and modality: a headline or a later sentence about the same event.
    """
    # Seventh round (issue 9): "will take effect on March 4" is no new act. Tenth round (issue 9,
    # s10-es-precision): a miscellaneous act told by a rate, in an article on tariffs, is a tariff.
    events = drop_entry_into_force(rate_acts_as_tariffs(events))
    # A plan or threat told without a date is dated by its report, not a repeat of a dated act.
    dated_types = {(e.event_type, e.modality) for e in events if e.date_basis not in ("publication_fallback", "none")}
    # Sixth round (issue 9, s6-enfr): a stance dated by the publication was voiced on the occasion (an
    # undated statement is kept only so). Before the article dates a stance it is the headline or lede
    # announcing it, and by the speaker of a dated stance it repeats it; else it is another stance,
    # voiced that day (a transcript's later turns).
    dated = [e for e in events if e.event_type == "statement" and e.date_basis not in ("publication_fallback", "none")]
    first_dated = min((e.start for e in dated), default=None)
    dated_speakers = {e.actors[0] for e in dated if e.actors}

    def repeats(e: Event) -> bool:
        if e.event_type != "statement" or first_dated is None:
            return True
        return e.start < first_dated or not e.actors or e.actors[0] in dated_speakers

    events = [
        e
        for e in events
        if not (e.date_basis == "publication_fallback" and (e.event_type, e.modality) in dated_types and repeats(e))
    ]
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _is_twin(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        best, other = (event, twin) if event.confidence > twin.confidence else (twin, event)
        for unit, value in other.quantities.items():
            best.quantities.setdefault(unit, value)
        best.actors = unique([*best.actors, *other.actors])
        best.countries = unique([*best.countries, *other.countries])
        if best is event:
            kept[kept.index(twin)] = event
    return kept
