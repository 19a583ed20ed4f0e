"""The interface in Spanish and French: the History page follows ``?lang=``, the sidebar's selector switches
the language, and the command line writes the changes summary and the history in the language asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_small_events
from streamlit import config
from streamlit.testing.v1 import AppTest

from timeline import store
from timeline.cli import main as cli

ROOT = Path(__file__).resolve().parents[1]
HISTORY = "from timeline.ui import history_page\nhistory_page.render()\n"


@pytest.fixture
def events(tmp_path: Path, monkeypatch) -> Path:
    path = write_small_events(tmp_path)  # logged as a first change ("replace")
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    first = store.load(path).events["event_id"].iloc[0]
    store.update_event(path, first, None, {"title": "Corrected title"}, who="ed@example.org")
    config.set_option("server.address", "127.0.0.1")  # an editor on this computer: every control shows
    return path


@pytest.mark.parametrize(
    ("lang", "heading", "caption", "column", "button"),
    [
        ("en", "History of changes", "2 of 2 changes, newest first.", "who", "Undo this change"),
        ("es", "Historial de cambios", "2 de 2 cambios, del más reciente al más antiguo.", "quién",
         "Deshacer este cambio"),
        ("fr", "Historique des modifications", "2 modifications sur 2, les plus récentes d’abord.", "qui",
         "Annuler cette modification"),
    ],
)  # fmt: skip
def test_history_page_follows_lang_in_the_link(events, lang, heading, caption, column, button):
    at = AppTest.from_string(HISTORY, default_timeout=60)
    if lang != "en":
        at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == heading
    assert caption in [c.value for c in at.caption]
    assert column in at.dataframe[0].value.columns
    assert [b for b in at.button if b.label == button]


def test_the_selector_switches_the_sidebar_language(events):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    selector = at.sidebar.selectbox(key="ui_lang")
    assert selector.label == "Language"
    assert "only listens on this computer" in " ".join(c.value for c in at.sidebar.caption)
    selector.set_value("fr").run()
    assert not at.exception, at.exception
    assert at.sidebar.selectbox(key="ui_lang").label == "Langue"
    assert "n’écoute que sur cet ordinateur" in " ".join(c.value for c in at.sidebar.caption)
    assert at.query_params["lang"] == "fr"  # kept in the link
    at.sidebar.selectbox(key="ui_lang").set_value("es").run()
    assert "solo escucha en este ordenador" in " ".join(c.value for c in at.sidebar.caption)


@pytest.mark.parametrize(
    ("lang", "title", "counts", "bullet"),
    [
        ("en", "# Changes to events.csv since September 2, 2025", "2 changes: 1 edit, 1 replace.", ": edit of "),
        ("fr", "# Modifications de events.csv depuis le 2 septembre 2025", "2 modifications\u00a0: modification\u00a0: 1, "
         "remplacement\u00a0: 1.", "\u00a0: modification de "),
        ("es", "# Cambios en events.csv desde el 2 de septiembre de 2025", "2 cambios: edición: 1, reemplazo: 1.",
         ": edición de "),
    ],
)  # fmt: skip
def test_changes_summary_in_the_language_asked_for(events, tmp_path, lang, title, counts, bullet):
    out = tmp_path / "changes.csv"
    args = ["export", "-f", "changes", "--events", str(events), "--since-change", "2025-09-02", "-o", str(out)]
    assert cli([*args, "--lang", lang]) == 0
    summary = out.with_suffix(".md").read_text(encoding="utf-8").splitlines()
    assert summary[0] == title
    assert summary[2] == counts
    assert any(line.startswith("- ") and bullet in line and "ed@example.org" in line for line in summary)
    assert out.read_text(encoding="utf-8-sig").startswith("change,when,who,action")  # the CSV is for programs


def test_history_command_in_french(events, capsys):
    assert cli(["history", "--store", str(events), "--rows", "--lang", "fr"]) == 0
    captured = capsys.readouterr()
    assert "modification" in captured.out and "'Corrected title'" in captured.out
    assert "2 modifications sur 2" in captured.err
