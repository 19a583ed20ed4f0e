"""Actors, countries and places named in a text, from the multilingual gazetteer in ``lexicon/gazetteer.yaml``.

Country names come from pycountry (English, plus its Spanish and French translations) and the
gazetteer's own aliases; actors map to their country so an event's country list can include the
countries of its actors.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from timeline.extract.lexicon import LexiconError, load_lexicon

_WHERE = "timeline/extract/lexicon/gazetteer.yaml"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x41, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)[0].lower()
        if base != ch and len(base) == 1:
            table[cp] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid).

    >>> fold("Cártel de SINALOA, États-Unis")
    'cartel de sinaloa, etats-unis'
    """
    return text.translate(_FOLD)


def _is_acronym(alias: str) -> bool:
    return len(alias) <= 6 and not any(c.islower() for c in alias)


def _alternation(words: list[str]) -> str:
    # Longest first so "Cártel de Sinaloa" wins over "Sinaloa"; whole words only.
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"


@dataclass(frozen=True)
class Mention:
    """A gazetteer hit: its span, what kind of thing it names, the canonical value and its country."""

    start: int
    end: int
    kind: str  # actor | country | demonym | location
    value: str  # canonical actor, ISO3 code or place
    country: str  # ISO3 ('' when the actor belongs to none)


def _country_names() -> dict[str, str]:
    """Exact-case name -> ISO3 from pycountry in en/es/fr, skipping formal names with commas or brackets."""
    names: dict[str, str] = {}
    translators = [gettext.NullTranslations()]
    for lang in ("es", "fr"):
        # A pycountry build without locales still has English names and our aliases.
        with contextlib.suppress(OSError):
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if not name:
                continue
            for tr in translators:
                local = tr.gettext(name)
                if "," not in local and "(" not in local and len(local) > 3:
                    names.setdefault(local, c.alpha_3)
    return names


class Gazetteer:
    """Compiled matchers for actors, countries, demonyms and places."""

    def __init__(self, raw: dict) -> None:
        for key in ("actors", "countries", "demonyms", "locations"):
            if not isinstance(raw.get(key), dict):
                raise LexiconError(f"{_WHERE}: '{key}' must be a mapping")
        self.actor_country: dict[str, str] = {}
        folded: dict[str, tuple[str, str, str]] = {}  # folded alias -> (kind, value, country)
        exact: dict[str, tuple[str, str, str]] = {}
        for name, spec in raw["actors"].items():
            if not isinstance(spec, dict) or not isinstance(spec.get("aliases"), list):
                raise LexiconError(f"{_WHERE}: actors.{name} needs 'country' and a list 'aliases'")
            country = str(spec.get("country") or "")
            if country and not pycountry.countries.get(alpha_3=country):
                raise LexiconError(f"{_WHERE}: actors.{name}.country {country!r} is not an ISO3 code")
            self.actor_country[name] = country
            for alias in [name, *map(str, spec["aliases"])]:
                target = exact if _is_acronym(alias) else folded
                target.setdefault(alias if target is exact else fold(alias), ("actor", name, country))
        for code, aliases in raw["countries"].items():
            if not pycountry.countries.get(alpha_3=code) or not isinstance(aliases, list):
                raise LexiconError(f"{_WHERE}: countries.{code} must be an ISO3 code with a list of names")
        countries = _country_names()
        for code, aliases in raw["countries"].items():
            for alias in aliases:
                countries[str(alias)] = code
        for name in raw.get("ignore_country_names", []) or []:
            countries.pop(str(name), None)
        for name, code in countries.items():
            exact.setdefault(name, ("country", code, code))
        for place, aliases in raw["locations"].items():
            if not isinstance(aliases, list):
                raise LexiconError(f"{_WHERE}: locations.{place} must be a list of names")
            for alias in [place, *map(str, aliases)]:
                folded.setdefault(fold(alias), ("location", place, ""))
        demonym_parts = []
        self._demonym_groups: list[str] = []
        for i, (code, patterns) in enumerate(raw["demonyms"].items()):
            if not pycountry.countries.get(alpha_3=code) or not isinstance(patterns, list):
                raise LexiconError(f"{_WHERE}: demonyms.{code} must be an ISO3 code with a list of patterns")
            try:
                re.compile("|".join(patterns))
            except re.error as exc:
                raise LexiconError(f"{_WHERE}: demonyms.{code} has an invalid pattern: {exc}") from exc
            demonym_parts.append(f"(?P<d{i}>{'|'.join(patterns)})")
            self._demonym_groups.append(code)
        self._folded = folded
        self._exact = exact
        self._folded_re = re.compile(_alternation(list(folded)))
        self._exact_re = re.compile(_alternation(list(exact)))
        self._demonym_re = re.compile(r"(?<!latin )(?<![\w-])(?:" + "|".join(demonym_parts) + r")(?![\w])")

    def find(self, text: str) -> list[Mention]:
        """Every actor, country, demonym and place in ``text``, longest match first, non-overlapping.

        >>> [(m.kind, m.value) for m in get_gazetteer().find("El Cártel de Sinaloa y el gobierno mexicano")]
        [('actor', 'Sinaloa Cartel'), ('actor', 'Government of Mexico')]
        """
        low = fold(text)
        hits: list[tuple[int, int, int, Mention]] = []
        rank = {"actor": 0, "country": 1, "location": 2, "demonym": 3}
        for m in self._folded_re.finditer(low):
            kind, value, country = self._folded[m.group()]
            hits.append((m.start(), -(m.end() - m.start()), rank[kind], Mention(m.start(), m.end(), kind, value, country)))
        for m in self._exact_re.finditer(text):
            kind, value, country = self._exact[m.group()]
            hits.append((m.start(), -(m.end() - m.start()), rank[kind], Mention(m.start(), m.end(), kind, value, country)))
        for m in self._demonym_re.finditer(low):
            code = self._demonym_groups[int(m.lastgroup[1:])]
            hits.append((m.start(), -(m.end() - m.start()), rank["demonym"], Mention(m.start(), m.end(), "demonym", code, code)))
        hits.sort(key=lambda h: h[:3])
        out: list[Mention] = []
        taken_until = -1
        for start, _neg_len, _rank, mention in hits:
            if start >= taken_until:
                out.append(mention)
                taken_until = mention.end
        return out


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer built from ``lexicon/gazetteer.yaml`` (built once)."""
    return Gazetteer(load_lexicon("gazetteer.yaml"))
