"""Reading an article: pasted text, an uploaded or local file, or a fetched web page.

Everything a user can give is turned into an :class:`Article` (text, address to cite,
publication date) or refused with an :class:`IngestError` whose message says what to do. Web pages
come through the guarded :func:`timeline.ingest.fetch.fetch`; trafilatura, htmldate and pypdf only ever see
bytes already read, never a URL of their own.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePath
from urllib.parse import urlsplit

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Text
from timeline.store.validate import encode_url, is_http_url

__all__ = [
    "Article",
    "IngestError",
    "TEXT_SUFFIXES",
    "article_from_html",
    "article_from_url",
    "check_article",
    "check_size",
    "decode_text",
    "detect_published",
    "is_iso_day",
    "read_upload",
    "text_from_pdf",
]

#: File kinds read by the upload and by ``timeline ingest FOLDER``.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
#: Text is refused when more than this share of its characters are control characters (binary data).
MAX_CONTROL_SHARE = 0.01
# "Source: https://..." / "Published: 2025-09-03" lines at the top of a .txt/.md file.
_HEADER_LINE = re.compile(r"^\s*(source|url|fuente|published|date|fecha|publi[ée])\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class IngestError(Exception):
    """Input that cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Article:
    """The text of one article and what is known about its source."""

    text: str
    source_url: str = ""
    source_name: str = ""
    published: str = ""
    title: str = ""
    lang: str | None = None


def decode_text(data: bytes, name: str = Text(N_("the file"))) -> str:
    """Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252; binary data is refused.

    Windows-1252 is the fallback because older Spanish and French files often use it; it leaves
    five bytes undefined, and text with many control characters is refused as binary.

    >>> decode_text("Año".encode("utf-8-sig")), decode_text("Año".encode("cp1252"))
    ('Año', 'Año')
    """
    codecs = ["utf-16"] if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ["utf-8-sig", "cp1252"]
    for codec in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
        if "\x00" in text or controls > MAX_CONTROL_SHARE * max(len(text), 1):
            break
        return text
    raise IngestError(
        Text(
            N_(
                "{name} does not look like text (it is not UTF-8, UTF-16 or Windows-1252 text). "
                "Upload a .txt, .md or .html file saved as UTF-8, or paste the article's text."
            ),
            name=name,
        )
    )


# The text encodings of the WHATWG Encoding Standard that Python has, by Python's name for them. A server
# names the charset, so only these are used: "rot13", "idna" or "zlib" are codecs too (issue 13).
_WEB_CODECS = frozenset(
    ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "cp866", "koi8-r", "koi8-u", "mac-roman", "gbk",
     "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949"]
    + [f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)]
    + [f"cp{n}" for n in range(1250, 1259)]
)


def web_codec(charset: str | None) -> str | None:
    """Python's codec for a charset a server named, if it is a web text encoding; else None (detect it).

    As browsers do, US-ASCII and ISO-8859-1 are read as Windows-1252, their superset.

    >>> web_codec("UTF8"), web_codec("latin1"), web_codec("rot13"), web_codec("bogus")
    ('utf-8', 'cp1252', None, None)
    """
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip()).name
    except (LookupError, ValueError, TypeError):
        return None
    if name in ("ascii", "iso8859-1"):
        return "cp1252"
    return name if name in _WEB_CODECS else None


def _read_header(text: str) -> tuple[dict[str, str], str]:
    """Leading 'Source: URL' / 'Published: DATE' lines of a text file, and the text after them."""
    meta: dict[str, str] = {}
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    used = 0
    for line in lines[:5]:
        m = _HEADER_LINE.match(line)
        if not m:
            break
        key = "source_url" if m.group(1).lower() in ("source", "url", "fuente") else "published"
        meta[key] = m.group(2)
        used += 1
    return meta, "".join(lines[used:])


def article_from_html(html: bytes | str, url: str = "", name: str = "") -> Article:
    """Main text, title, canonical address and publication date of an HTML page (trafilatura + htmldate).

    The date comes from the page's metadata and markup only (``extensive_search=False``): a guess
    from any date in the text or the URL is worse than asking the user, who sees the field.
    """
    import trafilatura  # heavy import, only needed for HTML

    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise IngestError(
            Text(
                N_("No article text was found in {name}; copy the text from your browser and paste it."),
                name=name or url or Text(N_("the page")),
            )
        )
    source = url if is_http_url(url) else (doc.url or "")
    published = doc.date or ""
    return Article(
        text=doc.text,
        source_url=source if is_http_url(source) else "",
        source_name=doc.sitename or (urlsplit(source).hostname or "" if source else "") or name,
        published=published if _ISO_DAY.match(published) else "",
        title=doc.title or "",
    )


def check_size(name: str, size: int) -> None:
    """Refuse a file bigger than the ``max_upload_bytes`` setting, saying what to do.

    >>> check_size("huge.html", 10**9)
    Traceback (most recent call last):
    ...
    timeline.ingest.article.IngestError: huge.html is 1,000,000,000 bytes, more than the upload limit of 2,000,000; ...
    """
    limit = settings.get("max_upload_bytes")
    if size > limit:
        raise IngestError(
            Text(
                N_(
                    "{name} is {size:,} bytes, more than the upload limit of {limit:,}; "
                    "paste the article's text instead, or raise TIMELINE_MAX_UPLOAD_BYTES."
                ),
                name=name,
                size=size,
                limit=limit,
            )
        )


def is_iso_day(value: str) -> bool:
    """True for a real date written YYYY-MM-DD.

    >>> is_iso_day("2025-09-03"), is_iso_day("2025-02-30"), is_iso_day("3/9/2025")
    (True, False, False)
    """
    return bool(_ISO_DAY.match(value)) and _iso_or_blank(value) == value


def read_upload(name: str, data: bytes) -> Article:
    """An uploaded or local file (.txt, .md, .html, .pdf) as an article; refuses big, binary or other files.

    >>> read_upload("note.txt", b"Source: https://example.org/a\\n\\nBody.").source_url
    'https://example.org/a'
    """
    check_size(name, len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise IngestError(
            Text(
                N_("{name}: only {suffixes} files are read; save the article as text first."),
                name=name,
                suffixes=", ".join(TEXT_SUFFIXES),
            )
        )
    text = text_from_pdf(data, name) if suffix in PDF_SUFFIXES else decode_text(data, name)
    if suffix in HTML_SUFFIXES:
        article = article_from_html(text, name=name)
    else:
        meta, body = _read_header(text)
        source = meta.get("source_url", "")
        article = Article(
            text=body,
            source_url=source if is_http_url(source) else "",
            source_name=name,
            published=_iso_or_blank(meta.get("published", "")),
        )
    return check_article(article, name)


def text_from_pdf(data: bytes, name: str = Text(N_("the PDF"))) -> str:
    """The text of a PDF's pages (pypdf), stopping once it is longer than ``max_article_chars``.

    Scanned PDFs (images only), encrypted and broken files are refused with a sentence.
    """
    import pypdf  # only needed for PDFs

    limit = settings.get("max_article_chars")
    parts: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(Text(N_("{name} is password-protected; open it, copy the text and paste it."), name=name))
        total = 0
        for page in reader.pages:
            parts.append(page.extract_text() or "")
            total += len(parts[-1])
            if total > limit:  # check_article refuses it; reading more pages would only cost time
                break
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(
            Text(N_("{name} could not be read as a PDF ({error}); copy its text and paste it."), name=name, error=str(exc))
        ) from exc
    text = "\n".join(parts)
    if not text.strip():
        raise IngestError(Text(N_("{name} has no text layer (a scan?); copy the article's text and paste it."), name=name))
    return text


def article_from_url(url: str, **fetch_options) -> Article:
    """Fetch a page through :func:`timeline.ingest.fetch.fetch` and read its article."""
    from timeline.ingest.fetch import fetch

    page = fetch(url, **fetch_options)
    # A redirect may name an address with spaces, quotes or "<" in it: cite it as a browser would send it.
    page = replace(page, final_url=encode_url(page.final_url))
    if page.content_type == "application/pdf":
        article = Article(
            text=text_from_pdf(page.body, url),
            source_url=page.final_url,
            source_name=urlsplit(page.final_url).hostname or "",
        )
    elif page.content_type == "text/plain":
        codec = web_codec(page.charset)
        text = page.body.decode(codec, errors="replace") if codec else decode_text(page.body, url)
        article = Article(text=text, source_url=page.final_url, source_name=urlsplit(page.final_url).hostname or "")
    else:
        article = article_from_html(page.body, url=page.final_url)
        # The address the user gave is the one they can cite; trafilatura may prefer a canonical one.
        article = replace(article, source_url=article.source_url or page.final_url)
    return check_article(article, url)


def check_article(article: Article, name: str = Text(N_("the article"))) -> Article:
    """Refuse empty or overlong texts with a sentence saying what to do."""
    text = article.text.strip()
    if not text:
        raise IngestError(Text(N_("{name} has no text; paste the article or choose another file."), name=name))
    limit = settings.get("max_article_chars")
    if len(text) > limit:
        raise IngestError(
            Text(
                N_(
                    "{name} has {count:,} characters, more than the limit of {limit:,}; "
                    "keep only the article (or raise TIMELINE_MAX_ARTICLE_CHARS)."
                ),
                name=name,
                count=len(text),
                limit=limit,
            )
        )
    return replace(article, text=text)


def _iso_or_blank(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return ""


def detect_published(text: str, lang: str | None = None) -> str:
    """The publication date an article's header states (its dateline), as YYYY-MM-DD, or ''."""
    from timeline.extract.dates import find_published
    from timeline.extract.text import detect_language

    found = find_published(text, lang or detect_language(text))
    return found[0].isoformat() if found else ""
