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
"""

from __future__ import annotations

import re

from timeline.extract.gazetteer import fold
from timeline.extract.model import Event
from timeline.extract.quantities import UNITS_BY_TYPE
from timeline.extract.titles import make_title

_NUMBER = r"\d+(?:[.,]\d+)?"
# Folded text: a rate, then what may follow it (a share's "of", a change's noun before it).
_RATE = {
    "en": re.compile(rf"(?<![\w.,]){_NUMBER} ?(?:%|percent|per cent)(?! (?:of|in)\b)"),
    "es": re.compile(rf"(?<![\w.,]){_NUMBER} ?(?:%|por ciento|porciento)(?! (?:de|del|en)\b)"),
    "fr": re.compile(rf"(?<![\w.,]){_NUMBER} ?(?:%|pour cent|pour-cent)(?! (?:de|des|du|d'|en)\b)"),
}
# A change of a figure told by its rate ("fell 30 percent", "una caida de 30 por ciento"): no tariff.
_CHANGE = {
    "en": re.compile(
        r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|th)?|drop(?:s|ped)?|declin\w*|"
        r"increase[sd]?|decrease[sd]?|jump\w*|climb\w*|surg\w*|gain\w*|loss(?:es)?|down|up|by|approval|rating)"
        rf" (?:\w+ ){{0,2}}{_NUMBER} ?(?:%|percent|per cent)"
    ),
    "es": re.compile(
        r"\b(?:cay\w*|caida|baj[oóa]\w*|subi\w*|sub(?:e|en)|crec\w*|creci\w*|aument[oó]|disminu\w*|redujo|"
        r"reduccion|descens\w*|increment\w*|alza|repunt\w*|aprobacion|perdida|ganancia)"
        rf" (?:\w+ ){{0,2}}{_NUMBER} ?(?:%|por ciento|porciento)"
    ),
    "fr": re.compile(
        r"\b(?:hausse|baisse|recul\w*|progress\w*|augment\w*|diminu\w*|chut\w*|croissance|grimp\w*|"
        r"perdu|gagne|popularite)"
        rf" (?:\w+ ){{0,2}}{_NUMBER} ?(?:%|pour cent|pour-cent)"
    ),
}


# ...nor a change, pay or discount told after it ("a 25 percent raise", "un 5 por ciento de aumento", "5 % de hausse").
_AFTER = {
    "en": re.compile(
        r" (?:\w+ )?(?:raise|increase|rise|pay|wage|salar\w*|discount|interest|growth|drop|cut|more|less|fewer|turnout|approval)"
    ),
    "es": re.compile(
        r" (?:\w+ )?(?:aumento|alza|subida|incremento|salarial|sueldo|descuento|interes\w*|crecimiento|caida|mas|menos|participacion|aprobacion)\b"
    ),
    "fr": re.compile(
        r" (?:\w+ )?(?:hausse|augmentation|salari\w*|remise|interets?|croissance|baisse|plus|moins|participation)\b"
    ),
}


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
    rate, change = _RATE.get(lang), _CHANGE.get(lang)
    if rate is None or change is None:
        return False
    folded = fold(text)
    return any(
        not change.search(folded, max(0, m.start() - 60), m.end()) and not _AFTER[lang].match(folded, m.end())
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
