"""Who holds a stance voiced in the first person: the speaker, before the parties the stance is about.

Thirteenth round (issue 9, s13-doer): a statement's doer is who speaks, never whom the statement is
about. "Rechazamos las declaraciones de Donald Trump", "We condemn Maduro's regime", "Nous condamnons
les frappes ordonnées par Washington": the first person names no subject, and the only names of the
sentence stand after the stance verb, as its object. Before, the title named them ("Statement by Donald
Trump"); now the speaker (the transcript turn's, else the actor named last before: ``agents.speaker_of``)
comes first, the named parties after it. A stance with a named subject ("Sheinbaum rechazó ...") keeps it.

The speaker is put first only once the article's events are merged (:func:`speakers_first`, after
``dedup``): which stances of a day are one is decided by the names the sentences give, as before.
"""

from __future__ import annotations

from timeline.extract.agents import speaker_of, turn_speaker
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.model import Event
from timeline.extract.titles import implied_country, make_title


def holder_first(
    actors: list[str], hit: object, voiced: bool, agent: object, sentences: list, folded: list[str], sentence: object
) -> tuple[list[str], str]:
    """``actors`` (the speaker when a first-person act names nobody) and the speaker a first-person
    statement whose names all stand after its verb is held by ('' for anything else).

    ``agent`` is the doer read before the trigger ``hit``, or after it in the passive: "We condemn the
    threats made by Maduro" names who made the threats, not who condemns them, so a passive agent of a
    statement does not hold it.

    >>> from types import SimpleNamespace as S
    >>> texts = ["SECRETARY RUBIO:", "We condemn the regime of Nicolás Maduro."]
    >>> sents = [S(text=t) for t in texts]
    >>> stance, act = S(event_type="statement", start=3), S(event_type="sanction", start=3)
    >>> holder_first(["Nicolás Maduro"], stance, True, None, sents, [t.lower() for t in texts], sents[1])
    (['Nicolás Maduro'], 'Marco Rubio')
    >>> holder_first([], act, True, None, sents, [t.lower() for t in texts], sents[1])
    (['Marco Rubio'], '')
    >>> holder_first(["Nicolás Maduro"], stance, False, None, sents, [t.lower() for t in texts], sents[1])
    (['Nicolás Maduro'], '')
    """
    before = agent is not None and agent.start < hit.start
    if not voiced and not actors and agent is None and hit.event_type != "statement":
        # fourteenth round (issue 9, s14-doer): an act nobody is named doing, told in a transcript's turn, is
        # the speaker's government's (its country goes to the title: ``speakers_first``), '' outside a transcript
        return actors, turn_speaker(sentences, folded, sentences.index(sentence))
    if not voiced or (actors and (hit.event_type != "statement" or before)):
        return actors, ""
    speaker = speaker_of(sentences, folded, sentences.index(sentence))
    if not actors:
        return ([speaker] if speaker else []), ""
    return actors, speaker if speaker not in actors[:1] else ""


def speakers_first(events: list[Event], holders: dict[tuple[int, str], str]) -> list[Event]:
    """``events`` with each first-person statement's speaker (``holders``, by start and type) first, and the
    country of the turn's speaker as the doer of an act told with nobody named (fourteenth round), retitled."""
    countries = get_gazetteer().actor_country
    for event in events:
        speaker = holders.get((event.start, event.event_type))
        if speaker and event.event_type == "statement":
            event.actors = [speaker, *(a for a in event.actors if a != speaker)]
            event.title = make_title(event)
        elif speaker and not event.actors and not implied_country(event) and countries.get(speaker):
            event.agent_country = countries[speaker]  # an act nobody is named doing, in the speaker's turn
            event.title = make_title(event)
    return events
