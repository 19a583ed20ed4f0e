"""The "Add from article" page (placeholder; the ingest work fills it in)."""

from __future__ import annotations

import streamlit as st


def render() -> None:
    """Draw the page."""
    st.title("Add events from an article")
    st.info("Coming soon: paste, upload or fetch a news article, review the events it proposes and save them.")
