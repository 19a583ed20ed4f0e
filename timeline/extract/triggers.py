"""Event types and modality of a sentence, from the trigger rules in ``lexicon/triggers.yaml``.

A type fires only when a trigger word AND its argument cues are in the same sentence
("strike" + "boat"), so a word alone ("strike", "plan") never makes an event. Patterns run on the
folded sentence (lower case, no accents); each type and language is one compiled alternation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.extract.cause import cause_pattern, without_causes
from timeline.extract.earlier import earlier_acts, kept, kept_subjects, outside_earlier
from timeline.extract.guarded import Guarded, guarded
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.pattern_text import (
    ANY_START,
    first_chars,
    literal_stems,
    literal_trie,
    openings,
    spread_openings,
    spread_optional,
)
from timeline.extract.purpose import purpose_of
from timeline.store.schema import EVENT_TYPES

_WHERE = "timeline/extract/lexicon/triggers.yaml"
LANGS = ("en", "es", "fr")
MODALITIES = ("denied", "threatened", "planned")
# How far before a trigger (characters) modality cues count: auxiliaries sit just before the verb.
_MODALITY_WINDOW = 70
# An argument cue this close to its trigger (characters) belongs to it.
_NEAR = 80


def _words(patterns: list, where: str) -> re.Pattern:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise LexiconError(f"{_WHERE}: {where} must be a list of patterns")
    # Patterns are wrapped in word boundaries, so a pattern ending in a space could never match.
    spaced = [p for p in patterns if p != p.strip()]
    if spaced:
        raise LexiconError(f"{_WHERE}: {where} has patterns with leading or trailing spaces: {spaced}")
    # A look-ahead on the letters the patterns can start with lets a scan skip most positions at one
    # test (when every pattern's first letter is known).
    try:
        return re.compile(_word_pattern(patterns))
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: {where} has an invalid pattern: {exc}") from exc


def _word_pattern(patterns: list[str]) -> str:
    """The patterns as one alternation of whole words, with a look-ahead on their first letters when known."""
    firsts = [first_chars(p) for p in patterns]
    ahead = "" if None in firsts else "(?=[" + re.escape("".join(sorted(set().union(*firsts)))) + "])"
    return ahead + r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w])"


def _guarded_words(raw: dict, key: str, lang: str) -> re.Pattern | Guarded:
    """``raw[key][lang]`` as :func:`_words`, a whole-text scan skipped where none of its stems is (s12 speed)."""
    patterns = (raw.get(key) or {}).get(lang) or ["(?!x)x"]
    return guarded(_words(patterns, f"{key}.{lang}"), literal_stems(patterns))


def _compiled(raw: dict, key: str, lang: str, template: str) -> re.Pattern:
    """``raw[key][lang]`` as one alternation put into ``template`` (``{}`` marks its place)."""
    patterns = (raw.get(key) or {}).get(lang)
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise LexiconError(f"{_WHERE}: {key}.{lang} must be a non-empty list of patterns")
    try:
        return re.compile(template.replace("{}", "|".join(patterns)))
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: {key}.{lang} has an invalid pattern: {exc}") from exc


@dataclass(frozen=True)
class Rule:
    trigger: re.Pattern
    require: tuple[re.Pattern, ...]
    anywhere: bool = False  # the trigger names its argument by a pronoun ("la anunciara"): any distance
    near: bool = False  # the first group is the verb's object and must stand near it (issue 9, seventh round)


@dataclass(frozen=True)
class TriggerHit:
    """A fired event type in a sentence: the trigger's span (sentence offsets) and the cue distance."""

    event_type: str
    start: int
    end: int
    strength: float  # 1.0 when every argument cue is within 80 characters of the trigger, else 0.7
    cue_distance: int = 0  # characters from the trigger to the nearest cue of its first argument group


class Triggers:
    """The compiled rules of one language."""

    def __init__(self, raw: dict, lang: str) -> None:
        types = raw.get("types")
        if not isinstance(types, dict):
            raise LexiconError(f"{_WHERE}: 'types' must be a mapping of event type to rules")
        self.lang = lang
        self.rules: dict[str, list[Rule]] = {}
        # Per argument cue, literal stems one of which any match contains ("boat" for "boats?"), or
        # None: most rules that fire on a trigger word lack their cue, and a substring test says so
        # several times faster than a scan of the sentence.
        self._stems: dict[re.Pattern, tuple[str, ...] | None] = {}
        for event_type, per_lang in types.items():
            if event_type not in EVENT_TYPES:
                raise LexiconError(f"{_WHERE}: types.{event_type} is not an event type ({', '.join(EVENT_TYPES)})")
            rules = (per_lang or {}).get(lang)
            if not isinstance(rules, list):
                raise LexiconError(f"{_WHERE}: types.{event_type}.{lang} must be a list of rules")
            compiled = []
            for i, rule in enumerate(rules):
                where = f"types.{event_type}.{lang}[{i}]"
                if not isinstance(rule, dict) or not isinstance(rule.get("require"), list):
                    raise LexiconError(f"{_WHERE}: {where} needs 'trigger' and 'require' lists")
                req = tuple(_words(g, f"{where}.require") for g in rule["require"])
                self._stems.update((r, literal_stems(g)) for r, g in zip(req, rule["require"]))
                compiled.append(
                    Rule(
                        _words(rule.get("trigger"), f"{where}.trigger"),
                        req,
                        bool(rule.get("anywhere")),
                        bool(rule.get("near")),
                    )
                )
            self.rules[event_type] = compiled
        # One zero-width scan finds every place any trigger could start; each rule is then only
        # tried there (anchored), instead of scanning the sentence once per rule.
        # The alternatives, their leading groups spread out, share their opening letters in a trie, so a
        # position is tested against a few branches rather than every pattern (issue 9, seventh round).
        starts = [p for per_lang in types.values() for rule in (per_lang or {}).get(lang) or [] for p in rule["trigger"]]
        # (An optional leading group spread too: its pieces open on letters the trie shares; eleventh round.)
        self._starts = re.compile(r"(?<![\w-])(?=" + literal_trie([q for p in starts for q in spread_optional(p)]) + ")")
        # ...and one anchored match there says which rules' triggers start at that place (each rule an
        # optional look-ahead group), instead of one match per rule; only the rules whose triggers can
        # start with the letter found there are in that match.
        self._flat = [(event_type, rule) for event_type, rules in self.rules.items() for rule in rules]
        by_letter: dict[str, list[int]] = {}
        raw_rules = [rule for per_lang in types.values() for rule in (per_lang or {}).get(lang) or []]
        for i, rule in enumerate(raw_rules):  # in the order of self._flat
            letters = set()
            for pattern in rule["trigger"]:
                letters |= first_chars(pattern) or set(ANY_START)
            for c in letters:
                by_letter.setdefault(c, []).append(i)
        self._at_by: dict[str, tuple[re.Pattern, list[int]]] = {}
        by_letter["*"] = list(range(len(self._flat)))  # every rule: for a start no letter foresaw
        for c, indices in by_letter.items():
            # Each rule an alternation with an empty branch rather than an optional group: the same
            # groups, and the regex engine tries a branch faster than a repeat (issue 9, seventh round).
            at = re.compile("".join(f"(?:(?=({self._flat[i][1].trigger.pattern}))|)" for i in indices))
            if at.groups != len(indices):
                raise LexiconError(f"{_WHERE}: trigger patterns of '{lang}' must group with (?:...), not (...)")
            self._at_by[c] = (at, indices)
        self._at_all = self._at_by.pop("*")
        # Two opening letters tell more than one ("sa" for "said", "st" for "struck"): per rule, the one
        # or two letters each of its spread-out patterns opens on (None: it cannot tell), so a start
        # place tries only the rules that can open on its two letters (issue 9, seventh round: speed).
        self._opens = [openings(rule["trigger"]) for rule in raw_rules]
        # ...and within a rule, only its pieces that can open on those letters (twelfth round: speed).
        self._pieces = [spread_openings(rule["trigger"]) for rule in raw_rules]
        self._at_pair: dict[str, tuple[re.Pattern, list[int]]] = {}
        self.reject = {
            t: guarded(_words(p[lang], f"reject.{t}.{lang}"), literal_stems(p[lang]))
            for t, p in (raw.get("reject") or {}).items()
            if p.get(lang)
        }
        relative = r"\s*+(?:(?:that|which|que|qui) (?:(?:had|has|was|habia|ha|habian|han|etait|est|etaient|sont) )?)?\Z"
        self.not_after = {
            t: re.compile(r"(?<![\w-])(?:" + "|".join(p[lang]) + ")" + relative)
            for t, p in (raw.get("not_after") or {}).items()
            if p.get(lang)
        }
        # eleventh round (issue 9, s11-held3): a naval subject is no smuggling boat; an earlier act named is no act
        self.not_after_kept = kept_subjects(raw, lang, relative)
        self.earlier_act = earlier_acts(raw, lang)
        self.subsumes: dict[str, list[str]] = raw.get("subsumes") or {}
        self.near_only = frozenset(raw.get("near_only") or [])
        self.as_plan = frozenset(raw.get("as_plan") or [])
        self.exclusive = [tuple(pair) for pair in raw.get("exclusive") or []]
        for name in [*self.near_only, *self.as_plan, *(t for pair in self.exclusive for t in pair)]:
            if name not in EVENT_TYPES:
                raise LexiconError(f"{_WHERE}: near_only/exclusive name {name!r} is not an event type")
        mod = (raw.get("modality") or {}).get(lang)
        if not isinstance(mod, dict):
            raise LexiconError(f"{_WHERE}: modality.{lang} must be a mapping")
        self.modality = {m: guarded(_words(mod.get(m), f"modality.{lang}.{m}"), literal_stems(mod.get(m))) for m in MODALITIES}
        inflected = mod.get("inflected") or []
        self.inflected = re.compile("|".join(inflected)) if inflected else None
        self.history_before = int(raw.get("history_before", 0))
        self.reactions = _guarded_words(raw, "reactions", lang)
        self.since = _compiled(raw, "since", lang, r"\b(?:{})\s+(?:el |le |the )?$")
        self.since_at = _compiled(raw, "since", lang, r"(?:{})\s")
        self.until = _compiled(raw, "until", lang, r"\b(?:{})\s+(?:el |le |the )?$")
        self.at_the_time = _compiled(raw, "at_the_time", lang, r"\b(?:{})\b")
        self.plan_acts = _compiled(raw, "plan_acts", lang, r"(?:{})\b")
        self.listed_since = _compiled(raw, "listed_since", lang, r"\b(?:{})\b[^.;]{0,25}$")
        # between two days: the later one is of an act that amended the earlier's (issue 9, sixth round)
        self.amended_by = _compiled(raw, "amended_by", lang, r"\A[^;]{0,200}?\b(?:{})\b[^;]{0,80}\Z")
        self.amending = _compiled(raw, "amended_by", lang, r"\b(?:{})\b")  # a cheap test of a sentence first
        self.clause_breaks = _compiled(raw, "clause_breaks", lang, "{}")
        self.future = _compiled(raw, "future", lang, r"(?i)\b(?:{})\b")
        self.commentary = _guarded_words(raw, "commentary", lang)
        self.reporting = _guarded_words(raw, "reporting", lang)
        self.generic = _compiled(raw, "generic", lang, r"(?<![\w-])(?:{})\s++\Z")
        self.states = _guarded_words(raw, "states", lang)
        self.same_again = _guarded_words(raw, "same_again", lang)
        self.voiced_now = _guarded_words(raw, "voiced_now", lang)
        self.anaphora = _guarded_words(raw, "anaphora", lang)
        self.enacting = _guarded_words(raw, "enacting", lang)
        self.signature = _compiled(raw, "signature", lang, r"(?<![\w-])(?:{})\s*")
        self.performative = _guarded_words(raw, "performative", lang)
        # eighth round (issue 9, s8-es-acts): an act verb in the infinitive of a purpose ("para acordar")
        self.purpose = purpose_of(raw, lang)
        # ninth round (issue 9, s9-held): an act named as the cause of another ("over the strikes") is its reason
        self.cause = cause_pattern(raw, lang)

    def find(self, folded: str) -> list[TriggerHit]:
        """Every trigger of every type whose rule fires in a folded sentence, in text order per type.

        >>> [(h.event_type, h.start) for h in get_triggers("en").find("us forces struck a boat")]
        [('boat_strike', 10)]
        """
        spans: dict[int, list[tuple[int, int]]] = {}
        for start in self._starts.finditer(folded):
            at, indices = self._at_pair.get(folded[start.start() : start.start() + 2]) or self._at_of_pair(folded, start.start())
            m = at.match(folded, start.start())
            regs = m.regs
            for k in range(1, (m.lastindex or 0) + 1):  # no group after the last one matched did
                if regs[k][0] >= 0:
                    spans.setdefault(indices[k - 1], []).append(regs[k])
        if not spans:
            return []
        found_by_type: dict[str, list[TriggerHit]] = {}
        cues: dict[re.Pattern, list[int]] = {}  # argument cue positions, shared by the rules of a sentence
        for i, triggers in spans.items():
            event_type, rule = self._flat[i]
            found_by_type.setdefault(event_type, []).extend(self._fire(event_type, rule, folded, triggers, cues))
        hits = []
        for event_type in self.rules:  # a fixed order of types, whatever matched first
            if event_type not in found_by_type:
                continue
            found = _best_per_start(found_by_type[event_type])
            if event_type == "statement":
                found = found[:1]  # one sentence voices one stance, however many stance verbs it has
            if event_type in self.near_only:
                found = [h for h in found if h.strength == 1.0]
            not_after = self.not_after.get(event_type)
            if not_after is not None:  # "una lancha que había zarpado": the boat's move, not a deployment
                found = [
                    h
                    for h in found
                    if not not_after.search(folded, max(0, h.start - 40), h.start)
                    or kept(self.not_after_kept.get(event_type), folded, h.start)
                ]
            found = outside_earlier(self.earlier_act.get(event_type), folded, found)
            if found:
                reject = self.reject.get(event_type)
                if not (reject and reject.search(folded)):
                    hits.extend(found)
        # One word, one reading: a weak reading (its argument far) gives way to a strong one of the same
        # word ("envió a Estados Unidos a 37 presos, en aeronaves militares" is a transfer, not troops).
        strong = {h.start for h in hits if h.strength == 1.0}
        hits = [h for h in hits if h.strength == 1.0 or h.start not in strong]
        present = {h.event_type for h in hits}
        for pair in self.exclusive:
            if pair[0] not in present or pair[1] not in present:
                continue
            # Two readings of one trigger ("strike" on a boat or on land): the closer argument wins.
            best = {t: min((h.cue_distance for h in hits if h.event_type == t), default=None) for t in pair}
            if None not in best.values():
                loser = pair[1] if best[pair[0]] <= best[pair[1]] else pair[0]
                hits = [h for h in hits if h.event_type != loser]
        return without_causes(self.cause, folded, hits)

    def _at_of_pair(self, folded: str, start: int) -> tuple[re.Pattern, list[int]]:
        """The anchored match of the rules that can open on the two letters at ``start`` (built once per pair)."""
        pair = folded[start : start + 2]
        _at, indices = self._at_by.get(pair[0]) or self._at_all
        kept = [i for i in indices if self._opens[i] is None or any(pair.startswith(o) for o in self._opens[i])]
        at = re.compile("".join(f"(?:(?=({self._trigger_at(i, pair)}))|)" for i in kept))
        self._at_pair[pair] = (at, kept)
        return at, kept

    def _trigger_at(self, i: int, pair: str) -> str:
        """Rule ``i``'s trigger pattern less its pieces that cannot open on ``pair``: the same match there."""
        pieces = [p for p, opens in self._pieces[i] if opens is None or any(pair.startswith(o) for o in opens)]
        if len(pieces) == len(self._pieces[i]):
            return self._flat[i][1].trigger.pattern
        return _word_pattern(pieces)

    def _fire(
        self, event_type: str, rule: Rule, folded: str, triggers: list[tuple[int, int]], seen: dict[re.Pattern, list[int]]
    ) -> list[TriggerHit]:
        cues = []
        for r in rule.require:
            found_cues = seen.get(r)
            if found_cues is None:
                stems = self._stems.get(r)
                if stems is not None:
                    for stem in stems:  # a plain loop: cheaper than any() over a generator, for a few stems
                        if stem in folded:
                            break
                    else:
                        seen[r] = []
                        return []
                found_cues = seen[r] = [m.start() for m in r.finditer(folded)]
            if not found_cues:
                return []
            cues.append(found_cues)
        hits = []
        for t_start, t_end in triggers:
            # The first argument group is the trigger's object ("boat", "troops"); later groups
            # (a destination, a label) may sit anywhere in the sentence.
            dist = min(abs(c - t_start) for c in cues[0]) if cues else 0
            near = dist <= _NEAR or rule.anywhere
            if rule.near and not near:
                continue  # "goods sent to the United States ... persons": the people are not what was sent
            hits.append(TriggerHit(event_type, t_start, t_end, 1.0 if near else 0.7, dist))
        return hits

    def modality_of(self, event_type: str, folded: str, original: str, hit: TriggerHit) -> str:
        """happened, planned, threatened or denied, from the cues just before (and at) the trigger.

        >>> t = get_triggers("en"); s = "mexico will deploy troops"
        >>> t.modality_of("troop_deployment", s, s, t.find(s)[0])
        'planned'
        """
        if event_type == "statement":
            return "happened"  # saying something is the event, whatever it says about the future
        lo = max(0, hit.start - _MODALITY_WINDOW)
        # Stay inside the trigger's clause: a cue after ';' or a sentence-internal quote ends is elsewhere.
        cut = max(folded.rfind(";", lo, hit.start), folded.rfind(":", lo, hit.start))
        lo = cut + 1 if cut >= 0 else lo
        hi = hit.end + 25
        for modality in MODALITIES:
            # A few characters beyond the window let a cue's look-ahead see its next word ("would have").
            cue = self.modality[modality].search(folded, lo, hi + 8)
            if cue and cue.start() < hi:
                return modality
        if self.purpose is not None and self.purpose.told_before(folded, hit.start):
            return "planned"  # the act is the aim of another ("met to agree on"), not yet done
        # A noun trigger's verb may follow it ("los aranceles ... entrarán en vigor"): look on to the
        # end of its clause for a future or conditional ending.
        stop = min([p for p in (folded.find(",", hit.end), folded.find(";", hit.end)) if p >= 0] or [len(folded)])
        hi = min(stop, hit.end + _MODALITY_WINDOW)
        if self.inflected and self.inflected.search(original[lo:hi]):
            return "planned"
        if event_type == "military_planning" and not self.plan_acts.match(folded, hit.start):
            return "planned"
        return "happened"


def _best_per_start(hits: list[TriggerHit]) -> list[TriggerHit]:
    """One hit per trigger position (the strongest), in text order."""
    best: dict[int, TriggerHit] = {}
    for h in hits:
        if h.start not in best or best[h.start].strength < h.strength:
            best[h.start] = h
    return [best[k] for k in sorted(best)]


@cache
def get_triggers(lang: str) -> Triggers:
    """The compiled trigger rules of ``lang`` (en, es or fr), built once.

    >>> get_triggers("fr").lang
    'fr'
    """
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not supported; use one of {', '.join(LANGS)}")
    return Triggers(load_lexicon("triggers.yaml"), lang)
