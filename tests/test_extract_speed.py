"""The extractor's cheaper scans find exactly what the plain patterns find (issue 9, seventh round: speed).

The trigger-start scan and the sense-class check are built as tries of opening letters
(:func:`timeline.extract.pattern_text.literal_trie`, leading groups spread out by
:func:`timeline.extract.pattern_text.spread`); these tests hold them to the plain alternation of the
same lexicon patterns, on sentences written for these tests in the three languages (none from
``tests/real``). Speed itself is measured by ``bench/extract_bench.py``, not here.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.numbers import format_decimal

from tests.conftest import extracted
from timeline import i18n
from timeline.extract import digit_scan
from timeline.extract.carry import rules_of
from timeline.extract.dates import get_finder
from timeline.extract.gazetteer import fold
from timeline.extract.lexicon import load_lexicon
from timeline.extract.pattern_text import literal_trie, spread
from timeline.extract.senses import _any_class, _classes
from timeline.extract.triggers import get_triggers

SENTENCES = [
    ("en", "On Tuesday US forces struck a second boat in the Caribbean, killing three people, Hegseth said."),
    ("en", "The Treasury sanctioned four firms, and the union struck the ferry line the same day."),
    ("en", "Mexico sent 26 cartel figures to the United States and deployed 10,000 troops to the border."),
    ("en", "The dockworkers' union went on strike; the software update was deployed to every satellite."),
    ("es", "El martes, fuerzas de Estados Unidos atacaron otra lancha en el Caribe y murieron tres personas."),
    ("es", "México envió a 26 narcotraficantes a Estados Unidos y desplegó 10 mil elementos en la frontera."),
    ("es", "El sindicato convocó una huelga y la liga sancionó al club por sus jugadores."),
    ("es", "La presidenta rechazó los ataques y dijo que no aceptará ninguna injerencia."),
    ("fr", "Mardi, les forces américaines ont frappé un bateau dans les Caraïbes, faisant trois morts."),
    ("fr", "Le Mexique a transféré 26 narcotrafiquants aux États-Unis et déployé 10 000 soldats."),
    ("fr", "Le syndicat a appelé à la grève et le club a été sanctionné par la fédération."),
    ("fr", "Paris condamne ces frappes et nous n'accepterons aucune ingérence, a dit le ministre."),
    # eleventh round (speed): optional leading groups spread in the trie, a possessive run before "'s"
    ("en", "Canada's position remains that the strikes breach sovereignty; we stand in solidarity, armed aggression."),
]
IDS = [f"{lang}-{i}" for i, (lang, _s) in enumerate(SENTENCES)]


def _trigger_patterns(lang: str) -> list[str]:
    types = load_lexicon("triggers.yaml")["types"]
    return [p for per_lang in types.values() for rule in (per_lang or {}).get(lang) or [] for p in rule["trigger"]]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES, ids=IDS)
def test_trigger_starts_are_where_a_trigger_pattern_matches(lang: str, sentence: str) -> None:
    folded = fold(sentence)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(_trigger_patterns(lang)) + ")")
    expected = [at for at in range(len(folded) + 1) if plain.match(folded, at)]
    assert [m.start() for m in get_triggers(lang)._starts.finditer(folded)] == expected
    assert expected  # each sentence holds at least one trigger word


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES, ids=IDS)
def test_sense_class_check_matches_where_a_class_does(lang: str, sentence: str) -> None:
    folded = fold(sentence)
    for at in range(len(folded)):
        expected = min((m.start() for rx in _classes(lang).values() if (m := rx.search(folded, at))), default=None)
        found = _any_class(lang).search(folded, at)
        assert (found.start() if found else None) == expected


@pytest.mark.parametrize(
    ("patterns", "texts"),
    [
        (
            ["(?:sen[dt]|dispatch)\\w* troops?", "struck|strikes?"],
            ["sent troops", "dispatched troop", "strike", "sen troops"],
        ),
        (["(?:a[)]b|c)d", "(?:x|y)?z"], ["a)bd", "cd", "z", "xz", "ad"]),
        (["desplieg\\w*|despleg(?:o|aron)", "envi(?:o|aron|ara)"], ["desplego", "enviaron", "despliegue", "envie"]),
        (
            ["(?:frapp|bombard)(?:e|ent|ait)", "(?<![\\w-])transfer\\w*"],
            ["frappent", "bombardait", "transfere", "frapp"],
        ),
    ],
    ids=["en", "classes-and-optional-groups", "es", "fr"],
)
def test_trie_of_spread_patterns_matches_the_same_texts(patterns: list[str], texts: list[str]) -> None:
    trie = re.compile(r"(?=" + literal_trie([piece for p in patterns for piece in spread(p)]) + r")")
    plain = re.compile(r"(?=(?:" + "|".join(patterns) + r"))")
    for text in texts:
        assert [trie.match(text, at) is not None for at in range(len(text))] == [
            plain.match(text, at) is not None for at in range(len(text))
        ], text


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
@pytest.mark.parametrize("value", [0, 1, 2.5, 1500, 10000, 1234567.25, -1500, 987654321, 10**15, 1500.0])
def test_numbers_formatted_as_babel_formats_them(lang: str, value: float) -> None:
    assert i18n.format_number(value, lang) == format_decimal(value, locale=lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "US forces struck a boat in the Caribbean on Tuesday.", [("boat_strike", "2025-10-07", "happened")]),
        (
            "es",
            "Fuerzas de Estados Unidos atacaron una lancha en el Caribe el martes.",
            [("boat_strike", "2025-10-07", "happened")],
        ),
        (
            "fr",
            "Mardi, les forces américaines ont frappé un bateau dans les Caraïbes.",
            [("boat_strike", "2025-10-07", "happened")],
        ),
    ],
    ids=["en", "es", "fr"],
)
def test_events_unchanged_through_the_cheaper_scans(lang: str, text: str, expected: list) -> None:
    assert extracted(text, lang, dt.date(2025, 10, 10)) == expected


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES, ids=IDS)
def test_two_letter_dispatch_tries_every_rule_that_matches(lang: str, sentence: str) -> None:
    triggers = get_triggers(lang)
    folded = fold(sentence)
    for start in (m.start() for m in triggers._starts.finditer(folded)):
        every = [i for i, (_type, rule) in enumerate(triggers._flat) if re.match(rule.trigger.pattern, folded[start:])]
        at, indices = triggers._at_of_pair(folded, start)
        regs = at.match(folded, start).regs
        assert [i for k, i in enumerate(indices, 1) if regs[k][0] >= 0] == every


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [*SENTENCES, ("en", "We paused them."), ("es", "Los pausamos."), ("fr", "Nous les avons suspendus.")],
    ids=[*IDS, "en-x", "es-x", "fr-x"],
)
def test_carry_gate_opens_where_a_verb_or_noun_of_an_act_does(lang: str, sentence: str) -> None:
    """The carry gate as a trie (eleventh round: speed) opens exactly where the plain alternation finds one."""
    rules = rules_of(lang)
    plain = re.compile("|".join(p.pattern for p in [*rules.verbs.values(), *rules.nouns.values()]))
    folded = fold(sentence)
    for at in range(len(folded)):
        assert (rules.gate.search(folded, at) is None) == (plain.search(folded, at) is None), at


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 2025-09-02 and 3/9/2025, x12 troops; the 5th of this month, in 1998, 2,500 boats, v2 on 12.10.25."),
        ("es", "El 2/9/2025, el día 5 de este mes, en 2024 y 2025; 10.000 efectivos, a2 y 3-9-25."),
        ("fr", "Le 02/09/2025, le 5 courant, en 2019, 10 000 soldats, A4 et 1/2/24."),
    ],
    ids=["en", "es", "fr"],
)
def test_digit_led_date_patterns_match_as_their_own_scan_does(lang: str, text: str) -> None:
    """The date patterns matched from digit runs (eleventh round: speed) give what their finditer gives."""
    finder = get_finder(lang)
    folded = fold(text)
    assert finder._digit_led
    for spans in ([(0, len(folded))], [(0, 20), (25, len(folded))], [(3, len(folded) - 4)]):
        starts = digit_scan.runs(folded, spans)
        for pattern in finder._digit_led:
            expected = [(m.span(), m.groups()) for a, b in spans for m in pattern.finditer(folded, a, b)]
            assert [(m.span(), m.groups()) for m in digit_scan.matches(pattern, folded, spans, starts)] == expected
