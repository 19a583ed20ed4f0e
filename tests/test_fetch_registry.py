"""Issue 13, item 9: the fetch guard decides by the IANA special-purpose address registries.

The cases marked "was public" were let through by the guard built on ``ipaddress.is_global``.
No test here sends a packet: the resolver is a fake.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from timeline.ingest import addresses, fetch

REFUSED = [
    # IPv4 blocks of the special-purpose registry, and multicast
    "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.16.5.4", "192.0.0.8",
    "192.0.0.170", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.51.100.7", "203.0.113.9",
    "240.0.0.1", "255.255.255.255", "224.0.0.1", "239.255.255.250",
    # IPv6 blocks
    "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "100::1", "2001:2::1",
    "2001:10::1",
    "3fff::1",  # documentation, RFC 9637 (was public)
    "5f00::1",  # SRv6 SIDs, RFC 9602 (was public)
    "100:0:0:1::1",  # dummy prefix, RFC 9780 (was public)
    "fec0::1",  # deprecated site-local: outside global unicast 2000::/3 (was public)
    "4000::1",  # unallocated, outside 2000::/3 (was public)
    "64:ff9b:1::808:808",  # local-use NAT64 prefix, RFC 8215: not globally reachable (was public)
    "64:ff9b:1::a00:1",  # ... and it carries 10.0.0.1 (was public)
    # IPv6 forms carrying a non-public IPv4 address
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1",
    "2002:a00:1::1", "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    "2001:0:a00:1:8000:63bf:f7f7:f7f7",  # Teredo, server 10.0.0.1
    # IPv4-compatible (deprecated, RFC 4291 section 2.5.5.1): refused whatever it carries
    "::127.0.0.1", "::10.0.0.1", "::8.8.8.8",
    "fe80::1%eth0",
]
PUBLIC = [
    "8.8.8.8", "93.184.215.14", "1.1.1.1", "192.0.0.9", "2606:4700:4700::1111", "2001:4860:4860::8888",
    "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
    "2001:3::1", "2620:4f:8000::1",
]


@pytest.mark.parametrize("address", REFUSED)
def test_special_purpose_addresses_are_refused(address: str):
    assert not addresses.is_public_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str):
    assert addresses.is_public_address(address)


def test_the_guard_refuses_a_name_resolving_to_a_registry_block():
    def resolver(host, port, type=0):
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("3fff::1", port, 0, 0))]

    with pytest.raises(fetch.FetchRefused, match="not a public internet address"):
        fetch.check_url("https://docs.example.org/", resolver=resolver)


def test_every_block_has_an_rfc_and_the_file_is_ordered_most_specific_first():
    for version, blocks in addresses.registry().items():
        assert blocks and all(b.rfc.startswith("RFC") and b.network.version == version for b in blocks)
        lengths = [b.network.prefixlen for b in blocks]
        assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize(
    "address,name", [("192.0.0.9", "Port Control Protocol Anycast"), ("2001:1::3", "DNS-SD Service Registration Protocol Anycast"),
                     ("2001:5::1", "IETF Protocol Assignments"), ("2a00::1", "Global Unicast (address space registry)")]
)
def test_the_most_specific_block_decides(address: str, name: str):
    assert addresses.special_block(ipaddress.ip_address(address)).name == name


def test_a_malformed_registry_is_reported_with_the_entry(monkeypatch):
    text = "ipv4:\n  - {block: 10.0.0.0/33, name: x, rfc: RFC 1918, reachable: false}\nipv6:\n  - {block: '::/0', name: x, rfc: RFC 4291, reachable: false}\n"

    class Fake:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return text

    monkeypatch.setattr(addresses.resources, "files", lambda package: Fake())
    addresses.registry.cache_clear()
    try:
        with pytest.raises(addresses.RegistryError, match=r"ipv4\[0\]"):
            addresses.registry()
    finally:
        monkeypatch.undo()
        addresses.registry.cache_clear()
