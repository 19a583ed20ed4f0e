"""The Timeline page in a real browser switching language: the filters, the view and the link survive the switch.

AppTest hands widget values back as Python values; a browser sends back what it shows, in the language of
the run before. This checks that a switch keeps the stored codes (the URL and the selected events).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import chromium_browser, needs_chromium, write_small_events

pytestmark = [pytest.mark.browser, needs_chromium]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")


@pytest.fixture(scope="module")
def server(tmp_path_factory, streamlit_app) -> str:
    with streamlit_app(write_small_events(tmp_path_factory.mktemp("browser_i18n"))) as url:
        yield url


def _choose_language(page, name: str) -> None:
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.get_by_role("combobox").click()
    page.get_by_role("option", name=name).click()


def test_switching_language_keeps_the_filters_the_view_and_the_link(server):
    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{server}/?type=boat_strike&view=deaths")
        page.get_by_text("Showing 2 of 5 events", exact=True).wait_for(timeout=30_000)
        steps = [("Français", "2 événements affichés sur 5", "Frappe contre un bateau", "Morts dans les frappes"),
                 ("Español", "Se muestran 2 de 5 eventos", "Ataque a una lancha", "Muertos en ataques a lanchas")]  # fmt: skip
        for language, count, chip, view in steps:
            _choose_language(page, language)
            page.get_by_text(count, exact=True).wait_for(timeout=30_000)
            chips = page.locator('[data-testid="stMultiSelect"]').first.inner_text()
            assert chip in chips
            assert view in page.locator('[data-testid="stRadio"] label:has(input:checked)').first.inner_text()
            query = parse_qs(urlsplit(page.url).query)
            assert query["type"] == ["boat_strike"] and query["view"] == ["deaths"]
            assert query["lang"] == [{"Français": "fr", "Español": "es"}[language]]
            assert not page.get_by_text(re.compile("Traceback|Error")).count()
        assert not errors, errors
