"""Every string the app shows comes from the catalogues (issue 14).

Two checks. A pseudo-locale renders the pages under AppTest with every message that has a translation
in *each* catalogue wrapped in ⟦…⟧; any visible text left once the wrapped parts and the data are taken
out (event titles, ids, names, URLs, numbers, dates, vocabulary labels) was shown without a catalogue
entry. And a static check over ``timeline/ui/*.py``: a string literal given directly as the text of a
Streamlit call (a title, label, help, placeholder, message) never reaches the catalogues.
"""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path

import pycountry
import pytest
from babel import Locale
from babel.support import NullTranslations
from conftest import write_small_events
from google.protobuf.descriptor import FieldDescriptor
from streamlit import config
from streamlit.testing.v1 import AppTest

from timeline import i18n, messages, store
from timeline.store import changelog, schema

ROOT = Path(__file__).resolve().parents[1]
OPEN, CLOSE = "⟦", "⟧"
OTHERS = [code for code in i18n.LANGUAGES if code != i18n.DEFAULT_LANGUAGE]


# --- the pseudo-locale ---------------------------------------------------------------------------------


@cache
def known() -> frozenset[str]:
    """Messages translated (not fuzzy, every plural form) in every catalogue but English's."""
    sets = []
    for lang in OTHERS:
        catalogue = i18n.read_catalogue(lang)
        sets.append(
            {
                m.id[0] if isinstance(m.id, tuple) else m.id
                for m in catalogue
                if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else (m.string,))
            }
        )
    return frozenset.intersection(*map(frozenset, sets))


class Pseudo(NullTranslations):
    """French translations wrapped in ⟦…⟧, for messages every catalogue has; others as they are."""

    def __init__(self, real: NullTranslations) -> None:
        super().__init__()
        self.real = real

    def gettext(self, message: str) -> str:
        return f"{OPEN}{self.real.gettext(message)}{CLOSE}" if message in known() else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if singular in known():
            return f"{OPEN}{self.real.ngettext(singular, plural, n)}{CLOSE}"
        return singular if n == 1 else plural


@pytest.fixture
def pseudo(monkeypatch) -> None:
    wrapped = Pseudo(i18n.translations("fr"))
    real = i18n.translations
    monkeypatch.setattr(i18n, "translations", lambda lang: wrapped if lang in OTHERS else real(lang))


@pytest.fixture
def events(tmp_path: Path, monkeypatch) -> Path:
    path = write_small_events(tmp_path)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    config.set_option("server.address", "127.0.0.1")  # an editor on this computer: every control shows
    first = store.load(path).events["event_id"].iloc[0]
    store.update_event(path, first, None, {"title": "Corrected title"}, who="ed@example.org")
    return path


# --- what the page shows -------------------------------------------------------------------------------

#: Proto fields that hold text a reader sees.
SHOWN = {"label", "body", "help", "placeholder", "options", "text", "caption", "title", "display_options"}


def _proto_texts(message) -> list[str]:
    out: list[str] = []
    for field, value in message.ListFields():
        repeated = getattr(field, "is_repeated", None)
        if repeated is None:  # protobuf before 6.31 has only ``label``
            repeated = field.label == FieldDescriptor.LABEL_REPEATED
        values = value if repeated else [value]
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            for item in values:
                out.extend(_proto_texts(item))
        elif field.type == FieldDescriptor.TYPE_STRING:
            if field.name in SHOWN:
                out.extend(str(v) for v in values)
            elif field.name == "columns" and values[0].startswith("{"):  # a table's column configuration
                out.extend(_column_texts(json.loads(values[0])))
    return out


def _column_texts(columns: dict) -> list[str]:
    out = []
    for config_ in columns.values():
        if isinstance(config_, dict):
            out.extend(str(config_[k]) for k in ("label", "help") if config_.get(k))
    return out


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def _headings(table, proto) -> list[str]:
    """A table's column headings as shown: the configured label, else the column's name; hidden ones left out."""
    configured = json.loads(proto.columns) if proto.columns else {}
    out = []
    for name in list(proto.column_order) or [str(c) for c in table.value.columns]:
        column = configured.get(name) if isinstance(configured.get(name), dict) else {}
        if not column.get("hidden"):
            out.append(column.get("label") or name)
    return out


def shown_texts(block) -> list[str]:
    """Every text of a block of the page: headings, markdown, captions, alerts, labels, options, help,
    expander and tab labels, table headings (the configured label, else the column's name)."""
    texts: list[str] = []
    for node in _nodes(block):
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        texts.extend(_proto_texts(proto))
        if hasattr(proto, "arrow_data"):  # a table or the data editor
            texts.extend(_headings(node, proto))
    # A script the page injects (st.html) is code, not text a reader sees.
    return [t for t in texts if t.strip() and not t.lstrip().startswith("<script")]


# --- what may stay untranslated: data, by rule ------------------------------------------------------------

URL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PATH = re.compile(r"(?:/[\w.\-]+)+")
CODE = re.compile(r"`[^`]*`")
ICON = re.compile(r":material/\w+:|:[a-z]+-background\[|:[a-z]+\[")
ESCAPE = re.compile(r"\\(.)")


@cache
def vocabulary_words() -> tuple[str, ...]:
    """Labels and names the app shows in every language without the catalogues (data, CLDR, vocabularies)."""
    words: set[str] = set()
    for terms in schema.VOCABULARIES.values():
        for term in terms:
            words.add(term.value)
            words.update(term.labels.values())
    for lang in i18n.LANGUAGES:
        words.add(i18n.language_name(lang))
        locale = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                words.update(locale.months[context][width].values())
                words.update(locale.days[context][width].values())
    for country in pycountry.countries:
        words.update({country.alpha_3, country.name, getattr(country, "common_name", country.name)})
        for lang in OTHERS:
            name = Locale.parse(lang).territories.get(country.alpha_2)
            if name:
                words.add(name)
    words.update({"UTC", "CSV", "Markdown", "JSON", "PDF", "HTML", "PNG", "SVG", "ISO", "TimelineJS"})
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def data_values(path: Path) -> tuple[str, ...]:
    """Every cell of the events file, the editors of its change log and the file's names, longest first."""
    frame = store.load(path).events
    values = {str(v) for col in schema.COLUMNS for v in frame[col].tolist() if str(v)}
    values.update(p for cell in list(values) for p in schema.split_list(cell))
    values.update(record["who"] for record in changelog.read(path)[0])
    values.update({path.name, str(path)})
    return tuple(sorted(values, key=len, reverse=True))


@cache
def _values_pattern(data: tuple[str, ...]) -> re.Pattern:
    """Any of the data values or vocabulary words, as whole words, longest first."""
    values = sorted({*data, *vocabulary_words()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, values)) + r")(?!\w)")


def untranslated(text: str, data: tuple[str, ...], words: frozenset[str] = frozenset()) -> str:
    """What is left of ``text`` once wrapped messages, data and non-words are taken out ("" if nothing)."""
    text = ESCAPE.sub(r"\1", text)
    while True:  # innermost first: a message's parameters may be messages too
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if inner == text:
            break
        text = inner
    for pattern in (URL, CODE, ICON, PATH):
        text = pattern.sub(" ", text)
    text = _values_pattern(data).sub(" ", text)
    cut = re.search(r"([\w-]{3,})\W*$", text)  # a list cut short ends in the start of a value
    if cut and any(value.startswith(cut.group(1)) for value in data):
        text = text[: cut.start(1)]
    return " ".join(w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in words)


def leftovers(block, data: tuple[str, ...], words: frozenset[str] = frozenset()) -> list[str]:
    """The texts of ``block`` with something left untranslated; ``words`` are data too (an article's)."""
    return sorted({t for t in shown_texts(block) if untranslated(t, data, words)})


# --- the pages -----------------------------------------------------------------------------------------

CHROME = "from timeline.ui import auth, lang\nlang.selector()\nauth.sidebar()\n"
PAGES = {
    "data": CHROME + "from timeline.ui import data_page\ndata_page.render()\n",
    "history": CHROME + "from timeline.ui import history_page\nhistory_page.render()\n",
    "add": CHROME + "from timeline.ui import add_page\nadd_page.render()\n",
}
ARTICLE = "[boat_strike yesterday | Tren de Aragua | USA;VEN] The Navy struck a boat off Venezuela yesterday."
#: The article's words are data on the Add page (its evidence is quoted with the dates marked).
ARTICLE_WORDS = frozenset(re.findall(r"[^\W\d_]{2,}", ARTICLE))


def render(page: str, **query: str) -> AppTest:
    at = (
        AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        if page == "timeline"
        else AppTest.from_string(PAGES[page], default_timeout=60)
    )
    at.query_params["lang"] = "fr"
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def read_and_save(at: AppTest, monkeypatch) -> AppTest:
    """The Add page with an article read, its events reviewed, then saved: every state of the page."""
    from test_ingest_fakes import fake_extract

    from timeline.ingest import review

    def extract(text, title_lang="en", **options):  # the stand-in writes no titles, in any language
        return fake_extract(text, **options)

    monkeypatch.setattr(review, "default_extractor", lambda: extract)
    at.text_area(key="add_text").input(ARTICLE)
    at.button(key="add_read").click().run()
    at.toggle(key="add_all_columns").set_value(True).run()
    return at


@pytest.mark.parametrize(
    "page",
    [
        "history",
        "add",
        "data",
        "timeline",
    ],
)  # fmt: skip
def test_every_text_of_the_page_has_a_catalogue_entry(events, pseudo, monkeypatch, page):
    at = render(page)
    if page == "add":
        read_and_save(at, monkeypatch)
        assert not at.exception, at.exception
        assert at.data_editor, "the review table is drawn"
    assert shown_texts(at.main)
    assert leftovers(at.main, data_values(events), ARTICLE_WORDS if page == "add" else frozenset()) == []


def test_every_text_of_the_sidebar_has_a_catalogue_entry(events, pseudo):
    at = render("timeline")
    assert shown_texts(at.sidebar)
    assert leftovers(at.sidebar, data_values(events)) == []


def test_the_add_page_after_a_save_has_every_text_in_the_catalogues(events, pseudo, monkeypatch):
    at = read_and_save(render("add"), monkeypatch)
    at.date_input(key="add_published").set_value("2025-09-03").run()
    at.text_input(key="add_source_url").input("https://news.example.org/strike").run()
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    assert at.success, "the save is confirmed"
    at.button(key="add_save").click().run()  # the same rows again: "already saved"
    assert at.info, "the second save says nothing was added"
    assert leftovers(at.main, data_values(events), ARTICLE_WORDS) == []


@pytest.mark.parametrize("problem", ["bad cells", "fields", "quote", "missing", "header"])
def test_load_problems_come_from_the_catalogues(events, pseudo, problem):
    """The problems a load reports (shown above every page by ``common.show_problems``), in the pseudo-locale."""
    header, first, *rest = events.read_text(encoding="utf-8").splitlines()
    cells = first.split(",")
    for column, value in (("fatalities", "-3"), ("countries", "XXX"), ("date", "2025-13-01"), ("language", "zz")):
        cells[header.split(",").index(column)] = value
    body = {
        "bad cells": [header, ",".join(cells), *rest, ",".join(cells)],  # the second copy repeats the id
        "fields": [header, *rest, "a,b"],
        "quote": [header, *rest, 'x,"open'],
        "header": ["title,date", "a,2025-01-01"],
    }
    if problem == "missing":
        events.unlink()
    else:
        events.write_text("\n".join(body[problem]) + "\n", encoding="utf-8")
    problems = store.load(events).problems
    assert problems
    data = (*data_values(events), "XXX", "zz") if events.exists() and problem != "header" else (str(events),)
    assert [str(p) for p in problems if untranslated(messages.localize(p, "fr"), data)] == []


# --- the static check ------------------------------------------------------------------------------------

#: Streamlit calls whose first argument is text shown to the reader.
TEXT_CALLS = {
    "title", "header", "subheader", "caption", "markdown", "write", "text", "info", "warning", "error",
    "success", "toast", "button", "download_button", "link_button", "page_link", "form_submit_button",
    "text_input", "text_area", "number_input", "selectbox", "multiselect", "radio", "checkbox", "toggle",
    "date_input", "time_input", "slider", "select_slider", "file_uploader", "expander", "popover", "tabs",
    "spinner", "status", "metric", "Page", "dialog", "CheckboxColumn", "TextColumn", "SelectboxColumn",
    "NumberColumn", "DateColumn", "LinkColumn", "ListColumn", "Column",
}  # fmt: skip
#: Keyword arguments that are text shown to the reader.
TEXT_KEYWORDS = {"label", "help", "placeholder", "title", "body", "text", "caption"}
RECEIVERS = {"st", "sidebar", "column_config", "cc", "left", "right", "middle", "col", "box", "panel", "tab"}


def _receiver(node: ast.expr) -> str:
    while isinstance(node, ast.Attribute):
        if node.attr in RECEIVERS:
            return node.attr
        node = node.value
    if isinstance(node, ast.Call):
        return _receiver(node.func)
    return node.id if isinstance(node, ast.Name) else ""


def _literal_words(node: ast.expr) -> str:
    """The words of a string literal or f-string's literal parts ("" for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.IfExp):
        return (_literal_words(node.body) + " " + _literal_words(node.orelse)).strip()
    elif isinstance(node, ast.BinOp):
        return (_literal_words(node.left) + " " + _literal_words(node.right)).strip()
    else:
        return ""
    text = ICON.sub(" ", URL.sub(" ", text))
    return " ".join(re.findall(r"[^\W\d_]{2,}", text))


def literal_texts(source: str) -> list[str]:
    """``line: text`` for every string literal passed straight to a Streamlit call as shown text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        from_streamlit = _receiver(func) in RECEIVERS or (isinstance(func, ast.Name) and name[0].isupper())
        if name not in TEXT_CALLS or not from_streamlit:
            continue
        shown = node.args[:1] + [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name == "tabs" and node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
            shown = list(node.args[0].elts)
        for arg in shown:
            words = _literal_words(arg)
            if words:
                found.append(f"{node.lineno}: {words}")
    return found


def test_the_static_check_finds_literals():
    source = 'import streamlit as st\nst.title("Hello")\nst.sidebar.button(f"Save {n} rows")\nst.caption(_("Fine"))\n'
    assert literal_texts(source) == ["2: Hello", "3: Save rows"]


UI_FILES = sorted((ROOT / "timeline" / "ui").glob("*.py"))


@pytest.mark.parametrize(
    "path",
    [*UI_FILES, ROOT / "app.py"],
    ids=lambda p: p.name,
)
def test_no_literal_text_reaches_a_streamlit_call(path):
    assert literal_texts(path.read_text(encoding="utf-8")) == [], f"wrap them in _() in {path.name}"
