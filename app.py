"""The policy-timeline app: navigation and wiring only; pages live in ``timeline/ui/``.

Run it with ``make run`` (or ``streamlit run app.py``). ``TIMELINE_EVENTS`` chooses the events file.
"""

import streamlit as st

from timeline.ui import add_page, data_page, lang, timeline_page

st.set_page_config(page_title="Policy timeline", page_icon="🗓️", layout="wide")

pages = [
    st.Page(timeline_page.render, title="Timeline", icon=":material/timeline:", url_path="timeline", default=True),
    st.Page(add_page.render, title="Add from article", icon=":material/post_add:", url_path="add"),
    st.Page(data_page.render, title="Data", icon=":material/table_view:", url_path="data"),
]
page = st.navigation(pages)
lang.selector()
page.run()
