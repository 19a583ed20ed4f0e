"""The interface's languages: every marked message is translated, the language is negotiated, and dates
and numbers follow the reader's conventions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from timeline import i18n

ROOT = Path(__file__).resolve().parents[1]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def marked_messages() -> set[str]:
    """Every message marked in the app and the package, as `make messages` extracts them."""
    found: set[str] = set()
    for folder in (ROOT / "timeline", ROOT):
        method_map = [("**.py", "python")] if folder.name == "timeline" else [("app.py", "python")]
        for _file, _line, message, _comments, _context in extract_from_dir(
            folder, method_map=method_map, keywords=KEYWORDS
        ):
            # An ngettext entry is keyed by its singular; its plural is checked with it.
            text = message[0] if isinstance(message, tuple) else message
            if text:
                found.add(text)
    return found


MESSAGES = sorted(marked_messages())


def test_messages_are_marked_in_code():
    assert "Showing {shown} of {total} events" in MESSAGES


@pytest.mark.parametrize("lang", [code for code in i18n.LANGUAGES if code != i18n.DEFAULT_LANGUAGE])
@pytest.mark.parametrize("message", MESSAGES)
def test_every_marked_message_is_translated(lang, message):
    entry = i18n.read_catalogue(lang).get(message)
    assert entry is not None, f"{message!r} has no entry in timeline/locale/{lang}: run `make messages`, translate"
    forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    assert all(forms) and not entry.fuzzy, f"{message!r} is untranslated or fuzzy in timeline/locale/{lang}"
    for form in forms:
        assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(message))


@pytest.mark.parametrize(
    ("requested", "browser", "accept", "expected"),
    [
        ("fr", "es-MX", "es", "fr"),
        (None, "es-MX", "fr", "es"),
        ("de", None, "de-DE,fr-CA;q=0.8,en;q=0.5", "fr"),
        (None, None, "en;q=0.4, es;q=0.9", "es"),
        ("pt", "pt-BR", "pt;q=1", "en"),
        (None, None, None, "en"),
    ],
    ids=["link-beats-browser", "browser", "header-order", "header-quality", "unsupported", "nothing"],
)
def test_language_is_the_link_then_the_browser_then_english(requested, browser, accept, expected):
    assert i18n.negotiate(requested, browser, accept) == expected


@pytest.mark.parametrize(
    ("lang", "long", "expected"),
    [("es", True, "2 de septiembre de 2025"), ("fr", False, "2 sept. 2025"), ("en", False, "Sep 2, 2025")],
)
def test_dates_in_the_readers_conventions(lang, long, expected):
    assert i18n.format_day("2025-09-02", "day", lang, long=long) == expected


def test_numbers_in_the_readers_conventions():
    # French groups thousands with a narrow no-break space (U+202F), as CLDR and the Imprimerie nationale do.
    assert i18n.format_number(1500, "fr") + " soldats" == "1\u202f500 soldats"
    assert i18n.format_number(1500, "es") == "1.500"


def test_a_missing_catalogue_is_named(monkeypatch):
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: ROOT / "no-such" / f"{lang}.po")
    with pytest.raises(i18n.CatalogueError, match="no message catalogue for 'es'"):
        i18n.read_catalogue("es")
