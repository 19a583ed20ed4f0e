"""``timeline ingest``: saves only with --yes, is idempotent, refuses bad URLs without touching the store."""

from __future__ import annotations

import http.server
import threading

import pytest
from test_ingest_fakes import fake_extract, make_pdf

from timeline import store
from timeline.cli import main
from timeline.ingest import review

ARTICLE_A = "Source: https://example.org/a\n\n[boat_strike 2025-09-02 | Tren de Aragua | USA;VEN] The Navy struck a boat.\n"
ARTICLE_B = (
    "Source: https://example.org/b\nPublished: 2025-09-04\n\n"
    "[boat_strike yesterday | Tren de Aragua | VEN] Venezuela condemned the strike on a boat.\n"
    "[sanction 2025-09-03 | CJNG | USA;MEX] Treasury sanctioned CJNG suppliers.\n"
)
EXISTING = {"event_type": "tariff", "date": "2025-03-04", "date_precision": "day", "title": "Tariffs",
            "countries": "USA;MEX", "modality": "happened", "source_url": "https://example.org/t",
            "confidence": "high", "status": "curated"}


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(review, "default_extractor", lambda: fake_extract)


@pytest.fixture
def events_path(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, [EXISTING])
    return path


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not an article file: ignored in a folder
    return folder


def test_running_twice_adds_nothing_the_second_time(fake, events_path, articles, capsys):
    first = main(["ingest", str(articles), "--store", str(events_path), "--yes"])
    out_first = capsys.readouterr().out
    second = main(["ingest", str(articles), "--store", str(events_path), "--yes"])
    out_second = capsys.readouterr().out
    # The boat strike of article B is the one of article A, reported a day later: merged as a source.
    assert (first, second) == (0, 0)
    assert "2 added, 1 merged, 0 already present, 0 skipped" in out_first
    assert "0 added, 0 merged, 3 already present, 0 skipped" in out_second
    strike = store.load(events_path).events.query("event_type == 'boat_strike'")
    assert (len(strike), strike["other_sources"].tolist()) == (1, ["https://example.org/b"])


def test_without_yes_and_no_terminal_nothing_is_saved(fake, events_path, articles, capsys):
    before = events_path.read_bytes()
    assert main(["ingest", str(articles), "--store", str(events_path)]) == 0
    assert "not saved: run again with --yes" in capsys.readouterr().out
    assert events_path.read_bytes() == before


class Terminal:
    """Standard input that is a terminal, for the y/N question."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "rows"), [("y", 3), ("", 1), ("no", 1)], ids=["yes", "enter", "no"])
def test_without_yes_a_terminal_is_asked(fake, events_path, articles, monkeypatch, answer, rows):
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: answer)
    assert main(["ingest", str(articles), "--store", str(events_path)]) == 0
    assert len(store.load(events_path).events) == rows  # 1 stored + 2 new (the third merges)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("http://127.0.0.1:9/article", "not a public internet address"),
        ("http://169.254.169.254/latest/meta-data/", "not a public internet address"),
        ("file:///etc/passwd", "Only http:// and https://"),
        ("ftp://example.org/a.txt", "Only http:// and https://"),
    ],
    ids=["loopback", "metadata", "file-url", "ftp"],
)
def test_refused_url_exits_non_zero_and_leaves_the_store(fake, events_path, capsys, source, reason):
    before = events_path.read_bytes()
    assert main(["ingest", source, "--store", str(events_path), "--yes"]) == 1
    assert reason in capsys.readouterr().err
    assert events_path.read_bytes() == before


def test_a_file_without_source_address_is_skipped_with_the_fix(fake, events_path, tmp_path, capsys):
    article = tmp_path / "nosource.txt"
    article.write_text(ARTICLE_A.split("\n", 2)[2], encoding="utf-8")
    assert main(["ingest", str(article), "--store", str(events_path), "--yes"]) == 1
    assert "--source-url" in capsys.readouterr().err
    assert main(["ingest", str(article), "--store", str(events_path), "--yes", "--source-url", "https://e.org/x"]) == 0


class ArticleHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.endswith(".pdf"):
            ctype = "application/pdf"
            body = make_pdf(["[boat_strike 2025-09-02 | Tren de Aragua | VEN] The Navy struck a boat off Venezuela."])
        else:
            ctype = "text/html; charset=utf-8"
            body = (
                b"<html><head><title>Strike</title>"
                b'<meta property="article:published_time" content="2025-09-03"></head><body><article>'
                b"<p>[boat_strike yesterday | Tren de Aragua | VEN] The Navy struck a boat off Venezuela.</p>"
                b"</article></body></html>"
            )
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def article_server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ArticleHandler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize(
    ("path", "extra", "published"),
    [("/news/strike", [], "2025-09-03"), ("/report.pdf", ["--published", "2025-09-04"], "2025-09-04")],
    ids=["html-with-metadata-date", "pdf"],
)
def test_a_url_is_fetched_and_cited(fake, events_path, article_server, path, extra, published):
    url = article_server + path
    code = main(["ingest", url, "--store", str(events_path), "--yes", "--allow-host", "127.0.0.1", *extra])
    saved = store.load(events_path).events.query("event_type == 'boat_strike'")
    assert (code, saved["date"].tolist(), saved["source_url"].tolist(), saved["published"].tolist()) == (
        0, ["2025-09-02"], [url], [published])


def test_with_the_real_extractor_a_second_run_adds_nothing(events_path, tmp_path, capsys):
    article = tmp_path / "mx.txt"
    article.write_text(
        "Source: https://example.org/mx\n\nCIUDAD DE MÉXICO, 15 de enero de 2026 (AP) — México envió este martes "
        "a 26 presuntos miembros de cárteles a Estados Unidos, informó la Fiscalía General de la República.\n",
        encoding="utf-8",
    )
    main(["ingest", str(article), "--store", str(events_path), "--yes"])
    added_first = len(store.load(events_path).events)
    main(["ingest", str(article), "--store", str(events_path), "--yes"])
    assert added_first > 1
    assert len(store.load(events_path).events) == added_first


@pytest.mark.parametrize(("args", "who"), [(["--who", "desk editor"], "desk editor"), ([], None)])
def test_ingest_logs_one_change_with_who(fake, events_path, articles, args, who):
    import getpass

    from timeline.store import changelog

    assert main(["ingest", str(articles), "--store", str(events_path), "--yes", *args]) == 0
    records = changelog.read(events_path)[0]
    assert [r["action"] for r in records] == ["replace", "add"]  # the fixture's write, then one record for the run
    assert records[-1]["who"] == (who or getpass.getuser())
    rows = records[-1]["rows"]  # two new events; the second report of the strike merged into it in the same run
    assert [r["before"] for r in rows] == [None, None]
    assert "https://example.org/b" in [r["after"]["other_sources"] for r in rows]
