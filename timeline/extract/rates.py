"""A miscellaneous act whose object is a rate, in an article that reports tariffs, is a tariff act.

Tenth round (issue 9, s10-es-precision). A speaker tells a tariff by its rate alone, the tariff noun
left to the sentences around it: "Trump dijo que va a ser 25 por ciento", "he announced 25 percent on
steel", "il a annoncé 25 pour cent". No tariff rule fires (no tariff noun, no goods or partner named),
but a catch-all rule may (an announce verb), and the act is then read as a miscellaneous one, dated
right, of the wrong type: a false event beside a missed tariff. Here such an event becomes a tariff
when:

- it is of the catch-all type ``other`` (a statement stays a statement: a stance on a rate is a stance);
- its sentence names a rate standing as the act's amount (a number with "%", "percent", "por ciento",
  "pour cent"), not the share of something ("30 percent of the homicides", "el 20 por ciento del
  salario", "30 % des saisies"), nor a change of a figure ("a drop of 30 percent", "subió un 5 por
  ciento", "en hausse de 3 %");
- the article reports another tariff act (its other events hold one): the rate is of that subject.

Counted on ``tests/real`` with ``bench/extract_stages.py`` ("event typed other" with the pieces
announce verb + rate, no tariff noun) and a throw-away counter of catch-all events carrying a rate
(one in all five sets, matching an unmatched gold tariff); no sentence read.

Word lists: ``lexicon/rates.yaml`` (the rate's units, and the words that make it a share or a change).
"""

from __future__ import annotations

import re

from timeline.extract.gazetteer import fold
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.model import Event
from timeline.extract.quantities import UNITS_BY_TYPE
from timeline.extract.titles import make_title

_NUMBER = r"\d+(?:[.,]\d+)?"


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _compile(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """The rate, the change before it and the words after it for ``lang`` (``lexicon/rates.yaml``), or None."""
    words = load_lexicon("rates.yaml").get(lang)
    if not words:
        return None
    try:
        units, share, change, after = (_alt(words[k]) for k in ("units", "share", "change", "after"))
    except (KeyError, TypeError) as exc:
        raise LexiconError(
            f"timeline/extract/lexicon/rates.yaml: {lang} needs the lists units, share, change, after"
        ) from exc
    return (
        re.compile(rf"(?<![\w.,]){_NUMBER} ?{units}(?! {share}\b)"),
        re.compile(rf"\b{change} (?:\w+ ){{0,2}}{_NUMBER} ?{units}"),
        re.compile(rf" (?:\w+ )?{after}\b"),
    )


_PATTERNS = {lang: _compile(lang) for lang in ("en", "es", "fr")}


def names_rate(lang: str, text: str) -> bool:
    """Whether ``text`` names a rate as an act's amount (not a share of something, not a change).

    >>> names_rate("es", "Trump dijo que va a ser 25 por ciento")
    True
    >>> names_rate("es", "el 20 por ciento del salario"), names_rate("en", "homicides fell 30 percent")
    (False, False)
    >>> names_rate("fr", "il a annoncé 25 % sur l'acier"), names_rate("fr", "30 % des saisies")
    (True, False)
    >>> names_rate("en", "they signed an agreement for a 25 percent raise")
    False
    """
    patterns = _PATTERNS.get(lang)
    if patterns is None:
        return False
    rate, change, after = patterns
    folded = fold(text)
    return any(
        not change.search(folded, max(0, m.start() - 60), m.end()) and not after.match(folded, m.end())
        for m in rate.finditer(folded)
    )


def rate_acts_as_tariffs(events: list[Event]) -> list[Event]:
    """``events`` with each miscellaneous act carrying a rate retyped as a tariff, in an article with tariffs."""
    if not any(e.event_type == "tariff" for e in events):
        return events
    units = UNITS_BY_TYPE["tariff"]
    for e in events:
        if e.event_type == "other" and "percent" in e.quantities and names_rate(e.lang, e.evidence):
            e.event_type = "tariff"
            e.quantities = {u: v for u, v in e.quantities.items() if u in units}
            e.quantity_qualifiers = {u: v for u, v in e.quantity_qualifiers.items() if u in units}
            e.title = make_title(e)
    return events
