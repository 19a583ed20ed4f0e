"""Numbers written in digits or in words, in English, Spanish and French.

Also loads the date-and-number lexicon (``lexicon/dates.yaml``) that ``dates.py`` shares, since
this module sits below it. Number words are added up group by group ("two hundred thousand"),
which covers the numerals news prints; ordinals and fractions are not numbers here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import yaml

LANGS = ("en", "es", "fr")
LEXICON_FILE = "lexicon/dates.yaml"
_WHERE = f"timeline/extract/{LEXICON_FILE}"


class LexiconError(ValueError):
    """The date lexicon is malformed; the message names the file and the key."""


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-apostrophe form used to look words up.

    >>> fold("Février’s")
    "fevrier's"
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def variants(word: str) -> set[str]:
    """The spellings of a lexicon word that the text may use: as written, without accents, curly apostrophe."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    out = {word, plain}
    return out | {w.replace("'", "’") for w in out}


def word_alternation(words: Any, flags: str = "i") -> str:
    """A regex alternation of lexicon phrases, longest first, spaces matching any run of blanks.

    >>> word_alternation(["il y a"])
    '(?i:il\\\\s+y\\\\s+a)'
    """
    spelled = sorted({v for w in words for v in variants(w)}, key=lambda w: (-len(w), w))
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in spelled]
    return f"(?{flags}:{'|'.join(parts)})" if flags else f"(?:{'|'.join(parts)})"


_KINDS = {"past", "future", "either"}
_YEAR_KINDS = {"last_year", "this_year", "next_year"}
_UNITS = {"day", "week", "month", "year"}
_PARTS = {"early", "mid", "late"}


def _mapping(where: str, value: Any, check) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LexiconError(f"{_WHERE}: '{where}' must be a mapping of words to values")
    for word, v in value.items():
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(f"{_WHERE}: '{where}' has a key that is not a word: {word!r}")
        if not check(v):
            raise LexiconError(f"{_WHERE}: '{where}.{word}' has an invalid value {v!r}")
    return {fold(k): v for k, v in value.items()}


def _words(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(f"{_WHERE}: '{where}' must be a list of words")
    return value


_SPEC = {
    "months": lambda v: isinstance(v, int) and 1 <= v <= 12,
    "month_abbr": lambda v: isinstance(v, int) and 1 <= v <= 12,
    "weekdays": lambda v: isinstance(v, int) and 0 <= v <= 6,
    "relative_days": lambda v: isinstance(v, int) and -7 <= v <= 7,
    "weekends": lambda v: v in ("last", "this"),
    "periods": lambda v: isinstance(v, list) and len(v) == 2 and v[0] in ("week", "month", "year") and isinstance(v[1], int),
    "units": lambda v: v in _UNITS,
    "weekday_before": lambda v: v in _KINDS,
    "weekday_after": lambda v: v in _KINDS,
    "month_before": lambda v: v in _KINDS,
    "month_after": lambda v: v in _KINDS | _YEAR_KINDS,
    "month_parts": lambda v: v in _PARTS,
    "published_labels": lambda v: v in ("published", "updated"),
    "event_days": lambda v: isinstance(v, int) and -7 <= v <= 7,
    "event_later": lambda v: v in (1, -1),
    "event_after": lambda v: v in (1, -1),
}
_LISTS = ("ago_before", "ago_after", "approx", "year_before", "day_one", "day_alone", "day_this_month", "not_dates", "hours", "few")
_NUMBER_SPEC = {"units": 0, "multipliers": 1, "scales": 1000}


@cache
def load_lexicon() -> dict[str, dict[str, Any]]:
    """The date and number words per language, checked; raises LexiconError naming file and key.

    >>> load_lexicon()["es"]["months"]["febrero"]
    2
    """
    return check_lexicon(yaml.safe_load(resources.files("timeline.extract").joinpath(LEXICON_FILE).read_text(encoding="utf-8")))


def check_lexicon(raw: Any) -> dict[str, dict[str, Any]]:
    """Validate the parsed lexicon and index its words by folded form; raises LexiconError naming the key.

    >>> check_lexicon({"en": {}})
    Traceback (most recent call last):
    ...
    timeline.extract.numbers.LexiconError: timeline/extract/lexicon/dates.yaml: 'en.months' must be a mapping of words to values
    """
    if not isinstance(raw, dict):
        raise LexiconError(f"{_WHERE}: expected a mapping with the languages {list(LANGS)}")
    out: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        section = raw.get(lang)
        if not isinstance(section, dict):
            raise LexiconError(f"{_WHERE}: the language '{lang}' is missing or not a mapping")
        entry: dict[str, Any] = {}
        for key, check in _SPEC.items():
            entry[key] = _mapping(f"{lang}.{key}", section.get(key), check)
            entry[key + "_words"] = list(section[key])
        for key in _LISTS:
            entry[key] = _words(f"{lang}.{key}", section.get(key, []))
        ordinal = section.get("day_ordinal")
        try:
            re.compile(ordinal)
        except (TypeError, re.error) as exc:
            raise LexiconError(f"{_WHERE}: '{lang}.day_ordinal' must be a valid regex ({exc})") from None
        entry["day_ordinal"] = ordinal
        numbers = section.get("numbers")
        if not isinstance(numbers, dict):
            raise LexiconError(f"{_WHERE}: '{lang}.numbers' must be a mapping")
        for key, low in _NUMBER_SPEC.items():
            entry["num_" + key] = _mapping(
                f"{lang}.numbers.{key}", numbers.get(key, {}), lambda v, low=low: isinstance(v, int) and v >= low
            )
            entry[f"num_{key}_words"] = list(numbers.get(key, {}))
        entry["num_joiners"] = _words(f"{lang}.numbers.joiners", numbers.get("joiners", []))
        out[lang] = entry
    return out


def _number_words(lang: str) -> list[str]:
    lex = load_lexicon()[lang]
    return [w for key in ("units", "multipliers", "scales") for w in lex[f"num_{key}_words"]]


def _build_patterns() -> dict[str, str]:
    patterns = {}
    for lang in LANGS:
        word = word_alternation(_number_words(lang), flags="")
        joiner = word_alternation(load_lexicon()[lang]["num_joiners"], flags="")
        # Possessive repetition: a failed continuation gives up at once instead of backtracking.
        patterns[lang] = rf"(?i:(?<!\w){word}(?:(?:\s+{joiner}\s+|[\s-]+){word})*+(?!\w))"
    return patterns


#: Per language, a regex (string) matching a spelled number such as "veintiséis" or "two hundred
#: thousand"; case-insensitive by itself, so other modules can embed it in their own patterns.
NUMBER_WORDS_PATTERN: dict[str, str] = _build_patterns()

_DIGITS = re.compile(r"[+-]?\d+(?:[ .,]\d+)*+")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def _digits_value(token: str) -> float | None:
    sign = -1.0 if token.startswith("-") else 1.0
    token = token.lstrip("+-")
    groups = re.split(r"[ .,]", token)
    seps = re.findall(r"[ .,]", token)
    if not seps:
        return sign * float(token)
    if " " in seps and any(len(g) != 3 for g in groups[1:]):
        return None
    decimal = ""
    marks = [s for s in seps if s != " "]
    if "," in marks and "." in marks:
        decimal = marks[-1]  # "1.234,5" or "1,234.5": the last mark is the decimal one
    elif marks and len(marks) == 1 and (len(groups[-1]) != 3 or groups[0] == "0"):
        decimal = marks[0]  # "1,5" or "2.25", but "10.000" and "10,000" are thousands
    if decimal:
        whole, _, frac = token.rpartition(decimal)
        whole = re.sub(r"[ .,]", "", whole)
        if not whole or (marks.count(decimal) > 1):
            return None
        return sign * float(f"{whole}.{frac}")
    if any(len(g) != 3 for g in groups[1:]):
        return None
    return sign * float("".join(groups))


def _words_value(words: list[str], lang: str) -> float | None:
    lex = load_lexicon()[lang]
    units, mults, scales = lex["num_units"], lex["num_multipliers"], lex["num_scales"]
    joiners = {fold(j) for j in lex["num_joiners"]}
    total, group, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in joiners and 0 < i < len(words) - 1:
            continue
        if word in units:
            value = units[word]
            # French "quatre-vingt(s)" is four times twenty, not four plus twenty.
            group = 80 if lang == "fr" and value == 20 and group == 4 else group + value
        elif word in mults:
            group = max(group, 1) * mults[word]
        elif word in scales:
            scale = scales[word]
            if 0 < total < scale:  # "mil millones": the scale applies to everything before it
                total = (total + group) * scale
            else:
                total += max(group, 1) * scale
            group = 0.0
        else:
            return None
        seen = True
    return total + group if seen else None


def parse_number(text: str, lang: str) -> float | None:
    """The value of a number written in digits, words or both; None if the text is not a number.

    >>> parse_number("1,5 millones", "es"), parse_number("vingt-six", "fr"), parse_number("10 000", "fr")
    (1500000.0, 26.0, 10000.0)
    """
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not supported; use one of {', '.join(LANGS)}")
    text = fold(text.translate(_SPACES)).strip()
    if not text or len(text) > 200:
        return None
    digits = _DIGITS.match(text)
    if digits:
        value = _digits_value(digits.group().strip())
        rest = text[digits.end() :].split()
        if value is None:
            return None
        if not rest:
            return value
        scale = _words_value(rest, lang)
        scales = load_lexicon()[lang]["num_scales"]
        if scale is None or not all(w in scales for w in rest):
            return None
        return value * scale
    words = [w for w in re.split(r"[\s-]+", text) if w]
    return _words_value(words, lang)
