"""Exports of a filtered view. ``report`` is the entry point (:func:`export`), ``data`` the data formats and
texts, ``images`` the image layout and the reused headless browser.
"""

from timeline.export.report import *  # noqa: F403 - the public API is report's __all__
from timeline.export.report import __all__  # noqa: F401
