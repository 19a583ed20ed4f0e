"""Guarded download of one article: http(s) only, public addresses only, bytes and time capped.

A URL typed by a user must not make the app reach the machine it runs on or its network
(server-side request forgery). So the host is resolved here, every address is checked, and the
connection goes to the checked address itself, with the name kept in the Host header, in TLS
SNI and in certificate checking; a DNS answer that changes between check and connect
(rebinding) cannot redirect it. Redirects are followed by hand and every hop is checked again.

urllib3 (already required by trafilatura and requests) is used because a connection pool can
be opened on an IP address while ``server_hostname``/``assert_hostname`` keep the name for TLS;
with ``http.client`` that would need a subclass overriding ``connect``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3

from timeline import settings
from timeline.i18n import N_
from timeline.ingest.addresses import is_public_address
from timeline.messages import Text

__all__ = ["ALLOWED_TYPES", "FetchError", "FetchRefused", "Page", "check_url", "fetch", "is_public_address"]

#: Media types accepted from a server; anything else is refused before the body is read.
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")
USER_AGENT = "policy-timeline/0.1 (+article ingest; one page per request)"

Resolver = Callable[..., list]


class FetchError(Exception):
    """A URL could not be fetched; the message says why and what to do."""


class FetchRefused(FetchError):
    """A URL was refused before or during the fetch (scheme, address, size, type)."""


@dataclass(frozen=True)
class Page:
    """A fetched page: where it ended up, its media type and charset, and its body."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes


def _resolve(host: str, port: int, resolver: Resolver, timeout: float) -> list[str]:
    """Addresses of a host; getaddrinfo has no timeout of its own, so it runs in a helper thread."""
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["infos"] = resolver(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            result["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(max(timeout, 0.01))
    if worker.is_alive():
        raise FetchError(
            Text(
                N_("Looking up {host} took more than {seconds} s; check the address or try later."),
                host=host,
                seconds=f"{timeout:.0f}",
            )
        )
    if "error" in result:
        raise FetchError(
            Text(N_("The host {host} could not be found ({error}); check the address."), host=host, error=str(result["error"]))
        )
    return list(dict.fromkeys(str(info[4][0]) for info in result["infos"]))  # type: ignore[union-attr]


def check_url(
    url: str,
    *,
    allow_hosts: Collection[str] = (),
    resolver: Resolver = socket.getaddrinfo,
    timeout: float = 10.0,
) -> tuple[str, int, list[str]]:
    """Check a URL and resolve its host; returns (host, port, addresses) or raises :class:`FetchRefused`.

    ``allow_hosts`` lists host names or addresses that may be non-public (for tests on 127.0.0.1).

    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    timeline.ingest.fetch.FetchRefused: Only http:// and https:// addresses can be fetched, not 'file:'.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchRefused(Text(N_("'{url}' is not a valid web address ({error})."), url=url[:200], error=str(exc))) from exc
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(Text(N_("Only http:// and https:// addresses can be fetched, not '{scheme}:'."), scheme=parts.scheme))
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchRefused(
            Text(N_("'{url}' has no host name; give a full address like https://example.org/news."), url=url[:200])
        )
    if parts.username is not None or parts.password is not None:
        raise FetchRefused(Text(N_("Addresses with a user name or password are not fetched; remove the part before '@'.")))
    allowed = {h.lower().rstrip(".") for h in allow_hosts}
    addresses = _resolve(host, port, resolver, timeout)
    if not addresses:
        raise FetchError(Text(N_("The host {host} has no address; check the spelling."), host=host))
    for address in addresses:
        if host.lower() in allowed or address in allowed:
            continue
        if not is_public_address(address):
            raise FetchRefused(
                Text(
                    N_(
                        "{host} resolves to {address}, which is not a public internet address; "
                        "only public web pages can be fetched."
                    ),
                    host=host,
                    address=address,
                )
            )
    return host, port, addresses


def _media_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return media.strip().lower(), charset


def _open(url: str, host: str, port: int, address: str, remaining: float) -> urllib3.BaseHTTPResponse:
    """One GET to the checked address, no redirects followed, body not yet read."""
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    name = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets in Host
    host_header = name if port == default_port else f"{name}:{port}"
    timeout = urllib3.Timeout(connect=remaining, read=remaining)
    if parts.scheme == "https":
        pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
            address,
            port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",  # never turned off
            ca_certs=certifi.where(),
            server_hostname=host,
            assert_hostname=host,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    headers = {
        "Host": host_header,
        "User-Agent": USER_AGENT,
        "Accept": ", ".join(ALLOWED_TYPES) + ";q=0.9, */*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    return pool.urlopen(
        "GET", target, headers=headers, redirect=False, retries=False, preload_content=False, decode_content=True
    )


def _read_capped(resp: urllib3.BaseHTTPResponse, max_bytes: int, deadline: float, url: str) -> bytes:
    """The decompressed body, refusing more than ``max_bytes``; a watchdog ends reads at the deadline."""
    watchdog = threading.Timer(max(deadline - time.monotonic(), 0.0), resp.shutdown)
    watchdog.daemon = True
    watchdog.start()
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = resp.read(64 * 1024, decode_content=True)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise FetchRefused(
                    Text(
                        N_(
                            "{url} sent more than {limit:,} bytes (after decompression); "
                            "save the article text and paste or upload it instead."
                        ),
                        url=url,
                        limit=max_bytes,
                    )
                )
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError
    except (TimeoutError, urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
        if time.monotonic() >= deadline:
            raise FetchError(
                Text(N_("Fetching {url} took too long; try again later or paste the article text."), url=url)
            ) from exc
        raise FetchError(Text(N_("The connection to {url} broke off ({error}); try again."), url=url, error=str(exc))) from exc
    finally:
        watchdog.cancel()
        resp.release_conn()
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    allow_hosts: Collection[str] = (),
    max_bytes: int | None = None,
    timeout: float | None = None,
    max_redirects: int | None = None,
    resolver: Resolver = socket.getaddrinfo,
) -> Page:
    """Download one page through the guard; limits default to the settings ``fetch_*``.

    >>> fetch("http://127.0.0.1:9/")
    Traceback (most recent call last):
    ...
    timeline.ingest.fetch.FetchRefused: 127.0.0.1 resolves to 127.0.0.1, which is not a public internet address; ...
    """
    max_bytes = settings.get("fetch_max_bytes") if max_bytes is None else max_bytes
    timeout = settings.get("fetch_timeout_s") if timeout is None else timeout
    max_redirects = settings.get("fetch_max_redirects") if max_redirects is None else max_redirects
    deadline = time.monotonic() + timeout
    current = url.strip()
    for _hop in range(max_redirects + 1):
        remaining = deadline - time.monotonic()
        host, port, addresses = check_url(current, allow_hosts=allow_hosts, resolver=resolver, timeout=remaining)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(
                Text(
                    N_("Fetching {url} took more than {seconds} s; try again later or paste the text."),
                    url=url,
                    seconds=f"{timeout:g}",
                )
            )
        try:
            resp = _open(current, host, port, addresses[0], remaining)
        except urllib3.exceptions.SSLError as exc:
            raise FetchError(
                Text(N_("The secure connection to {host} failed its certificate check ({error})."), host=host, error=str(exc))
            ) from exc
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(
                Text(N_("Could not connect to {host} ({error}); check the address or try later."), host=host, error=str(exc))
            ) from exc
        if resp.status in (301, 302, 303, 307, 308) and resp.headers.get("Location"):
            resp.release_conn()
            current = urljoin(current, resp.headers["Location"])
            continue
        if resp.status != 200:
            resp.release_conn()
            raise FetchError(Text(N_("{url} answered HTTP {status}; check the address."), url=current, status=resp.status))
        media, charset = _media_type(resp.headers.get("Content-Type", ""))
        if media not in ALLOWED_TYPES:
            resp.release_conn()
            raise FetchRefused(
                Text(
                    N_("{url} is '{media}', not a web page or text; only HTML, plain text and PDF are read."),
                    url=current,
                    media=media or Text(N_("of unknown type")),
                )
            )
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            resp.release_conn()
            raise FetchRefused(
                Text(N_("{url} is {size:,} bytes, more than the limit of {limit:,}."), url=current, size=int(length), limit=max_bytes)
            )
        body = _read_capped(resp, max_bytes, deadline, current)
        return Page(url=url, final_url=current, content_type=media, charset=charset, body=body)
    raise FetchRefused(
        Text(
            N_("{url} redirects more than {count} times; open it in a browser and copy the final address."),
            url=url,
            count=max_redirects,
        )
    )
