"""Article text: normalisation with a map back to the caller's offsets, clean-up, sentences, language.

Everything downstream works on the normalised text (NFKC, plain spaces and quotes); offsets are
mapped back with :meth:`Prepared.to_original` so evidence is always a verbatim slice of what the
caller gave. The clean-up words (boilerplate lines, abbreviations, stopwords) are data in
``lexicon/text.yaml``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from timeline.extract.layout import unwrap
from timeline.extract.lexicon import LexiconError, load_lexicon

LANGS = ("en", "es", "fr")
#: A sentence longer than this is cut at clause punctuation (else at a space, else anywhere), so the
#: extractor's work per sentence, which grows with the cube of its length, stays bounded (issue 13).
MAX_SENTENCE_CHARS = 1_000
# Bidi controls (LRM, RLM, embeddings, overrides, isolates) are invisible: text copied from right-to-left
# pages puts them after a full stop, where they hid the sentence boundary (issue 13). They are dropped.
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"

# Characters NFKC leaves alone but that would break simple regexes downstream.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": " ",  # soft hyphen: keep the length, lose the character
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\r": "\n",
        **dict.fromkeys(_BIDI, ""),
    }
)
# Non-ASCII runs, with the ASCII letter before them (a combining accent belongs to it).
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def _load() -> dict:
    where = "timeline/extract/lexicon/text.yaml"
    raw = load_lexicon("text.yaml")
    for key in ("boilerplate", "abbreviations", "stopwords"):
        if not isinstance(raw.get(key), dict):
            raise LexiconError(f"{where}: '{key}' must be a mapping of language to a list")
    for key in ("boilerplate", "abbreviations"):
        for lang in ("all", *LANGS):
            if not isinstance(raw[key].get(lang), list):
                raise LexiconError(f"{where}: {key}.{lang} must be a list")
    for lang in LANGS:
        if not isinstance(raw["stopwords"].get(lang), list):
            raise LexiconError(f"{where}: stopwords.{lang} must be a list")
    boiler = {}
    for lang in LANGS:
        patterns = [*raw["boilerplate"]["all"], *raw["boilerplate"][lang]]
        try:
            boiler[lang] = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{where}: a boilerplate pattern for '{lang}' is not a valid regex: {exc}") from exc
    abbrevs = {
        lang: frozenset(str(a) for a in [*raw["abbreviations"]["all"], *raw["abbreviations"][lang]]) for lang in LANGS
    }
    stop = {lang: frozenset(str(w) for w in raw["stopwords"][lang]) for lang in LANGS}
    return {"boilerplate": boiler, "abbreviations": abbrevs, "stopwords": stop}


_LEX = _load()


class Sentence(NamedTuple):
    """A sentence of the normalised text: offsets, its text, and the paragraph it belongs to."""

    # A NamedTuple, not a frozen dataclass: thousands are made per article and its __init__ is cheaper.

    start: int
    end: int
    text: str
    paragraph: int


@dataclass
class Prepared:
    """An article ready for extraction: original and normalised text, the offset map, sentences."""

    original: str
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    # Breakpoints where the normalised text stops being a 1:1 copy of the original:
    # (normalised start, normalised end, original start, original end) of each changed run.
    _runs: list[tuple[int, int, int, int]] = field(default_factory=list)
    _run_starts: list[int] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original text."""
        return self._map(start, False), self._map(end, True)

    def _map(self, pos: int, is_end: bool) -> int:
        i = bisect.bisect_right(self._run_starts, pos) - 1
        if i < 0:
            return pos
        n_start, n_end, o_start, o_end = self._runs[i]
        if pos >= n_end:
            return o_end + (pos - n_end)
        if pos == n_start:
            return o_start
        return o_end if is_end else o_start


@lru_cache(maxsize=4096)
def _normal_run(chunk: str) -> str:
    # The same few accented letters recur thousands of times an article: normalise each run once.
    new = unicodedata.normalize("NFKC", chunk).translate(_TRANSLATE)
    return new.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")


def normalise(original: str) -> Prepared:
    """NFKC, plain quotes, dashes and spaces, keeping a map back to the original offsets.

    >>> p = normalise("ﬁve “boats” sunk")
    >>> p.text, p.original[slice(*p.to_original(5, 12))]
    ('five "boats" sunk', '“boats”')
    """
    pieces: list[str] = []
    runs: list[tuple[int, int, int, int]] = []
    delta = 0  # normalised length minus original length so far
    last = 0
    for m in () if original.isascii() else _NON_ASCII_RUN.finditer(original):  # ASCII: nothing to do (s11)
        chunk = m.group()
        new = _normal_run(chunk)
        if new == chunk:
            continue
        pieces.append(original[last : m.start()])
        pieces.append(new)
        if len(new) != len(chunk):
            n_start = m.start() + delta
            runs.append((n_start, n_start + len(new), m.start(), m.end()))
            delta += len(new) - len(chunk)
        last = m.end()
    pieces.append(original[last:])
    text = "".join(pieces)
    if "\t" in text or "\r" in text:  # the non-ASCII runs are translated already: only these two are left
        text = text.translate(_TRANSLATE)
    return Prepared(original, text, [], runs, [r[0] for r in runs])


# A sentence may end after . ! ? or an ellipsis, with closing quotes/brackets, then space and an
# upper-case letter, a digit or an opening quote.
_BOUNDARY = re.compile(r"""[.!?]+["')\]»]*\s+(?=["'(\[«¿¡]?[A-Z0-9ÁÉÍÓÚÑÀÂÇÈÉÊÎÔÛÜ])""")
_WORD_BEFORE = re.compile(r"([\w.\-]+)\.$")
# "MEXICO CITY (Reuters) -" / "WASHINGTON, Feb 5 (AP) —" / "WASHINGTON, 3 de septiembre de 2025 (EFE) —":
# wire datelines at the start of a paragraph (a Spanish or French date may take some 30 characters).
_DATELINE = re.compile(
    r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'\-]{2,40}(?:,\s*[A-Za-zÁÉÍÓÚáéíóúñ.]{0,25}\s?[\w .,]{0,32}?)?\s*(?:\([A-Za-z .]{1,25}\))?(?:\s+-{1,2}\s+|\.-\s*)"
)


def _is_boilerplate(line: str, lang: str) -> bool:
    return bool(_LEX["boilerplate"][lang].match(line))


def _split_paragraph(text: str, offset: int, lang: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    abbrevs = _LEX["abbreviations"][lang]
    for m in _BOUNDARY.finditer(text):
        # Only the word before the period matters; a bounded look keeps long runs of "U.S. U.S." linear.
        head = text[max(start, m.start() - 40) : m.start() + 1]
        word = _WORD_BEFORE.search(head)
        if word and m.group().startswith(".") and len(m.group().rstrip().rstrip("\"')]»")) == 1:
            token = word.group(1)
            # An abbreviation ("Gen.", "EE.UU.") or an initial ("Francis L. Donovan") does not end a sentence.
            if token in abbrevs or (len(token) == 1 and token.isupper()) or token.rstrip(".") in abbrevs:
                continue
        end = m.end()
        spans.extend(_cut_long(text, start, end, offset))
        start = end
    if start < len(text):
        spans.extend(_cut_long(text, start, len(text), offset))
    return spans


# A comma before a year or a day ("February 4, 2025", "Tuesday, February 4", "martes, 4 de febrero") is
# inside a date, not a clause end (issue 9, sixth round).
_CLAUSE_END = re.compile(r"[;:)\]](?=\s)|,(?=\s)(?!\s(?:\d{1,4}\b|[A-Z][a-z]+\.?\s\d))|\s-{1,2}(?=\s)")


def _cut_long(text: str, start: int, end: int, offset: int) -> list[tuple[int, int]]:
    """The span ``text[start:end]`` in pieces of at most MAX_SENTENCE_CHARS, cut after the last clause
    punctuation in each window, else at its last space, else at the limit: linear in the length.

    >>> _cut_long("a, b, c", 0, 7, 0) == [(0, 7)]
    True
    """
    if end - start <= MAX_SENTENCE_CHARS:
        return [(offset + start, offset + end)]
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = 0
        # a few characters past the limit, so the year after a comma is seen (issue 9, sixth round)
        for m in _CLAUSE_END.finditer(text, start + MAX_SENTENCE_CHARS // 4, min(end, limit + 6)):
            if m.end() > limit:
                break
            cut = m.end()
        if not cut:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 4, limit) + 1 or limit
        pieces.append((offset + start, offset + cut))
        start = cut
    pieces.append((offset + start, offset + end))
    return pieces


def prepare(original: str, lang: str, skip: tuple[int, int] | None = None) -> Prepared:
    """Normalise an article and split it into sentences, dropping boilerplate lines and datelines.

    >>> [s.text for s in prepare("Read more: other news\\nGen. Smith spoke. Troops left.", "en").sentences]
    ['Gen. Smith spoke.', 'Troops left.']
    """
    return segment(normalise(original), lang, skip)


def segment(prep: Prepared, lang: str, skip: tuple[int, int] | None = None) -> Prepared:
    """Fill ``prep.sentences``: paragraphs are lines; boilerplate lines, datelines and ``skip`` are left out.

    ``skip`` is a span of the normalised text (the stated publication date): a line inside it is dropped.

    >>> [(s.paragraph, s.text) for s in segment(normalise("Feb 5, 2025\\nA. B left."), "en", (0, 11)).sentences]
    [(1, 'A. B left.')]
    """
    text = prep.text = unwrap(prep.text, skip)  # a printed page's wrapped lines, joined (same length)
    prep.sentences = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped or _is_boilerplate(stripped, lang):
            continue
        lead = len(line) - len(line.lstrip())
        body_start = line_start + lead
        body = line[lead:].rstrip()
        if skip and skip[0] <= body_start and line_start + len(line) <= skip[1]:
            continue
        dl = _DATELINE.match(body)
        if dl:
            body_start += dl.end()
            body = body[dl.end() :]
        paragraph += 1
        for s, e in _split_paragraph(body, body_start, lang):
            seg = text[s:e]
            s += len(seg) - len(seg.lstrip())
            e -= len(seg) - len(seg.rstrip())
            if e - s >= 3:
                prep.sentences.append(Sentence(s, e, text[s:e], paragraph))
    return prep


# --- language ------------------------------------------------------------------------------------


@cache
def _identifier():
    # py3langid loads its model (~0.5 s) once; restricted to our three languages.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGS))
    return ident


_WORDS = re.compile(r"[^\W\d_]+")


def _stopword_guess(text: str) -> str | None:
    counts = dict.fromkeys(LANGS, 0)
    for w in _WORDS.findall(text[:5000].lower()):
        for lang in LANGS:
            if w in _LEX["stopwords"][lang]:
                counts[lang] += 1
    best = max(LANGS, key=lambda lang: counts[lang])
    ranked = sorted(counts.values(), reverse=True)
    return best if ranked[0] > ranked[1] else None


def detect_language(text: str, default: str = "en") -> str:
    """The article's language among en, es and fr (py3langid, then stopword counts, then ``default``).

    >>> detect_language("El gobierno de México envió a 26 narcotraficantes a Estados Unidos.")
    'es'
    """
    sample = text[:5000]
    if len(_WORDS.findall(sample)) >= 3:
        lang, prob = _identifier().classify(sample)
        if prob >= 0.6:
            return lang
    return _stopword_guess(sample) or default
