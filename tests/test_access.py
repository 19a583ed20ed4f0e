"""The access policy (timeline/access.py): who is a reader and who an editor, and why."""

from __future__ import annotations

import pytest

from timeline import access

ED = frozenset({"ed@example.org"})


@pytest.mark.parametrize(
    ("kwargs", "role", "who", "reason"),
    [
        ({"read_only": True, "listen_address": "127.0.0.1"}, "reader", "", "read-only"),
        ({"read_only": True, "listen_address": "127.0.0.1", "identity": access.Identity(email="ed@example.org"),
          "oidc_configured": True, "editor_emails": ED}, "reader", "", "read-only"),
        ({"listen_address": "127.0.0.1"}, "editor", "local editor", "only listens on this computer"),
        ({"listen_address": "::1"}, "editor", "local editor", "only listens on this computer"),
        ({"listen_address": "localhost"}, "editor", "local editor", "only listens on this computer"),
        ({"listen_address": ""}, "reader", "", "every network interface"),
        ({"listen_address": None}, "reader", "", "every network interface"),
        ({"listen_address": "0.0.0.0"}, "reader", "", "every network interface"),
        ({"listen_address": "::"}, "reader", "", "every network interface"),
        ({"listen_address": "192.168.1.20"}, "reader", "", "on 192.168.1.20"),
        ({"listen_address": "0.0.0.0", "allow_anonymous": True}, "editor", "anonymous editor", "open to everyone"),
        ({"listen_address": "0.0.0.0", "oidc_configured": True, "editor_emails": ED,
          "identity": access.Identity(email="Ed@Example.org")}, "editor", "Ed@Example.org", "an editor"),
        ({"listen_address": "0.0.0.0", "oidc_configured": True, "editor_emails": ED,
          "identity": access.Identity(email="eve@example.org")}, "reader", "", "not an editor"),
        ({"listen_address": "0.0.0.0", "oidc_configured": True,
          "identity": access.Identity(email="ed@example.org")}, "reader", "", "no editor is listed"),
        ({"listen_address": "0.0.0.0", "oidc_configured": True, "editor_emails": ED}, "reader", "", "Sign in"),
        # a configured sign-in is required even on this computer, and anonymous edits do not bypass it
        ({"listen_address": "127.0.0.1", "passphrase_configured": True}, "reader", "", "Sign in"),
        ({"listen_address": "0.0.0.0", "passphrase_configured": True, "allow_anonymous": True}, "reader", "", "Sign in"),
        ({"listen_address": "0.0.0.0", "passphrase_configured": True, "identity": access.Identity(passphrase=True)},
         "editor", "passphrase editor", "passphrase"),
        # a passphrase proved where none is configured (e.g. removed since) counts for nothing
        ({"listen_address": "0.0.0.0", "identity": access.Identity(passphrase=True)}, "reader", "", "no editor sign-in"),
    ],
)  # fmt: skip
def test_decide(kwargs, role, who, reason):
    decision = access.decide(**{"read_only": False, "identity": access.Identity(), **kwargs})
    assert (decision.role, decision.who) == (role, who)
    assert reason in decision.reason


def test_a_reader_is_told_how_to_sign_in():
    decision = access.decide(read_only=False, listen_address="", identity=access.Identity(),
                             oidc_configured=True, passphrase_configured=True)  # fmt: skip
    assert decision.sign_in == "oidc+passphrase" and not decision.is_editor


@pytest.mark.parametrize(("failures", "delay"), [(0, 0.0), (1, 0.5), (2, 1.0), (3, 2.0), (5, 3.0), (60, 3.0)])
def test_failure_delay_doubles_up_to_the_cap(failures, delay):
    assert access.failure_delay(failures, 0.5, 3.0) == delay
