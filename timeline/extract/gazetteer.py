"""Actors, countries and places named in a text, from the multilingual gazetteer in ``lexicon/gazetteer.yaml``.

Country names come from pycountry (English, plus its Spanish and French translations) and the
gazetteer's own aliases; actors map to their country so an event's country list can include the
countries of its actors.
"""

from __future__ import annotations

import contextlib
import gettext
import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.store.schema import VOCABULARIES

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
_FOLD_LOWER = {chr(k): v for k, v in _FOLD.items() if chr(k).islower()}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match) -> str:
    return _FOLD_LOWER.get(m.group(), m.group())


def fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid).

    >>> fold("Cártel de SINALOA, États-Unis")
    'cartel de sinaloa, etats-unis'
    """
    low = text.lower()
    if len(low) != len(text):  # rare letters whose lower case is longer ('İ'): the slow exact path
        return text.translate(_FOLD)
    # str.translate with a dict costs a look-up per character; accents are few, so replace only them.
    return low if low.isascii() else _NON_ASCII.sub(_fold_char, low)


def _is_acronym(alias: str) -> bool:
    return len(alias) <= 6 and not any(c.islower() for c in alias)


_WORD = re.compile(r"\w+")
_CAPITALISED = re.compile(r"(?<!\w)[A-Z0-9\u00c0-\u00de\u0100-\u017f]\w*")


class _Index:
    """Aliases by their first word: a sentence is scanned word by word with dict look-ups.

    A regex alternation of a thousand names (pycountry's names in three languages) costs a full
    try at every position; this costs one look-up per word.
    """

    def __init__(self, aliases: list[str], word: re.Pattern = _WORD) -> None:
        self.word = word
        self.by_first: dict[str, list[str]] = {}
        for alias in sorted(set(aliases), key=lambda a: (-len(a), a)):  # longest first
            first = _WORD.match(alias)
            if first:
                self.by_first.setdefault(first.group(), []).append(alias)
        self.firsts = frozenset(self.by_first)

    def finditer(self, text: str):
        """(start, end, alias) of whole-word alias occurrences, longest at each start, by first word."""
        # Only the words that open an alias are looked for, each with str.find: a Python step per
        # word of the sentence cost more than the rest of the look-up.
        size = len(text)
        for first in self.firsts.intersection(self.word.findall(text)):
            start = text.find(first)
            while start >= 0:
                after = start + len(first)
                # _is_word written out (a call per place cost more than the test): \w is alnum or "_"
                if not (start and ((ch := text[start - 1]) == "." or ch.isalnum() or ch == "_")) and not (
                    after < size and ((ch := text[after]).isalnum() or ch == "_")
                ):
                    for alias in self.by_first[first]:
                        end = start + len(alias)
                        if text.startswith(alias, start) and not (end < size and _is_word(text[end])):
                            yield start, end, alias
                            break
                start = text.find(first, after)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


#: Kinds of actor: left out for an acting party (a government, agency, leader, court, outlet), or
#: "target" for what acts are aimed at (a cartel, gang or armed group, a person or firm pursued).
ACTOR_KINDS = frozenset({"", "target"})


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


def _doers(raw: dict) -> dict[str, str]:
    """The doer-only actors: canonical name -> country, for names no alias finds in running text.

    Fourteenth round (issue 9, s14-doer): a government that acts by its enactments' formulas ("the
    Governor General in Council makes the annexed Order") is their doer (``issuer.py``), but its common
    name in a sentence ("Canada", "the Government of Canada") names it just as often as the target or the
    partner of an act; a doer-only actor is never matched in a sentence, and a country named is never
    read as it, so which acts are kept does not change.
    """
    out = {}
    for name, spec in raw.items():
        country = str((spec or {}).get("country") or "") if isinstance(spec, dict) else None
        if country is None or (country and not pycountry.countries.get(alpha_3=country)):
            raise LexiconError(f"{_WHERE}: doers.{name} needs a 'country' that is an ISO3 code (or '')")
        out[str(name)] = country
    return out


_RANK = {"actor": 0, "country": 1, "location": 2, "demonym": 3}
_FIRST_THREE = operator.itemgetter(0, 1, 2)


class Gazetteer:
    """Compiled matchers for actors, countries, demonyms and places."""

    def __init__(self, raw: dict) -> None:
        for key in ("actors", "countries", "demonyms", "locations"):
            if not isinstance(raw.get(key), dict):
                raise LexiconError(f"{_WHERE}: '{key}' must be a mapping")
        self.actor_country: dict[str, str] = {}
        event_types = {t.value for t in VOCABULARIES["event_type"]}
        #: Event types a target never does: it is never their doer, nor their title's subject.
        self.never_done_by_targets = frozenset(map(str, raw.get("never_done_by_targets") or []))
        unknown = sorted(self.never_done_by_targets - event_types)
        if unknown:
            raise LexiconError(f"{_WHERE}: never_done_by_targets {unknown} are not event types of vocabularies.yaml")
        #: actor -> the event types it is only ever the target of (issue 9: never their doer).
        self.target_of: dict[str, frozenset[str]] = {}
        targets: set[str] = set()
        folded: dict[str, tuple[str, str, str]] = {}  # folded alias -> (kind, value, country)
        exact: dict[str, tuple[str, str, str]] = {}
        for name, spec in raw["actors"].items():
            if not isinstance(spec, dict) or not isinstance(spec.get("aliases"), list):
                raise LexiconError(f"{_WHERE}: actors.{name} needs 'country' and a list 'aliases'")
            country = str(spec.get("country") or "")
            if country and not pycountry.countries.get(alpha_3=country):
                raise LexiconError(f"{_WHERE}: actors.{name}.country {country!r} is not an ISO3 code")
            if spec.get("kind", "") not in ACTOR_KINDS:
                raise LexiconError(f"{_WHERE}: actors.{name}.kind must be one of {sorted(ACTOR_KINDS - {''})} or left out")
            self.actor_country[name] = country
            target_of = spec.get("target_of") or []
            if not isinstance(target_of, list) or not set(map(str, target_of)) <= event_types:
                raise LexiconError(f"{_WHERE}: actors.{name}.target_of must be a list of event types of vocabularies.yaml")
            if spec.get("kind") == "target":
                target_of = [*self.never_done_by_targets, *target_of]
                targets.add(name)
            if target_of:
                self.target_of[name] = frozenset(map(str, target_of))
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
        self.sea_areas = frozenset(raw.get("sea_areas") or [])
        unknown = sorted(self.sea_areas - set(raw["locations"]))
        if unknown:
            raise LexiconError(f"{_WHERE}: sea_areas {unknown} are not keys of 'locations'; add them there first")
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
        #: Actors of kind 'target': groups and people acts are aimed at (what a designation names).
        self.targets = frozenset(targets)
        places = raw.get("place_phrases") or {}
        if not isinstance(places, dict) or any(
            not isinstance(v, dict) or not set(v) <= set(raw["locations"]) for v in places.values()
        ):
            raise LexiconError(f"{_WHERE}: place_phrases must map a language to {{location: phrase}}, locations from 'locations'")
        #: lang -> location -> the place with its preposition ("en el Caribe"), for titles.
        self.place_phrases: dict[str, dict[str, str]] = {str(k): dict(v) for k, v in places.items()}
        # ISO3 -> its "Government of ..." actor, for a country named as the doer ("Mexico deployed").
        self.government_of = {c: n for n, c in self.actor_country.items() if n.startswith("Government of ") and c}
        self.actor_country.update(_doers(raw.get("doers") or {}))  # after government_of: never read from a country
        self._folded = folded
        self._exact = exact
        self._folded_index = _Index(list(folded))
        # Exact-case aliases are names and acronyms: only capitalised words can start one.
        for alias in list(exact):
            if not _CAPITALISED.match(alias):
                folded.setdefault(fold(alias), exact.pop(alias))
        self._exact_index = _Index(list(exact), _CAPITALISED)
        # A look-ahead on the demonyms' first letters spares the two look-behinds at most positions.
        firsts = {p[0] for ps in raw["demonyms"].values() for p in ps}
        known = all(p[:1].isalpha() and p[1:2] not in ("?", "*", "{") for ps in raw["demonyms"].values() for p in ps)
        ahead = f"(?=[{''.join(sorted(firsts))}])" if known else ""
        self._demonym_re = re.compile(ahead + r"(?<![\w-])(?<!latin )(?:" + "|".join(demonym_parts) + r")(?![\w])")

    def is_target(self, actor: str, event_type: str) -> bool:
        """Whether ``actor`` is what an act of ``event_type`` is aimed at, so never its doer.

        >>> g = get_gazetteer()
        >>> g.is_target("Sinaloa Cartel", "extradition"), g.is_target("Nicolás Maduro", "sanction"), g.is_target("Nicolás Maduro", "troop_deployment")
        (True, True, False)
        """
        return event_type in self.target_of.get(actor, ())

    def find(self, text: str, folded: str | None = None) -> list[Mention]:
        """Every actor, country, demonym and place in ``text``, longest match first, non-overlapping.

        ``folded`` is ``fold(text)`` when the caller has it already.

        >>> [(m.kind, m.value) for m in get_gazetteer().find("El Cártel de Sinaloa y el gobierno mexicano")]
        [('actor', 'Sinaloa Cartel'), ('actor', 'Government of Mexico')]
        """
        low = fold(text) if folded is None else folded
        hits: list[tuple[int, int, int, Mention]] = []
        rank = _RANK
        for table, index, source in ((self._folded, self._folded_index, low), (self._exact, self._exact_index, text)):
            for start, end, alias in index.finditer(source):
                kind, value, country = table[alias]
                hits.append((start, start - end, rank[kind], Mention(start, end, kind, value, country)))
        for m in self._demonym_re.finditer(low):
            code = self._demonym_groups[int(m.lastgroup[1:])]
            hits.append((m.start(), -(m.end() - m.start()), rank["demonym"], Mention(m.start(), m.end(), "demonym", code, code)))
        hits.sort(key=_FIRST_THREE)  # the same order as a key of h[:3], without a Python call per hit
        out: list[Mention] = []
        taken_until = -1
        for start, _neg_len, _rank, mention in hits:
            if start >= taken_until:
                out.append(mention)
                taken_until = mention.end
        return out


def event_places(found: list[Mention], text: str, sea_areas: frozenset[str]) -> list[str]:
    """The places of an event told in ``text``, from its gazetteer mentions: at most two, seas first.

    A dateline city opening the sentence ("WASHINGTON, 3 Sept (EFE) -") is where the news was
    written: it is dropped when the sentence names another place. A sentence naming a sea tells of
    an act at sea, so only its seas are kept.

    >>> s = "WASHINGTON - US forces struck a boat off Venezuela."
    >>> event_places(get_gazetteer().find(s), s, get_gazetteer().sea_areas)
    []
    >>> s = "Hegseth spoke in Washington, D.C. about the strike in the Caribbean."
    >>> event_places(get_gazetteer().find(s), s, get_gazetteer().sea_areas)
    ['Caribbean Sea']
    """
    places = [m for m in found if m.kind == "location"]
    if any(m.value in sea_areas for m in places):
        places = [m for m in places if m.value in sea_areas]
    elif (
        places
        and places[0].start == 0
        and text[: places[0].end].isupper()
        and any(m is not places[0] and m.kind in ("location", "country") for m in found)
    ):
        places = places[1:]
    return list(dict.fromkeys(m.value for m in places))[:2]


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer built from ``lexicon/gazetteer.yaml`` (built once).

    >>> get_gazetteer().actor_country["Tren de Aragua"]
    'VEN'
    """
    return Gazetteer(load_lexicon("gazetteer.yaml"))
