"""The guarded fetch: refused addresses, and limits checked against a server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import http.server
import shutil
import socket
import ssl
import subprocess
import threading
import time

import pytest

from timeline.ingest.fetch import FetchError, FetchRefused, check_url, fetch, is_public_address

LOCAL = {"127.0.0.1"}
PAGE = b"<html><head><title>T</title></head><body><p>Hola</p></body></html>"


def fake_resolver(table: dict[str, list[str]]):
    """A getaddrinfo stand-in: names in ``table`` resolve without DNS; numeric hosts go to the real one."""

    def resolve(host, port, type=0, **kw):  # noqa: A002 - getaddrinfo's own keyword
        if host not in table:
            return socket.getaddrinfo(host, port, type=type, **kw)  # numeric forms: no network involved
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, type, 6, "", (a, port)) for a in table[host]]

    return resolve


TEST_NAMES = fake_resolver(
    {
        "metadata.test": ["169.254.169.254"],
        "mixed.test": ["93.184.215.14", "10.0.0.1"],  # any non-public address refuses the host
        "v6private.test": ["fd00::1"],
        "news.test": ["93.184.215.14"],
    }
)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("64:ff9b::a9fe:a9fe", False),
        ("2002:7f00:1::", False),
    ],
    ids=lambda v: str(v),
)
def test_public_addresses(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "Only http"),
        ("ftp://example.org/a", "Only http"),
        ("javascript:alert(1)", "Only http"),
        ("http:///nohost", "no host"),
        ("http://user:pw@93.184.215.14/", "user name"),
        ("http://127.0.0.1/", "not a public"),
        ("http://localhost:8501/", "not a public"),
        ("http://2130706433/", "not a public"),
        ("http://0x7f000001/", "not a public"),
        ("http://0177.0.0.1/", "not a public"),
        ("http://127.1/", "not a public"),
        ("http://[::1]/", "not a public"),
        ("http://[::ffff:127.0.0.1]/", "not a public"),
        ("http://169.254.169.254/latest/meta-data/", "not a public"),
        ("http://10.0.0.8/", "not a public"),
        ("http://100.64.0.1/", "not a public"),
        ("http://0.0.0.0/", "not a public"),
        ("http://[fe80::1]/", "not a public"),
        ("http://[fc00::1]/", "not a public"),
        ("https://metadata.test/", "169.254.169.254"),
        ("https://mixed.test/", "10.0.0.1"),
        ("https://v6private.test/", "fd00::1"),
    ],
    ids=lambda v: str(v),
)
def test_refused_urls(url, reason):
    with pytest.raises(FetchRefused, match=reason):
        fetch(url, resolver=TEST_NAMES)


def test_public_host_is_accepted_by_the_check():
    host, port, addresses = check_url("https://news.test/a", resolver=TEST_NAMES)
    assert (host, port, addresses) == ("news.test", 443, ["93.184.215.14"])


# --- a local server, reached only because the tests allow 127.0.0.1 explicitly -------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        routes = {
            "/page": lambda: self.send(200, PAGE),
            "/host": lambda: self.send(200, self.headers["Host"].encode(), "text/plain"),
            "/redirect": lambda: self.send(302, headers=[("Location", "/page")]),
            "/to-metadata": lambda: self.send(302, headers=[("Location", "http://169.254.169.254/latest")]),
            "/loop": lambda: self.send(302, headers=[("Location", "/loop")]),
            "/big": lambda: self.send(200, b"x" * 5000, "text/plain"),
            "/bomb": lambda: self.send(200, gzip.compress(b" " * 200_000), headers=[("Content-Encoding", "gzip")]),
            "/image": lambda: self.send(200, b"\x89PNG", "image/png"),
            "/missing": lambda: self.send(404, b"no"),
        }
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):  # drips a byte every 0.1 s: each read is quick, the total is not
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return
        routes.get(self.path, lambda: self.send(404))()


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_local_server_is_refused_by_default(server):
    with pytest.raises(FetchRefused, match="not a public"):
        fetch(server + "/page")


def test_fetch_follows_a_redirect(server):
    page = fetch(server + "/redirect", allow_hosts=LOCAL)
    assert (page.final_url, page.content_type, page.charset, page.body) == (server + "/page", "text/html", "utf-8", PAGE)


def test_connects_to_the_checked_address_and_keeps_the_name(server):
    port = server.rsplit(":", 1)[1]
    resolver = fake_resolver({"news.test": ["127.0.0.1"]})
    page = fetch(f"http://news.test:{port}/host", allow_hosts={"news.test"}, resolver=resolver)
    assert page.body.decode() == f"news.test:{port}"


@pytest.mark.parametrize(
    ("path", "options", "error", "reason"),
    [
        ("/to-metadata", {}, FetchRefused, "169.254.169.254"),
        ("/loop", {"max_redirects": 3}, FetchRefused, "more than 3 times"),
        ("/big", {"max_bytes": 1000}, FetchRefused, "more than the limit of 1,000"),
        ("/bomb", {"max_bytes": 100_000}, FetchRefused, "after decompression"),
        ("/image", {}, FetchRefused, "image/png"),
        ("/missing", {}, FetchError, "HTTP 404"),
        ("/slow", {"timeout": 0.5}, FetchError, "too long"),
    ],
    ids=["redirect-to-metadata", "redirect-loop", "too-big", "gzip-bomb", "image", "404", "slow-drip"],
)
def test_fetch_limits(server, path, options, error, reason):
    with pytest.raises(error, match=reason):
        fetch(server + path, allow_hosts=LOCAL, **options)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a self-signed certificate (apt-get install openssl)")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "1", "-subj", "/CN=localhost"],
        check=True,
        capture_output=True,
    )
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_tls_certificates_are_verified(tls_server):
    with pytest.raises(FetchError, match="certificate"):
        fetch(tls_server + "/page", allow_hosts=LOCAL, timeout=5)
