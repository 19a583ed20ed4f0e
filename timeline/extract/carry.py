"""An act whose object is told in an earlier sentence: the object's class carried to the act (issue 9, ninth round).

A speaker names the measure once and then tells what was done to it without naming it again: "Los
aranceles del 25 % afectan al acero. Los pausamos noventa días", "The tariffs hit steel. We postponed
them", "Les droits de douane frappent l'acier. Nous les avons suspendus". The trigger rules fire only
when a trigger and its argument share a sentence, so the second sentence, which holds the act, gives
nothing. Here, a sentence with an act verb of a known family (impose, apply, pause, suspend, postpone,
enter into force, lift, remove) whose object is a pronoun, a demonstrative or a general noun ("lo",
"them", "esta medida", "cette mesure"), and which names no object class of its own, takes the class of
the nearest earlier sentence that names one: at most two sentences back, in the same turn of a
transcript (or the same paragraph elsewhere), never across a turn label or a heading. A nearer sentence
naming another act ("la ley", "the program") stops the search: the pronoun is about that act. The
carried trigger is a :class:`CarriedHit`, which remembers its antecedent so the act can be dated by it
when its own sentence gives no date (``Dating``).

Word lists: ``lexicon/carry.yaml``. Only sentences whose folded text matches one verb of the families
(a single search) are looked at further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.extract.agents import _TURN_LABEL
from timeline.extract.instrument_subject import on_subject
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.pattern_text import literal_trie, spread
from timeline.extract.senses import campaign_senses
from timeline.extract.triggers import TriggerHit, get_triggers

_WHERE = "timeline/extract/lexicon/carry.yaml"
# How many sentences back the object is looked for.
REACH = 2
# Types whose trigger in the act's sentence already makes it about something else.
_CATCH_ALL = frozenset({"other", "statement"})
_END = re.compile(r"[.!?…:;\"»”)]\s*\Z")


@dataclass(frozen=True)
class CarriedHit(TriggerHit):
    """A trigger whose object is in sentence ``antecedent`` (an index of the article's sentences)."""

    antecedent: int = -1


@dataclass(frozen=True)
class _Rules:
    gate: re.Pattern  # every verb of every type: the cheap first test of a sentence
    verbs: dict[str, re.Pattern]
    nouns: dict[str, re.Pattern]  # act nouns told without their object: the act itself
    objects: dict[str, re.Pattern]
    before: re.Pattern  # a referent at the end of the text before the verb
    after: re.Pattern  # a referent at the start of the text after the verb (matched there, not searched)
    attached: re.Pattern | None  # a verb ending that holds the object (fullmatch on the verb's last word)
    own_object: re.Pattern | None  # the verb's own object right after it (matched there)
    noun_object: re.Pattern | None  # an act noun's own object right after it (matched there)
    others: re.Pattern


def _alternation(patterns: object, where: str) -> str:
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise LexiconError(f"{_WHERE}: {where} must be a non-empty list of patterns")
    return "|".join(patterns)


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: {where} has an invalid pattern: {exc}") from exc


@cache
def rules_of(lang: str) -> _Rules | None:
    """The compiled carry rules of ``lang``, or None when the lexicon has none for it."""
    raw = load_lexicon("carry.yaml").get(lang)
    if not raw:
        return None
    types = raw.get("types")
    if not isinstance(types, dict) or not types:
        raise LexiconError(f"{_WHERE}: {lang}.types must map event types to 'objects' and 'verbs'")
    word = r"(?<![\w-])(?:{})(?![\w])"
    verbs, objects, nouns = {}, {}, {}
    for event_type, entry in types.items():
        where = f"{lang}.types.{event_type}"
        verbs[event_type] = _compile(word.format(_alternation((entry or {}).get("verbs"), where + ".verbs")), where)
        objects[event_type] = _compile(
            word.format(_alternation((entry or {}).get("objects"), where + ".objects")), where
        )
        if (entry or {}).get("nouns") is not None:
            nouns[event_type] = _compile(word.format(_alternation(entry["nouns"], where + ".nouns")), where)
    aux = _alternation(raw.get("auxiliaries"), f"{lang}.auxiliaries")
    # A referent ends on a word boundary, or on an apostrophe ("l'a imposée").
    ref_end = r"(?:(?<=')|(?![\w]))"
    before = rf"(?<![\w-])(?:{_alternation(raw.get('referent_before'), f'{lang}.referent_before')}){ref_end}"
    before += rf"\s*(?:(?:{aux})\s+){{0,2}}\Z"
    after = rf"\s*(?:{_alternation(raw.get('referent_after'), f'{lang}.referent_after')})(?![\w])"
    attached, own_object, noun_object = raw.get("attached"), raw.get("own_object"), raw.get("noun_object")
    for key, value in (("attached", attached), ("own_object", own_object), ("noun_object", noun_object)):
        if value is not None and not isinstance(value, str):
            raise LexiconError(f"{_WHERE}: {lang}.{key} must be a pattern")
    # The gate only says whether any verb or noun is there: one look-behind, then the alternatives sharing
    # their opening letters in a trie, rather than a look-behind per alternative at every position (s11 speed).
    acts = [
        (entry or {}).get(k) for entry in types.values() for k in ("verbs", "nouns") if (entry or {}).get(k) is not None
    ]
    pieces = [q for group in acts for p in group for q in spread(f"(?:{p})(?![\\w])")]
    return _Rules(
        gate=_compile(r"(?<![\w-])" + literal_trie(pieces), f"{lang}.types"),
        verbs=verbs,
        nouns=nouns,
        objects=objects,
        before=_compile(before, f"{lang}.referent_before"),
        after=_compile(after, f"{lang}.referent_after"),
        attached=_compile(r"[\w-]*" + attached, f"{lang}.attached") if attached else None,
        own_object=_compile(rf"\s+(?:{own_object})(?![\w])", f"{lang}.own_object") if own_object else None,
        noun_object=_compile(rf"\s+(?:{noun_object})(?![\w])", f"{lang}.noun_object") if noun_object else None,
        others=_compile(word.format(_alternation(raw.get("others"), f"{lang}.others")), f"{lang}.others"),
    )


def _refers(rules: _Rules, folded: str, verb: re.Match) -> bool:
    """Whether the act verb at ``verb`` has a pronoun, demonstrative or general noun for its object."""
    if rules.after.match(folded, verb.end()):
        return True
    if rules.own_object and rules.own_object.match(folded, verb.end()):
        return False  # "they imposed a curfew": the verb has an object of its own
    if rules.before.search(folded[max(0, verb.start() - 40) : verb.start()]):
        return True
    last = verb.group().split()[-1]
    return bool(rules.attached and rules.attached.fullmatch(last))


def _has_object(rules: _Rules, folded: str, noun: re.Match) -> bool:
    """Whether the act noun at ``noun`` names what it applies to ("una pausa en las negociaciones")."""
    return bool(rules.noun_object and rules.noun_object.match(folded, noun.end()))


def _is_heading(sentences: list, j: int) -> bool:
    """A line of one sentence with no closing punctuation (a title, a turn label)."""
    s = sentences[j]
    alone = (j == 0 or sentences[j - 1].paragraph != s.paragraph) and (
        j + 1 == len(sentences) or sentences[j + 1].paragraph != s.paragraph
    )
    return bool(_TURN_LABEL.match(s.text)) or (alone and not _END.search(s.text))


def _antecedent(rules: _Rules, event_type: str, sentences: list, folded: list[str], k: int, turns: bool) -> int | None:
    """The sentence before ``k`` whose object ``event_type`` takes, or None."""
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        if _is_heading(sentences, j):
            return None  # a turn label or a title: another speaker or another part
        if not turns and sentences[j].paragraph != sentences[k].paragraph:
            return None
        named = rules.objects[event_type].search(folded[j])
        other = rules.others.search(folded[j])
        if named and not (other and other.start() > named.start()):
            return j
        if named or other:
            return None  # the nearest act named is another one
    return None


def carry(lang: str, sentences: list, folded: list[str], hits: list[list[TriggerHit]]) -> list[list[TriggerHit]]:
    """``hits`` (per sentence), with a :class:`CarriedHit` added where an act takes its object from before.

    ``sentences`` are the article's (with ``.text`` and ``.paragraph``), ``folded`` their gazetteer
    folding, ``hits`` the triggers found in each.

    >>> from timeline.extract.text import prepare
    >>> from timeline.extract.gazetteer import fold
    >>> p = prepare("Los aranceles del 25 % golpean al acero. Los pausamos noventa días.", "es")
    >>> f = [fold(s.text) for s in p.sentences]
    >>> [[(h.event_type, h.antecedent) for h in found] for found in carry("es", p.sentences, f, [[], []])]
    [[], [('tariff', 0)]]
    """
    rules = rules_of(lang)
    if rules is None:
        return hits
    out = None
    turns = None
    for k in range(1, len(folded)):
        text = folded[k]
        if rules.gate.search(text) is None:
            continue
        if any(h.event_type not in _CATCH_ALL for h in hits[k]) or rules.others.search(text):
            continue  # the sentence tells an act of its own, or names another act's object
        for event_type, verbs in rules.verbs.items():
            if rules.objects[event_type].search(text):
                continue  # the object is named here: the trigger rules judged the sentence
            verb = next((v for v in verbs.finditer(text) if _refers(rules, text, v)), None)
            if verb is None and event_type in rules.nouns:
                verb = next(
                    (n for n in rules.nouns[event_type].finditer(text) if not _has_object(rules, text, n)), None
                )
            if verb is None:
                continue
            if turns is None:  # a transcript: its turns, not its lines, hold one speaker's words
                turns = any(_TURN_LABEL.match(s.text) for s in sentences)
            j = _antecedent(rules, event_type, sentences, folded, k, turns)
            if j is None:
                continue
            if out is None:
                out = list(hits)
            out[k] = [*out[k], CarriedHit(event_type, verb.start(), verb.end(), 0.7, 0, j)]
    return hits if out is None else out


def sentence_hits(lang: str, sentences: list, folded: list[str]) -> list[list[TriggerHit]]:
    """The triggers of each sentence in their campaign senses, plus the acts whose object is told before."""
    triggers = get_triggers(lang)
    found = carry(lang, sentences, folded, [campaign_senses(lang, f, triggers.find(f)) for f in folded])
    return on_subject(lang, folded, found)  # an instrument off the campaign's subject (s15-enfr)


def antecedent_date(hit: TriggerHit, sentences: list, mentions: list):  # noqa: ANN201
    """For a carried act whose own sentence gives no date: the last dated mention of its antecedent, or None.

    The object's sentence told when the measure was taken or announced ("in March, the tariffs of 25 % ...
    . We paused them"): an act on it told right after, with no date of its own, is dated by that
    sentence rather than by the publication (counted on the real corpus, issue 9, ninth round).
    ``mentions`` are the article's date mentions (offsets in the normalised text), in text order.
    """
    if not isinstance(hit, CarriedHit) or hit.antecedent < 0:
        return None
    before = sentences[hit.antecedent]
    dated = [m for m in mentions if before.start <= m.start and m.end <= before.end and m.date]
    return dated[-1] if dated else None
