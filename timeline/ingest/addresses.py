"""Which IP addresses the fetch guard may connect to, decided by the IANA special-purpose registries.

``ipaddress.is_global`` in Python 3.11 counts several special-purpose IPv6 blocks as public (the
documentation prefix 3fff::/20, SRv6 SIDs 5f00::/16, the local-use NAT64 prefix 64:ff9b:1::/48,
site-local fec0::/10...), so the guard does not use it (issue 13). The registries are data, in
``timeline/data/special_addresses.yaml``, each block with its RFC and whether the registry calls it
globally reachable; the most specific block holding an address decides. An IPv6 address that carries an
IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo) is public only if that IPv4 address is too.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = ["Block", "is_public_address", "registry", "special_block"]

_WHERE = "timeline/data/special_addresses.yaml"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class RegistryError(ValueError):
    """The address registry file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Block:
    """One block of a special-purpose registry."""

    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    name: str
    rfc: str
    reachable: bool | None  # None: the registry says "N/A" (it depends on the address inside)


@cache
def registry() -> dict[int, tuple[Block, ...]]:
    """The blocks per IP version, most specific first; raises :class:`RegistryError` naming a bad entry."""
    raw = yaml.safe_load(resources.files("timeline.data").joinpath("special_addresses.yaml").read_text(encoding="utf-8"))
    out: dict[int, tuple[Block, ...]] = {}
    for version, key in ((4, "ipv4"), (6, "ipv6")):
        entries = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(entries, list) or not entries:
            raise RegistryError(f"{_WHERE}: '{key}' must be a non-empty list of blocks")
        blocks = []
        for i, entry in enumerate(entries):
            try:
                network = ipaddress.ip_network(str(entry["block"]))
                reachable = {True: True, False: False, "n/a": None}[entry["reachable"]]
                name, rfc = str(entry["name"]), str(entry["rfc"])
            except (KeyError, TypeError, ValueError) as exc:
                raise RegistryError(f"{_WHERE}: {key}[{i}] needs block (CIDR), name, rfc and reachable ({exc})") from None
            if network.version != version or not rfc.startswith("RFC"):
                raise RegistryError(f"{_WHERE}: {key}[{i}] ({entry['block']}) is not an IPv{version} block with its RFC")
            blocks.append(Block(network, name, rfc, reachable))
        out[version] = tuple(sorted(blocks, key=lambda b: -b.network.prefixlen))
    return out


def special_block(ip: IPAddress) -> Block | None:
    """The most specific registry block holding ``ip``, or None (an ordinary address).

    >>> special_block(ipaddress.ip_address("3fff::1")).rfc
    'RFC 9637'
    """
    return next((b for b in registry()[ip.version] if ip in b.network), None)


def _embedded(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address] | None:
    """The IPv4 addresses a packet to ``ip`` really goes to, when it carries any."""
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip in _NAT64:
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        return list(ip.teredo)  # the Teredo server and the client's public address
    return None


def is_public_address(address: str) -> bool:
    """True if the registries call an address globally reachable (ordinary public addresses included).

    >>> [is_public_address(a) for a in ("93.184.215.14", "169.254.169.254", "::ffff:127.0.0.1", "224.0.0.1")]
    [True, False, False, False]
    >>> [is_public_address(a) for a in ("2606:4700::1111", "3fff::1", "64:ff9b::a00:1", "64:ff9b::808:808")]
    [True, False, False, True]
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded(ip)
        if embedded is not None:
            # Judged by where the packets go; the local-use NAT64 prefix stays refused by the registry.
            block = special_block(ip)
            if block is not None and block.reachable is False and ip.ipv4_mapped is None:
                return False
            return all(is_public_address(str(v4)) for v4 in embedded)
    block = special_block(ip)
    return block is None or block.reachable is True
