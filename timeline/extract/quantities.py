"""Counts stated in a sentence, bound to what they count: troops, killed, people, vessels, money...

The words are data in ``lexicon/quantities.yaml``; numbers (digits or spelled out) are read by
:func:`timeline.extract.numbers.parse_number`. Years, order numbers ("Executive Order 14157"),
unit names ("82nd Airborne") and times are never quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.numbers import NUMBER_WORDS_PATTERN, parse_number, variants
from timeline.extract.numbers import load_lexicon as load_lexicon_dates
from timeline.store import schema

_WHERE = "timeline/extract/lexicon/quantities.yaml"
UNITS = ("killed", "survivors", "troops", "people", "vessels", "ships", "aircraft", "percent", "usd")
#: The units an event of each type can carry (a deployment's "50 leaders" belong to another event).
UNITS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "boat_strike": ("killed", "survivors", "vessels"),
    "drone_strike": ("killed", "survivors", "people"),
    "troop_deployment": ("troops", "ships", "aircraft", "vessels"),
    "extradition": ("people",),
    "sanction": ("people", "usd"),
    "tariff": ("percent", "usd"),
    "fto_designation": ("people",),
}


@dataclass
class Quantities:
    """Values per unit, and the qualifier written before a value ("more than") when there was one."""

    values: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)


def _alt(words: list[str]) -> str:
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    """One language's compiled patterns. Each but ``number`` is tried only where a number starts
    (anchored), or just before it (``*_before``, searched backwards): scanning the sentence once for
    numbers costs less than scanning it with every pattern."""

    number: re.Pattern  # where a count starts: digits or a spelled number (on the lower-cased sentence)
    unit: re.Pattern  # number, scale?, then '%' or (up to three words and) a unit noun
    killed_after: re.Pattern  # number, scale?, then "were killed" / "murieron"
    killed_num: re.Pattern  # number and scale after a verb of killing
    qual_before: re.Pattern  # "more than " right before the number
    killed_before: re.Pattern  # "killing (more than) " right before the number
    unit_of: dict[str, str]
    qual_of: dict[str, str]


def _first_letters(lang: str) -> str:
    """Every first letter of the spelled numbers of ``lang``, in both cases and with and without accents."""
    lex = load_lexicon_dates()[lang]
    words = [w for key in ("units", "multipliers", "scales") for w in lex[f"num_{key}_words"]]
    firsts = {v[0] for w in words for v in variants(w) if v}
    return "".join(sorted(firsts | {c.upper() for c in firsts}))


@cache
def _compiled(lang: str) -> _Patterns:
    raw = load_lexicon("quantities.yaml")
    spec = raw.get(lang)
    if not isinstance(spec, dict) or not isinstance(spec.get("units"), dict):
        raise LexiconError(f"{_WHERE}: '{lang}' needs a mapping 'units' of unit -> list of nouns")
    for key in ("qualifiers", "before_unit", "killed_verbs", "killed_after", "scales"):
        if not isinstance(spec.get(key), (dict if key == "qualifiers" else list)):
            raise LexiconError(f"{_WHERE}: {lang}.{key} is missing or has the wrong shape")
    unit_of: dict[str, str] = {}
    groups = []
    for i, (unit, nouns) in enumerate(spec["units"].items()):
        if unit not in UNITS or not isinstance(nouns, list):
            raise LexiconError(f"{_WHERE}: {lang}.units.{unit} must be one of {', '.join(UNITS)} with a list")
        groups.append(f"(?P<u{i}>{_alt(nouns)})")
        unit_of[f"u{i}"] = unit
    qual_of = {str(k).lower(): str(v) for k, v in spec["qualifiers"].items()}
    number = rf"(?:\d{{1,3}}(?:[,. \u00a0\u202f\u2009]\d{{3}})++(?:[.,]\d+)?|\d+(?:[.,]\d+)?|{NUMBER_WORDS_PATTERN[lang]})"
    scale = _alt(spec["scales"])
    filler = _alt(spec["before_unit"])
    quals = _alt(list(qual_of))
    i_ = re.IGNORECASE
    return _Patterns(
        # The look-ahead on the first letters lets the scan skip most positions at one test. It runs on
        # the lower-cased sentence: a case-sensitive scan is much cheaper than an IGNORECASE one.
        number=re.compile(rf"(?=[\d{re.escape(_first_letters(lang))}])(?<![\w$.,:-]){number.replace('(?i:', '(?:')}"),
        # number scale? (up to three short words) unit — all bounded, no nested open quantifiers.
        unit=re.compile(
            rf"(?P<num>{number})(?:\s*(?P<scale>{scale}))?(?:\s*(?P<pct>%|percent|per cent|por ciento|pour cent)"
            rf"|\s+(?:(?:{filler})\s+){{0,3}}?(?:{'|'.join(groups)})(?!\w))",
            i_,
        ),
        # "21 people were killed": the count comes before a passive verb of killing.
        killed_after=re.compile(
            rf"(?P<num>{number})(?:\s*(?P<scale>{scale}))?\s+(?:{'|'.join(spec['killed_after'])})(?!\w)", i_
        ),
        killed_num=re.compile(rf"(?P<num>{number})(?!\w)(?:\s*(?P<scale>{scale}))?", i_),
        qual_before=re.compile(rf"(?<![\w$.,:-])(?P<qual>{quals})\s+\Z", i_),
        killed_before=re.compile(rf"(?:{_alt(spec['killed_verbs'])})\s+(?:(?P<qual>{quals})\s+)?\Z", i_),
        unit_of=unit_of,
        qual_of=qual_of,
    )


_MONEY = re.compile(r"(?:US\$|\$|USD\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<scale>million|billion|millones|mil millones|millions|milliards)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCALE = {"million": 1e6, "millones": 1e6, "millions": 1e6, "billion": 1e9, "mil millones": 1e9, "milliards": 1e9}


def _value(num: str, scale: str | None, lang: str) -> float | None:
    value = parse_number(num, lang)
    if value is None:
        return None
    if scale:
        mult = parse_number(scale, lang) or _SCALE.get(scale)
        if mult and mult >= 1000:
            value *= mult
    return value


def find_quantities(sentence: str, lang: str) -> Quantities:
    """Counts in one sentence by unit; the first value per unit wins.

    >>> q = find_quantities("Mexico sent more than 10,000 soldiers to the border.", "en")
    >>> q.values, q.qualifiers
    ({'troops': 10000.0}, {'troops': 'more than'})
    """
    low = sentence.lower()
    starts = [m.start() for m in _compiled(lang).number.finditer(low if len(low) == len(sentence) else sentence)]
    if not starts and "$" not in sentence:
        return Quantities()  # most sentences have no number at all
    p = _compiled(lang)
    out = Quantities()
    used: list[tuple[int, int]] = []

    def put(unit: str, m: re.Match, qual: str | None, lang_: str = lang) -> None:
        span = m.span("num")
        if unit in out.values or any(a < span[1] and span[0] < b for a, b in used):
            return
        # A bare year ("in 2025 troops ...") is not a count.
        if _YEAR.fullmatch(m.group("num")):
            return
        value = _value(m.group("num"), m.group("scale"), lang_)
        # A count past what the store accepts is a misreading or a joke, never a toll (issue 13).
        if value is None or value < 0 or value > (schema.MAX_QUANTITY if unit == "usd" else schema.MAX_COUNT):
            return
        used.append(span)
        out.values[unit] = value
        if qual:
            out.qualifiers[unit] = p.qual_of.get(qual.lower(), qual)

    def before(pattern: re.Pattern, at: int) -> re.Match | None:
        return pattern.search(sentence, max(0, at - 40), at)

    for at in starts:  # "killing 11": a verb of killing before the count
        verb = before(p.killed_before, at)
        m = p.killed_num.match(sentence, at) if verb else None
        if m:
            put("killed", m, verb["qual"])
    for at in starts:  # "21 people were killed"
        m = p.killed_after.match(sentence, at)
        if m:
            qual = before(p.qual_before, at)
            put("killed", m, qual["qual"] if qual else None)
    until = -1
    for at in starts:
        m = p.unit.match(sentence, at) if at >= until else None
        if not m:
            continue
        until = m.end()
        unit = "percent" if m.group("pct") else next(p.unit_of[g] for g, v in m.groupdict().items() if g.startswith("u") and v)
        qual = before(p.qual_before, at)
        put(unit, m, qual["qual"] if qual else None)
    for m in _MONEY.finditer(sentence):
        put("usd", m, None, "en")
    return out
