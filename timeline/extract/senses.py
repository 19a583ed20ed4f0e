"""Other senses of the trigger words, told by the class of the act's object or doer (issue 9).

"Designar" appoints a person to a post, a union strikes, an area is declared a disaster zone, a
satellite is deployed, a team is sanctioned: the trigger word is the campaign's, its object or its
doer is not. The classes are small lexicons of nouns (``lexicon/senses.yaml``); where a class word
stands decides: after the trigger in its clause (its object, or the preposition's: "as director",
"al frente de") or before it in the clause (its doer: "the union struck").
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.mission import outside_campaign
from timeline.extract.pattern_text import literal_trie, spread
from timeline.extract.triggers import TriggerHit, get_triggers

_WHERE = "timeline/extract/lexicon/senses.yaml"
# How far (characters) from the trigger, inside its clause, an object or a doer is read.
WINDOW = 90
# After the trigger's own argument noun, a preposition: a class word right after is its complement.
_COMPLEMENT = re.compile(
    r"\s+(?:de la|de|del|du|des|d'|of|for|on|para|pour|por|sobre|sur)\s*+"
    r"(?:(?:la|le|les|el|los|las|the|l')\s*+)?\Z"
)


@cache
def _classes(lang: str) -> dict[str, re.Pattern]:
    raw = load_lexicon("senses.yaml").get("classes")
    if not isinstance(raw, dict):
        raise LexiconError(f"{_WHERE}: 'classes' must be a mapping of class name to word lists per language")
    out = {}
    for name, per_lang in raw.items():
        words = (per_lang or {}).get(lang)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise LexiconError(f"{_WHERE}: classes.{name}.{lang} must be a list of patterns")
        try:
            out[name] = re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")
        except re.error as exc:
            raise LexiconError(f"{_WHERE}: classes.{name}.{lang} has an invalid pattern: {exc}") from exc
    return out


@lru_cache(maxsize=8)
def _breaks(lang: str, folded: str) -> tuple[int, ...]:
    """Where the clauses of a folded sentence break (found once per sentence, for all its triggers)."""
    return tuple(m.start() for m in get_triggers(lang).clause_breaks.finditer(folded))


@cache
def _any_class(lang: str) -> re.Pattern:
    """One pattern for the words of every class of ``lang``: it matches where some class's pattern does.

    The classes share one word-boundary wrapper, and the words (their leading groups spread out) share
    their opening letters in a trie, so a word start is tried against a few branches, not every word
    (issue 9, seventh round: speed).
    """
    _classes(lang)  # the lexicon's checks first, with their messages
    words = [w for per_lang in load_lexicon("senses.yaml")["classes"].values() for w in per_lang[lang]]
    return re.compile(r"(?<![\w-])" + literal_trie([piece for w in words for piece in spread(w)]) + r"(?![\w-])")


def clause_of(lang: str, folded: str, hit: TriggerHit) -> tuple[int, int]:
    """The start and end (folded sentence offsets) of the trigger's clause.

    >>> clause_of("en", "the union struck a deal; us forces struck a boat", TriggerHit("boat_strike", 35, 41, 1.0))
    (24, 48)
    """
    breaks = _breaks(lang, folded)
    i = bisect.bisect_right(breaks, hit.start)
    return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else len(folded))


def clause_windows(lang: str, folded: str, hit: TriggerHit) -> tuple[str, str]:
    """(doer, object): the folded text before and after the trigger inside its clause, ``WINDOW`` wide.

    >>> h = TriggerHit("boat_strike", 10, 16, 1.0)
    >>> clause_windows("en", "the union struck a deal; us forces struck a boat", h)
    ('the union ', ' a deal')
    """
    start, end = clause_of(lang, folded, hit)
    return folded[max(start, hit.start - WINDOW) : hit.start], folded[hit.end : min(end, hit.end + WINDOW)]


def classes_near(lang: str, folded: str, hit: TriggerHit) -> dict[str, set[str]]:
    """The sense classes whose words stand in the trigger's doer and object windows.

    >>> h = TriggerHit("boat_strike", 10, 16, 1.0)
    >>> classes_near("en", "the union struck a deal with workers", h)
    {'doer': {'labour'}, 'object': {'labour'}}
    """
    doer, obj = clause_windows(lang, folded, hit)
    return {
        "doer": {name for name, rx in _classes(lang).items() if rx.search(doer)},
        "object": {name for name, rx in _classes(lang).items() if rx.search(obj)},
    }


@cache
def _rules(
    lang: str,
) -> tuple[dict[str, dict[str, tuple[str, ...]]], re.Pattern, re.Pattern, dict[str, int], re.Pattern]:
    raw = load_lexicon("senses.yaml")
    reach = raw.get("object_reach") or {}
    if not isinstance(reach, dict) or not all(isinstance(v, int) for v in reach.values()):
        raise LexiconError(f"{_WHERE}: 'object_reach' must map class names to a number of characters")
    rejects = raw.get("rejects") or {}
    if not isinstance(rejects, dict):
        raise LexiconError(f"{_WHERE}: 'rejects' must map event types to {{object: [...], doer: [...]}}")
    known = set(_classes(lang))
    out = {}
    for event_type, where in rejects.items():
        out[event_type] = {w: tuple((where or {}).get(w) or ()) for w in ("object", "doer")}
        unknown = {c for cs in out[event_type].values() for c in cs} - known
        if unknown:
            raise LexiconError(f"{_WHERE}: rejects.{event_type} names unknown classes {sorted(unknown)}")
    try:
        nouns = re.compile(r"(?:" + "|".join(raw["documents"][lang]) + r")\Z")
        dated = re.compile(r"\s+(?:" + "|".join(raw["dated_complement"][lang]) + r")\s+(?:(?:le|el|the|la) )?\d")
    except (KeyError, TypeError, re.error) as exc:
        raise LexiconError(f"{_WHERE}: documents.{lang} and dated_complement.{lang} must be lists of patterns") from exc
    try:
        former = re.compile(r"(?<![\w-])(?:" + "|".join(raw["former"][lang]) + r")\s*+(?:\w+\s+)?\Z")
    except (KeyError, TypeError, re.error) as exc:
        raise LexiconError(f"{_WHERE}: former.{lang} must be a list of patterns") from exc
    return out, nouns, dated, reach, former


def _own_cues(lang: str, folded: str, hit: TriggerHit) -> list[int]:
    """Where the trigger's own argument (its rule's first cue group) stands, outside the trigger word."""
    return [start for start, _end in _own_cue_spans(lang, folded, hit)]


def _own_cue_spans(lang: str, folded: str, hit: TriggerHit) -> list[tuple[int, int]]:
    found = []
    for rule in get_triggers(lang).rules.get(hit.event_type, ()):
        if rule.require and rule.trigger.match(folded, hit.start):
            found += [m.span() for m in rule.require[0].finditer(folded) if not hit.start <= m.start() < hit.end]
    return found


def other_sense(lang: str, folded: str, hit: TriggerHit) -> str:
    """The class that makes the trigger another sense than the campaign's ('' when none does).

    The class word must be the trigger's object (after it in its clause, before its own argument) or
    its doer (before it in its clause, nearer than its own argument).

    >>> other_sense("en", "the union struck the ferry line", TriggerHit("boat_strike", 10, 16, 1.0))
    'labour'
    >>> other_sense("en", "us forces struck a boat carrying workers", TriggerHit("boat_strike", 10, 16, 1.0))
    ''
    """
    rejects = _rules(lang)[0].get(hit.event_type)
    if not rejects:
        return ""
    doer, obj = clause_windows(lang, folded, hit)
    spans = _own_cue_spans(lang, folded, hit)
    own = [c for c, _e in spans]
    after, after_end = min(((c - hit.end, e - hit.end) for c, e in spans if c >= hit.end), default=(len(folded),) * 2)
    before = min((hit.start - c for c in own if c < hit.start), default=len(folded))
    classes = _classes(lang)
    reach, former = _rules(lang)[3:]
    for name in rejects["object"]:
        m = classes[name].search(obj, 0, reach.get(name, len(obj)))
        # The class word heads the object, or is the complement of the trigger's own argument noun
        # ("una operación de rescate", "une opération de secours").
        head = m and (m.start() < after or bool(_COMPLEMENT.match(obj, after_end, m.start())))
        if head and not former.search(obj, 0, m.start()):
            return name
    for name in rejects["doer"]:
        found = [m.end() for m in classes[name].finditer(doer)]
        if found and len(doer) - found[-1] < before:
            return name
    return ""


def names_a_document(lang: str, folded: str, hit: TriggerHit) -> bool:
    """A document's noun that is its own trigger and argument, with no date as its complement.

    >>> names_a_document("fr", "selon l'accord, les droits baissent", TriggerHit("other", 8, 14, 1.0))
    True
    >>> names_a_document("fr", "l'accord du 3 mars fixe les droits", TriggerHit("other", 2, 8, 1.0))
    False
    """
    nouns, dated = _rules(lang)[1:3]
    if not nouns.match(folded[hit.start : hit.end]) or _own_cues(lang, folded, hit):
        return False
    return not dated.match(folded, hit.end)


def argument_elsewhere(lang: str, folded: str, hit: TriggerHit) -> bool:
    """For the ``own_clause`` types, whether the trigger's argument stands only outside its clause.

    >>> argument_elsewhere("en", "the city assigned new buses; soldiers patrol the border", TriggerHit("troop_deployment", 9, 17, 0.7))
    True
    """
    if hit.event_type not in _own_clause():
        return False
    start, end = clause_of(lang, folded, hit)
    own = _own_cues(lang, folded, hit)
    return bool(own) and not any(start <= c < end for c in own)


@cache
def _own_clause() -> frozenset[str]:
    return frozenset(load_lexicon("senses.yaml").get("own_clause") or ())


def campaign_senses(lang: str, folded: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The hits of a folded sentence that are the campaign's acts: other senses and bare document names dropped.

    >>> from timeline.extract.triggers import get_triggers
    >>> s = "the dockworkers union struck the ferry boats on monday"
    >>> campaign_senses("en", s, get_triggers("en").find(s))
    []
    """
    if not hits:
        return hits
    classed = _any_class(lang).search(folded) is not None  # most sentences name no class word at all
    return [
        h
        for h in hits
        if not (classed and (other_sense(lang, folded, h) or outside_campaign(lang, clause_windows(lang, folded, h)[1], h)))
        and not names_a_document(lang, folded, h)
        and not argument_elsewhere(lang, folded, h)
    ]
