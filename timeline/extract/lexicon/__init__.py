"""The extractor's word lists, as YAML data files beside this module (one per role)."""

from __future__ import annotations

from importlib import resources

import yaml


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file and the key."""


def load_lexicon(name: str) -> dict:
    """Parse ``timeline/extract/lexicon/<name>`` into a mapping, raising :class:`LexiconError` if it is not one.

    >>> sorted(load_lexicon("text.yaml"))
    ['abbreviations', 'boilerplate', 'stopwords']
    """
    where = f"timeline/extract/lexicon/{name}"
    try:
        text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{where} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: expected a mapping at the top level")
    return raw


def word_patterns(key: str, lang: str, name: str = "triggers.yaml") -> list[str] | None:
    """The patterns listed under ``key`` for ``lang`` in lexicon ``name``, or None when it lists none.

    Raises :class:`LexiconError` naming the file and key when the entry is not a list of strings.

    >>> word_patterns("perfect", "es")[:1] != [], word_patterns("no such key", "es")
    (True, None)
    """
    words = (load_lexicon(name).get(key) or {}).get(lang)
    if not words:
        return None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError(f"timeline/extract/lexicon/{name}: {key}.{lang} must be a list of patterns")
    return words
