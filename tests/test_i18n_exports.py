"""Exports in the reader's language: every human-readable format says its headings, filters, footer and dates
in Spanish or French (Babel dates, not English ones), the data formats are the same bytes in every language,
and the CLI's ``--lang`` applies to every format. Event titles stay as written."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date

import pytest
from conftest import needs_chromium, write_small_events

from timeline import export, store
from timeline.cli import main as cli
from timeline.export import images as export_images
from timeline.view import charts, filters

NBSP = "\u00a0"
VEN = filters.Filters(countries=("VEN",))
#: What a Venezuela view of the small events (a strike on 2 Sep 2025, a deployment from 1 Nov 2025) must say.
EXPECTED = {
    "es": {
        "title": "Venezuela: ataques a lanchas y despliegues, sept–nov 2025",
        "filters": "Filtros: País: Venezuela",
        "footer": "generado el 5 ene 2026 con policy-timeline",
        "day": "2 sept 2025",
        "sources": "Fuentes",
    },
    "fr": {
        "title": f"Venezuela{NBSP}: frappes contre des bateaux et déploiements, sept.–nov. 2025",
        "filters": f"Filtres{NBSP}: Pays{NBSP}: Venezuela",
        "footer": "produit le 5 janv. 2026 avec policy-timeline",
        "day": "2 sept. 2025",
        "sources": f"Sources{NBSP}:",
    },
}
#: English words and dates none of the Spanish or French exports may contain.
ENGLISH = ("Filters:", "Country:", "generated 2026-01-05", "2 Sep 2025", "boat strikes", "news reports")


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> object:
    path = write_small_events(tmp_path_factory.mktemp("i18n_exports"))
    return filters.apply(store.load(path).events, VEN)


def report(lang: str, **kw) -> export.Report:
    return export.Report(VEN, total=5, generated=date(2026, 1, 5), preset="column", lang=lang, **kw)


def unescape(text: str) -> str:
    """Text as a reader sees it: JSON's \\uXXXX escapes and the HTML entities of a nbsp decoded, Plotly's line
    breaks as spaces."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("&nbsp;", NBSP).replace("&#160;", NBSP).replace("<br>", " ")


def assert_in_language(
    text: str, lang: str, *, keys: tuple[str, ...] = ("title", "filters", "footer"), titles: bool = True
) -> None:
    for key in keys:
        assert EXPECTED[lang][key] in text, (key, lang)
    for english in ENGLISH:
        assert english not in text, (english, lang)
    if titles:
        assert "First strike" in text  # the data is not translated


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_citations_in_the_readers_language(events, lang):
    text = export.export("citations", events, report(lang)).decode("utf-8")
    first = text.splitlines()[0]
    assert first.startswith("# " + EXPECTED[lang]["sources"]) and EXPECTED[lang]["title"] in first
    assert f"{EXPECTED[lang]['day']} — First strike." in text  # the event's day, in Babel's words
    assert_in_language(text, lang, keys=("filters",))


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_timelinejs_story_in_the_readers_language(events, lang):
    story = json.loads(export.export("timelinejs", events, report(lang)))
    head = story["title"]["text"]
    assert head["headline"] == EXPECTED[lang]["title"]
    assert_in_language(head["headline"] + head["text"], lang, titles=False)
    groups = {slide["group"] for slide in story["events"]}
    assert groups == {"es": {"Ataque a una lancha", "Despliegue de tropas o buques"},
                      "fr": {"Frappe contre un bateau", "Déploiement de troupes ou de navires"}}[lang]  # fmt: skip
    assert all(EXPECTED[lang]["sources"] in slide["text"]["text"] for slide in story["events"])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_offline_html_in_the_readers_language(events, lang):
    page = export.export("html", events, report(lang)).decode("utf-8")
    assert f'<html lang="{lang}">' in page and f"<title>{EXPECTED[lang]['title']}</title>" in page
    assert_in_language(unescape(page), lang)
    assert f"<b>{EXPECTED[lang]['sources'].rstrip(NBSP + ':')}</b>" in unescape(page)  # the appendix heading
    assert re.search(r'"ticktext":\[[^\]]*sept', unescape(page))  # months on the time axis


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_bundle_readme_in_the_readers_language(events, lang, monkeypatch):
    monkeypatch.setattr(export_images, "browser_available", lambda: False)  # no PNG/PDF: the README says why
    with zipfile.ZipFile(io.BytesIO(export.export("bundle", events, report(lang)))) as zf:
        readme = zf.read("timeline_VEN/README.txt").decode("utf-8")
    assert_in_language(readme, lang, titles=False)
    assert f"?country=VEN&lang={lang}" in readme  # the link opens the app in the same language
    words = {"es": ("Archivos:", "Sin PNG ni PDF: Exportar imágenes"), "fr": (f"Fichiers{NBSP}:", "Ni PNG ni PDF")}
    assert all(word in readme for word in words[lang])
    assert "Files:" not in readme and "needs Chrome or Chromium" not in readme


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_data_formats_are_the_same_bytes_in_every_language(events, fmt):
    made = {lang: export.export(fmt, events, report(lang)) for lang in ("en", "es", "fr")}
    assert made["en"] == made["es"] == made["fr"]


@pytest.mark.parametrize(
    ("lang", "ticks", "legend", "lane"),
    [
        ("es", ["sept", "oct", "nov", "dic"], "País ", "Ataque a<br>una lancha"),
        ("fr", ["sept.", "oct.", "nov.", "déc."], "Pays ", "Frappe contre<br>un bateau"),
    ],
)
def test_chart_axis_months_legend_and_lanes_in_the_readers_language(events, lang, ticks, legend, lane):
    fig = charts.timeline_figure(events, color_by="country", lang=lang)
    names = " ".join(str(t).split("<br>")[0] for t in fig.layout.xaxis.ticktext)
    assert all(re.search(rf"(^|\s){re.escape(month)}(\s|$)", names) for month in ticks), names
    assert not re.search(r"\b(Sep|Oct|Nov|Dec)\b", names)
    assert fig.layout.legend.title.text == legend and lane in fig.layout.yaxis.ticktext
    monthly = charts.monthly_figure(events, lang)  # bars per month: a tick per month, named in the language
    assert [t.split("<br>")[0] for t in monthly.layout.xaxis.ticktext] == ticks[:3]


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        ("es", "Al menos 11 muertos", "11 muertos es la suma de los saldos declarados para 1 de los 1 ataques"),
        ("fr", "Au moins 11 morts", "11 morts est la somme des bilans déclarés pour 1 des 1 frappes"),
    ],
)
def test_deaths_view_and_its_caveat_in_the_readers_language(events, lang, heading, sentence):
    fig = charts.deaths_figure(events, lang)
    assert heading in fig.layout.annotations[0].text and "At least" not in fig.layout.annotations[0].text
    assert charts.deaths_coverage(events, lang)[0].startswith(sentence)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_cli_lang_applies_to_every_format(tmp_path, lang, capsys):
    path = write_small_events(tmp_path)
    out = tmp_path / "sources.md"
    args = ["export", "-f", "citations", "--events", str(path), "--country", "VEN", "--generated", "2026-01-05"]
    assert cli([*args, "-o", str(out), "--lang", lang]) == 0
    text = out.read_text(encoding="utf-8")
    assert EXPECTED[lang]["filters"] in text and EXPECTED[lang]["day"] in text
    assert "not applied" not in capsys.readouterr().err


@needs_chromium
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_svg_and_pdf_in_the_readers_language(events, lang):
    import pypdf

    try:
        svg = unescape(export.export("svg", events, report(lang)).decode("utf-8"))
        pdf = export.export("pdf", events, report(lang))
    finally:
        export_images.stop()
    # The title and the footer may wrap onto several lines of the SVG; the filters line and the ticks do not.
    assert_in_language(svg, lang, keys=("filters",))
    assert f">{EXPECTED[lang]['sources'].rstrip(NBSP + ':')}</tspan>" in svg or EXPECTED[lang]["sources"] in svg
    assert re.search(r">[^<]*\bsept", svg)  # months on the time axis
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == EXPECTED[lang]["title"] and meta.subject == EXPECTED[lang]["filters"]
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "2025" in text and "Filters" not in text


def test_english_stays_as_it_was(events):
    text = export.export("citations", events, report("en")).decode("utf-8")
    assert text.startswith("# Sources: Venezuela: boat strikes and deployments, Sep–Nov 2025")
    assert "Filters: Country: Venezuela" in text and "2 Sep 2025 — First strike." in text


@pytest.mark.parametrize(
    ("lang", "hover", "key"),
    [
        ("es", ["2 sept 2025 · Ataque a una lancha", "Países: Estados Unidos, Venezuela", "Muertos: 11"],
         "Barras: eventos con fecha de fin"),
        ("fr", ["2 sept. 2025 · Frappe contre un bateau", f"Pays{NBSP}: États-Unis, Venezuela", f"Morts{NBSP}: 11"],
         f"Barres{NBSP}: événements avec une date de fin"),
    ],
)  # fmt: skip
def test_hover_and_key_in_the_readers_language(events, lang, hover, key):
    strike = events[events["event_type"] == "boat_strike"]
    box = charts.hover_texts(strike, lang)[0]
    assert all(part in box for part in hover), box
    assert "First strike" in box and "Countries" not in box
    assert charts.chart_key(events, lang).startswith(key)


def _panel_app():
    import streamlit as st

    from timeline import store
    from timeline.ui import export_panel
    from timeline.view import filters

    ev = store.load(st.session_state["events_path"]).events
    wanted = filters.Filters(countries=("VEN",))  # AppTest runs this function's source alone: no module names
    export_panel.render(filters.apply(ev, wanted), wanted, total=len(ev))


@pytest.mark.parametrize(
    ("lang", "heading", "button", "citations"),
    [("es", "Exportar esta vista", "Citas (Markdown)", "# Fuentes: "),
     ("fr", "Exporter cette vue", "Citations (Markdown)", f"# Sources{NBSP}: ")],
)  # fmt: skip
def test_export_panel_speaks_the_readers_language_and_passes_it_on(tmp_path, monkeypatch, download_makers, lang,
                                                                   heading, button, citations):  # fmt: skip
    from streamlit.testing.v1 import AppTest

    path = write_small_events(tmp_path)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    makers = download_makers
    at = AppTest.from_function(_panel_app, default_timeout=60)
    at.session_state["events_path"] = str(path)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    assert at.subheader[0].value == heading
    labels = [b.proto.label for b in at.get("download_button")]
    assert button in labels and "Interactive HTML" not in labels
    made = makers["timeline_VEN.md"]().decode("utf-8")
    assert made.startswith(citations) and EXPECTED[lang]["filters"] in made
