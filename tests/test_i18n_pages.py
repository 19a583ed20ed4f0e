"""The interface in Spanish and French: the History and Timeline pages follow ``?lang=`` (sidebar, count line,
detail, captions), a link selects the same events in every language, the sidebar's selector switches the
language and keeps the filters, and the command line writes the changes summary and the history in the
language asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_small_events
from streamlit import config
from streamlit.testing.v1 import AppTest

from timeline import store
from timeline.cli import main as cli
from timeline.ui.common import md

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


# --- the Timeline page: sidebar, count line, detail --------------------------------------------------------

TIMELINE = "from timeline.ui import timeline_page\ntimeline_page.render()\n"


def _strike(path: Path) -> str:
    """The id of the boat strike of 2 September 2025 (11 dead, Venezuela)."""
    events = store.load(path).events
    return events.loc[events["date"] == "2025-09-02", "event_id"].iloc[0]


def _timeline(lang: str, **query: str) -> AppTest:
    at = AppTest.from_string(TIMELINE, default_timeout=60)
    if lang != "en":
        at.query_params["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def _shown_ids(at: AppTest) -> set[str]:
    """The events drawn on the timeline chart (each marker carries its id)."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {i for trace in spec["data"] for i in (trace.get("customdata") or []) if isinstance(i, str)}


@pytest.mark.parametrize(
    ("lang", "labels", "option", "count", "fields", "when"),
    [
        ("en", ("Event type", "Country", "Confidence", "From"), "Strike on a boat", "Showing 2 of 5 events",
         ("**Countries:** " + md("United States, Venezuela"), "**Deaths:** 11", "(date known to the day)", "confidence high",
          "**Source:**"), "2 Sep 2025"),
        ("es", ("Tipo de evento", "País", "Confianza", "Desde"), "Ataque a una lancha", "Se muestran 2 de 5 eventos",
         ("**Países:** " + md("Estados Unidos, Venezuela"), "**Muertos:** 11", "(fecha conocida al día)", "confianza alta",
          "**Fuente:**"), "2 de septiembre de 2025"),
        ("fr", ("Type d’événement", "Pays", "Confiance", "Du"), "Frappe contre un bateau",
         "2 événements affichés sur 5",
         ("**Pays\u00a0:** " + md("États-Unis, Venezuela"), "**Morts\u00a0:** 11", "(date connue au jour près)",
          "confiance élevée", "**Source\u00a0:**"), "2 septembre 2025"),
    ],
)  # fmt: skip
def test_timeline_page_follows_lang_in_the_link(events, lang, labels, option, count, fields, when):
    at = _timeline(lang, type="boat_strike", event=_strike(events))
    assert not at.exception, at.exception
    sidebar = at.sidebar
    shown_labels = (sidebar.multiselect(key="f_type").label, sidebar.multiselect(key="f_country").label,
                    sidebar.multiselect(key="f_confidence").label, sidebar.date_input(key="f_from").label)  # fmt: skip
    assert shown_labels == labels
    assert option in sidebar.multiselect(key="f_type").options  # vocabulary labels in the reader's language
    assert count in [c.value for c in at.caption]
    detail = " ".join(m.value for m in at.markdown)
    assert f"**{when}**" in detail  # the date by Babel, long form
    for field in fields:
        assert field in detail


@pytest.mark.parametrize(
    "query",
    [{"type": "boat_strike"}, {"country": "VEN"}, {"country": "MEX", "confidence": "high"},
     {"from": "2025-03-01", "to": "2025-10-31"}, {"type": "boat_strike,troop_deployment", "country": "VEN"}],
    ids=["type", "country", "country-and-confidence", "dates", "types-and-country"],
)  # fmt: skip
def test_a_permalink_selects_the_same_events_in_every_language(events, query):
    selected, links = {}, {}
    for lang in ("en", "es", "fr"):
        at = _timeline(lang, **query)
        assert not at.exception, at.exception
        selected[lang] = _shown_ids(at)
        links[lang] = {k: v for k, v in at.query_params.items() if k != "lang"}
    assert selected["en"] and selected["en"] == selected["es"] == selected["fr"]
    assert links["en"] == links["es"] == links["fr"] == query


def test_switching_language_keeps_the_filters_and_the_view(events):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["type"] = "boat_strike"
    at.query_params["view"] = "map"
    at.run()
    assert not at.exception, at.exception
    for lang, count in (("fr", "2 événements affichés sur 5"), ("es", "Se muestran 2 de 5 eventos")):
        at.sidebar.selectbox(key="ui_lang").set_value(lang).run()
        assert not at.exception, at.exception
        assert at.multiselect(key="f_type").value == ["boat_strike"]
        assert at.radio(key="view").value == "Map"
        assert count in [c.value for c in at.caption]
        assert at.query_params["type"] == "boat_strike" and at.query_params["lang"] == lang


@pytest.mark.parametrize(
    ("lang", "warning"),
    [("en", "The link's unknown type 'nope' was ignored."),
     ("es", "En el enlace: se ignoró el valor desconocido «nope» de type."),
     ("fr", "Dans le lien\u00a0: la valeur inconnue «\u00a0nope\u00a0» de type a été ignorée.")],
)  # fmt: skip
def test_a_bad_link_is_explained_in_the_readers_language(events, lang, warning):
    at = _timeline(lang, type="boat_strike,nope")
    assert [w.value.replace("\\", "") for w in at.sidebar.warning] == [warning]  # md() escapes the quotes
    assert at.multiselect(key="f_type").value == ["boat_strike"]


@pytest.mark.parametrize(
    ("lang", "about"),
    [("en", "5 events from 20 Feb 2025 to 1 Nov 2025, citing 1 report from 1 outlet."),
     ("es", "5 eventos (20 feb 2025 – 1 nov 2025), que citan 1 informe de 1 medio."),
     ("fr", "5 événements (20 févr. 2025 – 1 nov. 2025), citant 1 article de 1 média.")],
)  # fmt: skip
def test_the_about_line_counts_and_dates_in_the_readers_language(events, lang, about):
    at = _timeline(lang)
    assert any(c.value.replace("\\", "").startswith(about) for c in at.caption), [c.value for c in at.caption]


@pytest.mark.parametrize(
    ("lang", "caption"),
    [("en", "1 of 2 filtered events has coordinates and is on the map."),
     ("es", "1 de 2 eventos filtrados tiene coordenadas y está en el mapa."),
     ("fr", "1 des 2 événements filtrés a des coordonnées et figure sur la carte.")],
)  # fmt: skip
def test_the_map_says_how_many_events_it_shows_in_the_readers_language(events, lang, caption):
    at = _timeline(lang, country="VEN", view="map")
    assert not at.exception, at.exception
    assert caption in [c.value for c in at.caption]  # no sentence about shared points when none share one
