"""``timeline hash-passphrase``: print the argon2 hash of an editor passphrase, for ``.streamlit/secrets.toml``.

The passphrase is read from a hidden prompt (twice) or, when standard input is not a terminal, from its
first line; never from an argument, which would leave it in the shell's history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys

MIN_LENGTH = 12


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "hash-passphrase",
        help="print the argon2 hash of an editor passphrase (for [editor] passphrase_hash in secrets.toml)",
        description="Reads the passphrase from a hidden prompt, or from standard input's first line.",
    )
    p.set_defaults(func=run)


def read_passphrase() -> str:
    """The passphrase from a hidden prompt asked twice, or the first line of piped standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Editor passphrase: ")
    if getpass.getpass("Again, to check: ") != first:
        raise ValueError("The two passphrases differ; nothing was printed. Run it again.")
    return first


def run(args: argparse.Namespace) -> int:
    from argon2 import PasswordHasher

    try:
        phrase = read_passphrase()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if len(phrase) < MIN_LENGTH:
        print(
            f"error: use a passphrase of at least {MIN_LENGTH} characters (a few words); nothing was printed.",
            file=sys.stderr,
        )
        return 2
    print(PasswordHasher().hash(phrase))
    print(
        'Put it in .streamlit/secrets.toml (never in the repository):\n[editor]\npassphrase_hash = "<the line above>"',
        file=sys.stderr,
    )
    return 0
