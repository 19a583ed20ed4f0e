"""Numbers in digits and words: values, non-numbers, and the spelled-number regex."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.numbers import LEXICON_FILE, NUMBER_WORDS_PATTERN, LexiconError, check_lexicon, parse_number

# (lang, text, value)
VALUES = [
    ("en", "10,000", 10_000),
    ("es", "10.000", 10_000),
    ("fr", "10 000", 10_000),
    ("fr", "10\u202f000", 10_000),
    ("en", "2.5", 2.5),
    ("es", "1.234,5", 1234.5),
    ("en", "1,234.5", 1234.5),
    ("en", "three", 3),
    ("es", "tres", 3),
    ("fr", "trois", 3),
    ("en", "twenty-six", 26),
    ("es", "veintiséis", 26),
    ("es", "veintiseis", 26),
    ("fr", "vingt-six", 26),
    ("fr", "vingt et un", 21),
    ("fr", "soixante-dix", 70),
    ("fr", "quatre-vingt-dix-sept", 97),
    ("fr", "deux cents", 200),
    ("en", "two hundred and five", 205),
    ("es", "ciento veinte", 120),
    ("en", "ten thousand", 10_000),
    ("es", "diez mil", 10_000),
    ("fr", "dix mille", 10_000),
    ("en", "1.5 million", 1_500_000),
    ("es", "1,5 millones", 1_500_000),
    ("es", "26 mil", 26_000),
    ("es", "dos mil millones", 2_000_000_000),
    ("es", "mil quinientos millones", 1_500_000_000),
    ("en", "two million three hundred thousand", 2_300_000),
]


@pytest.mark.parametrize(("lang", "text", "value"), VALUES, ids=[f"{c[0]}-{c[1]}" for c in VALUES])
def test_parse_number(lang, text, value):
    assert parse_number(text, lang) == pytest.approx(value)


NOT_NUMBERS = [("en", ""), ("en", "soldiers"), ("en", "82nd"), ("en", "1.2.3"), ("en", "and"), ("es", "10 00"), ("fr", "milles")]


@pytest.mark.parametrize(("lang", "text"), NOT_NUMBERS, ids=[f"{c[0]}-{c[1] or 'empty'}" for c in NOT_NUMBERS])
def test_not_a_number(lang, text):
    assert parse_number(text, lang) is None


# (lang, sentence, the spelled numbers the pattern finds)
SPELLED = [
    ("en", "Twenty-six men and two hundred thousand dollars", ["Twenty-six", "two hundred thousand"]),
    ("es", "hace veintiséis días llegaron tres mil soldados", ["veintiséis", "tres mil"]),
    ("fr", "quatre-vingt-dix soldats et vingt et un navires", ["quatre-vingt-dix", "vingt et un"]),
    ("en", "someone, anyone, often", []),
]


@pytest.mark.parametrize(("lang", "sentence", "found"), SPELLED, ids=[c[0] + "-" + c[1][:16] for c in SPELLED])
def test_number_words_pattern(lang, sentence, found):
    assert re.findall(NUMBER_WORDS_PATTERN[lang], sentence) == found


@given(lang=st.sampled_from(["en", "es", "fr"]), text=st.text(max_size=40))
def test_parse_number_never_raises(lang, text):
    value = parse_number(text, lang)
    assert value is None or isinstance(value, float)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="use one of en, es, fr"):
        parse_number("3", "de")


def _lexicon_with(lang: str, key: str, value):
    raw = yaml.safe_load(resources.files("timeline.extract").joinpath(LEXICON_FILE).read_text(encoding="utf-8"))
    raw[lang][key] = value
    return raw


BROKEN = [
    ("fr", "months", {"janvier": 13}, "'fr.months.janvier' has an invalid value 13"),
    ("es", "weekdays", ["lunes"], "'es.weekdays' must be a mapping"),
    ("en", "day_ordinal", "(st|nd", "'en.day_ordinal' must be a valid regex"),
    ("en", "periods", {"last week": ["fortnight", -1]}, "'en.periods.last week' has an invalid value"),
    ("es", "ago_before", "hace", "'es.ago_before' must be a list of words"),
]


@pytest.mark.parametrize(("lang", "key", "value", "message"), BROKEN, ids=[f"{c[0]}-{c[1]}" for c in BROKEN])
def test_broken_lexicon_names_file_and_key(lang, key, value, message):
    with pytest.raises(LexiconError, match=re.escape(f"{LEXICON_FILE.split('/')[-1]}: {message}")):
        check_lexicon(_lexicon_with(lang, key, value))


def test_missing_language_is_named():
    with pytest.raises(LexiconError, match="the language 'fr' is missing"):
        check_lexicon({k: v for k, v in _lexicon_with("en", "months", {"january": 1}).items() if k != "fr"})
