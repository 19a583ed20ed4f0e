"""Every limit and threshold of the tool, in one table.

Each setting has a name, a default and a help text; the README's "Settings" table documents
every one (a test checks it). A setting can be overridden with an environment variable
``TIMELINE_<NAME>`` in upper case, e.g. ``TIMELINE_LOCK_TIMEOUT_S=30`` (the events file: ``TIMELINE_EVENTS``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: float | int | str
    help: str
    env: str = ""  # environment variable, when not TIMELINE_<NAME>

    @property
    def env_var(self) -> str:
        return self.env or f"TIMELINE_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("events_path", "data/events.csv", "The events file the app and the CLI read by default.", "TIMELINE_EVENTS"),
    Setting("lock_timeout_s", 10.0, "Seconds to wait for the store's lock before giving up with 'store busy'."),
    Setting("max_csv_bytes", 512_000_000, "Largest events file the store will load."),
    Setting("max_article_chars", 200_000, "Longest article text the extractor accepts."),
    Setting(
        "extract_budget_s",
        30.0,
        "Seconds the extractor may spend on one article; past them it returns the events found so far and says so.",
    ),
    Setting("max_upload_bytes", 2_000_000, "Largest file accepted by the 'Add from article' upload."),
    Setting("fetch_max_bytes", 5_000_000, "Most bytes read from a URL, counted after decompression."),
    Setting("fetch_timeout_s", 20.0, "Total seconds allowed for fetching one URL, redirects included."),
    Setting("fetch_max_redirects", 5, "Most redirects followed when fetching a URL."),
    Setting("webgl_threshold", 300, "Above this many points the timeline draws with WebGL (Scattergl)."),
    Setting("density_threshold", 5_000, "Above this many events the timeline shows counts per lane instead of points."),
    Setting("export_image_timeout_s", 60.0, "Seconds the browser may take to draw one PNG, SVG or PDF export."),
    Setting("read_only", 0, "1 publishes the timeline read-only: no Add page, no fetching, no edits, for anyone."),
    Setting("editor_emails", "", "E-mail addresses (comma-separated) allowed to edit after signing in with the identity provider."),
    Setting("allow_anonymous_edits", 0, "1 lets anyone who can open the app edit it, even when it listens beyond this computer."),
    Setting("passphrase_delay_s", 1.0, "Seconds of delay after a wrong editor passphrase; doubles with each further failure."),
    Setting("passphrase_delay_max_s", 30.0, "Longest delay between editor passphrase attempts."),
    Setting("changelog_max_rows", 10_000, "Most rows one change-log record keeps; a bulk write over it is logged without its rows (not undoable)."),
    Setting("app_title", "The US campaign against drug cartels", "Heading of the app's Timeline page (name your data set)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str):
    """Value of a setting: the environment override if set, else the default.

    >>> get("webgl_threshold")
    300
    """
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env_var)
    if raw is None or raw == "":
        return setting.default
    try:
        return type(setting.default)(raw)
    except ValueError as exc:
        raise ValueError(
            f"{setting.env_var}={raw!r} is not a valid {type(setting.default).__name__}; "
            f"unset it or give a value like {setting.default!r}"
        ) from exc
