"""The twelfth speed round's cheaper scans give exactly what the scans they replace gave (issue 9).

Sentences written for these tests in the three languages (none from ``tests/real``), with accents,
bidi marks, odd spacing and empty text. Speed itself is measured by ``bench/extract_bench.py``.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.extract import digit_scan
from timeline.extract.dates import get_finder
from timeline.extract.gazetteer import fold
from timeline.extract.guarded import Guarded, guarded
from timeline.extract.lexicon import load_lexicon
from timeline.extract.pattern_text import _required_run, literal_stems, spread, spread_openings
from timeline.extract.triggers import get_triggers

SENTENCES = [
    ("en", "On Tuesday US forces struck a second boat in the Caribbean, killing three people, Hegseth said."),
    ("en", "The Treasury designated the cartel; officials deployed troops, dispatched ships and sanctioned firms."),
    ("en", "Canada's position remains that the strikes breach sovereignty; we stand in solidarity."),
    ("en", "\u200fMexico\u200e sent 26 prisoners \u2014 “extradited” — to the U.S. on Tuesday\u202c."),
    ("es", "El martes, fuerzas de Estados Unidos atacaron otra lancha en el Caribe y murieron tres personas."),
    ("es", "México envió a 26 narcotraficantes, desplegó 10 mil elementos y designó al cártel como terrorista."),
    ("es", "La presidenta rechazó los ataques y dijo que no aceptará ninguna injerencia\u200f."),
    ("fr", "Mardi, les forces américaines ont frappé un bateau dans les Caraïbes, faisant trois morts."),
    ("fr", "Le Mexique a transféré 26 narcotrafiquants aux États-Unis et déployé 10 000 soldats."),
    ("fr", "Paris condamne ces frappes et nous n'accepterons aucune ingérence, a dit le ministre."),
    ("en", ""),
    ("es", "   "),
    ("fr", "\u200e"),
]
IDS = [f"{lang}-{i}" for i, (lang, _s) in enumerate(SENTENCES)]


@pytest.mark.parametrize(
    "patterns",
    [["(?:sen[dt]|dispatch)\\w*", "[\\w.]+ x", "boats?"], ["(?:a|b)?c", "d(?:e|f)"], ["\\d+ ?% tax", "(?<!has )rejected"]],
)
def test_spread_openings_keeps_the_pieces_of_spread_in_order(patterns: list[str]) -> None:
    assert [piece for piece, _opens in spread_openings(patterns)] == [q for p in patterns for q in spread(p)]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES, ids=IDS)
def test_pruned_trigger_match_spans_are_those_of_the_whole_rules(lang: str, sentence: str) -> None:
    """At every place of a sentence, the anchored match of a rule pruned to the pieces that can open
    on the two letters there (twelfth round: speed) finds the same trigger spans as the whole rule."""
    triggers = get_triggers(lang)
    folded = fold(sentence)
    for start in range(len(folded)):
        at, indices = triggers._at_of_pair(folded, start)
        whole = re.compile("".join(f"(?:(?=({triggers._flat[i][1].trigger.pattern}))|)" for i in indices))
        assert at.match(folded, start).regs == whole.match(folded, start).regs, start


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Sunday Times reported on Sunday, March 3, that Theresa May spoke in May; see the email of Monday."),
        ("en", "On Tuesday the Mail on Sunday said nothing.\u200f"),
        ("es", "El domingo 5 de mayo, en la Plaza de Mayo y en Santo Domingo; el Cinco de Mayo."),
        ("fr", "Mardi gras, le mardi 4 mars, au Champ-de-Mars; le Journal du dimanche, dimanche."),
        ("en", ""),
        ("fr", "\u200e"),
    ],
    ids=["en", "en-mail", "es", "fr", "empty", "bidi"],
)
def test_date_names_skipped_only_where_none_is_written(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The "Sunday Times" scan, skipped when none of its first words is in the text (twelfth round:
    speed), finds the same date mentions as the scan run on every text."""
    finder = get_finder(lang)
    published = dt.date(2025, 3, 10)
    skipped = finder.find(text, published, event_relative=True)
    monkeypatch.setattr(finder, "_not_dates_words", ("",))  # "" is in every text: always scanned
    assert finder.find(text, published, event_relative=True) == skipped


def _guarded_patterns(lang: str) -> list[Guarded]:
    triggers = get_triggers(lang)
    named = [getattr(triggers, n) for n in ("reactions", "commentary", "reporting", "states", "same_again")]
    named += [getattr(triggers, n) for n in ("voiced_now", "anaphora", "enacting", "performative")]
    found = [p for p in [*named, *triggers.modality.values(), *triggers.reject.values()] if isinstance(p, Guarded)]
    assert found  # the word lists of every language have some with literal stems
    return found


GUARD_TEXTS = [
    ("en", "Canada did the same and followed suit; analysts said the strikes were denied by those officials."),
    ("en", "Nothing of the kind here, only numbers: 1, 2, 3."),
    ("es", "México hizo lo mismo; los analistas dijeron que esa operación fue rechazada y negó los ataques."),
    ("fr", "La France a fait de même ; les experts ont déclaré que cette opération avait été démentie."),
    ("fr", "\u200fRien ici\u200e."),
    ("es", ""),
]


@pytest.mark.parametrize(("lang", "text"), GUARD_TEXTS, ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(GUARD_TEXTS)])
def test_guarded_word_lists_find_what_their_patterns_find(lang: str, text: str) -> None:
    """A word list behind a stem test (twelfth round: speed) gives what its pattern gives, whole or windowed."""
    folded = fold(text)
    for guard in _guarded_patterns(lang):
        plain = guard._compiled
        assert guard.pattern == plain.pattern
        for args in ((folded,), (folded, 0), (folded, 0, len(folded)), (folded, 3), (folded, 2, 30), (folded, 0, 5)):
            assert _span(guard.search(*args)) == _span(plain.search(*args)), args
            assert [m.span() for m in guard.finditer(*args)] == [m.span() for m in plain.finditer(*args)], args
            assert guard.findall(*args) == plain.findall(*args), args
            assert _span(guard.match(*args)) == _span(plain.match(*args)), args


def _span(m: re.Match | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_a_guard_needs_stems() -> None:
    pattern = re.compile("x")
    assert guarded(pattern, None) is pattern
    assert guarded(pattern, ()) is pattern
    with pytest.raises(ValueError, match="stems"):
        Guarded(pattern, ("",))


def _lexicon_lists(lang: str) -> list[list[str]]:
    raw = load_lexicon("triggers.yaml")
    lists = [rule["require"][k] for per_lang in raw["types"].values() for rule in (per_lang or {}).get(lang) or []
             for k in range(len(rule["require"]))]
    lists += [rule["trigger"] for per_lang in raw["types"].values() for rule in (per_lang or {}).get(lang) or []]
    lists += [(raw.get(k) or {}).get(lang) or [] for k in ("reactions", "commentary", "reporting", "states")]
    lists += [(raw.get(k) or {}).get(lang) or [] for k in ("same_again", "voiced_now", "anaphora", "enacting")]
    lists += [(raw.get("performative") or {}).get(lang) or []]
    lists += [v for k, v in raw["modality"][lang].items() if k != "inflected"]
    return [p for p in lists if p]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_every_match_of_a_word_list_holds_one_of_its_stems(lang: str) -> None:
    """The stems, read also from the middle of an alternative (twelfth round), are in every match."""
    texts = [fold(t) for _lang, t in SENTENCES + GUARD_TEXTS]
    texts += ["the government has adopted these regulations and would not accept it", "a e exclu x; ha adoptado la presente decision"]
    checked = 0
    for patterns in _lexicon_lists(lang):
        stems = literal_stems(patterns)
        if stems is None:
            continue
        pattern = re.compile("(?:" + "|".join(patterns) + ")")
        for text in texts:
            for at in range(len(text)):
                m = pattern.match(text, at)
                if m and m.end() > m.start():
                    checked += 1
                    assert any(stem in m.group() for stem in stems), (patterns, m.group())
    assert checked


@pytest.mark.parametrize(
    ("alternative", "run"),
    [("boats?", "boat"), ("(?:a|b)?cde", "cde"), ("ab[cd]+efg", "efg"), ("abc{2}de", "ab"), ("x\\.yz\\w+", "yz"),
     ("(?<!se )foo(?:bar)*", "foo"), ("[a-z]{1,16}(?:amos|emos)", ""), ("a.bcd?", "bc"), ("abc+d", "abc")],
)
def test_required_run_is_held_by_every_match(alternative: str, run: str) -> None:
    assert _required_run(alternative) == run


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Between 3 and 5 March, and between the two; on 12 March, x4 March, inbetween 7 May, 2nd-4th June."),
        ("en", "On March 3, Sept. 2025, in Jan. and mid-October, May 5-7; smarch 4, they may go on dec 1."),
        ("es", "Entre el 3 y el 5 de marzo, el primero de abril, centre 4 de mayo; 1º de junio y 15-17 de julio."),
        ("fr", "Entre le 3 et le 5 mars, le premier avril, le 1er mai, 4 septembre ; entrée 5 juin."),
        ("en", "\u200f3 March\u200e, ٣ March, 4\u00a0March."),
        ("es", ""),
    ],
    ids=["en", "en-month-first", "es", "fr", "bidi-digits", "empty"],
)
def test_day_and_month_patterns_matched_from_digits_and_words_as_their_finditer(lang: str, text: str) -> None:
    """The day-and-month and month patterns tried only at digit runs and their opening words (twelfth
    round: speed) give what their finditer gives, whole or in spans."""
    finder = get_finder(lang)
    assert len(finder._word_led) == 2  # day and month ("3 March"), month and day ("March 3")
    folded = fold(text)
    for pattern, (words, digits) in finder._word_led.items():
        for spans in ([(0, len(folded))], [(0, 20), (25, len(folded))], [(3, max(3, len(folded) - 4))]):
            starts = digit_scan.runs(folded, spans) if digits else [[] for _span in spans]
            expected = [(m.span(), m.groups()) for a, b in spans for m in pattern.finditer(folded, a, b)]
            got = digit_scan.word_or_digit_matches(pattern, folded, spans, starts, words)
            assert [(m.span(), m.groups()) for m in got] == expected
