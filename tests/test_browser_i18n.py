"""The language in a real browser: the sidebar's selector switches the app to Spanish, then French (and ``?lang=``
opens it in a language); the page's words change, and a report downloaded from the page is in that language.

The navigation and the selector's label are translated by the app; the export panel's labels and the files it
makes by :mod:`timeline.ui.export_panel` and :mod:`timeline.export`. One server and one browser for the module.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import chromium_browser, needs_chromium, write_small_events

pytestmark = [pytest.mark.browser, needs_chromium]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")

NBSP = "\u00a0"
#: Per language: the selector's label, the Timeline page in the navigation, the panel's heading, the citations
#: button, then what the downloaded citations must start with and hold (a Babel date of an event's day).
WORDS = {
    "en": ("Language", "Timeline", "Export this view", "Citations (Markdown)", "# Sources: ",
           ("Filters: none (all events)", "2 Sep 2025 — First strike.")),
    "es": ("Idioma", "Cronología", "Exportar esta vista", "Citas (Markdown)", "# Fuentes: ",
           ("Filtros: ninguno (todos los eventos)", "2 sept 2025 — First strike.")),
    "fr": ("Langue", "Chronologie", "Exporter cette vue", "Citations (Markdown)", f"# Sources{NBSP}: ",
           (f"Filtres{NBSP}: aucun (tous les événements)", "2 sept. 2025 — First strike.")),
}  # fmt: skip


@pytest.fixture(scope="module")
def server(tmp_path_factory, streamlit_app) -> str:
    with streamlit_app(write_small_events(tmp_path_factory.mktemp("browser_i18n"))) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    """An English-speaking browser, so the app starts in English unless the link or the selector says otherwise."""
    with chromium_browser() as browser:
        ctx = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="en-US", accept_downloads=True)
        yield ctx
        ctx.close()


def _shows(page, lang: str) -> None:
    """The page is in ``lang``: the selector's label, the navigation and the export panel's heading."""
    label, nav, heading, *_ = WORDS[lang]
    page.locator(".st-key-ui_lang").get_by_text(label, exact=True).wait_for(timeout=20_000)
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=nav).wait_for(timeout=20_000)
    page.get_by_role("heading", name=heading).wait_for(timeout=30_000)


def _choose(page, name: str) -> None:
    page.locator(".st-key-ui_lang").get_by_role("combobox").click()
    page.get_by_role("option", name=name, exact=True).click()


def _citations(page, lang: str) -> str:
    """Download the citations through the panel's button, as a reader would; returns the file's text."""
    button = page.locator(".st-key-export_citations").get_by_role("button", name=WORDS[lang][3], exact=True)
    with page.expect_download(timeout=30_000) as download:
        button.click()
    assert download.value.suggested_filename == "timeline.md"
    return Path(download.value.path()).read_text(encoding="utf-8")


def _assert_report_in(text: str, lang: str) -> None:
    *_, start, lines = WORDS[lang]
    assert text.startswith(start), text[:80]
    assert all(line in text for line in lines), text
    others = [w for code, words in WORDS.items() if code != lang for w in words[5]]
    assert not any(other in text for other in others)


def test_the_link_then_the_selector_switch_the_page_and_its_exports(server, context):
    page = context.new_page()
    page.goto(f"{server}/?lang=fr")  # a shared link opens in its language, whatever the browser speaks
    _shows(page, "fr")
    _choose(page, "Español")
    page.wait_for_url("**lang=es**", timeout=20_000)  # the choice is kept in the link
    _shows(page, "es")
    _assert_report_in(_citations(page, "es"), "es")
    _choose(page, "Français")
    page.wait_for_url("**lang=fr**", timeout=20_000)
    _shows(page, "fr")
    _assert_report_in(_citations(page, "fr"), "fr")
    _choose(page, "English")
    page.wait_for_function("() => !location.search.includes('lang=')", timeout=20_000)  # English needs no ?lang=
    _shows(page, "en")
    page.close()
