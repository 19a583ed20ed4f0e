"""Errors and problems from the core in the reader's language: ``str()`` stays English, ``localize`` translates."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from timeline import messages, store
from timeline.i18n import N_
from timeline.ingest import article, fetch
from timeline.messages import Joined, Text
from timeline.store import changelog, merge


def _refused(url: str) -> Exception:
    with pytest.raises(fetch.FetchError) as caught:
        fetch.check_url(url)
    return caught.value


def _ingest(call) -> Exception:
    with pytest.raises(article.IngestError) as caught:
        call()
    return caught.value


def _new_event_problem() -> Exception:
    row = {"event_type": "tariff", "date": "2025-13-01", "date_precision": "day", "title": "T", "countries": "USA",
           "source_url": "https://e.org", "modality": "happened", "confidence": "high", "status": "curated"}  # fmt: skip
    with pytest.raises(store.StoreError) as caught:
        merge.check_new([merge.normalize_event(row)])
    return caught.value


@pytest.mark.parametrize(
    ("make", "english", "spanish", "french"),
    [
        (lambda: _refused("ftp://example.org/a"), "Only http:// and https:// addresses can be fetched, not 'ftp:'.",
         "Solo se pueden descargar direcciones http:// y https://, no 'ftp:'.",
         "Seules les adresses http:// et https:// peuvent être téléchargées, pas «\u00a0ftp:\u00a0»."),
        (lambda: _ingest(lambda: article.check_size("big.pdf", 3_000_000)),
         "big.pdf is 3,000,000 bytes, more than the upload limit of 2,000,000; paste the article's text instead, "
         "or raise TIMELINE_MAX_UPLOAD_BYTES.",
         "big.pdf ocupa 3.000.000 bytes, más que el límite de subida de 2.000.000; pegue en su lugar el texto del "
         "artículo o aumente TIMELINE_MAX_UPLOAD_BYTES.",
         "big.pdf fait 3\u202f000\u202f000 octets, plus que la limite de téléversement de 2\u202f000\u202f000\u00a0; "
         "collez plutôt le texte de l’article, ou augmentez TIMELINE_MAX_UPLOAD_BYTES."),
        (lambda: _ingest(lambda: article.check_article(article.Article(text="  "))),
         "the article has no text; paste the article or choose another file.",
         "el artículo no contiene texto; pegue el artículo o elija otro archivo.",
         "l’article ne contient aucun texte\u00a0; collez l’article ou choisissez un autre fichier."),
        (_new_event_problem,
         "Nothing was saved: 1 problem(s) in the new events. event 1, date: date must be a real date written "
         "YYYY-MM-DD (found '2025-13-01')",
         "No se guardó nada: 1 problema(s) en los eventos nuevos. evento 1, date: date debe ser una fecha real "
         "escrita AAAA-MM-DD (se encontró '2025-13-01')",
         "Rien n’a été enregistré\u00a0: 1 problème(s) dans les nouveaux événements. événement 1, date\u00a0: date "
         "doit être une date réelle écrite AAAA-MM-JJ (trouvé\u00a0: '2025-13-01')"),
    ],
    ids=["fetch-refusal", "upload-size", "empty-article", "new-event-problem"],
)  # fmt: skip
def test_core_errors_stay_english_and_translate(make, english, spanish, french):
    error = make()
    assert str(error) == english
    assert (messages.localize(error, "es"), messages.localize(error, "fr")) == (spanish, french)


def test_a_load_problem_keeps_its_line_and_column_in_every_language(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, [{"event_type": "tariff", "date": "2025-03-04", "date_precision": "day", "title": "T",
                               "countries": "USA", "source_url": "https://e.org", "fatalities": "2",
                               "modality": "happened", "confidence": "high", "status": "curated"}])  # fmt: skip
    path.write_text(path.read_text(encoding="utf-8").replace(",2,", ",-2,"), encoding="utf-8")
    (problem,) = store.load(path).problems
    assert (
        str(problem) == "line 2, column fatalities: fatalities must be a whole number from 0 to 10,000,000 (found '-2')"
    )
    assert messages.localize(problem, "es") == (
        "línea 2, columna fatalities: fatalities debe ser un número entero de 0 a 10.000.000 (se encontró '-2')"
    )


def test_the_missing_file_problem_in_spanish(tmp_path):
    (problem,) = store.load(tmp_path / "nowhere.csv").problems
    assert (
        messages.localize(problem, "es")
        == f"línea 0: {tmp_path / 'nowhere.csv'} no existe; créelo o defina TIMELINE_EVENTS"
    )


def test_text_survives_pickling_with_its_template():
    # The Dask crawl engine sends errors and notes between processes.
    note = Joined([Text(N_("Row {row}: give it a title."), row=2), "plain"])
    error = store.StoreError(Text(N_("Nothing was saved. {problems}"), problems=note))
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == str(error) == "Nothing was saved. Row 2: give it a title.; plain"
    assert messages.localize(back, "es") == "No se guardó nada. Fila 2: indique un título.; plain"


def test_plain_strings_and_unknown_languages_pass_through():
    assert messages.localize("as it is", "fr") == "as it is"
    assert messages.localize(ValueError("as raised"), "es") == "as raised"
    assert messages.localize(Text(N_("the file")), "pt") == "the file"


@pytest.fixture
def add_page(tmp_path: Path, monkeypatch) -> AppTest:
    path = tmp_path / "events.csv"
    store.write_events(path, [])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    config.set_option("server.address", "127.0.0.1")  # an editor on this computer
    at = AppTest.from_string("from timeline.ui import add_page\nadd_page.render()\n", default_timeout=30)
    at.query_params["lang"] = "es"
    return at.run()


@pytest.mark.parametrize(
    ("mode", "key", "value", "message"),
    [
        ("Web address", "add_url", "ftp://example.org/a", "Solo se pueden descargar direcciones http:// y https://"),
        ("Web address", "add_url", "http://127.0.0.1:9/a", "no es una dirección pública de internet"),
        ("Paste text", "add_text", "   ", "El texto pegado no contiene texto"),
    ],
)
def test_the_add_page_shows_refusals_in_the_readers_language(add_page, mode, key, value, message):
    add_page.radio(key="add_mode").set_value(mode).run()
    (add_page.text_input if key == "add_url" else add_page.text_area)(key=key).input(value)
    add_page.button(key="add_read").click().run()
    assert not add_page.exception, add_page.exception
    assert message in add_page.error[0].value


def test_an_edit_refusal_in_french(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, [])
    with pytest.raises(store.StoreError) as caught:
        store.undo(path, "c-nope")
    assert str(caught.value) == "There is no change c-nope in the history of events.csv."
    assert messages.localize(caught.value, "fr") == "Il n’y a pas de modification c-nope dans l’historique de events.csv."


def test_a_broken_change_log_line_in_spanish(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, [])
    log = changelog.log_path(path)
    log.write_text(log.read_text(encoding="utf-8") + '{"change": "c-1", "act\n', encoding="utf-8")
    (problem,) = changelog.read(path)[1]
    assert problem.startswith("line 2 of events.csv.changes.jsonl is not a complete change record")
    assert messages.localize(problem, "es").startswith("la línea 2 de events.csv.changes.jsonl no es un registro")
