"""The policy-timeline app: navigation and wiring only; pages live in ``timeline/ui/``.

Run it with ``make run`` (or ``streamlit run app.py``). ``TIMELINE_EVENTS`` chooses the events file.
Who may change the timeline is decided by :mod:`timeline.access` (see ``timeline/ui/auth.py``); with
``TIMELINE_READ_ONLY=1`` the "Add from article" page is not even registered.
"""

import streamlit as st

from timeline import settings
from timeline.ui import add_page, auth, data_page, history_page, lang, timeline_page
from timeline.ui.lang import _

st.set_page_config(page_title=_("Policy timeline"), page_icon="🗓️", layout="wide")

pages = [
    st.Page(timeline_page.render, title=_("Timeline"), icon=":material/timeline:", url_path="timeline", default=True),
    st.Page(data_page.render, title=_("Data"), icon=":material/table_view:", url_path="data"),
    st.Page(history_page.render, title=_("History"), icon=":material/history:", url_path="history"),
]
if not settings.get("read_only"):
    pages.insert(1, st.Page(add_page.render, title=_("Add from article"), icon=":material/post_add:", url_path="add"))
page = st.navigation(pages)
lang.selector()
auth.sidebar()
page.run()
