"""A real server, tried as an attacker would: federation, memory, fairness, oversized requests, headers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
PREFIX = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
HEAVY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # streams, runs until stopped
HEAVY_MEMORY = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"      # materialises 50M rows
LIGHT = PREFIX + "SELECT ?p WHERE { ?p a pkg:City } LIMIT 3"
TIMEOUT = 8


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_build) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """``policykg serve`` on the seed graph with three workers and a 150 MB query memory ceiling."""
    _, out = seed_build
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(out / "graph.trig"), "--port", str(port),
         "--workers", "3", "--timeout", str(TIMEOUT), "--memory-limit", "150", "--per-client", "2"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stderr.read().decode()[-500:]}")
    else:
        process.kill()
        pytest.fail("server did not start in 120 s")
    yield base
    process.terminate()
    process.wait(timeout=20)


def _client(source: str) -> httpx.Client:
    """A client whose connections come from the loopback address ``source`` (one client per address)."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=60)


class _Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.mark.parametrize("service", [
    "SERVICE <http://127.0.0.1:{port}/sparql>",
    "SERVICE SILENT <http://127.0.0.1:{port}/sparql>",
    "\\u0053ERVICE <http://127.0.0.1:{port}/sparql>",
    "service # comment\n silent <http://127.0.0.1:{port}/>",
])
def test_federated_queries_are_refused_and_reach_nobody(server: str, service: str) -> None:
    listener = _Listener()
    try:
        query = "SELECT * WHERE { " + service.format(port=listener.port) + " { ?s ?p ?o } }"
        response = httpx.post(server + "/sparql", data={"query": query}, timeout=30)
        time.sleep(0.5)
        assert response.status_code == 400
        assert "SERVICE" in response.text
        assert listener.connections == 0
    finally:
        listener.close()


def test_a_query_past_the_memory_ceiling_is_stopped_and_the_server_lives_on(server: str) -> None:
    started = time.monotonic()
    response = httpx.post(server + "/sparql", data={"query": HEAVY_MEMORY}, timeout=60)
    assert response.status_code == 503
    assert "memory" in response.text
    assert time.monotonic() - started < TIMEOUT
    light = httpx.post(server + "/sparql", data={"query": LIGHT}, timeout=60,
                       headers={"Accept": "application/sparql-results+json"})
    assert light.status_code == 200 and len(light.json()["results"]["bindings"]) == 3


def test_light_queries_are_answered_while_heavy_ones_run(server: str) -> None:
    heavy_answers: list[httpx.Response] = []

    def heavy() -> None:
        with _client("127.0.0.2") as client:
            heavy_answers.append(client.post(server + "/sparql", data={"query": HEAVY_COUNT}))

    threads = [threading.Thread(target=heavy) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    with _client("127.0.0.2") as greedy:
        third = greedy.post(server + "/sparql", data={"query": HEAVY_COUNT})
    assert third.status_code == 429 and int(third.headers["retry-after"]) > 0
    with _client("127.0.0.3") as other:
        started = time.monotonic()
        light = other.post(server + "/sparql", data={"query": LIGHT})
        waited = time.monotonic() - started
    assert light.status_code == 200
    assert waited < 3, f"a light query waited {waited:.1f} s behind heavy ones"
    for thread in threads:
        thread.join()
    assert [answer.status_code for answer in heavy_answers] == [503, 503]


def _raw_status(server: str, request: bytes, *, then_send: bytes = b"") -> bytes:
    """Send raw bytes and return the status line (empty if the connection was reset without one)."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request)
        if then_send:
            try:
                connection.sendall(then_send)
            except OSError:
                pass
        try:
            return connection.recv(65536).split(b"\r\n", 1)[0]
        except ConnectionResetError:
            return b""


def test_an_announced_oversized_body_is_refused_before_it_is_read(server: str) -> None:
    head = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 100000000\r\n\r\n")
    started = time.monotonic()
    assert _raw_status(server, head) == b"HTTP/1.1 413 Request Entity Too Large"
    assert time.monotonic() - started < 5


def test_a_streamed_body_is_refused_once_it_passes_the_limit(server: str) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"#" * 100_000

    response = httpx.post(server + "/sparql", content=chunks(), timeout=30,
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


@pytest.mark.parametrize(("length", "statuses"), [(100_000, {b"414"}), (120_000, {b"414"}),
                                                  (1_000_000, {b"400", b"414"})])
def test_an_overlong_url_gets_a_status_not_a_reset(server: str, length: int, statuses: set[bytes]) -> None:
    line = b"GET /sparql?query=" + b"A" * length + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    status = _raw_status(server, line)
    assert status[9:12] in statuses, status


@pytest.mark.parametrize("path", ["/", "/sparql?query=ASK%7B%7D", "/id/place/210100", "/id/nothing", "/ontology"])
def test_every_response_carries_the_security_headers(server: str, path: str) -> None:
    response = httpx.get(server + path, timeout=30)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
