"""Sentences the core says to people (errors, load problems, notes), readable in any interface language.

The core never imports Streamlit and does not know the reader's language when it raises an error. So
a sentence is built as a :class:`Text`: a template marked for the catalogues with ``N_()`` plus its
parameters. A ``Text`` *is* the English sentence (a ``str``), so ``str(error)``, logs, the command line
and every comparison stay as they were; :meth:`Text.localized` renders the same sentence from the
catalogue of another language, and :func:`localize` does so for an exception, a load problem or a plain
string (which is returned as it is).

Parameters that are themselves ``Text`` are rendered in the same language; a number formatted with the
``,`` spec (``{size:,}``) is grouped by the language's conventions ("1,500", "1.500", "1 500").

>>> from timeline.i18n import N_
>>> error = ValueError(Text(N_("{name} has no text; paste the article or choose another file."), name="a.txt"))
>>> str(error), localize(error, "es")
('a.txt has no text; paste the article or choose another file.', 'a.txt no contiene texto; pegue el artículo o elija otro archivo.')
>>> localize(Text(N_("{url} is {size:,} bytes, more than the limit of {limit:,}."), url="x", size=2500, limit=10**6), "es")
'x ocupa 2.500 bytes, más que el límite de 1.000.000.'
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Any

from timeline import i18n

__all__ = ["Joined", "Text", "localize", "sentence"]


class _Formatter(string.Formatter):
    """``str.format`` with the parameters rendered in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, (Text, Joined)):
            return format(value.localized(self.lang), format_spec)
        if format_spec == "," and isinstance(value, (int, float)) and not isinstance(value, bool):
            return i18n.format_number(value, self.lang)
        return super().format_field(value, format_spec)


def _render(template: str, params: dict[str, Any], lang: str) -> str:
    return _Formatter(lang).format(template, **params)


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


class Text(str):
    """A sentence from a marked template and its parameters; its ``str`` value is the English sentence.

    >>> note = Text("line {line}: {problem}", line=3, problem=Text("{count:,} rows", count=1500))
    >>> note, note.template, note.localized("en")
    ('line 3: 1,500 rows', 'line {line}: {problem}', 'line 3: 1,500 rows')
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        text = super().__new__(cls, _render(template, params, i18n.DEFAULT_LANGUAGE))
        text.template = template
        text.params = params
        return text

    def localized(self, lang: str) -> str:
        """The sentence in ``lang``; English where the catalogue lacks it."""
        if lang == i18n.DEFAULT_LANGUAGE:
            return str.__str__(self)
        try:
            return _render(i18n.gettext(self.template, lang), self.params, lang)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder: English, not a crash
            return str.__str__(self)

    def __reduce__(self):  # pickled across processes (the Dask crawl engine) with its template
        return _rebuild, (self.template, self.params)


class Joined(str):
    """Sentences joined by a separator (``"; "``), each rendered in the reader's language.

    >>> Joined([Text("{n} a", n=1), "b"]).localized("en")
    '1 a; b'
    """

    parts: tuple[object, ...]
    separator: str

    def __new__(cls, parts: Iterable[object], separator: str = "; ") -> Joined:
        parts = tuple(parts)  # strings, Texts, or objects that render themselves (a store Problem)
        text = super().__new__(cls, separator.join(map(str, parts)))
        text.parts = parts
        text.separator = separator
        return text

    def localized(self, lang: str) -> str:
        """Every part in ``lang``."""
        return self.separator.join(localize(part, lang) for part in self.parts)

    def __reduce__(self):
        return Joined, (self.parts, self.separator)


def localize(message: object, lang: str) -> str:
    """What ``message`` says in ``lang``: a :class:`Text`, an exception or problem carrying one, or ``str()``.

    An exception is rendered from its first argument when that is a ``Text``; an object with a
    ``localized(lang)`` method (a store :class:`~timeline.store.validate.Problem`) renders itself.
    """
    if isinstance(message, (Text, Joined)):
        return message.localized(lang)
    if isinstance(message, BaseException):
        if len(message.args) == 1 and isinstance(message.args[0], (Text, Joined)):
            return message.args[0].localized(lang)
        return str(message)
    method = getattr(message, "localized", None)
    if callable(method):
        return method(lang)
    return str(message)


def sentence(error: BaseException) -> str:
    """The sentence an exception says: its :class:`Text` (kept for :func:`localize`), else ``str(error)``."""
    if len(error.args) == 1 and isinstance(error.args[0], (Text, Joined)):
        return error.args[0]
    return str(error)
