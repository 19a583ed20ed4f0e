"""Sign-in in a real browser: `streamlit run app.py` with an ``[auth]`` section pointing at a local OpenID
Connect provider (oidc-provider-mock on 127.0.0.1, started here), driven by Playwright with Debian's Chromium;
and read-only publishing, where the "Add from article" page does not exist."""

from __future__ import annotations

import json
import secrets
import threading

import pytest
from conftest import _free_port, chromium_browser, needs_chromium, write_small_events

from timeline import store
from timeline.store import changelog

pytestmark = [pytest.mark.browser, needs_chromium]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")
oidc_mock = pytest.importorskip(
    "oidc_provider_mock", reason="needs oidc-provider-mock: pip install -r requirements-dev.txt"
)
EDITOR, OTHER = "ed@example.org", "eve@example.org"


@pytest.fixture(scope="module")
def provider() -> str:
    """The mock identity provider on 127.0.0.1 and a free port; any client id and secret are accepted."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, oidc_mock.app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture(scope="module")
def signed_server(tmp_path_factory, streamlit_app, provider):
    folder = tmp_path_factory.mktemp("oidc")
    events = write_small_events(folder)
    port = _free_port()
    secrets_toml = folder / "secrets.toml"
    secrets_toml.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "policy-timeline-test"\n'
        'client_secret = "test-only"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    # The provider is plain http on 127.0.0.1; Authlib refuses http token endpoints unless told it is a test.
    with streamlit_app(events, "--secrets.files", str(secrets_toml), port=port,
                       TIMELINE_EDITOR_EMAILS=EDITOR, AUTHLIB_INSECURE_TRANSPORT="1") as url:  # fmt: skip
        yield url, events


def _sidebar_says(page, text: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_text(text, exact=False).first.wait_for(timeout=30_000)


def _sign_in(page, url: str, who: str) -> None:
    page.goto(url)
    _sidebar_says(page, "Sign in as an editor")
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_selector('input[name="sub"]', timeout=30_000)  # the provider's sign-in form
    page.fill('input[name="sub"]', who)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{url}/**", timeout=30_000)


def test_sign_in_with_the_identity_provider_then_edit(signed_server):
    url, events = signed_server
    eid = store.load(events).events["event_id"].iloc[0]
    with chromium_browser() as browser:
        page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
        _sign_in(page, url, EDITOR)
        _sidebar_says(page, f"Signed in as {EDITOR}, an editor.")
        page.goto(f"{url}/?event={eid}")
        page.get_by_text("Edit, merge or delete this event").click()
        title = page.get_by_test_id("stForm").get_by_role("textbox", name="Title", exact=True)
        title.fill("Corrected after signing in")
        page.get_by_role("button", name="Save changes").click()
        page.get_by_text("Saved (change").wait_for(timeout=30_000)
    assert store.get_row(events, eid)["title"] == "Corrected after signing in"
    assert changelog.read(events)[0][-1]["who"] == EDITOR


def test_a_signed_in_user_off_the_list_only_reads(signed_server):
    url, events = signed_server
    before = events.read_bytes()
    eid = store.load(events).events["event_id"].iloc[1]
    with chromium_browser() as browser:
        page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
        _sign_in(page, url, OTHER)
        _sidebar_says(page, f"Signed in as {OTHER}, who is not an editor here")
        page.goto(f"{url}/?event={eid}")
        page.get_by_text("Event id:").first.wait_for(timeout=30_000)
        assert page.get_by_text("Edit, merge or delete this event").count() == 0
        page.goto(f"{url}/add")
        page.get_by_text("Only editors can add events").wait_for(timeout=30_000)
    assert events.read_bytes() == before


def test_read_only_publishing_has_no_add_page(tmp_path, streamlit_app):
    events = write_small_events(tmp_path)
    before = events.read_bytes()
    with streamlit_app(events, TIMELINE_READ_ONLY="1") as url, chromium_browser() as browser:
        page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
        page.goto(url)
        _sidebar_says(page, "published read-only")
        nav = page.locator('[data-testid="stSidebarNav"]')
        nav.get_by_role("link", name="History").wait_for(timeout=30_000)
        assert "Add from article" not in nav.inner_text()
        page.goto(f"{url}/add")  # a crafted URL: Streamlit has no such page and shows the default one
        page.get_by_text("Showing 5 of 5 events").wait_for(timeout=30_000)
        assert page.get_by_text("Add events from an article").count() == 0
    assert events.read_bytes() == before
    assert json.loads(changelog.log_path(events).read_text().splitlines()[-1])["action"] == "replace"
