"""Extract dated policy events from news articles in English, Spanish and French.

>>> from timeline.extract import extract_events
>>> [e.event_type for e in extract_events("Le Mexique a extradé 26 narcotrafiquants aux États-Unis mardi.",
...                                       published="2025-08-13")]
['extradition']
"""

from __future__ import annotations

from timeline.extract.model import Event
from timeline.extract.pipeline import ArticleTooLong, ExtractedArticle, extract_article, extract_events

__all__ = ["ArticleTooLong", "Event", "ExtractedArticle", "extract_article", "extract_events"]
