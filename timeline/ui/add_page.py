"""The "Add from article" page: paste, upload or fetch an article, review the proposed events, save them.

The logic is in :mod:`timeline.ingest` (reading, proposing, matching, finalising, saving) and
:mod:`timeline.ingest.fetch` (the guarded download); this page only holds the widgets and the session
state between reruns. Saving is guarded twice: the session remembers every (source, event id) it
saved, and the store merges by id, so a double click or a rerun never adds a row twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from timeline import i18n, ingest, store
from timeline.extract.text import detect_language
from timeline.i18n import N_
from timeline.ingest.fetch import FetchError
from timeline.ingest.seas import sea_point
from timeline.messages import Text
from timeline.store import schema
from timeline.ui import auth, common, timeline_page
from timeline.ui import lang as ui_lang
from timeline.ui.lang import _

#: How the article comes in: the radio's options (marked here, translated where shown).
MODES = (N_("Paste text"), N_("Upload a file"), N_("Web address"))
ON_TIMELINE = N_("already on the timeline")
NEW = N_("new")
EDIT_COLUMNS = (
    "event_type", "date", "date_precision", "title", "actors", "countries", "location",
    "fatalities", "quantity", "quantity_unit", "modality", "confidence",
)  # fmt: skip
#: The review table's compact view: the columns to check first.
COMPACT_COLUMNS = ("accept", "on_timeline", "event_type", "date", "title", "countries", "fatalities")
#: Columns kept from the proposal but not shown for editing.
CARRIED = ("end_date", "summary", "latitude", "longitude", "language", "source_name", "notes")
ARTICLE, CANDIDATES, SAVED, RESULT = "_add_article", "_add_candidates", "_add_saved", "_add_result"
VIEW = "_add_view"  # the timeline query showing the last saved events, kept when a repeated save adds nothing


def render() -> None:
    """Draw the page."""
    st.title(_("Add events from an article"))
    decision = auth.current()
    if not decision.is_editor:  # the page draws nothing that writes; the writes check again (auth.require_editor)
        st.info(_("Only editors can add events. {reason}").format(reason=decision.reason))
        return
    st.caption(
        _(
            "Paste an article, upload it (.txt, .md, .html, .pdf) or give its web address. The extractor proposes "
            "dated events; check them, correct what is wrong, untick what is not an event, and save."
        )
    )
    _input()
    article: ingest.Article | None = st.session_state.get(ARTICLE)
    if article is None:
        return
    _review(article)


# --- input -------------------------------------------------------------------------------------------


def _input() -> None:
    here = ui_lang.current()  # bound now: the options' labels are also computed outside the script run (AppTest)
    mode = st.radio(
        _("Article from"), MODES, horizontal=True, key="add_mode", format_func=lambda m: i18n.gettext(m, here)
    )
    if mode == MODES[0]:
        st.text_area(
            _("Article text"), key="add_text", height=220, placeholder=_("Paste the article, dateline included.")
        )
    elif mode == MODES[1]:
        st.file_uploader(_("Article file"), type=[s.lstrip(".") for s in ingest.TEXT_SUFFIXES], key="add_file")
    else:
        st.text_input(_("Web address of the article"), key="add_url", placeholder="https://…")
    if st.button(_("Read the article"), key="add_read", type="primary"):
        try:
            _set_article(_read(mode))
        except (ingest.IngestError, FetchError, auth.NotEditor) as exc:
            st.error(ui_lang.localize(exc))


def _read(mode: str) -> ingest.Article:
    if mode == MODES[0]:
        text = st.session_state.get("add_text", "")
        return ingest.check_article(ingest.Article(text=text, source_name=""), Text(N_("The pasted text")))
    if mode == MODES[1]:
        upload = st.session_state.get("add_file")
        if upload is None:
            raise ingest.IngestError(Text(N_("Choose a file first (.txt, .md, .html or .pdf).")))
        ingest.check_size(upload.name, upload.size)
        return ingest.read_upload(upload.name, upload.getvalue())
    url = st.session_state.get("add_url", "").strip()
    if not url:
        raise ingest.IngestError(Text(N_("Type the article's web address first, starting with https://.")))
    auth.require_editor()  # the server fetches only for editors
    with st.spinner(_("Fetching the article…")):
        return ingest.article_from_url(url)


def _set_article(article: ingest.Article) -> None:
    """A new article: reset the source and date fields to what was detected, forget older candidates."""
    if not article.lang:  # for rows added by hand; proposed rows carry the extractor's language
        article = replace(article, lang=detect_language(article.text))
    published = article.published or ingest.detect_published(article.text, article.lang)
    st.session_state[ARTICLE] = article
    st.session_state[CANDIDATES] = {}
    st.session_state.pop(RESULT, None)
    st.session_state.pop(VIEW, None)
    st.session_state["add_source_url"] = article.source_url
    st.session_state["add_published"] = date.fromisoformat(published) if published else None
    st.session_state["add_detected"] = published


# --- review ------------------------------------------------------------------------------------------


def _token(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _review(article: ingest.Article) -> None:
    st.subheader(_("Source"))
    left, right = st.columns([0.65, 0.35])
    left.text_input(_("Address to cite (http or https)"), key="add_source_url", placeholder="https://…")
    picked = right.date_input(_("Publication date"), key="add_published", format="YYYY-MM-DD")
    detected = st.session_state.get("add_detected", "")
    right.caption(
        _("Detected: {date}").format(date=detected) if detected else _("Not found in the article: please enter it.")
    )
    published = picked.isoformat() if isinstance(picked, date) else ""
    if not published:
        st.warning(
            _(
                "Enter the publication date: dates like “on Tuesday” or “yesterday” are counted from it, "
                "and stay empty until it is known. Changing it proposes the events again."
            )
        )
    key = _token(article.text, published)
    cache = st.session_state.setdefault(CANDIDATES, {})
    if key not in cache:
        failure = ""
        notes: list[str] = []
        try:
            with st.spinner(_("Finding events…")):
                candidates = ingest.propose(article, published, notes=notes, title_lang=ui_lang.current())
        except ingest.IngestError as exc:
            st.error(ui_lang.localize(exc))
            return
        except Exception as exc:  # a heuristic extractor failing on one text must not take the page down
            failure = f"{type(exc).__name__}: {exc}"  # said in the reader's language when shown
            candidates = []
        existing = common.load_events().events
        cache.clear()  # only the current date's proposals are kept
        cache[key] = (candidates, ingest.match_existing(candidates, existing), failure, notes)
    candidates, matches, failure, notes = cache[key]
    if failure:
        st.error(_("The extractor failed on this text ({error}). Add the events by hand below.").format(error=failure))
    for note in notes:
        st.warning(ui_lang.localize(note))
    st.subheader(_("Proposed events"))
    if not candidates:
        st.info(_("No event was found in this article. You can add rows by hand in the table below."))
    every = st.toggle(
        _("Show every column"), key="add_all_columns",
        help=_("The compact view shows the columns to check first; the others (actors, place, numbers, "
               "modality, confidence, evidence) are kept and saved either way."),
    )  # fmt: skip
    st.caption(
        _("Accept, status, type, date and title stay pinned on the left; scroll the table sideways for the rest.")
        if every
        else _(
            "Compact view: tick, type, date, title, countries and deaths. Turn on “Show every column” to edit the rest."
        )
    )
    edited = st.data_editor(
        _table(candidates, matches),
        key=f"add_rows_{key}",
        num_rows="dynamic",
        hide_index=True,
        column_config=_columns(),
        column_order=("accept", "on_timeline", *EDIT_COLUMNS, "evidence") if every else COMPACT_COLUMNS,
    )
    _evidence(candidates)
    _save(article, published, edited)


def _table(candidates: list[dict], matches: list[str]) -> pd.DataFrame:
    rows = []
    for cand, match in zip(candidates, matches):
        row = {"accept": True, "on_timeline": _(ON_TIMELINE) if match else _(NEW)}
        row.update({col: str(cand.get(col, "") or "") for col in (*EDIT_COLUMNS, "evidence", *CARRIED)})
        rows.append(row)
    columns = ["accept", "on_timeline", *EDIT_COLUMNS, "evidence", *CARRIED]
    frame = pd.DataFrame(rows, columns=columns).astype(object)
    frame["accept"] = frame["accept"].astype(bool)
    return frame


def _columns() -> dict:
    cc = st.column_config
    here = ui_lang.current()
    return {
        "accept": cc.CheckboxColumn(_("Accept"), default=True, help=_("Untick what is not an event."), pinned=True),
        "on_timeline": cc.TextColumn(
            _("On the timeline?"), disabled=True, help=_("Saving adds this article as a source."), pinned=True
        ),
        "event_type": cc.SelectboxColumn(
            _("Type"),
            options=list(schema.EVENT_TYPES),
            required=True,
            width="medium",
            format_func=lambda t: schema.label("event_type", t, here),
            pinned=True,
        ),
        "date": cc.TextColumn(
            _("Date"),
            help=_("YYYY-MM-DD, or YYYY-MM / YYYY for a month or a year"),
            required=True,
            pinned=True,
            width="small",
        ),
        "date_precision": cc.SelectboxColumn(
            _("Precision"),
            options=list(schema.ALLOWED["date_precision"]),
            help=_("How much of the date is known"),
            format_func=lambda p: schema.label("date_precision", p, here),
        ),
        "title": cc.TextColumn(_("Title"), width="large", required=True, pinned=True),
        "actors": cc.TextColumn(_("Actors"), help=_("separated by ;")),
        "countries": cc.TextColumn(_("Countries"), help=_("ISO3 codes separated by ;, e.g. USA;VEN"), required=True),
        "location": cc.TextColumn(_("Where")),
        "fatalities": cc.TextColumn(_("Deaths"), width="small"),
        "quantity": cc.TextColumn(_("Quantity"), width="small"),
        "quantity_unit": cc.TextColumn(_("Unit"), width="small"),
        "modality": cc.SelectboxColumn(
            _("Modality"),
            options=list(schema.ALLOWED["modality"]),
            format_func=lambda m: schema.label("modality", m, here),
        ),
        "confidence": cc.SelectboxColumn(
            _("Confidence"),
            options=list(schema.ALLOWED["confidence"]),
            format_func=lambda c: schema.label("confidence", c, here),
        ),
        "evidence": cc.TextColumn(_("Evidence"), disabled=True, width="large"),
    }


def _evidence(candidates: list[dict]) -> None:
    if not candidates:
        return
    with st.expander(_("Evidence, with the words that gave each date marked"), expanded=len(candidates) <= 3):
        lines = []
        for n, cand in enumerate(candidates, start=1):
            pieces = ingest.mark_dates(str(cand.get("evidence", "")), str(cand.get("date_text", "")))
            text = "".join(f":orange-background[{common.md(p)}]" if marked else common.md(p) for p, marked in pieces)
            lines.append(f"{n}. {text}")
        st.markdown("\n".join(lines))


# --- saving ------------------------------------------------------------------------------------------


def _save(article: ingest.Article, published: str, edited: pd.DataFrame) -> None:
    accepted = [r for r in edited.to_dict("records") if bool(r.get("accept"))]
    source = st.session_state.get("add_source_url", "").strip()
    saved: set[tuple[str, str]] = st.session_state.setdefault(SAVED, set())
    if not source:
        st.info(_("Type the address to cite (Source, above) to save: every event on the timeline links to its source."))
    here = ui_lang.current()
    label = i18n.ngettext("Save {count} accepted event", "Save {count} accepted events", len(accepted), here)
    clicked = st.button(
        label.format(count=i18n.format_number(len(accepted), here)), key="add_save", type="primary",
        disabled=not accepted or not source,
    )  # fmt: skip
    if clicked:
        _do_save(article, source, published, accepted, saved)
    result = st.session_state.get(RESULT)
    if result:
        kind, message = result
        (st.success if kind == "ok" else st.info)(message)
    view = st.session_state.get(VIEW)
    if view is not None:
        # An in-app link: the Timeline page sees the new query and applies it to its filters
        # (common._followed_link), in this tab and session; it can still be opened in a new tab.
        page = st.Page(timeline_page.render, title=_("Timeline"), url_path="timeline")
        st.page_link(page, label=_("See them on the timeline"), icon=":material/timeline:", query_params=view)


def _do_save(article, source: str, published: str, accepted: list[dict], saved: set) -> None:
    path = common.events_path()
    existing = common.load_events().events
    accepted = [_with_sea_point(r) for r in accepted]
    matches = ingest.match_existing(accepted, existing)  # the edited values decide, not the first proposal
    cited = replace(article, source_url=source, published=published)
    rows, problems = ingest.finalise([{**r, "existing_id": m} for r, m in zip(accepted, matches)], cited, published)
    if problems:
        st.error(_("Nothing was saved. {problems}").format(problems=" ".join(ui_lang.localize(p) for p in problems)))
        return
    fresh = [r for r in rows if (source, r["event_id"]) not in saved]
    if not fresh:
        st.session_state[RESULT] = ("info", _("These events are already saved from this article: nothing was added."))
        return
    try:
        report = ingest.save(str(path), fresh, who=auth.require_editor().who)
    except (store.StoreError, auth.NotEditor) as exc:
        st.error(ui_lang.localize(exc))
        return
    saved.update((source, r["event_id"]) for r in fresh)
    ids = [r["event_id"] for r in rows]
    stored = store.load(path).events  # merged rows keep the existing event's date: link to what is stored
    query = ingest.timeline_query(stored[stored["event_id"].isin(ids)].to_dict("records"))
    if len(ids) == 1:
        query[common.EVENT_PARAM] = ids[0]
    st.session_state[VIEW] = query
    summary = saved_summary(report, ui_lang.current())
    st.session_state[RESULT] = (
        "ok",
        _("Saved to {file}: {summary}.").format(file=common.md(path.name), summary=summary),
    )
    # Match the proposals again on the next run, so "On the timeline?" says what is now stored.
    st.session_state[CANDIDATES] = {}
    st.rerun()


def _with_sea_point(row: dict) -> dict:
    """The row with the bundled data's representative point for its sea, when it has no coordinates."""
    point = sea_point(str(row.get("location", "") or ""))
    if point is None or str(row.get("latitude", "") or "") or str(row.get("longitude", "") or ""):
        return row
    return {**row, "latitude": f"{point[0]:.2f}", "longitude": f"{point[1]:.2f}"}


def saved_summary(report: store.MergeReport, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
    """What a save did, in words in ``lang``, leaving out the kinds of change that did not happen.

    >>> saved_summary(store.MergeReport(added=["a", "b"], merged=["c"], unchanged=[]))
    '2 new events, 1 added as another source of an event already on the timeline'
    """
    kinds = (
        (report.added, i18n.ngettext("{count} new event", "{count} new events", len(report.added), lang)),
        (
            report.merged,
            i18n.ngettext(
                "{count} added as another source of an event already on the timeline",
                "{count} added as other sources of events already on the timeline",
                len(report.merged),
                lang,
            ),
        ),
        (
            report.unchanged,
            i18n.ngettext(
                "{count} already there with this source", "{count} already there with this source",
                len(report.unchanged), lang,
            ),
        ),
    )  # fmt: skip
    parts = [text.format(count=i18n.format_number(len(ids), lang)) for ids, text in kinds if ids]
    return ", ".join(parts) or i18n.gettext("nothing changed", lang)
