"""A sentence read in the light of the article so far: "that operation", "did the same", "the strikes".

Pure helpers of the pipeline (timeline/extract/pipeline.py); the word lists are in
``lexicon/triggers.yaml`` (anaphora, same_again, generic, states).
"""

from __future__ import annotations

from timeline.extract.accents import past_by_accent
from timeline.extract.triggers import TriggerHit, Triggers

# Types that name no specific kind of act: they give way to a specific event told in the same sentence.
CATCH_ALL = frozenset({"statement", "other"})


def same_again(triggers: Triggers, folded: str, hits: list[TriggerHit], told: list[str]) -> list[TriggerHit]:
    """ "... and last month did the same with two leaders": the act told before, again, on its own date.

    ``told`` lists the specific event types of the article so far, in order.

    >>> from timeline.extract.triggers import get_triggers
    >>> t = get_triggers("es"); s = "el tesoro sanciono a dos jefes y en julio hizo lo mismo"
    >>> [h.event_type for h in same_again(t, s, t.find(s), [])]
    ['sanction', 'sanction']
    """
    again = triggers.same_again.search(folded)
    if not again:
        return hits
    before = [h.event_type for h in hits if h.start < again.start() and h.event_type not in CATCH_ALL]
    referent = (before or told or [None])[-1]
    return hits if referent is None else [*hits, TriggerHit(referent, again.start(), again.end(), 1.0)]


def denied_referent(triggers: Triggers, folded: str, hits: list[TriggerHit], told: list[str]) -> list[TriggerHit]:
    """A denial of "that operation" is a denied event of the type told just before, not a statement.

    Only when the sentence names no event of a specific type itself.

    >>> from timeline.extract.triggers import get_triggers
    >>> t = get_triggers("en"); s = "the pentagon denied any role in that operation"
    >>> [h.event_type for h in denied_referent(t, s, t.find(s), ["boat_strike"])]
    ['boat_strike']
    """
    if not told or any(h.event_type not in CATCH_ALL for h in hits):
        return hits
    denial = triggers.modality["denied"].search(folded)
    anaphor = triggers.anaphora.search(folded, denial.end()) if denial else None
    if anaphor is None or anaphor.start() - denial.end() > 60:
        return hits
    return [TriggerHit(told[-1], anaphor.start(), anaphor.end(), 1.0)]


def is_generic(triggers: Triggers, folded: str, hit: TriggerHit) -> bool:
    """An undated "the strikes" / "los ataques" (the campaign as a whole), or a state ("maintains").

    >>> from timeline.extract.triggers import get_triggers
    >>> t = get_triggers("en"); s = "trafficking fell thanks to the strikes on boats"
    >>> is_generic(t, s, t.find(s)[0])
    True
    """
    if triggers.states.search(folded):
        return True
    plural = folded[hit.end - 1 : hit.end] == "s"
    return plural and bool(triggers.generic.search(folded[max(0, hit.start - 12) : hit.start]))


def voiced_now(triggers: Triggers, folded: str, hit: TriggerHit, text: str = "") -> bool:
    """A stance told in the first person or the present: the act of the occasion the text records.

    A press-conference transcript ("we will not accept ...") or a statement ("Mexico rejects ...")
    voices it on its own day, so without a date of its own it takes the publication's. ``text`` is the
    sentence before folding (same offsets), when known: "consideró" is not "considero" (accents.py).

    >>> from timeline.extract.triggers import get_triggers
    >>> t = get_triggers("es"); s = "nosotros no aceptamos ninguna injerencia"
    >>> voiced_now(t, s, t.find(s)[0])
    True
    >>> s = "el ministro considero que la intervencion militar es inaceptable"
    >>> h = [x for x in t.find(s) if x.event_type == "statement"][0]
    >>> voiced_now(t, s, h), voiced_now(t, s, h, s.replace("considero", "consideró"))
    (True, False)
    """
    if hit.event_type != "statement":
        return False
    found = triggers.voiced_now.finditer(folded, max(0, hit.start - 40), hit.end)
    if len(text) != len(folded):
        return next(found, None) is not None
    return any(not past_by_accent(triggers.lang, m.group(0), text[m.start() : m.end()]) for m in found)


def performs(triggers: Triggers, folded: str) -> bool:
    """The sentence is the act it tells ("hereby", "introduced the following joint resolution").

    >>> from timeline.extract.triggers import get_triggers
    >>> performs(get_triggers("en"), "the president hereby designates the cartel")
    True
    """
    return bool(triggers.performative.search(folded))


def last_speaker(gazetteer, sentences: list, folded: list[str], index: int, reach: int = 30) -> str:
    """The actor named last up to sentence ``index`` (within ``reach`` sentences): who "we" / "je" is.

    A transcript or statement names its speaker in its title or turn label ("SECRETARY RUBIO:",
    "Conferencia de prensa de la presidenta ..."); a country alone stands for its government.
    """
    for k in range(index, max(-1, index - reach), -1):
        for m in gazetteer.find(sentences[k].text, folded[k]):
            if m.kind == "actor":
                return m.value
            if m.kind == "country" and gazetteer.government_of.get(m.country):
                return gazetteer.government_of[m.country]
    return ""
