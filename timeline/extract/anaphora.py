""" "The government", told without saying whose: the government the article named last (issue 9, seventh round).

A press statement names its government once ("le gouvernement du Canada", "the Government of
Canada", "el Gobierno de México") and then says only "le gouvernement", "the government", "el
gobierno": a definite government noun with no complement ("de ...", "of ...", a nationality) refers
back to the last government named, in that sentence before it or in an earlier one. It is then the
doer of the act it is the subject of ("le gouvernement va de l'avant avec des droits de douane"),
like a possessive government ("son gouvernement") is the government of the last actor named.

Only a government named as such counts as its antecedent: a country named alone ("Canada",
"Washington") may be the object or the place of what was told, not a government speaking. The
patterns are ``agents.<lang>.bare_government`` in ``lexicon/triggers.yaml`` (folded text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pycountry

from timeline.extract.gazetteer import Mention, fold, get_gazetteer  # noqa: F401 (fold: the doctests)
from timeline.extract.lexicon import LexiconError, load_lexicon

_WHERE = "timeline/extract/lexicon/triggers.yaml"
# How many sentences back an antecedent is looked for (a press statement names its government early).
REACH = 40
# The actor that stands for a country's government where the gazetteer has no "Government of X":
# the US executive is "White House" in the project's canonical names (tests/gold/README.md).
_GOVERNMENT_ACTOR = {"USA": "White House"}


@cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """(bare government noun, government noun) of ``lang``."""
    raw = (load_lexicon("triggers.yaml").get("agents") or {}).get(lang) or {}
    try:
        bare = re.compile(r"(?<![\w-])(?:" + "|".join(raw.get("bare_government") or ["(?!x)x"]) + r")(?![\w])")
        nouns = re.compile(r"(?<![\w-])(?:" + "|".join(raw.get("government_nouns") or ["(?!x)x"]) + r")(?![\w])")
    except re.error as exc:
        raise LexiconError(f"{_WHERE}: agents.{lang}.bare_government is invalid: {exc}") from exc
    return bare, nouns


def government_actor(country: str) -> str:
    """The canonical actor of ``country``'s government ('' for no country).

    >>> government_actor("MEX"), government_actor("CAN"), government_actor("USA")
    ('Government of Mexico', 'Government of Canada', 'White House')
    """
    if not country:
        return ""
    known = get_gazetteer().government_of.get(country) or _GOVERNMENT_ACTOR.get(country)
    if known:
        return known
    record = pycountry.countries.get(alpha_3=country)
    name = getattr(record, "common_name", None) or getattr(record, "name", "") if record else ""
    return f"Government of {name}" if name else ""


def governments_named(lang: str, folded: str, found: list[Mention]) -> list[tuple[int, str]]:
    """(offset, country) of each government a sentence names as such, in order.

    A "Government of X" actor, a country after "government of" / "gouvernement du" / "gobierno de",
    or a nationality beside a government noun ("the Canadian government", "le gouvernement canadien").

    >>> s = "Le gouvernement du Canada et le gouvernement mexicain ont parlé."
    >>> governments_named("fr", fold(s), get_gazetteer().find(s))
    [(19, 'CAN'), (32, 'MEX')]
    """
    _, nouns = _patterns(lang)
    gazetteer = get_gazetteer()
    out = []
    for m in found:
        if m.kind == "actor" and m.value in gazetteer.government_of.values():
            out.append((m.start, m.country))
        elif m.kind in ("country", "demonym") and m.country:
            before = folded[max(0, m.start - 24) : m.start]
            if m.kind == "country":
                named = re.search(nouns.pattern + r"\s+(?:of|de|del|du|des|d')\s*(?:the |la |le |l')?\Z", before)
            else:  # a nationality before or after the noun
                named = re.search(nouns.pattern + r"\s+\Z", before) or nouns.match(folded[m.end : m.end + 16].lstrip())
            if named:
                out.append((m.start, m.country))
    return out


def bare_government(lang: str, folded: str, start: int, end: int, found: list[Mention]) -> re.Match | None:
    """The last definite government noun with no complement in ``folded[start:end]``, or None.

    >>> s = "le gouvernement va de l'avant avec des droits de douane"
    >>> bare_government("fr", s, 0, len(s), []).group(0)
    'le gouvernement'
    >>> s = "le gouvernement du canada impose des droits"
    >>> bare_government("fr", s, 0, len(s), []) is None
    True
    """
    bare, _ = _patterns(lang)
    last = None
    for m in bare.finditer(folded, start, end):
        # "le gouvernement canadien", "the government in Ottawa": a name right after is its complement.
        if any(0 <= n.start - m.end() <= 4 for n in found if n.kind in ("country", "demonym")):
            continue
        last = m
    return last


def government_before(
    lang: str,
    sentences: list,
    folded_sentences: list[str],
    sentence,
    at: int,  # noqa: ANN001
) -> str:
    """The country of the last government named before offset ``at`` of ``sentence`` ('' when none is).

    ``sentences`` are the article's (with ``.text``), ``folded_sentences`` their gazetteer folding.
    """
    gazetteer = get_gazetteer()
    index = next((k for k, s in enumerate(sentences) if s is sentence), None)
    if index is None:
        return ""
    for k in range(index, max(-1, index - REACH), -1):
        found = gazetteer.find(sentences[k].text, folded_sentences[k])
        named = [c for start, c in governments_named(lang, folded_sentences[k], found) if k < index or start < at]
        if named:
            return named[-1]
    return ""


def antecedent(lang: str, sentences: list, folded_sentences: list[str], sentence) -> Callable[[int], str]:  # noqa: ANN001
    """For find_agent: a function giving, for an offset of ``sentence``, the country of the government named last."""
    return lambda at: government_before(lang, sentences, folded_sentences, sentence, at)
