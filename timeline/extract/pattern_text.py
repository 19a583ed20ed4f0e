"""Reading regex patterns of the lexicons as text: first letters, literal stems, scan trees.

The trigger lexicon (``lexicon/triggers.yaml``) holds hundreds of patterns; these helpers let
:mod:`timeline.extract.triggers` build cheap scans from them (a first-letter look-ahead, a tree of
letter classes, a substring test before a scan) without changing what the patterns match.
"""

from __future__ import annotations

import re

ANY_START = "abcdefghijklmnopqrstuvwxyz0123456789'"
_LITERAL = re.compile(r"[a-z0-9 '-]*")


def literal_stems(patterns: list[str]) -> tuple[str, ...] | None:
    r"""Literal pieces one of which every match of the patterns contains, or None when it cannot tell.

    Each alternative gives its leading literal (after optional groups), short of a last letter made
    optional; else (twelfth round) its longest run of literal characters outside any group or class
    (:func:`_required_run`); an alternative without three such characters makes the answer None.

    >>> literal_stems(["boats?", "(?:eastern )?pacific", "narco-?subs?"])
    ('boat', 'pacific', 'narco')
    >>> literal_stems(["(?:sen[dt]|dispatch)"]) is None
    True
    >>> literal_stems(["(?:would|will) not (?:allow|accept)", "ha(?:s|ve) adopted (?:this|the) rules?"])
    (' not ', ' adopted ')
    """
    if any(_INLINE_FLAGS.search(p) for p in patterns):
        return None  # (?i), (?x)...: a literal of the text need not stand as written
    out = []
    for alternative in (a for p in patterns for a in _top_level_alternatives(p)):
        literal = _leading_literal(alternative)
        if literal is None or len(literal) < 3:
            literal = _required_run(alternative)
        if len(literal) < 3:
            return None
        out.append(literal)
    return tuple(out)


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
# Characters that stand for themselves outside a class (for a verbose pattern, see _INLINE_FLAGS).
_SPECIAL = frozenset("\\[](){}?*+.^$|#")


def _leading_literal(alternative: str) -> str | None:
    i = 0
    while alternative.startswith("(", i):  # optional groups first: "(?:eastern )?pacific"
        close = _group_end(alternative, i)
        if close is None or alternative[close + 1 : close + 2] not in ("?", "*"):
            return None
        i = close + 2
    literal = _LITERAL.match(alternative, i).group()
    if alternative[i + len(literal) : i + len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    return literal


def _required_run(alternative: str) -> str:
    r"""The longest run of literal characters of an alternative (no top-level bar) that every match of it holds.

    Groups and classes (with what quantifies them), escapes and the dot end a run; a character made
    optional or counted ("s?", "a{2}") is left out of it. '' when it cannot tell.

    >>> _required_run(r"e(?<!x e)xclu\w*"), _required_run("(?:a|b)c[de]fgh?"), _required_run(r"a\.cde+f")
    ('xclu', 'fg', 'cde')
    """
    runs, current, i = [], "", 0
    while i < len(alternative):
        ch = alternative[i]
        if ch in "?*{":  # the last character is optional or counted
            current = current[:-1]
            close = alternative.find("}", i) if ch == "{" else i
            if close < 0:
                return ""
            runs.append(current)
            current, i = "", close + 1
        elif ch in "([":
            close = _closing(alternative[i:]) if ch == "(" else _class_end(alternative, i)
            if close is None:
                return ""
            runs.append(current)
            current, i = "", (i + close if ch == "(" else close) + 1
            while i < len(alternative) and alternative[i] in "?*+{}0123456789,":  # what quantifies it
                i += 1
        elif ch in _SPECIAL or (ch.isspace() and ch != " "):
            runs.append(current)  # an escape, a dot, an anchor, "+" (the run so far stays whole)
            current, i = "", i + (2 if ch == "\\" else 1)
        else:
            current += ch
            i += 1
    runs.append(current)
    return max(runs, key=len)


def _class_end(pattern: str, at: int) -> int | None:
    """Where the class opening at ``at`` closes ("]" first in it, after an optional "^", is a plain "]")."""
    i = at + 1
    i += 1 if pattern[i : i + 1] == "^" else 0
    i += 1 if pattern[i : i + 1] == "]" else 0
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i if i < len(pattern) else None


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, current, i, in_class = [], 0, "", 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if in_class or ch == "[":  # parentheses and bars inside [...] are plain characters
            in_class = ch != "]" or (in_class and current.endswith("["))
        else:
            depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0 and not in_class:
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return [*parts, current]


def _group_end(pattern: str, at: int) -> int | None:
    if "[" in pattern:
        return None  # a class may hold parentheses: not worth reading
    depth, i = 0, at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i
        i += 1
    return None


def first_chars(pattern: str) -> set[str] | None:
    r"""The characters a simple trigger pattern can start with, or None when it cannot tell.

    >>> sorted(first_chars(r"(?:sen[dt]|dispatch)\w*"))
    ['d', 's']
    """
    if not pattern or has_top_level_bar(pattern):
        return None
    if pattern[0].isalnum() or pattern[0] in "'-":
        return None if pattern[1:2] in ("?", "*", "{") else {pattern[0]}
    if not pattern.startswith("(?:"):
        return None
    depth, alternatives, current, i = 0, [], "", 3
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(current)
            current, i = "", i + 1
            continue
        current += ch
        i += 1
    alternatives.append(current)
    if pattern[i + 1 : i + 2] in ("?", "*", "{"):
        return None  # the whole group is optional
    out: set[str] = set()
    for alternative in alternatives:
        first = first_chars(alternative)
        if first is None:
            return None
        out |= first
    return out


def has_top_level_bar(pattern: str) -> bool:
    """Whether a pattern is an alternation at its top level (a '|' outside any group or class).

    >>> has_top_level_bar("boat|ship"), has_top_level_bar("(?:boat|ship)s")
    (True, False)
    """
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        depth += ch == "(" or ch == "["
        depth -= ch == ")" or ch == "]"
        if ch == "|" and depth == 0:
            return True
        i += 1
    return False


# Characters that stand for themselves in a pattern (outside a class): a trie may share them.
PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '-")


def spread(pattern: str, depth: int = 0) -> list[str]:
    r"""The pattern as alternatives that together match what it matches, a leading group spread out.

    ``(?:a|b)c`` matches what ``ac|bc`` does; spread, most alternatives open on a plain letter, which a
    :func:`literal_trie` can share. Patterns with groups that capture or refer back stay whole.

    >>> spread("(?:sen[dt]|dispatch)\\w*|troops?")
    ['sen[dt]\\w*', 'dispatch\\w*', 'troops?']
    >>> spread("(?:stands? )?in solidarity")
    ['(?:stands? )?in solidarity']
    """
    if re.search(r"\\\d|\(\?P|\((?!\?)", pattern):
        return [pattern]
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:
        return [piece for a in alternatives for piece in spread(a, depth)]
    if pattern.startswith("(?:") and depth < 4:
        close = _closing(pattern)
        if close is not None and pattern[close + 1 : close + 2] not in ("?", "*", "+", "{"):
            rest = pattern[close + 1 :]
            return [piece for a in _top_level_alternatives(pattern[3:close]) for piece in spread(a + rest, depth + 1)]
    return [pattern]


def spread_optional(pattern: str, depth: int = 0) -> list[str]:
    r"""Like :func:`spread`, an optional leading group also spread: ``(?:a |b )?c`` as ``a c``, ``b c`` and ``c``.

    The pieces match at a place where the pattern does, though not always as far: for a look-ahead that
    only asks whether one matches (a :func:`literal_trie` scan), where they open on plain letters the
    trie can share (eleventh round: speed).

    >>> spread_optional("(?:military |armed )?aggressions?|strikes?")
    ['military aggressions?', 'armed aggressions?', 'aggressions?', 'strikes?']
    >>> spread_optional("(?:the )?")
    ['(?:the )?']
    """
    out = []
    for piece in spread(pattern):
        close = _closing(piece) if piece.startswith("(?:") and depth < 4 else None
        after = piece[close + 2 :] if close is not None and piece[close + 1 : close + 2] == "?" else ""
        if after and after[:1] not in ("?", "+"):
            for alternative in [*_top_level_alternatives(piece[3:close]), ""]:
                out += spread_optional(alternative + after, depth + 1)
        else:
            out.append(piece)
    return out


def literal_trie(patterns: list[str], depth: int = 0) -> str:
    r"""One group matching where any of ``patterns`` (none an alternation at its top level) matches.

    Patterns opening on the same plain letter share it, level after level, so at a place in a text
    the regex engine tests one letter against a few branches rather than every pattern (each branch
    opening on a letter is skipped at one comparison). Which pattern matches, and how far, may differ:
    it is meant for a look-ahead that only asks whether one does.

    >>> literal_trie(["boats?", "bombs?", "troops", "\\d+ ships"])
    '(?:b(?:o(?:a(?:ts?)|m(?:bs?)))|t(?:roops)|(?:\\d+ ships))'
    """
    shared: dict[str, list[str]] = {}
    rest = []
    for p in patterns:
        if p[:1] in PLAIN and p[1:2] not in ("?", "*", "+", "{"):
            shared.setdefault(p[0], []).append(p[1:])
        else:
            rest.append(p)
    parts = []
    for c, tails in shared.items():
        if len(tails) == 1 or depth >= 6:
            parts.append(re.escape(c) + "(?:" + "|".join(tails) + ")")
        else:
            parts.append(re.escape(c) + literal_trie(tails, depth + 1))
    return "(?:" + "|".join(parts + [f"(?:{p})" for p in rest]) + ")"


def _closing(pattern: str) -> int | None:
    """Where the group opening ``pattern`` closes (classes and escapes read as such), or None."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its "]" (a "]" first in it, after an optional "^", is a plain "]")
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


_QUANTIFIERS = ("?", "*", "+", "{")


def openings(patterns: list[str]) -> frozenset[str] | None:
    r"""The one or two letters every match of ``patterns`` opens on (one: any letter may follow it), or None.

    Look-arounds and ``^`` at a pattern's start take no character, so the openings are those of what
    follows them; an optional group opening a pattern gives its own openings and those of what follows
    it; ``\d`` opens on a digit (eleventh round: speed, so that one such pattern no longer makes its
    rule be tried at every word).

    >>> sorted(openings(["(?:sen[dt]|dispatch)\\w*", "boats?", "s(?:ea|hip)", "x"]))
    ['bo', 'di', 's', 'se', 'x']
    >>> sorted(openings(["(?:stands? )?in solidarity", "(?<!has )rejected", "\\d+ ?% tax"]))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'in', 're', 'st']
    >>> openings(["boats?", "[\\w.]+'s position"]) is None, openings(["(?:the )?"]) is None
    (True, True)
    """
    out: set[str] = set()
    for pattern in patterns:
        for piece in spread(pattern):
            found = _piece_openings(piece, 0)
            if found is None:
                return None
            out |= found
    return frozenset(out)


def spread_openings(patterns: list[str]) -> list[tuple[str, frozenset[str] | None]]:
    r"""The patterns :func:`spread` in order, each piece with its one or two opening letters (None: it cannot tell).

    In order, the pieces match what the patterns do, the first matching one first; so at a place of a
    text, the pieces that cannot open there may be left out of the alternation without changing its
    match (twelfth round: speed).

    >>> spread_openings(["(?:sen[dt]|dispatch)\\w*", "[\\w.]+ x"])
    [('sen[dt]\\w*', frozenset({'se'})), ('dispatch\\w*', frozenset({'di'})), ('[\\w.]+ x', None)]
    """
    out = []
    for pattern in patterns:
        for piece in spread(pattern):
            found = _piece_openings(piece, 0)
            out.append((piece, None if found is None else frozenset(found)))
    return out


def _piece_openings(piece: str, depth: int) -> set[str] | None:
    if not piece or depth > 6:
        return None
    if piece[:1] in PLAIN and piece[1:2] not in _QUANTIFIERS:
        if piece[1:2] in PLAIN and piece[1:2] and piece[2:3] not in _QUANTIFIERS:
            return {piece[:2]}
        return {piece[:1]}
    if piece.startswith("\\d"):
        return set("0123456789") if piece[2:3] not in ("?", "*") and not piece.startswith("{0", 2) else None
    rest = None
    if piece.startswith("^"):
        rest = [piece[1:]]
    elif piece.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        close = _closing(piece)
        if close is not None and piece[close + 1 : close + 2] not in _QUANTIFIERS:
            rest = [piece[close + 1 :]]
    elif piece.startswith("(?:"):
        close = _closing(piece)
        if close is not None and piece[close + 1 : close + 2] in ("?", "*"):
            after = piece[close + 2 :]
            after = after[1:] if after[:1] in ("?", "+") else after  # lazy or possessive: still optional
            rest = [a + after for a in _top_level_alternatives(piece[3:close])] + [after]
    if rest is None:
        return None
    out: set[str] = set()
    for part in rest:
        for sub in spread(part):
            found = _piece_openings(sub, depth + 1)
            if found is None:
                return None
            out |= found
    return out
