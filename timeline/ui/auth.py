"""The Streamlit side of access control: gathers who the visitor is and asks :mod:`timeline.access`.

Reads ``st.user`` (sign-in with the identity provider, ``st.login``), ``st.secrets`` (whether an
``[auth]`` section or an ``[editor] passphrase_hash`` is configured), the server's listen address
and the session's passphrase sign-in, and draws the sign-in controls in the sidebar. Every write
path calls :func:`require_editor` on the server right before writing: hiding a button is not
enough, since a reader can craft a URL or replay a widget message.
"""

from __future__ import annotations

import threading
import time

import streamlit as st

from timeline import access, settings
from timeline.ui import lang
from timeline.ui.lang import _

PASS_KEY = "_auth_passphrase"  # noqa: S105 - a session-state key, not a secret; the hash this session proved it knows the passphrase for
FAILS_KEY = "_auth_failures"
_GLOBAL = {"failures": 0, "last": 0.0}  # wrong passphrases from all sessions of this server
_GLOBAL_LOCK = threading.Lock()
FORGIVE_AFTER_S = 15 * 60  # server-wide failures are forgotten after this long without one
_sleep = time.sleep  # tests record the delays instead of waiting them out


class NotEditor(PermissionError):
    """A write was attempted by a reader; the message says why they are a reader."""


def _secret(section: str):
    """A section of ``.streamlit/secrets.toml``, or None when there is no such section or no file."""
    try:
        return st.secrets.get(section)
    except FileNotFoundError:  # StreamlitSecretNotFoundError: no secrets file at all
        return None


def oidc_configured() -> bool:
    """Whether ``st.login`` can work: an ``[auth]`` section with a provider in the secrets."""
    auth = _secret("auth")
    return bool(auth) and "redirect_uri" in auth and "cookie_secret" in auth


def passphrase_hash() -> str:
    """The argon2 hash of the editor passphrase from ``[editor] passphrase_hash``, or ""."""
    editor = _secret("editor")
    return str(editor.get("passphrase_hash", "")) if editor else ""


def listen_address() -> str:
    """The address the server listens on ("" when unset, which means every interface)."""
    return str(st.get_option("server.address") or "")


def _identity() -> access.Identity:
    email = ""
    if st.user.get("is_logged_in") is True and st.user.get("email_verified") is not False:
        email = str(st.user.get("email") or "")
    known = st.session_state.get(PASS_KEY)
    return access.Identity(email=email, passphrase=bool(known) and known == passphrase_hash())


def current() -> access.Access:
    """The visitor's access, decided afresh from the settings, the secrets and the session."""
    return access.decide(
        read_only=bool(settings.get("read_only")),
        listen_address=listen_address(),
        identity=_identity(),
        oidc_configured=oidc_configured(),
        passphrase_configured=bool(passphrase_hash()),
        editor_emails=access.parse_emails(settings.get("editor_emails")),
        allow_anonymous=bool(settings.get("allow_anonymous_edits")),
        lang=lang.current(),
    )


def require_editor() -> access.Access:
    """The editor's access, or :class:`NotEditor` with the reason. Call right before every write."""
    decision = current()
    if not decision.is_editor:
        raise NotEditor(_("Nothing was changed: you are a reader here. {reason}").format(reason=decision.reason))
    return decision


# --- passphrase ----------------------------------------------------------------------------------------


def check_passphrase(passphrase: str) -> bool:
    """Verify a passphrase against the configured argon2 hash, after the delay earned by earlier failures.

    The delay (``passphrase_delay_s``, doubling up to ``passphrase_delay_max_s``) counts this
    session's failures and, so that new sessions do not reset it, those of the whole server.
    """
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    stored = passphrase_hash()
    base, cap = float(settings.get("passphrase_delay_s")), float(settings.get("passphrase_delay_max_s"))
    with _GLOBAL_LOCK:
        if time.monotonic() - _GLOBAL["last"] > FORGIVE_AFTER_S:
            _GLOBAL["failures"] = 0  # a quiet spell forgives old failures
        fails = max(st.session_state.get(FAILS_KEY, 0), _GLOBAL["failures"])
    _sleep(access.failure_delay(fails, base, cap))
    ok = False
    if stored and passphrase:
        try:
            ok = PasswordHasher().verify(stored, passphrase)  # argon2 compares in constant time
        except (VerificationError, InvalidHashError):
            ok = False
    if ok:
        st.session_state[PASS_KEY] = stored
        st.session_state[FAILS_KEY] = 0
    else:
        st.session_state[FAILS_KEY] = st.session_state.get(FAILS_KEY, 0) + 1
        with _GLOBAL_LOCK:
            _GLOBAL["failures"] += 1
            _GLOBAL["last"] = time.monotonic()
    return ok


def _passphrase_form() -> None:
    with st.sidebar.form("editor_sign_in", clear_on_submit=True):
        phrase = st.text_input(_("Editor passphrase"), type="password", key="auth_passphrase_input")
        if st.form_submit_button(_("Sign in as editor")):
            if check_passphrase(phrase):
                st.rerun()
            st.error(_("That passphrase is not right. Wait a moment and try again."))


def _sign_out_passphrase() -> None:
    st.session_state.pop(PASS_KEY, None)


# --- sidebar ---------------------------------------------------------------------------------------------


def sidebar(decision: access.Access | None = None) -> access.Access:
    """Who may edit, and why, at the foot of the sidebar, with the sign-in or sign-out controls."""
    decision = decision or current()
    bar = st.sidebar
    bar.divider()
    bar.caption(("✏️ " if decision.is_editor else "👁️ ") + decision.reason)
    logged_in = st.user.get("is_logged_in") is True
    if "oidc" in decision.sign_in:
        if logged_in:
            bar.button(_("Sign out"), key="auth_logout", on_click=st.logout)
        else:
            bar.button(_("Sign in"), key="auth_login", on_click=st.login)
    if "passphrase" in decision.sign_in and not logged_in:
        if decision.who == access.PASSPHRASE_EDITOR:
            bar.button(_("Sign out (passphrase)"), key="auth_pass_logout", on_click=_sign_out_passphrase)
        else:
            _passphrase_form()
    return decision
