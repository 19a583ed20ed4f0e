"""The reader's language in the app: from ``?lang=``, else the browser, else English; a selector in the sidebar.

The choice lives in the URL (``lang=fr``), so a shared link opens in the language it was made in.
Translation and formatting themselves are in :mod:`timeline.i18n`, which the exports use too.
"""

from __future__ import annotations

import streamlit as st

from timeline import i18n, messages

PARAM = "lang"
KEY = "ui_lang"


def current() -> str:
    """The language of this session's interface."""
    chosen = st.session_state.get(KEY)
    if chosen in i18n.LANGUAGES:
        return chosen
    headers = st.context.headers
    return i18n.negotiate(
        st.query_params.get(PARAM), st.context.locale, headers.get("Accept-Language") if headers else None
    )


def _(message: str) -> str:
    """``message`` in the session's language (marks it for the catalogues: see ``make messages``)."""
    return i18n.gettext(message, current())


def selector() -> str:
    """Draw the language selector in the sidebar and keep ``?lang=`` in step; returns the language."""
    lang = current()
    st.session_state.setdefault(KEY, lang)
    chosen = st.sidebar.selectbox(
        _("Language"), i18n.LANGUAGES, key=KEY, format_func=i18n.language_name
    )
    keep_in_url(chosen)
    return chosen


def keep_in_url(lang: str) -> None:
    """``?lang=`` in the URL for any language but the default, so links carry it."""
    if lang == i18n.DEFAULT_LANGUAGE:
        if PARAM in st.query_params:
            del st.query_params[PARAM]
    elif st.query_params.get(PARAM) != lang:
        st.query_params[PARAM] = lang


def localize(message: object) -> str:
    """An error, load problem or note from the core in the session's language (see :mod:`timeline.messages`)."""
    return messages.localize(message, current())
