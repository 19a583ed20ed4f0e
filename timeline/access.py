"""Who may change the timeline: one policy, decided in one place, without Streamlit.

:func:`decide` turns the settings, the address the server listens on, what sign-in is configured
and who the visitor proved to be into a :class:`Access`: reader or editor, the name written in the
change log, and the sentence the page shows to explain it. The Streamlit side
(:mod:`timeline.ui.auth`) gathers those inputs and asks here; every write path asks again just
before writing.

The rules, first match wins:

1. ``TIMELINE_READ_ONLY=1``: everybody reads, nobody writes.
2. Signed in through the identity provider (``st.login``) with an e-mail on ``TIMELINE_EDITOR_EMAILS``: editor.
3. Signed in with the editor passphrase: editor.
4. A sign-in is configured but the visitor has not used it (or is not on the list): reader.
5. ``TIMELINE_ALLOW_ANONYMOUS_EDITS=1``: anyone edits.
6. The server listens only on this computer (a loopback address, as ``make run`` does): anyone edits.
7. Otherwise (all interfaces, Streamlit's default, or a public address): reader.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from timeline.i18n import DEFAULT_LANGUAGE, gettext

READER = "reader"
EDITOR = "editor"
LOCAL_EDITOR = "local editor"
PASSPHRASE_EDITOR = "passphrase editor"  # noqa: S105 - the name logged for changes, not a secret
ANONYMOUS_EDITOR = "anonymous editor"


@dataclass(frozen=True)
class Identity:
    """What a visitor has proved: an e-mail from the identity provider, or knowledge of the passphrase."""

    email: str = ""
    passphrase: bool = False


@dataclass(frozen=True)
class Access:
    """The decision for one visitor: role, the name for the change log, and why (shown on the page)."""

    role: str
    reason: str
    who: str = ""
    #: How a reader could become an editor here: "oidc", "passphrase", "oidc+passphrase" or "" (no way).
    sign_in: str = ""

    @property
    def is_editor(self) -> bool:
        return self.role == EDITOR


def is_loopback(address: str | None) -> bool:
    """Whether a listen address reaches only this computer.

    Empty, ``0.0.0.0`` and ``::`` mean every interface (Streamlit's default), so they are not.

    >>> [is_loopback(a) for a in ("127.0.0.1", "localhost", "::1", "", "0.0.0.0", "::", "192.168.1.5")]
    [True, True, True, False, False, False, False]
    """
    host = (address or "").strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def parse_emails(text: str) -> frozenset[str]:
    """The editors' allow-list from a comma- or semicolon-separated setting, compared case-insensitively.

    >>> sorted(parse_emails(" Ana@Example.org, bo@example.org;; "))
    ['ana@example.org', 'bo@example.org']
    """
    return frozenset(e.strip().lower() for e in str(text).replace(";", ",").split(",") if e.strip())


def decide(
    *,
    read_only: bool,
    listen_address: str | None,
    identity: Identity,
    oidc_configured: bool = False,
    passphrase_configured: bool = False,
    editor_emails: frozenset[str] = frozenset(),
    allow_anonymous: bool = False,
    lang: str = DEFAULT_LANGUAGE,
) -> Access:
    """Reader or editor, with the reason (in ``lang``), from the settings, the listen address and the identity."""

    def _(message: str) -> str:
        return gettext(message, lang)

    if read_only:
        return Access(
            READER, _("This timeline is published read-only (TIMELINE_READ_ONLY=1): it cannot be changed here.")
        )
    ways = "+".join(w for w, on in (("oidc", oidc_configured), ("passphrase", passphrase_configured)) if on)
    email = identity.email.strip()
    if oidc_configured and email:
        if email.lower() in editor_emails:
            return Access(EDITOR, _("Signed in as {email}, an editor.").format(email=email), who=email, sign_in=ways)
        reason = (
            _("Signed in as {email}, who is not an editor here (ask to be added to TIMELINE_EDITOR_EMAILS).")
            if editor_emails
            else _(
                "Signed in as {email}, who is not an editor here (no editor is listed yet: set TIMELINE_EDITOR_EMAILS)."
            )
        )
        return Access(READER, reason.format(email=email), sign_in=ways)
    if passphrase_configured and identity.passphrase:
        return Access(EDITOR, _("Signed in with the editor passphrase."), who=PASSPHRASE_EDITOR, sign_in=ways)
    if ways:
        return Access(READER, _("Sign in as an editor to add, edit or delete events."), sign_in=ways)
    if allow_anonymous:
        return Access(
            EDITOR, _("Editing is open to everyone (TIMELINE_ALLOW_ANONYMOUS_EDITS=1)."), who=ANONYMOUS_EDITOR
        )
    if is_loopback(listen_address):
        return Access(EDITOR, _("Editing is open because the app only listens on this computer."), who=LOCAL_EDITOR)
    if (listen_address or "").strip() not in ("", "0.0.0.0", "::"):  # noqa: S104 - naming, not binding
        reason = _(
            "Read-only: the app listens on {address} and no editor sign-in is configured. To edit, configure a "
            "sign-in (see README, “Publishing and editors”) or serve on 127.0.0.1 (make run)."
        ).format(address=listen_address)
    else:
        reason = _(
            "Read-only: the app listens on every network interface and no editor sign-in is configured. To edit, "
            "configure a sign-in (see README, “Publishing and editors”) or serve on 127.0.0.1 (make run)."
        )
    return Access(READER, reason)


def failure_delay(failures: int, base_s: float, cap_s: float) -> float:
    """Seconds to wait before checking a passphrase after ``failures`` wrong ones: 0, base, 2×base, … up to cap.

    >>> [failure_delay(n, 1.0, 8.0) for n in range(6)]
    [0.0, 1.0, 2.0, 4.0, 8.0, 8.0]
    """
    if failures <= 0 or base_s <= 0:
        return 0.0
    return float(min(cap_s, base_s * 2 ** min(failures - 1, 30)))
