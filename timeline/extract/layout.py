"""Printed layout: lines of a hard-wrapped text joined back into their paragraphs.

Texts copied from printed pages (the Government Publishing Office's text of an executive order or a
Federal Register notice, a Congressional Record page) break every line at a fixed width, mid-sentence.
The extractor reads a line as a paragraph, so a provision "all articles that are products of Canada
shall be subject to an additional 25 percent ad valorem rate of duty" printed over three lines gave
three fragments, none holding both the act and its object (issue 9: tariffs in the legal wording of
orders and notices). A wrapped line break is replaced by a space (the same length, so every offset
holds); news copy, whose paragraphs are long lines ending in a full stop, is left as it is.
"""

from __future__ import annotations

import re

# A text is hard-wrapped when it has this many lines or more, none longer than MAX_WIDTH characters, and
# at least WRAPPED_SHARE of them stop without ending a sentence.
MIN_LINES = 8
MAX_WIDTH = 100
WRAPPED_SHARE = 0.5
# A line shorter than this share of the text's width is a heading, a signature or a paragraph's last line.
FULL_LINE = 0.5
_SENTENCE_END = re.compile(r"""[.!?:;]["')\]»]*$""")
_STARTS_LOWER = re.compile(r"\s*[a-zà-ÿ(]")


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether the non-empty ``lines`` look printed at a fixed width (most stop mid-sentence).

    >>> is_hard_wrapped(["all articles that are products of Canada shall be"] * 8)
    True
    >>> is_hard_wrapped(["Mexico sent 26 prisoners to the United States on Tuesday."] * 8)
    False
    """
    full = [ln.rstrip() for ln in lines if ln.strip()]
    if len(full) < MIN_LINES or max(len(ln) for ln in full) > MAX_WIDTH:
        return False
    open_ended = sum(1 for ln in full if not _SENTENCE_END.search(ln))
    return open_ended >= WRAPPED_SHARE * len(full)


def unwrap(text: str, keep: tuple[int, int] | None = None) -> str:
    """``text`` with its wrapped line breaks turned into spaces (same length); ``keep`` is a span left alone.

    A break is a wrap when its line is full (at least half the widest line), the next line is not
    blank, and the line does not end a sentence, or the next line goes on in lower case.

    >>> t = "Sec. 2. Tariffs. All articles that are products of Canada shall be\\n" * 8
    >>> unwrap(t).count("\\n")
    1
    >>> unwrap("A headline\\n\\nA paragraph that ends.\\n") == "A headline\\n\\nA paragraph that ends.\\n"
    True
    """
    lines = text.split("\n")
    if not is_hard_wrapped(lines):
        return text
    width = max(len(ln.rstrip()) for ln in lines if ln.strip())
    out = list(text)
    pos = 0
    for line, following in zip(lines, lines[1:]):
        end = pos + len(line)  # the position of this line's "\n"
        pos = end + 1
        body = line.rstrip()
        if not body.strip() or not following.strip() or len(body) < FULL_LINE * width:
            continue
        if keep and keep[0] <= end + len(following) and end - len(line) <= keep[1]:
            continue
        if not _SENTENCE_END.search(body) or _STARTS_LOWER.match(following):
            out[end] = " "
    return "".join(out)
