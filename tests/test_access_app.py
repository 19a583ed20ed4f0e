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
        "st.session_state['_result'] = [st.session_state.get(k) for k in ('_history_result', '_edit_result')]\n"
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


# --- editors -----------------------------------------------------------------------------------------------


def sign_in(at: AppTest, phrase: str) -> AppTest:
    at.sidebar.text_input(key="auth_passphrase_input").input(phrase)
    next(b for b in at.sidebar.button if b.label == "Sign in as editor").click()
    at.run()
    assert not at.exception, at.exception
    return at


def click(at: AppTest, label: str) -> AppTest:
    """Click the button with this label and rerun; the run must not raise."""
    next(b for b in at.button if b.label == label).click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_passphrase_sign_in_with_delay_after_failures(events, listen, monkeypatch):
    listen("0.0.0.0")
    slept: list[float] = []
    monkeypatch.setattr(auth, "_sleep", slept.append)
    at = app(secrets={"editor": {"passphrase_hash": HASH}}, event=first_id(events))
    assert "Sign in as an editor" in sidebar_text(at) and not edit_panel_shown(at)
    for _ in range(3):
        sign_in(at, "wrong guess")
        assert "not right" in at.sidebar.error[0].value and not edit_panel_shown(at)
    sign_in(at, PHRASE)
    assert "Signed in with the editor passphrase" in sidebar_text(at)
    assert edit_panel_shown(at)
    assert slept == [0.0, 0.01, 0.02, 0.04]  # doubling after each failure (settings: 0.01 s, cap 0.05 s)
    at.text_input(key=f"edit_title_{first_id(events)}").input("Corrected by passphrase")
    click(at, "Save changes")
    assert store.get_row(events, first_id(events))["title"] == "Corrected by passphrase"
    assert changelog.read(events)[0][-1]["who"] == "passphrase editor"


def test_failures_from_other_sessions_also_delay(events, listen, monkeypatch):
    listen("0.0.0.0")
    slept: list[float] = []
    monkeypatch.setattr(auth, "_sleep", slept.append)
    secrets = {"editor": {"passphrase_hash": HASH}}
    for _ in range(2):  # two fresh sessions, one wrong guess each
        sign_in(app(secrets=secrets), "wrong guess")
    sign_in(app(secrets=secrets), PHRASE)
    assert slept == [0.0, 0.01, 0.02]


@pytest.mark.parametrize(
    ("email", "editor"), [("ed@example.org", True), ("ED@example.org", True), ("eve@example.org", False)]
)
def test_identity_provider_users_on_the_list_edit(events, listen, monkeypatch, email, editor):
    listen("0.0.0.0")
    monkeypatch.setenv("TIMELINE_EDITOR_EMAILS", "ed@example.org, other@example.org")
    at = app(secrets={"auth": AUTH}, user={"is_logged_in": True, "email": email}, event=first_id(events))
    assert edit_panel_shown(at) is editor
    assert any(b.label == "Sign out" for b in at.sidebar.button)
    if editor:
        at.text_area(key=f"edit_summary_{first_id(events)}").input("Checked")
        click(at, "Save changes")
        assert changelog.read(events)[0][-1]["who"] == email


def test_loopback_edits_without_sign_in_and_says_so(events):
    at = app(event=first_id(events))
    assert "Editing is open because the app only listens on this computer" in sidebar_text(at)
    assert edit_panel_shown(at)


def test_two_editors_the_second_is_told_and_sees_both_versions(events):
    eid = first_id(events)
    first, second = app(event=eid), app(event=eid)  # both open the event
    first.text_input(key=f"edit_title_{eid}").input("Title by the first editor")
    click(first, "Save changes")
    after_first = events.read_bytes()
    second.text_input(key=f"edit_title_{eid}").input("Title by the second editor")
    click(second, "Save changes")
    assert not second.exception, second.exception
    assert events.read_bytes() == after_first  # nothing overwritten
    assert any("changed by someone else" in e.value for e in second.error)
    both = second.dataframe[0].value.set_index("field")
    assert (both.loc["title", "yours"], both.loc["title", "stored"]) == (
        "Title by the second editor", "Title by the first editor")  # fmt: skip
    click(second, "Edit the stored version")
    assert second.text_input(key=f"edit_title_{eid}").value == "Title by the first editor"
    second.text_input(key=f"edit_title_{eid}").input("Title agreed")
    click(second, "Save changes")
    assert store.get_row(events, eid)["title"] == "Title agreed"


def test_undo_on_the_history_page_restores_the_exact_row(events):
    eid = first_id(events)
    before = events.read_bytes()
    at = app(event=eid)
    at.text_input(key=f"edit_title_{eid}").input("A wrong correction")
    at.text_input(key=f"edit_source_url_{eid}").input("https://example.org/wrong")
    click(at, "Save changes")
    assert events.read_bytes() != before
    history = AppTest.from_string("from timeline.ui import history_page\nhistory_page.render()\n", default_timeout=60)
    history.run()
    assert history.dataframe[0].value["who"].iloc[0] == "local editor"
    click(history, "Undo this change")
    assert "was undone" in history.success[0].value
    assert events.read_bytes() == before


def test_merge_redirects_links_and_delete_can_be_undone(events):
    ids = list(store.load(events).events["event_id"])
    keep, drop = ids[1], ids[2]
    at = app(event=keep)
    at.selectbox(key=f"edit_merge_pick_{keep}").set_value(drop).run()
    click(at, "Merge into this event")
    assert store.get_row(events, drop) is None
    old_link = app(event=drop)  # a link to the merged event opens the kept one
    assert any("was merged into this one" in c.value for c in old_link.caption)
    assert old_link.session_state["event"] == keep
    before = events.read_bytes()
    at = app(event=ids[0])
    at.checkbox(key=f"edit_delete_sure_{ids[0]}").check().run()
    click(at, "Delete")
    assert store.get_row(events, ids[0]) is None and any("Deleted" in s.value for s in at.success)
    store.undo(events, changelog.read(events)[0][-1]["change"], who="test")
    assert events.read_bytes() == before


def test_a_crash_between_log_and_store_is_reported_on_the_page(events):
    row = store.get_row(events, first_id(events))
    # what a writer killed after logging leaves: a record whose change never reached the file
    changelog.record(events, "edit", [changelog.RowChange(row["event_id"], row, {**row, "title": "Lost"})], "killed",
                     before=events.read_bytes(), after=b"never written")  # fmt: skip
    at = app()
    assert any("never reached events\\.csv" in w.value for w in at.warning), [w.value for w in at.warning]
