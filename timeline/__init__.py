"""policy-timeline: sourced timelines of security-policy events from news.

The public API is re-exported here; heavy parts are imported on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "extract_events", "load"]


def __getattr__(name: str):
    # Lazy re-exports keep `import timeline` light (the extractor pulls in dateparser).
    if name == "extract_events":
        from timeline.extract import extract_events

        return extract_events
    if name == "load":
        from timeline.store import load

        return load
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
