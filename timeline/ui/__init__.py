"""The Streamlit pages of the app; the only package besides ``app.py`` that imports Streamlit.

``common`` holds what pages share (cached loading, the sidebar filters and their sync with the
URL); each page is a module with a ``render()`` function that ``app.py`` registers.
"""
