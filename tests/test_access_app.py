"""Readers and editors in the app (AppTest): readers change nothing through any page or query; editors
sign in with a passphrase or the identity provider, edit, merge, delete and undo; two editors collide safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from conftest import write_small_events
from streamlit import config
from streamlit.testing.v1 import AppTest

from timeline import store
from timeline.store import changelog
from timeline.ui import auth

ROOT = Path(__file__).resolve().parents[1]
PHRASE = "correct horse battery staple"
HASH = PasswordHasher(time_cost=1, memory_cost=8192).hash(PHRASE)  # cheap parameters: tests only
AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "test-only-not-a-secret",
        "client_id": "x", "client_secret": "y", "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration"}  # fmt: skip


@pytest.fixture
def events(tmp_path: Path, monkeypatch) -> Path:
    path = write_small_events(tmp_path)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setenv("TIMELINE_PASSPHRASE_DELAY_S", "0.01")
    monkeypatch.setenv("TIMELINE_PASSPHRASE_DELAY_MAX_S", "0.05")
    auth._GLOBAL.update(failures=0, last=0.0)
    return path


@pytest.fixture
def listen(request):
    """``listen("0.0.0.0")``: the address the (simulated) server listens on, restored afterwards."""

    def set_address(address: str | None) -> None:
        config.set_option("server.address", address)

    yield set_address
    config.set_option("server.address", "127.0.0.1")


def app(*, secrets: dict | None = None, user: dict | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if secrets:
        at.secrets = secrets
    if user is not None:
        at.user = user
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def first_id(path: Path) -> str:
    return store.load(path).events["event_id"].iloc[0]


def sidebar_text(at: AppTest) -> str:
    return " ".join(c.value for c in at.sidebar.caption)


def edit_panel_shown(at: AppTest) -> bool:
    return any(e.label.startswith("Edit, merge or delete") for e in at.expander)


READERS = {
    "read-only setting": ({"TIMELINE_READ_ONLY": "1"}, "127.0.0.1", {}, None, "read-only"),
    "all interfaces, no sign-in": ({}, "0.0.0.0", {}, None, "every network interface"),
    "Streamlit's default address": ({}, None, {}, None, "every network interface"),
    "passphrase configured, not signed in": ({}, "0.0.0.0", {"editor": {"passphrase_hash": HASH}}, None, "Sign in"),
    "signed in, not on the list": ({"TIMELINE_EDITOR_EMAILS": "ed@example.org"}, "0.0.0.0", {"auth": AUTH},
                                   {"is_logged_in": True, "email": "eve@example.org"}, "not an editor"),
}  # fmt: skip


@pytest.fixture(params=list(READERS))
def reader(request, events, listen, monkeypatch):
    env, address, secrets, user, reason = READERS[request.param]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    listen(address)
    return secrets, user, reason


def test_readers_see_why_and_get_no_write_controls(events, reader):
    secrets, user, reason = reader
    before = events.read_bytes()
    at = app(secrets=secrets, user=user, event=first_id(events))
    assert not at.exception, at.exception
    assert reason in sidebar_text(at)
    assert not edit_panel_shown(at)
    history = AppTest.from_string("from timeline.ui import history_page\nhistory_page.render()\n", default_timeout=60)
    if secrets:
        history.secrets = secrets
    if user is not None:
        history.user = user
    history.run()
    assert not history.exception and "an editor" in history.dataframe[0].value["who"].tolist()
    assert not [b for b in history.button if b.label == "Undo this change"]
    add = AppTest.from_string("from timeline.ui import add_page\nadd_page.render()\n", default_timeout=60)
    add.secrets, add.user = secrets or {}, user if user is not None else add.user
    add.run()
    assert "Only editors can add events" in add.info[0].value and not add.text_area
    assert events.read_bytes() == before


WRITE_PATHS = {
    "add page save": "add_page._do_save(ingest.Article(text='x', source_name=''), 'https://example.org/n', "
    "'2025-09-03', [{**ROW, 'event_id': '', 'date': '2025-09-01', 'title': 'Forged'}], set())",
    # a loopback address: were the guard missing, the fetch would be refused anyway, never sent out
    "add page fetch": "st.session_state['add_url'] = 'http://127.0.0.1:9/a'; add_page._read(add_page.MODES[2])",
    "edit": "st.session_state[edit_panel._key(EID, 'title')] = 'Forged'; edit_panel._save(EID, ROW)",
    "merge": "edit_panel._do_merge(EID, OTHER, ROW)",
    "delete": "edit_panel._do_delete(EID, ROW)",
    "undo": "history_page._undo(LAST)",
}


def _forged(name: str) -> str:
    """A script that calls one write path directly, as a replayed or forged widget message would reach it."""
    return (
        "import streamlit as st\n"
        "from timeline import ingest, store\n"
        "from timeline.ingest.fetch import FetchError\n"
        "from timeline.ui import add_page, auth, common, edit_panel, history_page\n"
        "from timeline.store import changelog\n"
        "PATH = common.events_path(); EID = store.load(PATH).events['event_id'].iloc[0]\n"
        "ROW = store.get_row(PATH, EID); OTHER = store.load(PATH).events['event_id'].iloc[1]\n"
        "LAST = changelog.read(PATH)[0][-1]['change']\n"
        "try:\n"
        f"    {WRITE_PATHS[name]}\n"
        "except (auth.NotEditor, ingest.IngestError, FetchError) as exc:\n"
        "    st.error(str(exc))\n"
        "st.session_state.setdefault('_result', st.session_state.get('_history_result'))\n"
    )


@pytest.mark.parametrize("path_name", list(WRITE_PATHS))
def test_every_write_path_refuses_a_reader_on_the_server(events, reader, path_name):
    secrets, user, _ = reader
    store.update_event(events, first_id(events), None, {"notes": "a change to undo"}, who="setup")
    before, log_before = events.read_bytes(), changelog.log_path(events).read_bytes()
    at = AppTest.from_string(_forged(path_name), default_timeout=60)
    if secrets:
        at.secrets = secrets
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, at.exception
    messages = [e.value for e in at.error] + [str(at.session_state["_result"])]
    assert any("you are a reader here" in m for m in messages), messages
    assert events.read_bytes() == before
    assert changelog.log_path(events).read_bytes() == log_before
